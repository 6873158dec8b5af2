import { index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { members } from './members.js';
import { units } from './units.js';

export const memberRoles = pgTable(
  'member_roles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    // null: the whole Department (admins, department leaders); otherwise the unit and the units below it
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'cascade' }),
    grantedBy: integer('granted_by').references(() => members.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique('member_roles_uq').on(t.memberId, t.role, t.unitId).nullsNotDistinct(), index('member_roles_unit_idx').on(t.unitId)],
);
