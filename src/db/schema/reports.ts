import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { members } from './members.js';
import { occurrences } from './occurrences.js';

export interface EvidenceRef {
  platform: string;
  kind: 'photo' | 'document';
  fileId: string;
  name?: string;
}

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
    evidence: jsonb('evidence').$type<EvidenceRef[]>().notNull().default([]),
    // "<platform>:<chat>:<message id>": a redelivered message cannot store the same report twice
    sourceMessageId: text('source_message_id').unique(),
    createdAt: createdAt(),
  },
  (t) => [index('reports_occurrence_idx').on(t.occurrenceId)],
);
