import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type {
  EvidenceFile,
  OccurrenceQuery,
  OpenTask,
  PlansRepository,
  ReportRecord,
  ReportStatus,
  ReportsRepository,
} from '../../core/plans/plan.js';
import type { Database } from '../client.js';
import { assignments, occurrences, plans, reports, tasks, units } from '../schema/index.js';

const planLabel = sql<string>`coalesce(${plans.symbol}, ${plans.shortTitle}, ${plans.title})`;

function openFilter(query: Omit<OccurrenceQuery, 'limit'>): SQL | undefined {
  const conditions: SQL[] = [eq(occurrences.status, 'open')];
  if (query.unitIds) conditions.push(inArray(assignments.unitId, [...query.unitIds]));
  if (query.taskIds) conditions.push(inArray(assignments.taskId, [...query.taskIds]));
  if (query.dueFrom) conditions.push(gte(occurrences.dueDate, query.dueFrom));
  if (query.dueTo) conditions.push(lte(occurrences.dueDate, query.dueTo));
  return and(...conditions);
}

export function createPlansRepository({ db }: { db: Database }): PlansRepository {
  async function latestReports(occurrenceIds: number[]): Promise<Map<number, OpenTask['lastReport']>> {
    const latest = new Map<number, OpenTask['lastReport']>();
    if (occurrenceIds.length === 0) return latest;
    const rows = await db
      .select({ occurrenceId: reports.occurrenceId, percent: reports.percent, status: reports.status, at: reports.createdAt })
      .from(reports)
      .where(and(inArray(reports.occurrenceId, occurrenceIds), isNull(reports.withdrawnAt)))
      .orderBy(desc(reports.createdAt), desc(reports.id));
    for (const report of rows) {
      if (!latest.has(report.occurrenceId)) latest.set(report.occurrenceId, { percent: report.percent, status: report.status, at: report.at });
    }
    return latest;
  }

  async function openOccurrences(query: OccurrenceQuery): Promise<OpenTask[]> {
    if (query.unitIds && query.unitIds.length === 0) return [];
    const base = db
      .select({
        occurrenceId: occurrences.id,
        taskId: tasks.id,
        unitId: assignments.unitId,
        unitName: units.name,
        title: tasks.title,
        planLabel,
        period: occurrences.period,
        dueDate: occurrences.dueDate,
        rule: tasks.rule,
      })
      .from(occurrences)
      .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .innerJoin(tasks, eq(tasks.id, assignments.taskId))
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(openFilter(query))
      .orderBy(sql`${occurrences.dueDate} asc nulls last`, asc(plans.id), asc(tasks.position), asc(units.id), asc(occurrences.id));
    const rows = query.limit ? await base.limit(query.limit) : await base;
    const latest = query.withoutLastReport ? new Map<number, OpenTask['lastReport']>() : await latestReports(rows.map((row) => row.occurrenceId));
    return rows.map((row) => ({ ...row, lastReport: latest.get(row.occurrenceId) ?? null }));
  }

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
    async ensureOccurrences(slots) {
      let created = 0;
      // In slices: one statement per thousand rows keeps memory and parameter counts bounded at any size.
      for (let i = 0; i < slots.length; i += 1000) {
        const inserted = await db
          .insert(occurrences)
          .values(slots.slice(i, i + 1000).map((slot) => ({ assignmentId: slot.assignmentId, period: slot.period, dueDate: slot.dueDate })))
          .onConflictDoNothing()
          .returning({ id: occurrences.id });
        created += inserted.length;
      }
      return created;
    },
    async assignmentsWithRules() {
      return db.select({ assignmentId: assignments.id, rule: tasks.rule }).from(assignments).innerJoin(tasks, eq(tasks.id, assignments.taskId));
    },
    openTasksForUnits: (unitIds) => openOccurrences({ unitIds }),
    openOccurrences,
    async countOpenOccurrences(query) {
      if (query.unitIds && query.unitIds.length === 0) return 0;
      const [row] = await db
        .select({ n: count() })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(openFilter(query));
      return row?.n ?? 0;
    },
    async findOccurrence(occurrenceId) {
      const [row] = await db
        .select({
          occurrenceId: occurrences.id,
          taskId: tasks.id,
          unitId: assignments.unitId,
          title: tasks.title,
          planLabel,
          period: occurrences.period,
          dueDate: occurrences.dueDate,
          status: occurrences.status,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .where(eq(occurrences.id, occurrenceId));
      return row ? { ...row, status: row.status === 'done' ? 'done' : 'open' } : null;
    },
    async latestOccurrenceOf(taskId, unitId) {
      const [row] = await db
        .select({ id: occurrences.id })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(assignments.taskId, taskId), eq(assignments.unitId, unitId)))
        .orderBy(sql`${occurrences.dueDate} desc nulls last`, desc(occurrences.id))
        .limit(1);
      return row?.id ?? null;
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

const toReport = (row: typeof reports.$inferSelect): ReportRecord => ({
  id: row.id,
  occurrenceId: row.occurrenceId,
  reporterId: row.reporterId,
  percent: row.percent,
  status: row.status as ReportStatus,
  text: row.text,
  evidence: row.evidence as EvidenceFile[],
  createdAt: row.createdAt,
});

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
          evidence: report.evidence ?? [],
          sourceMessageId: report.sourceMessageId,
          ...(at ? { createdAt: at } : {}),
        })
        .returning({ id: reports.id });
      if (!row) throw new Error('report insert returned nothing');
      if (report.status === 'done') {
        await db
          .update(occurrences)
          .set({ status: 'done', completedAt: at ?? sql`now()`, completedOnTime: report.onTime ?? null })
          .where(eq(occurrences.id, report.occurrenceId));
      }
      return row.id;
    },
    async lastActiveBy(reporterId) {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(eq(reports.reporterId, reporterId), isNull(reports.withdrawnAt)))
        .orderBy(desc(reports.createdAt), desc(reports.id))
        .limit(1);
      return row ? toReport(row) : null;
    },
    async withdraw(reportId, at) {
      const [report] = await db.update(reports).set({ withdrawnAt: at }).where(eq(reports.id, reportId)).returning();
      if (!report || report.status !== 'done') return;
      const [stillDone] = await db
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.occurrenceId, report.occurrenceId), eq(reports.status, 'done'), isNull(reports.withdrawnAt)))
        .limit(1);
      if (!stillDone) {
        await db.update(occurrences).set({ status: 'open', completedAt: null, completedOnTime: null }).where(eq(occurrences.id, report.occurrenceId));
      }
    },
    async evidenceFor(occurrenceId) {
      const rows = await db
        .select({ evidence: reports.evidence })
        .from(reports)
        .where(and(eq(reports.occurrenceId, occurrenceId), isNull(reports.withdrawnAt)))
        .orderBy(desc(reports.createdAt), desc(reports.id));
      return rows.flatMap((row) => row.evidence as EvidenceFile[]);
    },
  };
}
