import { index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { members } from './members.js';

export const identities = pgTable(
  'identities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    externalId: text('external_id').notNull(),
    // lower-case, without the leading @, so that "/phanquyen @Lan" finds "lan"
    username: text('username'),
    displayName: text('display_name').notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    // the last day (at most once a day) this account wrote to the bot in a private chat: until it has, Telegram
    // lets the bot write to no one privately, and the Zalo OA only within 7 days of it
    privateChatAt: timestamp('private_chat_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique('identities_platform_external_uq').on(t.platform, t.externalId),
    index('identities_member_idx').on(t.memberId),
    index('identities_username_idx').on(t.platform, t.username),
  ],
);
