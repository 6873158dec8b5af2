import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { ReminderLadder } from '../../core/reminders/ladder.js';
import type { ReminderStage } from '../../core/reminders/reminder-stage.js';
import type { ReminderCandidate, RemindersRepository } from '../../core/reminders/reminders.js';
import type { Database } from '../client.js';
import { assignments, occurrences, plans, remindersSent, tasks, units } from '../schema/index.js';

export function createRemindersRepository({ db }: { db: Database }): RemindersRepository {
  return {
    async candidates(window) {
      const rows = await db
        .select({
          occurrenceId: occurrences.id,
          taskId: tasks.id,
          unitId: assignments.unitId,
          unitName: sql<string>`coalesce(${units.shortName}, ${units.name})`,
          title: tasks.title,
          planLabel: sql<string>`coalesce(${plans.symbol}, ${plans.shortTitle}, ${plans.title})`,
          dueDate: occurrences.dueDate,
          rule: tasks.rule,
          ladder: plans.reminderLadder,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(units, eq(units.id, assignments.unitId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .where(
          and(
            eq(occurrences.status, 'open'),
            isNotNull(occurrences.dueDate),
            gte(occurrences.dueDate, window.dueFrom),
            lte(occurrences.dueDate, window.dueTo),
          ),
        )
        .orderBy(occurrences.dueDate, occurrences.id);
      return rows.map(
        (row) => ({ ...row, dueDate: row.dueDate!, ladder: (row.ladder as ReminderLadder | null) ?? null }) satisfies ReminderCandidate,
      );
    },
    async markSent(steps, on) {
      if (steps.length === 0) return [];
      const inserted = await db
        .insert(remindersSent)
        .values(steps.map((step) => ({ occurrenceId: step.occurrenceId, stage: step.stage, sentOn: on })))
        .onConflictDoNothing()
        .returning({ occurrenceId: remindersSent.occurrenceId, stage: remindersSent.stage });
      return inserted.map((row) => ({ occurrenceId: row.occurrenceId, stage: row.stage as ReminderStage }));
    },
  };
}
