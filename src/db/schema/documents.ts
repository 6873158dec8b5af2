import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { DocumentRelation, Provision, Validity } from '../../core/documents/document.js';
import { createdAt, updatedAt } from './columns.js';

export const documents = pgTable(
  'documents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    symbol: text('symbol').notNull().unique(),
    type: text('type').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    effectiveOn: date('effective_on', { mode: 'string' }),
    title: text('title').notNull(),
    summary: text('summary'),
    keywords: text('keywords').array().notNull().default([]),
    // other spellings of the symbol seen in real plans ("25/TT-BYT", "2151-QĐ/BYT")
    aliases: text('aliases').array().notNull().default([]),
    // "in_force" | "replaced" | "expired" | "unknown"
    status: text('status').notNull(),
    replacedBy: text('replaced_by'),
    // the replacement's date when its symbol alone names several documents (76/NQ-CP of 2013 and of 2021)
    replacedByIssuedOn: date('replaced_by_issued_on', { mode: 'string' }),
    statusNote: text('status_note'),
    // the English layer: questions in English are answered from these, in English
    titleEn: text('title_en'),
    issuerEn: text('issuer_en'),
    summaryEn: text('summary_en'),
    keywordsEn: text('keywords_en').array().notNull().default([]),
    // key provisions in our words, relations to other documents by symbol, how the status is known
    provisions: jsonb('provisions').$type<Provision[]>().notNull().default([]),
    relations: jsonb('relations').$type<DocumentRelation[]>().notNull().default([]),
    validity: jsonb('validity').$type<Validity>(),
    // "catalogue": as the shipped catalogue wrote it, so a newer catalogue may update it; "import": changed by
    // `cli import documents`, which a newer catalogue never overwrites
    origin: text('origin').notNull().default('catalogue'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // the lookup asks for the latest change before every question (to know when to rebuild its index)
  (t) => [index('documents_updated_at_idx').on(t.updatedAt)],
);
