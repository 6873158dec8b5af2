import { index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/**
 * Zalo events as they arrived (webhook posts, polled updates), stored before the platform gets its answer so
 * that processing after the answer survives a restart. The unique key drops replays on arrival; recent rows
 * also tell who wrote a message someone later quotes.
 */
export const zaloInboundEvents = pgTable(
  'zalo_inbound_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // "zalo-oa" | "zalo-bot"
    platform: text('platform').notNull(),
    // the platform's message id (msg_id, message_id), or a key built from a lifecycle event
    eventId: text('event_id').notNull(),
    eventName: text('event_name').notNull(),
    // the sender, kept apart from the payload so that a quoted message's author is one indexed read away
    senderId: text('sender_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [unique('zalo_inbound_events_uq').on(t.platform, t.eventId), index('zalo_inbound_events_pending_idx').on(t.processedAt, t.id)],
);
