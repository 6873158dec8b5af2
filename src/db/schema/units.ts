import { type AnyPgColumn, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    // null: the deployment default (Asia/Ho_Chi_Minh unless configured otherwise)
    timezone: text('timezone'),
    // how often the complaint box (hòm thư góp ý) must be opened, in days; null: by kind of unit (weekly for facilities)
    boxCadenceDays: integer('box_cadence_days'),
    createdAt: createdAt(),
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);
