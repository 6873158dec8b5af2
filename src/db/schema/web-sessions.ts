import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { members } from './members.js';

/**
 * A one-time sign-in to the dashboard, asked for in a private chat (/dangnhap), by `cli login`, or made by a
 * Telegram login button. Only a hash of the token is kept: whoever reads the table cannot sign in with it.
 * Used once (`used_at`), valid for minutes (`expires_at`, from the injected clock).
 */
export const webSignInTokens = pgTable(
  'web_sign_in_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text('token_hash').notNull().unique(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    // 'chat' (/dangnhap), 'cli' (cli login, npm start's demo link), 'telegram' (a login_url button, already used)
    via: text('via').notNull(),
    // the private chat the link was asked from: the person is told there when a session starts
    chatRef: text('chat_ref'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('web_sign_in_tokens_member_idx').on(t.memberId)],
);

/**
 * A signed-in browser. The cookie holds a random token; only its hash is stored. A session ends when it has
 * been idle too long (`last_seen_at`), at `expires_at` whatever happens, or when ended (`ended_at`: sign-out
 * on the page, /dangxuat in chat).
 */
export const webSessions = pgTable(
  'web_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text('token_hash').notNull().unique(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    via: text('via').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    // 'sign-out' (the page's button), 'chat' (/dangxuat)
    endedBy: text('ended_by'),
    createdAt: createdAt(),
  },
  (t) => [index('web_sessions_member_idx').on(t.memberId)],
);
