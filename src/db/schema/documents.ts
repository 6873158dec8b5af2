import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // the lookup asks for the latest change before every question (to know when to rebuild its index)
  (t) => [index('documents_updated_at_idx').on(t.updatedAt)],
);
