import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { feedbackTickets } from './feedback-tickets.js';
import { members } from './members.js';

// What was done about a case, step by step: the log book's handling column.
export const feedbackActions = pgTable(
  'feedback_actions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => feedbackTickets.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => members.id, { onDelete: 'set null' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    note: text('note').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('feedback_actions_ticket_idx').on(t.ticketId)],
);
