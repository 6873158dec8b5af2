import { date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

// A person, whatever chat apps they use; identities link platform accounts to them.
export const members = pgTable('members', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  displayName: text('display_name').notNull(),
  // null: follow the chat's locale
  locale: text('locale'),
  // on leave until this day (inclusive): reminders go to the deputy meanwhile
  onLeaveUntil: date('on_leave_until', { mode: 'string' }),
  createdAt: createdAt(),
});
