import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // e.g. "digest:telegram:-100123:2026-W48": the same key is never sent twice
    key: text('key').notNull().unique(),
    chatRef: text('chat_ref').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    // a worker holds the message until then; another replica may take it after
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    // set just before a request goes to the platform, cleared with its outcome: still set once the lease has
    // run out means the sender died while the platform may have been taking the message (it is not sent again)
    sendingAt: timestamp('sending_at', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    // the leading parts of a message split in several (text chunks, then files) that were delivered already:
    // a later attempt sends only the rest, so no part reaches the chat twice
    partsSent: integer('parts_sent').notNull().default(0),
    // when a worker first took the message (the injected clock): retrying stops after a day of failures
    firstAttemptAt: timestamp('first_attempt_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_pending_idx').on(t.sentAt, t.nextAttemptAt)],
);
