import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/**
 * Events of the platforms that must be answered at once (Zalo OA and Zalo Bot webhooks, polled Zalo Bot
 * updates), stored before the platform gets its answer and processed after it, so that the work survives a
 * restart. One queue for every such platform: a worker claims the oldest unprocessed event of each chat for a
 * lease, as the outbox does, so that replicas share the work, never do an event twice at once, and each chat's
 * events run in the order they came. The unique key drops replays on arrival; recent rows also tell who wrote a
 * message someone later quotes, and events that could not be read are kept for an operator to look at.
 * The table keeps the name it had when only Zalo used it: a rename is a question drizzle-kit asks at every
 * regeneration of the migrations (and drizzle-kit 0.31 fails on it together with the new columns).
 */
export const inboundEvents = pgTable(
  'zalo_inbound_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // "zalo-oa" | "zalo-bot"
    platform: text('platform').notNull(),
    // the platform's message id (msg_id, message_id), or a key built from a lifecycle event
    eventId: text('event_id').notNull(),
    eventName: text('event_name').notNull(),
    // the chat the event belongs to (a ChatRef, '' when it has none): events of one chat are processed in order
    chatKey: text('chat_key').notNull().default(''),
    // the sender, kept apart from the payload so that a quoted message's author is one indexed read away
    senderId: text('sender_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    // a worker holds the event until then; after it, another replica may take it (its holder died)
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    // which worker (replica) last claimed it, for an operator reading the table
    claimedBy: text('claimed_by'),
    // a body the platform signed but the bot could not read: kept as it came (payload.raw), never processed
    unreadable: boolean('unreadable').notNull().default(false),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('zalo_inbound_events_uq').on(t.platform, t.eventId),
    index('zalo_inbound_events_pending_idx').on(t.processedAt, t.id),
    index('zalo_inbound_events_chat_idx').on(t.chatKey, t.id),
  ],
);
