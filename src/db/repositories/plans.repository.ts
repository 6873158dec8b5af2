import { type AnyColumn, and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { queryShapes, sqlShapes } from '../query-shapes.js';
import type {
  EvidenceFile,
  OccurrenceQuery,
  OpenTask,
  PlanTaskRecord,
  PlansRepository,
  ReportRecord,
  ReportStatus,
  ReportsRepository,
} from '../../core/plans/plan.js';
import type { LocalDate } from '../../core/dates/local-date.js';
import { anyId } from '../any-id.js';
import type { Database } from '../client.js';
import { rowsOf } from '../rows-of.js';
import { assignments, auditLog, occurrences, plans, reports, tasks, units } from '../schema/index.js';

// queries run on every message, built once per shape (query-shapes.ts)
const runShape = queryShapes();
const runSql = sqlShapes();

const planLabel = sql<string>`coalesce(${plans.symbol}, ${plans.shortTitle}, ${plans.title})`;

function openFilter(query: Omit<OccurrenceQuery, 'limit'>): SQL | undefined {
  const conditions: SQL[] = [eq(occurrences.status, 'open')];
  // the occurrence's own copy of its unit and task: found through (unit_id, status, due_date), no join needed
  if (query.unitIds) conditions.push(anyId(occurrences.unitId, [...query.unitIds]));
  if (query.taskIds) conditions.push(anyId(occurrences.taskId, [...query.taskIds]));
  if (query.dueFrom) conditions.push(gte(occurrences.dueDate, query.dueFrom));
  if (query.dueTo) conditions.push(lte(occurrences.dueDate, query.dueTo));
  return and(...conditions);
}

/**
 * The days off of a window as a table `shift(stated, effective)`: a last day on a day off ends with the next
 * working day (core/deadlines). Joined on a due date (a hash join): looking each row's date up in two arrays
 * was most of an aggregate's time.
 */
function shiftTable(shifts: ReadonlyArray<{ stated: LocalDate; effective: LocalDate }>): SQL {
  const stated = `{${shifts.map((s) => s.stated).join(',')}}`;
  const effective = `{${shifts.map((s) => s.effective).join(',')}}`;
  return sql`(select distinct on (stated) stated, effective from unnest(${stated}::date[], ${effective}::date[]) as s(stated, effective)) as shift`;
}

// A plan as a leader names it (PlanHead): what planHeads reads, and planSummaries and planOverviews with their counts.
const planHeadColumns = {
  id: plans.id,
  symbol: plans.symbol,
  code: plans.code,
  title: plans.title,
  shortTitle: plans.shortTitle,
  issuer: plans.issuer,
  issuedOn: plans.issuedOn,
  year: plans.year,
};

/** What an open occurrence's row holds (OpenTask without its last report), and the order lists give them in. */
const openTaskFields = {
  occurrenceId: occurrences.id,
  assignmentId: occurrences.assignmentId,
  taskId: tasks.id,
  unitId: assignments.unitId,
  unitName: units.name,
  title: tasks.title,
  planLabel,
  period: occurrences.period,
  dueDate: occurrences.dueDate,
  rule: tasks.rule,
};
const openTaskOrder = [sql`${occurrences.dueDate} asc nulls last`, asc(plans.id), asc(tasks.position), asc(units.id), asc(occurrences.id)];

/**
 * The open occurrences of one task for one unit as a JSON array, in the lists' order: a subquery another
 * statement can carry (the message's first read, for a one-line report), so that it costs no round trip of
 * its own. Rows as `openTaskFromJson` reads them; the unit and the task are SQL of the carrying statement.
 */
export function openTasksOfUnitJson(unitId: SQL, taskId: SQL): SQL {
  const pairs = Object.entries(openTaskFields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`);
  return sql`(select coalesce(json_agg(json_build_object(${sql.join(pairs, sql`, `)}) order by ${sql.join(openTaskOrder, sql`, `)}), '[]'::json)
    from ${occurrences}
    inner join ${assignments} on ${assignments.id} = ${occurrences.assignmentId}
    inner join ${units} on ${units.id} = ${assignments.unitId}
    inner join ${tasks} on ${tasks.id} = ${assignments.taskId}
    inner join ${plans} on ${plans.id} = ${tasks.planId}
    where ${occurrences.status} = 'open' and ${occurrences.unitId} = ${unitId} and ${occurrences.taskId} = ${taskId})`;
}

/** An OpenTask from a row of `openTasksOfUnitJson` (its last report not read: null). */
export function openTaskFromJson(row: Omit<OpenTask, 'lastReport'>): OpenTask {
  return { ...row, lastReport: null };
}

/** How a list of ids filters a query: not at all, by one value, or by any of a list. */
type IdFilter = 'none' | 'one' | 'many';
const idFilter = (ids: readonly number[] | undefined): IdFilter => (ids === undefined ? 'none' : ids.length === 1 ? 'one' : 'many');
const idValue = (ids: readonly number[] | undefined) => (ids?.length === 1 ? ids[0] : ids);

export function createPlansRepository({ db }: { db: Database }): PlansRepository {
  async function latestReports(occurrenceIds: number[]): Promise<Map<number, OpenTask['lastReport']>> {
    const latest = new Map<number, OpenTask['lastReport']>();
    if (occurrenceIds.length === 0) return latest;
    const rows = await db
      .select({ occurrenceId: reports.occurrenceId, percent: reports.percent, status: reports.status, at: reports.createdAt })
      .from(reports)
      .where(and(anyId(reports.occurrenceId, occurrenceIds), isNull(reports.withdrawnAt)))
      .orderBy(desc(reports.createdAt), desc(reports.id));
    for (const report of rows) {
      if (!latest.has(report.occurrenceId))
        latest.set(report.occurrenceId, { percent: report.percent, status: report.status, at: report.at });
    }
    return latest;
  }

  /**
   * The open occurrences a query asks for, with the filters it names; built once per combination of them.
   *
   * One unit (a report in a unit's group) is asked for as one value, not as a list of one, and the status is
   * written in the text: PostgreSQL then plans the five-table join once per connection and reuses the plan.
   * With a list, whose length it cannot know in advance, it planned the join anew for every message, which
   * cost it 0.4–0.8 ms, several times the query itself.
   */
  function openOccurrencesQuery(filters: { units: IdFilter; tasks: IdFilter; dueFrom: boolean; dueTo: boolean; limit: boolean }) {
    const conditions: SQL[] = [sql`${occurrences.status} = 'open'`];
    // the occurrence's own copy of its unit and task: found through (unit_id, status, due_date), no join needed
    const byIds = (column: AnyColumn, filter: IdFilter, name: string) =>
      filter === 'one'
        ? conditions.push(sql`${column} = ${sql.placeholder(name)}::int`)
        : filter === 'many' && conditions.push(sql`${column} = any(${sql.placeholder(name)}::int[])`);
    byIds(occurrences.unitId, filters.units, 'unitIds');
    byIds(occurrences.taskId, filters.tasks, 'taskIds');
    if (filters.dueFrom) conditions.push(gte(occurrences.dueDate, sql.placeholder('dueFrom')));
    if (filters.dueTo) conditions.push(lte(occurrences.dueDate, sql.placeholder('dueTo')));
    const query = db
      .select(openTaskFields)
      .from(occurrences)
      .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .innerJoin(tasks, eq(tasks.id, assignments.taskId))
      .innerJoin(plans, eq(plans.id, tasks.planId))
      .where(and(...conditions))
      .orderBy(...openTaskOrder)
      .$dynamic();
    return filters.limit ? query.limit(sql.placeholder('limit')) : query;
  }

  async function openOccurrences(query: OccurrenceQuery): Promise<OpenTask[]> {
    if (query.unitIds && query.unitIds.length === 0) return [];
    const filters = {
      units: idFilter(query.unitIds ?? undefined),
      tasks: idFilter(query.taskIds),
      dueFrom: query.dueFrom !== undefined,
      dueTo: query.dueTo !== undefined,
      limit: query.limit !== undefined,
    };
    const shape = `open-occurrences:${Object.values(filters).join(':')}`;
    const rows = await runShape(db, shape, () => openOccurrencesQuery(filters), {
      unitIds: idValue(query.unitIds ?? undefined),
      taskIds: idValue(query.taskIds),
      dueFrom: query.dueFrom,
      dueTo: query.dueTo,
      limit: query.limit,
    });
    const latest = query.withoutLastReport
      ? new Map<number, OpenTask['lastReport']>()
      : await latestReports(rows.map((row) => row.occurrenceId));
    return rows.map((row) => ({ ...row, lastReport: latest.get(row.occurrenceId) ?? null }));
  }

  const repository: PlansRepository = {
    async planOverviews(overdueBefore, unitIds = null) {
      const inUnits = unitIds === null ? sql`true` : unitIds.length === 0 ? sql`false` : anyId(assignments.unitId, [...unitIds]);
      const open = sql`${occurrences.status} = 'open' and ${tasks.removedAt} is null and ${inUnits}`;
      const rows = await db
        .select({
          ...planHeadColumns,
          archivedAt: plans.archivedAt,
          tasks: sql<number>`count(distinct ${tasks.id}) filter (where ${tasks.removedAt} is null)`.mapWith(Number),
          openOccurrences: sql<number>`count(${occurrences.id}) filter (where ${open})`.mapWith(Number),
          overdue: sql<number>`count(${occurrences.id}) filter (where ${open} and ${occurrences.dueDate} < ${overdueBefore}::date)`.mapWith(
            Number,
          ),
        })
        .from(plans)
        .leftJoin(tasks, eq(tasks.planId, plans.id))
        .leftJoin(assignments, eq(assignments.taskId, tasks.id))
        .leftJoin(occurrences, eq(occurrences.assignmentId, assignments.id))
        .groupBy(plans.id)
        .orderBy(asc(plans.id));
      return rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
    },
    async planTasks(planId) {
      const rows = await db
        .select({
          taskId: tasks.id,
          title: tasks.title,
          rule: tasks.rule,
          recipient: tasks.recipient,
          position: tasks.position,
          unitId: units.id,
          code: units.code,
          name: units.name,
        })
        .from(tasks)
        .leftJoin(assignments, and(eq(assignments.taskId, tasks.id), isNull(assignments.endedAt)))
        .leftJoin(units, eq(units.id, assignments.unitId))
        .where(and(eq(tasks.planId, planId), isNull(tasks.removedAt)))
        .orderBy(asc(tasks.position), asc(tasks.id), asc(units.id));
      const byTask = new Map<number, PlanTaskRecord>();
      for (const row of rows) {
        let task = byTask.get(row.taskId);
        if (!task) {
          task = { taskId: row.taskId, title: row.title, rule: row.rule, recipient: row.recipient, position: row.position, units: [] };
          byTask.set(row.taskId, task);
        }
        if (row.unitId !== null && row.code !== null && row.name !== null)
          task.units.push({ unitId: row.unitId, code: row.code, name: row.name });
      }
      return [...byTask.values()];
    },
    async findTask(taskId) {
      const [row] = await db
        .select({
          taskId: tasks.id,
          planId: tasks.planId,
          title: tasks.title,
          rule: tasks.rule,
          recipient: tasks.recipient,
          removedAt: tasks.removedAt,
          planYear: plans.year,
          planIssuedOn: plans.issuedOn,
          archivedAt: plans.archivedAt,
          planCode: plans.code,
          planSymbol: plans.symbol,
        })
        .from(tasks)
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .where(eq(tasks.id, taskId));
      if (!row) return null;
      const { removedAt, archivedAt, ...rest } = row;
      return { ...rest, removed: removedAt !== null, planArchived: archivedAt !== null };
    },
    async updateTask(taskId, change) {
      if (Object.keys(change).length === 0) return;
      await db.update(tasks).set(change).where(eq(tasks.id, taskId));
    },
    async markTaskRemoved(taskId, at) {
      await db.update(tasks).set({ removedAt: at }).where(eq(tasks.id, taskId));
    },
    async markPlanArchived(planId, at) {
      await db.update(plans).set({ archivedAt: at }).where(eq(plans.id, planId));
    },
    async endAssignment(taskId, unitId, at) {
      const [row] = await db
        .update(assignments)
        .set({ endedAt: at })
        .where(and(eq(assignments.taskId, taskId), eq(assignments.unitId, unitId)))
        .returning({ id: assignments.id });
      return row?.id ?? null;
    },
    async cancelOpen(scope) {
      const which =
        'assignmentId' in scope
          ? eq(occurrences.assignmentId, scope.assignmentId)
          : inArray(
              occurrences.assignmentId,
              'taskId' in scope
                ? db.select({ id: assignments.id }).from(assignments).where(eq(assignments.taskId, scope.taskId))
                : db
                    .select({ id: assignments.id })
                    .from(assignments)
                    .innerJoin(tasks, eq(tasks.id, assignments.taskId))
                    .where(eq(tasks.planId, scope.planId)),
            );
      const rows = await db
        .update(occurrences)
        .set({ status: 'cancelled' })
        .where(and(eq(occurrences.status, 'open'), which))
        .returning({ id: occurrences.id });
      return rows.length;
    },
    async openOccurrencesOfTask(taskId) {
      return db
        .select({
          occurrenceId: occurrences.id,
          assignmentId: occurrences.assignmentId,
          period: occurrences.period,
          reported: sql<boolean>`exists (select 1 from ${reports} where ${reports.occurrenceId} = ${occurrences.id})`,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(assignments.taskId, taskId), eq(occurrences.status, 'open')));
    },
    async openSlot(assignmentId, period, dueDate) {
      await db
        .insert(occurrences)
        .values({ assignmentId, period, dueDate })
        .onConflictDoUpdate({
          target: [occurrences.assignmentId, occurrences.period],
          set: { status: 'open', dueDate },
          setWhere: ne(occurrences.status, 'done'),
        });
    },
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
      // a unit given back a task taken from it earlier gets its assignment (and its reports) back
      await db
        .insert(assignments)
        .values({ taskId, unitId })
        .onConflictDoUpdate({ target: [assignments.taskId, assignments.unitId], set: { endedAt: null } });
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
    async removeUntouchedOccurrence(assignmentId, period) {
      const removed = await db
        .delete(occurrences)
        .where(
          and(
            eq(occurrences.assignmentId, assignmentId),
            eq(occurrences.period, period),
            eq(occurrences.status, 'open'),
            sql`not exists (select 1 from ${reports} where ${reports.occurrenceId} = ${occurrences.id})`,
          ),
        )
        .returning({ id: occurrences.id });
      return removed.length > 0;
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
      return (
        db
          .select({ assignmentId: assignments.id, rule: tasks.rule })
          .from(assignments)
          .innerJoin(tasks, eq(tasks.id, assignments.taskId))
          .innerJoin(plans, eq(plans.id, tasks.planId))
          // a task removed, taken from the unit or in an archived plan opens no new period
          .where(and(isNull(assignments.endedAt), isNull(tasks.removedAt), isNull(plans.archivedAt)))
      );
    },
    async openWorkingDaySlots() {
      return db
        .selectDistinct({ taskId: tasks.id, rule: tasks.rule, period: occurrences.period, dueDate: occurrences.dueDate })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .where(
          and(eq(occurrences.status, 'open'), sql`${tasks.rule}->>'kind' = 'after_period'`, sql`${tasks.rule}->>'unit' = 'working_days'`),
        );
    },
    async redateOpen(taskId, period, dueDate) {
      const changed = await db
        .update(occurrences)
        .set({ dueDate })
        .where(
          and(
            eq(occurrences.status, 'open'),
            eq(occurrences.period, period),
            sql`${occurrences.dueDate} is distinct from ${dueDate}::date`,
            inArray(occurrences.assignmentId, db.select({ id: assignments.id }).from(assignments).where(eq(assignments.taskId, taskId))),
          ),
        )
        .returning({ id: occurrences.id });
      return changed.length;
    },
    openTasksForUnits: (unitIds) => openOccurrences({ unitIds }),
    openOccurrences,
    async openTaskGroups(limit) {
      const rows = await db
        .select({ taskId: tasks.id, title: tasks.title, planLabel, dueDate: occurrences.dueDate, rule: tasks.rule, units: count() })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .where(eq(occurrences.status, 'open'))
        .groupBy(tasks.id, plans.id, occurrences.dueDate)
        .orderBy(sql`${occurrences.dueDate} asc nulls last`, asc(plans.id), asc(tasks.position), asc(tasks.id))
        .limit(limit);
      const [total] = await db
        .select({
          n: sql<number>`count(distinct ${assignments.taskId}::text || '|' || coalesce(${occurrences.dueDate}::text, ''))`.mapWith(Number),
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(eq(occurrences.status, 'open'));
      return { groups: rows.map((row) => ({ ...row, units: Number(row.units) })), total: total?.n ?? 0 };
    },
    async countOpenOccurrences(query) {
      if (query.unitIds && query.unitIds.length === 0) return 0;
      const [row] = await db.select({ n: count() }).from(occurrences).where(openFilter(query));
      return row?.n ?? 0;
    },
    async countOpenOccurrencesIn(unitIds, ranges) {
      if (unitIds?.length === 0 || ranges.length === 0) return ranges.map(() => 0);
      const columns = Object.fromEntries(
        ranges.map((range, i) => {
          const within = and(
            range.dueFrom ? gte(occurrences.dueDate, range.dueFrom) : undefined,
            range.dueTo ? lte(occurrences.dueDate, range.dueTo) : undefined,
          );
          return [`n${i}`, within ? sql<number>`count(*) filter (where ${within})`.mapWith(Number) : count()];
        }),
      );
      const [row] = await db.select(columns).from(occurrences).where(openFilter({ unitIds }));
      return ranges.map((_, i) => Number((row as Record<string, unknown> | undefined)?.[`n${i}`] ?? 0));
    },
    async findOccurrence(occurrenceId) {
      const [row] = await db
        .select({
          occurrenceId: occurrences.id,
          assignmentId: occurrences.assignmentId,
          taskId: tasks.id,
          unitId: assignments.unitId,
          title: tasks.title,
          planLabel,
          period: occurrences.period,
          dueDate: occurrences.dueDate,
          status: occurrences.status,
          rule: tasks.rule,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .innerJoin(plans, eq(plans.id, tasks.planId))
        .where(eq(occurrences.id, occurrenceId));
      if (!row) return null;
      return { ...row, status: row.status === 'done' ? 'done' : row.status === 'cancelled' ? 'cancelled' : 'open' };
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
    async doneOccurrencesOfTask(taskId, unitIds) {
      const rows = await db
        .selectDistinctOn([occurrences.unitId], {
          unitId: units.id,
          unitName: units.name,
          period: occurrences.period,
          dueDate: occurrences.dueDate,
          completedAt: occurrences.completedAt,
          onTime: occurrences.completedOnTime,
        })
        .from(occurrences)
        .innerJoin(units, eq(units.id, occurrences.unitId))
        .where(
          and(
            eq(occurrences.taskId, taskId),
            eq(occurrences.status, 'done'),
            unitIds === null ? undefined : anyId(occurrences.unitId, [...unitIds]),
          ),
        )
        .orderBy(occurrences.unitId, sql`${occurrences.completedAt} desc nulls last`, desc(occurrences.id));
      return rows.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
    },
    async lastClosedOccurrence(taskId, unitId) {
      const [row] = await db
        .select({ occurrenceId: occurrences.id, completedAt: occurrences.completedAt })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .where(and(eq(assignments.taskId, taskId), eq(assignments.unitId, unitId), eq(occurrences.status, 'done')))
        .orderBy(sql`${occurrences.completedAt} desc nulls last`, desc(occurrences.id))
        .limit(1);
      return row ?? null;
    },
    async reopenOccurrence(occurrenceId) {
      const rows = await db
        .update(occurrences)
        .set({ status: 'open', completedAt: null, completedOnTime: null })
        .where(and(eq(occurrences.id, occurrenceId), eq(occurrences.status, 'done')))
        .returning({ id: occurrences.id });
      return rows.length > 0;
    },
    async countPlans() {
      const [row] = await db.select({ n: count() }).from(plans);
      return row?.n ?? 0;
    },
    async planByCode(code) {
      const [row] = await db
        .select({ id: plans.id, code: plans.code, title: plans.title, reminderLadder: plans.reminderLadder })
        .from(plans)
        .where(sql`upper(${plans.code}) = upper(${code})`)
        .limit(1);
      return row ? { ...row, reminderLadder: row.reminderLadder ?? null } : null;
    },
    async setReminderLadder(planId, ladder) {
      await db.update(plans).set({ reminderLadder: ladder }).where(eq(plans.id, planId));
    },
    async codeTaken(code) {
      const [row] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, code)).limit(1);
      return Boolean(row);
    },
    async findSame({ symbol, title, year }) {
      const sameYear = year === null ? isNull(plans.year) : eq(plans.year, year);
      const sameName = symbol ? or(eq(plans.title, title), eq(plans.symbol, symbol)) : eq(plans.title, title);
      const [row] = await db
        .select({ id: plans.id, code: plans.code })
        .from(plans)
        .where(and(sameYear, sameName))
        .orderBy(asc(plans.id))
        .limit(1);
      return row ?? null;
    },
    async planHeads() {
      return db.select(planHeadColumns).from(plans).orderBy(asc(plans.id));
    },
    async planSummaries() {
      return db
        .select({
          ...planHeadColumns,
          openOccurrences: sql<number>`count(${occurrences.id}) filter (where ${occurrences.status} = 'open')`.mapWith(Number),
        })
        .from(plans)
        .leftJoin(tasks, eq(tasks.planId, plans.id))
        .leftJoin(assignments, eq(assignments.taskId, tasks.id))
        .leftJoin(occurrences, eq(occurrences.assignmentId, assignments.id))
        .groupBy(plans.id)
        .orderBy(asc(plans.id));
    },
    async completionFacts({ since, today, timezone, overdueBefore = today, shifts = [] }) {
      const done = sql<boolean>`${occurrences.status} = 'done'`;
      // A last day on a day off ends with the next working day: the effective deadline from the window's days off.
      const shift = shiftTable(shifts);
      const effective = sql`coalesce(shift.effective, ${occurrences.dueDate})`;
      // The day it was completed where the unit is, not in the server's zone.
      const byDueDate = sql<
        boolean | null
      >`case when ${occurrences.status} = 'done' then (${occurrences.completedAt} at time zone ${timezone})::date <= ${effective} end`;
      const pastDue = sql<boolean>`${occurrences.dueDate} < ${overdueBefore}::date`;
      const rows = await db
        .select({
          unitId: sql<number>`${occurrences.unitId}`.mapWith(Number),
          done,
          completedOnTime: occurrences.completedOnTime,
          completedByDueDate: byDueDate,
          pastDue,
          count: count(),
          oldestDue: sql<LocalDate | null>`min(${occurrences.dueDate})::text`,
        })
        .from(occurrences)
        .leftJoin(shift, sql`shift.stated = ${occurrences.dueDate}`)
        .where(
          and(
            isNotNull(occurrences.dueDate),
            ne(occurrences.status, 'cancelled'),
            or(eq(occurrences.status, 'open'), gte(occurrences.dueDate, since)),
          ),
        )
        // by position: the expressions carry parameters, which PostgreSQL would not match to the select list
        .groupBy(sql`1, 2, 3, 4, 5`);
      return rows.map((row) => ({ ...row, count: Number(row.count) }));
    },
    async overdueCountsByUnit(points, unitIds) {
      if (points.length === 0 || unitIds?.length === 0) return [];
      const ordered = pointsInOrder(points);
      if (ordered) return overdueCountsByRange(points, ordered, unitIds);
      // One column per point over a single scan of the candidates.
      const latestDay = points.reduce((max, point) => (point.overdueBefore > max ? point.overdueBefore : max), points[0]!.overdueBefore);
      const earliestEnd = points.reduce((min, point) => (point.endsAt < min ? point.endsAt : min), points[0]!.endsAt);
      const columns = Object.fromEntries(
        points.map((point, i) => [
          `p${i}`,
          sql<number>`count(*) filter (where ${occurrences.dueDate} < ${point.overdueBefore}::date and (${occurrences.status} = 'open' or ${occurrences.completedAt} >= ${point.endsAt.toISOString()}::timestamptz))`.mapWith(
            Number,
          ),
        ]),
      );
      const rows = await db
        .select({ unitId: occurrences.unitId, ...columns })
        .from(occurrences)
        .where(
          and(
            lt(occurrences.dueDate, latestDay),
            or(eq(occurrences.status, 'open'), gte(occurrences.completedAt, earliestEnd)),
            unitIds ? anyId(occurrences.unitId, [...unitIds]) : undefined,
          ),
        )
        .groupBy(occurrences.unitId);
      return rows
        .map((row) => ({
          unitId: Number(row.unitId),
          counts: points.map((_, i) => Number((row as Record<string, unknown>)[`p${i}`] ?? 0)),
        }))
        .filter((row) => row.counts.some((count) => count > 0));
    },
    async overdueCounts(points, unitIds = null) {
      // the units' counts summed: one query, the same conditions as the heat map's
      const byUnit = await repository.overdueCountsByUnit(points, unitIds);
      return points.map((_, i) => byUnit.reduce((sum, row) => sum + row.counts[i]!, 0));
    },
  };
  /**
   * An occurrence is overdue at a point when it was due before the point's day and still open, or completed
   * only after the point's end. With the points in order of both (the weeks of a heat map), the points an
   * occurrence is overdue at are a run: from the first whose day is after its due date (`first`, counted by
   * width_bucket over the days) to the last whose end is not after its completion (`after`, by width_bucket
   * over the ends; every point for an open one). Grouped by unit and run, the database counts a few hundred
   * groups instead of evaluating twelve conditions on each of tens of thousands of rows.
   */
  async function overdueCountsByRange(
    points: ReadonlyArray<{ overdueBefore: LocalDate; endsAt: Date }>,
    order: readonly number[],
    unitIds: readonly number[] | null,
  ): Promise<Array<{ unitId: number; counts: number[] }>> {
    const days = `{${order.map((i) => points[i]!.overdueBefore).join(',')}}`;
    const ends = `{${order.map((i) => points[i]!.endsAt.toISOString()).join(',')}}`;
    const inUnits = unitIds ? sql`and ${anyId(occurrences.unitId, unitIds)}` : sql``;
    const result = await db.execute(sql`
      select unit_id as "unitId",
             width_bucket(due_date, ${days}::date[]) as first,
             case when status = 'open' then ${order.length}::int else coalesce(width_bucket(completed_at, ${ends}::timestamptz[]), 0) end as after,
             count(*)::int as n
      from ${occurrences}
      where due_date < ${points[order.at(-1)!]!.overdueBefore}::date
        and (status = 'open' or completed_at >= ${points[order[0]!]!.endsAt.toISOString()}::timestamptz) ${inUnits}
      group by 1, 2, 3`);
    const byUnit = new Map<number, number[]>();
    for (const row of rowsOf<{ unitId: number; first: number; after: number; n: number }>(result)) {
      const counts = byUnit.get(Number(row.unitId)) ?? points.map(() => 0);
      for (let k = Number(row.first); k < Number(row.after); k += 1) counts[order[k]!]! += Number(row.n);
      byUnit.set(Number(row.unitId), counts);
    }
    return [...byUnit]
      .map(([unitId, counts]) => ({ unitId, counts }))
      .filter((row) => row.counts.some((count) => count > 0))
      .sort((a, b) => a.unitId - b.unitId);
  }
  return repository;
}

/** A row of planOccurrences' 'state' query. */
interface StateRow {
  occurrence_id: number;
  task_id: number;
  title: string;
  unit_id: number;
  period: string;
  due_date: LocalDate | null;
  status: string;
  completed_at: string | Date | null;
  completed_on_time: boolean | null;
}

/**
 * The points' indexes in an order that sorts both their days and their ends (each point's day ends after the
 * one before's), or null when no order does.
 */
function pointsInOrder(points: ReadonlyArray<{ overdueBefore: LocalDate; endsAt: Date }>): number[] | null {
  const order = points
    .map((_, i) => i)
    .sort((a, b) =>
      points[a]!.overdueBefore < points[b]!.overdueBefore ? -1 : points[a]!.overdueBefore > points[b]!.overdueBefore ? 1 : 0,
    );
  for (let k = 1; k < order.length; k += 1) {
    const before = points[order[k - 1]!]!;
    const point = points[order[k]!]!;
    if (point.overdueBefore === before.overdueBefore || point.endsAt.getTime() <= before.endsAt.getTime()) return null;
  }
  return order;
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
    async add(report, audit) {
      const at = report.at ?? null;
      // One statement for the report and its audit row (a data-modifying CTE): a one-line /baocao is the
      // message the bot handles most, and every statement is a round trip and SQL built and parsed.
      const value = (name: string) => sql.placeholder(name);
      const result = await runSql(
        db,
        `report-add:${audit !== undefined && audit !== null}`,
        () => {
          const auditRow = audit
            ? sql`, audited as (
              insert into ${auditLog} (actor_id, action, entity, entity_id, data)
              select ${value('actorId')}::int, ${value('action')}, ${value('entity')}, ${value('entityId')},
                     ${value('auditData')}::jsonb || jsonb_build_object('reportId', added.id)
              from added)`
            : sql``;
          return sql`
          with added as (
            insert into ${reports} (occurrence_id, reporter_id, percent, status, text, evidence, source_message_id, created_at)
            values (${value('occurrenceId')}::int, ${value('reporterId')}::int, ${value('percent')}::int, ${value('status')}, ${value('text')},
                    ${value('evidence')}::jsonb, ${value('sourceMessageId')}, coalesce(${value('at')}::timestamptz, now()))
            returning id
          )${auditRow}
          select id, (
            -- the statement's snapshot: the reports before this one
            select percent from ${reports}
            where occurrence_id = ${value('occurrenceId')}::int and withdrawn_at is null
            order by created_at desc, id desc limit 1
          ) as previous_percent
          from added`;
        },
        {
          occurrenceId: report.occurrenceId,
          reporterId: report.reporterId,
          percent: report.percent,
          status: report.status,
          text: report.text,
          evidence: JSON.stringify(report.evidence ?? []),
          sourceMessageId: report.sourceMessageId,
          at: at?.toISOString() ?? null,
          actorId: audit?.actorId,
          action: audit?.action,
          entity: audit?.entity,
          entityId: audit?.entityId,
          auditData: JSON.stringify(audit?.data ?? {}),
        },
      );
      const [row] = rowsOf<{ id: number; previous_percent: number | null }>(result);
      if (!row) throw new Error('report insert returned nothing');
      if (report.status === 'done') {
        await db
          .update(occurrences)
          .set({ status: 'done', completedAt: at ?? sql`now()`, completedOnTime: report.onTime ?? null })
          .where(eq(occurrences.id, report.occurrenceId));
      }
      return { id: Number(row.id), previousPercent: row.previous_percent === null ? null : Number(row.previous_percent) };
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
    async latestOn(occurrenceId) {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(eq(reports.occurrenceId, occurrenceId), isNull(reports.withdrawnAt)))
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
        await db
          .update(occurrences)
          .set({ status: 'open', completedAt: null, completedOnTime: null })
          .where(eq(occurrences.id, report.occurrenceId));
      }
    },
    async planGridFacts({ planId, dueFrom, dueTo, timezone, overdueBefore, shifts, unitIds }) {
      if (unitIds?.length === 0) return { byUnit: [], byTask: [] };
      // the same rows as planOccurrences, reduced in the database to the facts of statusBucket (see completionFacts)
      const inUnits = unitIds ? sql`and o.unit_id = any(${`{${unitIds.join(',')}}`}::int[])` : sql``;
      const result = await db.execute(sql`
        with facts as (
          select o.unit_id, o.task_id,
                 o.due_date is not null as dated,
                 o.status = 'done' as done,
                 o.completed_on_time,
                 case when o.status = 'done' and o.due_date is not null
                   then (o.completed_at at time zone ${timezone})::date <= coalesce(shift.effective, o.due_date)
                 end as by_due,
                 coalesce(o.due_date < ${overdueBefore}::date, false) as past_due
          from ${occurrences} o
          join ${tasks} t on t.id = o.task_id
          left join ${shiftTable(shifts)} on shift.stated = o.due_date
          where t.plan_id = ${planId} and o.status <> 'cancelled'
            and ((o.due_date >= ${dueFrom}::date and o.due_date <= ${dueTo}::date) or o.due_date is null) ${inUnits}
        )
        select 'unit' as side, unit_id as id, null as title, null::int as position, dated, done, completed_on_time, by_due, past_due, count(*)::int as n
          from facts group by unit_id, dated, done, completed_on_time, by_due, past_due
        union all
        select 'task', f.task_id, t.title, t.position, dated, done, completed_on_time, by_due, past_due, count(*)::int
          from facts f join ${tasks} t on t.id = f.task_id
          group by f.task_id, t.title, t.position, dated, done, completed_on_time, by_due, past_due`);
      const rows = rowsOf<{
        side: 'unit' | 'task';
        id: number;
        title: string | null;
        position: number | null;
        dated: boolean;
        done: boolean;
        completed_on_time: boolean | null;
        by_due: boolean | null;
        past_due: boolean;
        n: number;
      }>(result);
      const factsOf = (row: (typeof rows)[number]) => ({
        dated: row.dated,
        done: row.done,
        completedOnTime: row.completed_on_time,
        completedByDueDate: row.by_due,
        pastDue: row.past_due,
        count: Number(row.n),
      });
      return {
        byUnit: rows.filter((row) => row.side === 'unit').map((row) => ({ unitId: Number(row.id), ...factsOf(row) })),
        byTask: rows
          .filter((row) => row.side === 'task')
          .map((row) => ({ taskId: Number(row.id), title: row.title ?? '', position: Number(row.position ?? 0), ...factsOf(row) })),
      };
    },
    async planOccurrences({ planId, dueFrom, dueTo, detail = 'full', unitIds = null }) {
      if (unitIds?.length === 0) return [];
      const where = and(
        eq(tasks.planId, planId),
        unitIds ? anyId(assignments.unitId, [...unitIds]) : undefined,
        ne(occurrences.status, 'cancelled'),
        or(and(gte(occurrences.dueDate, dueFrom), lte(occurrences.dueDate, dueTo)), isNull(occurrences.dueDate)),
      );
      const order = [
        asc(assignments.unitId),
        asc(tasks.position),
        asc(tasks.id),
        sql`${occurrences.dueDate} asc nulls last`,
        asc(occurrences.id),
      ] as const;
      const state = {
        occurrenceId: occurrences.id,
        taskId: tasks.id,
        taskTitle: tasks.title,
        unitId: assignments.unitId,
        period: occurrences.period,
        dueDate: occurrences.dueDate,
        status: occurrences.status,
        completedAt: occurrences.completedAt,
        completedOnTime: occurrences.completedOnTime,
      };
      if (detail === 'state') {
        // a grid page's thousands of cells: mapped here, not by drizzle's row mapper, which checks each
        // column's kind again on every row (the grid's largest cost after its HTML)
        const result = await db.execute(sql`
          select ${occurrences.id} as occurrence_id, ${tasks.id} as task_id, ${tasks.title} as title, ${assignments.unitId} as unit_id,
                 ${occurrences.period} as period, ${occurrences.dueDate} as due_date, ${occurrences.status} as status,
                 ${occurrences.completedAt} as completed_at, ${occurrences.completedOnTime} as completed_on_time
          from ${occurrences}
          join ${assignments} on ${assignments.id} = ${occurrences.assignmentId}
          join ${tasks} on ${tasks.id} = ${assignments.taskId}
          where ${where}
          order by ${sql.join([...order], sql`, `)}`);
        return rowsOf<StateRow>(result).map((row) => ({
          occurrenceId: row.occurrence_id,
          taskId: row.task_id,
          taskTitle: row.title,
          unitId: row.unit_id,
          period: row.period,
          dueDate: row.due_date,
          status: row.status === 'done' ? ('done' as const) : ('open' as const),
          completedAt: row.completed_at === null ? null : row.completed_at instanceof Date ? row.completed_at : new Date(row.completed_at),
          completedOnTime: row.completed_on_time,
          latestReport: null,
          evidenceCount: 0,
          evidence: [],
        }));
      }
      const active = (occurrenceId: typeof occurrences.id) => and(eq(reports.occurrenceId, occurrenceId), isNull(reports.withdrawnAt));
      const latest = db
        .select({ percent: reports.percent, status: reports.status, text: reports.text, at: reports.createdAt })
        .from(reports)
        .where(active(occurrences.id))
        .orderBy(desc(reports.createdAt), desc(reports.id))
        .limit(1)
        .as('latest');
      const evidence = db
        .select({
          files: sql<number>`coalesce(sum(jsonb_array_length(${reports.evidence})), 0)`.mapWith(Number).as('files'),
          // each report's list of files, oldest report first; flattened below
          lists: sql<EvidenceFile[][] | null>`jsonb_agg(${reports.evidence} order by ${reports.createdAt}, ${reports.id})`.as('lists'),
        })
        .from(reports)
        .where(active(occurrences.id))
        .as('evidence');
      const rows = await db
        .select({
          ...state,
          reportPercent: latest.percent,
          reportStatus: latest.status,
          reportText: latest.text,
          reportAt: latest.at,
          evidenceCount: evidence.files,
          evidenceLists: evidence.lists,
        })
        .from(occurrences)
        .innerJoin(assignments, eq(assignments.id, occurrences.assignmentId))
        .innerJoin(tasks, eq(tasks.id, assignments.taskId))
        .leftJoinLateral(latest, sql`true`)
        .leftJoinLateral(evidence, sql`true`)
        .where(where)
        .orderBy(...order);
      return rows.map((row) => ({
        occurrenceId: row.occurrenceId,
        taskId: row.taskId,
        taskTitle: row.taskTitle,
        unitId: row.unitId,
        period: row.period,
        dueDate: row.dueDate,
        status: row.status === 'done' ? 'done' : 'open',
        completedAt: row.completedAt,
        completedOnTime: row.completedOnTime,
        latestReport:
          row.reportAt === null || row.reportPercent === null || row.reportStatus === null
            ? null
            : { percent: row.reportPercent, status: row.reportStatus as ReportStatus, text: row.reportText, at: row.reportAt },
        evidenceCount: Number(row.evidenceCount ?? 0),
        evidence: (row.evidenceLists ?? []).flat(),
      }));
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
