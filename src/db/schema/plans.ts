import { date, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ReminderLadder } from '../../core/reminders/ladder.js';
import { createdAt } from './columns.js';

export const plans = pgTable('plans', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  // "20/KH-SYT"; null for plans issued with the number left blank
  symbol: text('symbol'),
  // what people type to name the plan ("/xuatbaocao QTUX-2014"); unique, short, ASCII
  code: text('code').unique(),
  title: text('title').notNull(),
  // how lists show a plan that has no number ("KH triển khai Quy tắc ứng xử 2014")
  shortTitle: text('short_title'),
  issuer: text('issuer'),
  issuedOn: date('issued_on', { mode: 'string' }),
  // the year that "hằng năm" rules and dates without a year are anchored to
  year: integer('year'),
  sourceText: text('source_text'),
  // when to remind and whom to tell; null: the deployment's default ladder
  reminderLadder: jsonb('reminder_ladder').$type<ReminderLadder>(),
  // set when an administrator archives the plan: hidden from lists, no new occurrences, its open ones cancelled
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  createdAt: createdAt(),
});
