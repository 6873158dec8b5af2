import { type AnyPgColumn, boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';
import { members } from './members.js';
import { units } from './units.js';

export const feedbackTickets = pgTable(
  'feedback_tickets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // "PA-2026-0042", what a group ever sees of a ticket besides category, redacted summary and status
    code: text('code').notNull().unique(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    channel: text('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    // false when only the day is known (a box letter "20/11"): the time in received_at is a placeholder, never shown
    receivedTimeKnown: boolean('received_time_known').notNull().default(true),
    category: text('category').notNull(),
    severity: text('severity').notNull(),
    // a case to be handled apart (bribery, harassment, threats, or marked so by a handler): a group sees only its code
    sensitive: boolean('sensitive').notNull().default(false),
    content: text('content').notNull(),
    slaDue: date('sla_due', { mode: 'string' }),
    status: text('status').notNull().default('received'),
    handlerId: integer('handler_id').references(() => members.id, { onDelete: 'set null' }),
    resolution: text('resolution'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    // whether it was settled by its SLA date; null while open and for cases without a deadline
    closedOnTime: boolean('closed_on_time'),
    // the case this one repeats, when the duplicate guard linked them
    duplicateOf: integer('duplicate_of').references((): AnyPgColumn => feedbackTickets.id, { onDelete: 'set null' }),
    createdBy: integer('created_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('feedback_unit_status_idx').on(t.unitId, t.status), index('feedback_unit_received_idx').on(t.unitId, t.receivedAt)],
);
