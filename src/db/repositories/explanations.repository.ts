import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ExplanationsRepository } from '../../core/plans/explanation-request.js';
import { anyId } from '../any-id.js';
import type { Database } from '../client.js';
import { assignments, explanationRequests, members, occurrences } from '../schema/index.js';

export function createExplanationsRepository({ db }: { db: Database }): ExplanationsRepository {
  return {
    async open(input) {
      // the partial unique index keeps one open request per occurrence: a second one inserts nothing
      const [row] = await db.insert(explanationRequests).values(input).onConflictDoNothing().returning({ id: explanationRequests.id });
      return row?.id ?? null;
    },
    async latestOn(occurrenceIds) {
      const rows = await db
        .selectDistinctOn([explanationRequests.occurrenceId], {
          occurrenceId: explanationRequests.occurrenceId,
          requestedAt: explanationRequests.requestedAt,
          answer: explanationRequests.answer,
          answeredAt: explanationRequests.answeredAt,
          by: members.displayName,
        })
        .from(explanationRequests)
        .leftJoin(members, eq(members.id, explanationRequests.answeredBy))
        .where(anyId(explanationRequests.occurrenceId, [...occurrenceIds]))
        .orderBy(explanationRequests.occurrenceId, desc(explanationRequests.requestedAt), desc(explanationRequests.id));
      return new Map(
        rows.map((row) => [
          row.occurrenceId,
          {
            requestedAt: row.requestedAt,
            answer: row.answeredAt && row.answer !== null ? { text: row.answer, by: row.by ?? '', at: row.answeredAt } : null,
          },
        ]),
      );
    },
    async openFor(taskId, unitIds) {
      if (unitIds.length === 0) return [];
      return db
        .select({ id: explanationRequests.id, occurrenceId: explanationRequests.occurrenceId, unitId: assignments.unitId })
        .from(explanationRequests)
        .innerJoin(occurrences, eq(occurrences.id, explanationRequests.occurrenceId))
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(assignments.taskId, taskId), anyId(assignments.unitId, [...unitIds]), isNull(explanationRequests.answeredAt)))
        .orderBy(sql`${occurrences.dueDate} asc nulls last`, asc(occurrences.id));
    },
    async answer(id, answer) {
      const updated = await db
        .update(explanationRequests)
        .set({ answeredBy: answer.by, answeredAt: answer.at, answer: answer.text })
        .where(and(eq(explanationRequests.id, id), isNull(explanationRequests.answeredAt)))
        .returning({ id: explanationRequests.id });
      return updated.length > 0;
    },
  };
}
