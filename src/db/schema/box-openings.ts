import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { members } from './members.js';
import { units } from './units.js';

// Each opening of a unit's complaint box, "0 thư" included: the record the inspectors ask for.
export const boxOpenings = pgTable(
  'box_openings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    letters: integer('letters').notNull(),
    witnesses: text('witnesses'),
    recordedBy: integer('recorded_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('box_openings_unit_idx').on(t.unitId, t.openedOn)],
);
