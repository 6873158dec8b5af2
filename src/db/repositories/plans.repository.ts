import { and, asc, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { OpenTask, PlansRepository, ReportsRepository } from '../../core/plans/plan.js';
import type { Database } from '../client.js';
import { assignments, occurrences, plans, reports, tasks } from '../schema/index.js';

export function createPlansRepository({ db }: { db: Database }): PlansRepository {
  return {
    async createPlan(plan) {
      const [row] = await db.insert(plans).values(plan).returning({ id: plans.id });
      if (!row) throw new Error('plan insert returned nothing');
      return row.id;
    },
    async createTask(task) {
      const [row] = await db.insert(tasks).values(task).returning({ id: tasks.id });
      if (!row) throw new Error('task insert returned nothing');
      return row.id;
    },
    async assign(taskId, unitId) {
      await db.insert(assignments).values({ taskId, unitId }).onConflictDoNothing();
      const [row] = await db
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.taskId, taskId), eq(assignments.unitId, unitId)));
      if (!row) throw new Error('assignment vanished after insert');
      return row.id;
    },
    async ensureOccurrence(assignmentId, period, dueDate) {
      await db.insert(occurrences).values({ assignmentId, period, dueDate }).onConflictDoNothing();
      const [row] = await db
        .select({ id: occurrences.id })
        .from(occurrences)
        .where(and(eq(occurrences.assignmentId, assignmentId), eq(occurrences.period, period)));
      if (!row) throw new Error('occurrence vanished after insert');
      return row.id;
    },
    async openTasksForUnits(unitIds) {
      if (unitIds.length === 0) return [];
      const rows = await db
        .select({
          occurrenceId: occurrences.id,
          taskId: tasks.id,
          unitId: assignments.unitId,
          title: tasks.title,
          planLabel: sql<string>`coalesce(${plans.symbol}, ${plans.shortTitle}, ${plans.title})`,
          period: occurrences.period,
          dueDate: occurrences.dueDate,
          rule: tasks.rule,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .where(and(inArray(assignments.unitId, [...unitIds]), eq(occurrences.status, 'open')))
        .orderBy(sql`${occurrences.dueDate} asc nulls last`, asc(plans.id), asc(tasks.position), asc(occurrences.id));
      if (rows.length === 0) return [];

      const latest = new Map<number, OpenTask['lastReport']>();
      const reportRows = await db
        .select({
          occurrenceId: reports.occurrenceId,
          percent: reports.percent,
          status: reports.status,
          at: reports.createdAt,
        })
        .from(reports)
        .where(
          inArray(
            reports.occurrenceId,
            rows.map((row) => row.occurrenceId),
          ),
        )
        .orderBy(desc(reports.createdAt), desc(reports.id));
      for (const report of reportRows) {
        if (!latest.has(report.occurrenceId)) {
          latest.set(report.occurrenceId, { percent: report.percent, status: report.status, at: report.at });
        }
      }
      return rows.map((row) => ({ ...row, lastReport: latest.get(row.occurrenceId) ?? null }));
    },
    async countPlans() {
      const [row] = await db.select({ n: count() }).from(plans);
      return row?.n ?? 0;
    },
    async codeTaken(code) {
      const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, code)).limit(1);
      return Boolean(row);
    },
    async findSame({ symbol, title, year }) {
      const sameYear = year === null ? isNull(plans.year) : eq(plans.year, year);
      const sameName = symbol ? or(eq(plans.title, title), eq(plans.symbol, symbol)) : eq(plans.title, title);
      const [row] = await db.select({ id: plans.id, code: plans.code }).from(plans).where(and(sameYear, sameName)).orderBy(asc(plans.id)).limit(1);
      return row ?? null;
    },
  };
}

export function createReportsRepository({ db }: { db: Database }): ReportsRepository {
  return {
    async add(report) {
      const at = report.at ?? undefined;
      const [row] = await db
        .insert(reports)
        .values({
          occurrenceId: report.occurrenceId,
          reporterId: report.reporterId,
          percent: report.percent,
          status: report.status,
          text: report.text,
          sourceMessageId: report.sourceMessageId,
          ...(at ? { createdAt: at } : {}),
        })
        .returning({ id: reports.id });
      if (!row) throw new Error('report insert returned nothing');
      if (report.status === 'done') {
        await db
          .update(occurrences)
          .set({ status: 'done', completedAt: at ?? sql`now()` })
          .where(eq(occurrences.id, report.occurrenceId));
      }
      return row.id;
    },
  };
}
