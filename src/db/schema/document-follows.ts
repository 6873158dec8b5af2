import { index, integer, pgTable, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { documents } from './documents.js';
import { members } from './members.js';
import { units } from './units.js';

/** A unit follows a document (/theodoi): its groups are told when the document is replaced. */
export const documentFollows = pgTable(
  'document_follows',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    followedBy: integer('followed_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique('document_follows_unit_document_key').on(t.unitId, t.documentId), index('document_follows_document_idx').on(t.documentId)],
);
