import { boolean, date, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { assignments } from './assignments.js';
import { createdAt } from './columns.js';

// One due instance of a task for one unit: the 6-month review and the annual review are two rows.
export const occurrences = pgTable(
  'occurrences',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: integer('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    // "2026", "2026-H1", "2026-Q4", "2026-11", "2026-W48", "once" or "adhoc-…"
    period: text('period').notNull(),
    // the last day a report counts as on time; null for tasks with no date (on request, ongoing)
    dueDate: date('due_date', { mode: 'string' }),
    // 'open', 'done', or 'cancelled' (its task removed, its plan archived or its deadline changed; reports kept)
    status: text('status').notNull().default('open'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    // whether the report that closed it came by the due date; null while open
    completedOnTime: boolean('completed_on_time'),
    createdAt: createdAt(),
    // The assignment's unit and task, copied on insert by a trigger (migration 0020; an assignment never changes
    // its unit or task): the dashboard's aggregates over every occurrence group by them without a join.
    unitId: integer('unit_id'),
    taskId: integer('task_id'),
  },
  (t) => [
    unique('occurrences_assignment_period_uq').on(t.assignmentId, t.period),
    index('occurrences_status_due_idx').on(t.status, t.dueDate),
    index('occurrences_assignment_status_due_idx').on(t.assignmentId, t.status, t.dueDate),
    index('occurrences_unit_status_due_idx').on(t.unitId, t.status, t.dueDate),
    index('occurrences_task_period_idx').on(t.taskId, t.period),
  ],
);
