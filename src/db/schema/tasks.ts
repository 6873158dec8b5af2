import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { DeadlineRule } from '../../core/deadlines/deadline-rule.js';
import { createdAt } from './columns.js';
import { plans } from './plans.js';

export const tasks = pgTable(
  'tasks',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    rule: jsonb('rule').$type<DeadlineRule>().notNull(),
    recipient: text('recipient'),
    // the plan's own words for this task, kept so a reviewer can check the rule against them
    sourcePhrase: text('source_phrase'),
    position: integer('position').notNull().default(0),
    // set when an administrator removes the task after saving: its open occurrences cancelled, its reports kept
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('tasks_plan_idx').on(t.planId)],
);
