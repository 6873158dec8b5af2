import { index, integer, pgTable, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { tasks } from './tasks.js';
import { units } from './units.js';

export const assignments = pgTable(
  'assignments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    // set when the task is taken from the unit (`/kehoach sua NV7 donvi …`): no new occurrences, reports kept
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique('assignments_task_unit_uq').on(t.taskId, t.unitId), index('assignments_unit_idx').on(t.unitId)],
);
