import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';

// A multi-step flow in progress, keyed by chat and user, so that it survives restarts and works on every platform.
export const conversationStates = pgTable(
  'conversation_states',
  {
    chatRef: text('chat_ref').notNull(),
    userKey: text('user_key').notNull(),
    flow: text('flow').notNull(),
    step: text('step').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ name: 'conversation_states_pk', columns: [t.chatRef, t.userKey] })],
);
