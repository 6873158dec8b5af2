import { date, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { occurrences } from './occurrences.js';

// Each step of the reminder ladder happens once per occurrence, whichever replica runs the job and however often.
export const remindersSent = pgTable(
  'reminders_sent',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    occurrenceId: integer('occurrence_id')
      .notNull()
      .references(() => occurrences.id, { onDelete: 'cascade' }),
    // "before" | "due" | "after"
    stage: text('stage').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('reminders_sent_occurrence_stage_uq').on(t.occurrenceId, t.stage)],
);
