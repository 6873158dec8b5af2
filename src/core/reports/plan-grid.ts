import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type LocalDate, parts } from '../dates/local-date.js';
import { type ExplanationState, explanationStates } from '../plans/explanation-request.js';
import type { Store } from '../store.js';
import type { UnitKind } from '../units/unit.js';
import { overdueBefore, deadlineShifts } from '../deadlines/deadline.js';
import type { GridFacts } from '../plans/plan.js';
import { inTreeOrder } from '../units/unit-tree.js';
import { type ConsolidatedRow, consolidatedRow, type ReportPlan, type ReportUnit, resolveReportPlan } from './consolidated-report.js';
import { taskCode } from './task-ref.js';
import { type ReportPeriod, type ReportPeriodRange, reportPeriod, reportPeriodContaining, withRange } from './report-period.js';
import { type BucketTotals, statusBucket, totalsOf } from './status-bucket.js';

export interface GridTask {
  taskId: number;
  taskCode: string;
  title: string;
  totals: BucketTotals;
}

export interface GridRow {
  unit: ReportUnit & { kind: UnitKind };
  /** the occurrences of each task for the unit in the period (a monthly task has several in a year), by task id */
  cells: Map<number, ConsolidatedRow[]>;
  totals: BucketTotals;
}

export interface PlanGrid {
  plan: ReportPlan;
  period: ReportPeriodRange;
  tasks: GridTask[];
  /** the rows of this page of units */
  rows: GridRow[];
  /** every unit in view, and which page of them this is (1-based) of how many */
  unitCount: number;
  page: number;
  pages: number;
  /** totals over every unit in view, not only this page */
  totals: BucketTotals;
  /** the latest request for an explanation on the page's occurrences that have one ("Yêu cầu giải trình") */
  explanations: Map<number, ExplanationState>;
}

/** Units per page of the grid: a screen of rows a leader can read, and a page that renders fast with 50 tasks. */
export const GRID_UNITS_PER_PAGE = 40;

/**
 * "2026", "2026-H1", "2026-Q4", "2026-11": the grid's period as its permalink writes it; anything else (or
 * nothing) is the quarter of `today` (one period per cell for a quarterly task).
 */
export function parseGridPeriod(text: string | null | undefined, today: LocalDate): ReportPeriod {
  const match = /^(\d{4})(?:-(?:(H)([12])|(Q)([1-4])|(\d{1,2})))?$/i.exec((text ?? '').trim());
  const year = match ? Number(match[1]) : parts(today).year;
  if (!match || year < 2000 || year > 2100) return reportPeriodContaining('quarter', today);
  if (match[2]) return reportPeriod('half_year', year, Number(match[3]));
  if (match[4]) return reportPeriod('quarter', year, Number(match[5]));
  if (match[6]) {
    const month = Number(match[6]);
    return month >= 1 && month <= 12 ? reportPeriod('month', year, month) : reportPeriod('year', year);
  }
  return reportPeriod('year', year);
}

/**
 * The period a plan's grid opens on: this quarter; for a plan of another year, that year's first quarter (a
 * plan for next year, imported ahead) or its last (an old plan), so that the grid shows the plan's own work.
 */
export function defaultGridPeriod(planYear: number | null, today: LocalDate): ReportPeriod {
  const year = parts(today).year;
  if (planYear === null || planYear === year) return reportPeriodContaining('quarter', today);
  return reportPeriod('quarter', planYear, planYear > year ? 1 : 4);
}

/** The permalink form of a period (the inverse of parseGridPeriod). */
export function gridPeriodKey(period: ReportPeriod): string {
  if (period.length === 'half_year') return `${period.year}-H${period.number}`;
  if (period.length === 'quarter') return `${period.year}-Q${period.number}`;
  if (period.length === 'month') return `${period.year}-${String(period.number).padStart(2, '0')}`;
  return String(period.year);
}

/** Bucket totals from grouped facts (the grid's unit and task totals, counted in the database). */
function totalsOfFacts(facts: readonly GridFacts[]): BucketTotals {
  return totalsOf(facts.map((row) => ({ bucket: statusBucket(row), count: row.count })));
}

function factsBy<R extends GridFacts, K>(rows: readonly R[], key: (row: R) => K): Map<K, R[]> {
  const out = new Map<K, R[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/**
 * The plan's grid (`/ke-hoach/<mã>`): units in tree order × the plan's tasks for a period, each cell the
 * occurrences with their bucket and days late, narrowed to the page's units (null: every unit), a unit kind,
 * or the units and tasks with something overdue. The cells are the consolidated report's rows (the same as
 * the .xlsx/.docx export, consolidatedRow) read for this page's units only; the totals over every unit in
 * view are the same buckets (statusBucket) over facts counted in the database, so that a grid of 300 units ×
 * 50 tasks does not read 15 000 rows to show 40 of them.
 */
export async function planGrid(
  store: Store,
  input: {
    planCode: string;
    /** null: the period the plan's grid opens on (defaultGridPeriod) */
    period: ReportPeriod | null;
    today: LocalDate;
    timezone: string;
    calendar: WorkingCalendar;
    unitIds: readonly number[] | null;
    unitKind: UnitKind | null;
    overdueOnly: boolean;
    /** the page of units (1-based); default 1 */
    page?: number;
  },
): Promise<PlanGrid> {
  const [plan, units] = await Promise.all([
    resolveReportPlan(store, { planCode: input.planCode, period: input.period ?? reportPeriodContaining('quarter', input.today) }),
    store.units.list(),
  ]);
  const period = withRange(input.period ?? defaultGridPeriod(plan.year, input.today));
  const inView = input.unitIds === null ? null : new Set(input.unitIds);
  const candidates =
    inView === null && input.unitKind === null
      ? null
      : units
          .filter((unit) => (inView === null || inView.has(unit.id)) && (input.unitKind === null || unit.kind === input.unitKind))
          .map((unit) => unit.id);
  const factsFor = (unitIds: readonly number[] | null) =>
    store.reports.planGridFacts({
      planId: plan.id,
      dueFrom: period.from,
      dueTo: period.to,
      timezone: input.timezone,
      overdueBefore: overdueBefore(input.today, input.calendar),
      shifts: deadlineShifts(period.from, period.to, input.calendar),
      unitIds,
    });
  let facts = await factsFor(candidates);
  let unitTotals = new Map([...factsBy(facts.byUnit, (row) => row.unitId)].map(([unitId, rows]) => [unitId, totalsOfFacts(rows)]));
  if (input.overdueOnly) {
    const overdue = [...unitTotals].filter(([, totals]) => totals.openOverdue > 0);
    // the columns and totals count only the units the page keeps
    if (overdue.length < unitTotals.size) {
      facts = await factsFor(overdue.map(([unitId]) => unitId));
      unitTotals = new Map(overdue);
    }
  }
  const sections = inTreeOrder(units).filter((unit) => unitTotals.has(unit.id));
  const pages = Math.max(1, Math.ceil(sections.length / GRID_UNITS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1)), pages);
  const shown = sections.slice((page - 1) * GRID_UNITS_PER_PAGE, page * GRID_UNITS_PER_PAGE);
  const records = await store.reports.planOccurrences({
    planId: plan.id,
    dueFrom: period.from,
    dueTo: period.to,
    // a cell is its state in words; its reports and evidence are on the occurrence's own page
    detail: 'state',
    unitIds: shown.map((unit) => unit.id),
  });
  const cellsByUnit = new Map<number, Map<number, ConsolidatedRow[]>>();
  for (const record of records) {
    const row = consolidatedRow(record, input.today, input.timezone, input.calendar);
    const cells = cellsByUnit.get(record.unitId) ?? new Map<number, ConsolidatedRow[]>();
    cells.set(row.taskId, [...(cells.get(row.taskId) ?? []), row]);
    cellsByUnit.set(record.unitId, cells);
  }
  const rows: GridRow[] = shown.map((unit) => ({
    unit: { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind },
    cells: cellsByUnit.get(unit.id) ?? new Map(),
    totals: unitTotals.get(unit.id)!,
  }));
  const byTask = factsBy(facts.byTask, (row) => row.taskId);
  const tasks = [...byTask.values()]
    .map((rows) => rows[0]!)
    .sort((a, b) => a.position - b.position || a.taskId - b.taskId)
    .map((row) => ({
      taskId: row.taskId,
      taskCode: taskCode(row.taskId),
      title: row.title,
      totals: totalsOfFacts(byTask.get(row.taskId)!),
    }))
    .filter((task) => !input.overdueOnly || task.totals.openOverdue > 0);
  const explanations = await explanationStates(
    store,
    records.map((record) => record.occurrenceId),
    input.timezone,
  );
  return { plan, period, tasks, rows, unitCount: sections.length, page, pages, totals: totalsOfFacts(facts.byUnit), explanations };
}
