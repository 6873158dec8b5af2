import { integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

// One row per chat and period makes a digest run idempotent across restarts and replicas.
export const digestRuns = pgTable(
  'digest_runs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    chatRef: text('chat_ref').notNull(),
    period: text('period').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('digest_runs_chat_period_uq').on(t.chatRef, t.period)],
);
