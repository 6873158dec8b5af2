import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from './members.js';
import { occurrences } from './occurrences.js';

/**
 * "Yêu cầu giải trình" (issue 24): a leader asks a unit why an occurrence is overdue (from the dashboard), and
 * the unit's leader or focal point answers in chat (/giaitrinh NV7 <lý do>). At most one request per occurrence
 * is open (unanswered) at a time; the answer is kept on the request: who, when, what.
 */
export const explanationRequests = pgTable(
  'explanation_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    occurrenceId: integer('occurrence_id')
      .notNull()
      .references(() => occurrences.id, { onDelete: 'cascade' }),
    requestedBy: integer('requested_by').references(() => members.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    answeredBy: integer('answered_by').references(() => members.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answer: text('answer'),
  },
  (t) => [
    uniqueIndex('explanation_requests_open_uq').on(t.occurrenceId).where(sql`${t.answeredAt} is null`),
    index('explanation_requests_occurrence_idx').on(t.occurrenceId, t.requestedAt),
  ],
);
