import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type LocalDate, parts } from '../dates/local-date.js';
import { type ExplanationState, explanationStates } from '../plans/explanation-request.js';
import type { Store } from '../store.js';
import type { UnitKind } from '../units/unit.js';
import { buildConsolidatedReport, type ConsolidatedRow, type ReportPlan, type ReportUnit } from './consolidated-report.js';
import { type ReportPeriod, type ReportPeriodRange, reportPeriod, reportPeriodContaining } from './report-period.js';
import { type BucketTotals, totalsOf } from './status-bucket.js';

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

/** The permalink form of a period (the inverse of parseGridPeriod). */
export function gridPeriodKey(period: ReportPeriod): string {
  if (period.length === 'half_year') return `${period.year}-H${period.number}`;
  if (period.length === 'quarter') return `${period.year}-Q${period.number}`;
  if (period.length === 'month') return `${period.year}-${String(period.number).padStart(2, '0')}`;
  return String(period.year);
}

/**
 * The plan's grid (`/ke-hoach/<mã>`): units in tree order × the plan's tasks for a period, each cell the
 * occurrences with their bucket and days late. Built from the consolidated report (the same rows as the
 * .xlsx/.docx export), narrowed to the page's units (null: every unit), a unit kind, or the units and tasks
 * with something overdue.
 */
export async function planGrid(
  store: Store,
  input: {
    planCode: string;
    period: ReportPeriod;
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
  const [report, units] = await Promise.all([
    buildConsolidatedReport(store, {
      planCode: input.planCode,
      period: input.period,
      today: input.today,
      timezone: input.timezone,
      calendar: input.calendar,
    }),
    store.units.list(),
  ]);
  const kinds = new Map(units.map((unit) => [unit.id, unit.kind]));
  const inView = input.unitIds === null ? null : new Set(input.unitIds);
  const sections = report.units.filter(
    (section) =>
      (inView === null || inView.has(section.unit.id)) &&
      (input.unitKind === null || kinds.get(section.unit.id) === input.unitKind) &&
      (!input.overdueOnly || section.rows.some((row) => row.bucket === 'open_overdue')),
  );
  const pages = Math.max(1, Math.ceil(sections.length / GRID_UNITS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1)), pages);
  const shown = sections.slice((page - 1) * GRID_UNITS_PER_PAGE, page * GRID_UNITS_PER_PAGE);
  const rows: GridRow[] = shown.map((section) => {
    const cells = new Map<number, ConsolidatedRow[]>();
    for (const row of section.rows) cells.set(row.taskId, [...(cells.get(row.taskId) ?? []), row]);
    return { unit: { ...section.unit, kind: kinds.get(section.unit.id) ?? 'other' }, cells, totals: section.totals };
  });
  const allRows = sections.flatMap((section) => section.rows);
  const taskIds = [...new Set(allRows.map((row) => row.taskId))].filter(
    (taskId) => !input.overdueOnly || allRows.some((row) => row.taskId === taskId && row.bucket === 'open_overdue'),
  );
  const tasks = taskIds.map((taskId) => {
    const own = allRows.filter((row) => row.taskId === taskId);
    return { taskId, taskCode: own[0]!.taskCode, title: own[0]!.title, totals: totalsOf(own) };
  });
  const explanations = await explanationStates(
    store,
    shown.flatMap((section) => section.rows.map((row) => row.occurrenceId)),
    input.timezone,
  );
  return {
    plan: report.plan,
    period: report.period,
    tasks,
    rows,
    unitCount: sections.length,
    page,
    pages,
    totals: totalsOf(allRows),
    explanations,
  };
}
