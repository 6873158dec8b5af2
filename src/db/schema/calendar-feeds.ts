import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from './members.js';

/**
 * A person's private calendar feed (`/lich/<token>.ics`, issue 24): one per member, replaced when they ask for
 * a new address, deleted when they turn it off. Only a hash of the token is kept: whoever reads the table cannot
 * subscribe with it. The feed shows what the person may see when it is read (their roles at that moment).
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  memberId: integer('member_id')
    .notNull()
    .unique()
    .references(() => members.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
