import { date, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { feedbackTickets } from './feedback-tickets.js';

// Each step of a case's SLA reminders happens once, as for tasks.
export const feedbackReminders = pgTable(
  'feedback_reminders',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => feedbackTickets.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('feedback_reminders_ticket_stage_uq').on(t.ticketId, t.stage)],
);
