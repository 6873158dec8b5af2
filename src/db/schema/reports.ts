import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { EvidenceFile } from '../../core/plans/plan.js';
import { createdAt } from './columns.js';
import { members } from './members.js';
import { occurrences } from './occurrences.js';

export const reports = pgTable(
  'reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    occurrenceId: integer('occurrence_id')
      .notNull()
      .references(() => occurrences.id, { onDelete: 'cascade' }),
    reporterId: integer('reporter_id').references(() => members.id, { onDelete: 'set null' }),
    percent: integer('percent').notNull(),
    status: text('status').notNull(),
    text: text('text'),
    evidence: jsonb('evidence').$type<EvidenceFile[]>().notNull().default([]),
    // "<platform>:<chat>:<message id>": a redelivered message cannot store the same report twice
    sourceMessageId: text('source_message_id').unique(),
    // a report taken back by its author within the correction window; kept for the audit trail
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('reports_occurrence_idx').on(t.occurrenceId), index('reports_reporter_idx').on(t.reporterId, t.createdAt)],
);
