import type { RoleGrant } from '../members/member.js';
import { ownView } from '../dashboard/view-scope.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type LocalDate, localDateOf } from '../dates/local-date.js';
import { deadlineStatus, type EffectiveDeadline } from '../deadlines/deadline.js';
import type { EvidenceItem } from '../evidence/evidence.js';
import type { EvidenceFile, PlanOccurrenceRecord, PlanSummary, ReportStatus } from '../plans/plan.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';
import { inTreeOrder, rootOf } from '../units/unit-tree.js';
import { type ReportPeriod, type ReportPeriodRange, withRange } from './report-period.js';
import { defaultPlan, findPlanByReference } from './report-plan.js';
import { type BucketTotals, type StatusBucket, statusBucket, totalsOf } from './status-bucket.js';
import { taskCode } from './task-ref.js';
import { slices, yieldToEventLoop } from '../yield.js';

/** Units read and shaped at a time (50 tasks a unit: 1 250 rows). */
const UNITS_PER_READ = 25;

export type ReportPlan = Omit<PlanSummary, 'openOccurrences'>;

export interface ReportUnit {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
}

/** One task × unit occurrence as the report shows it. */
export interface ConsolidatedRow {
  occurrenceId: number;
  taskId: number;
  /** what people type for the task: "NV12" */
  taskCode: string;
  title: string;
  /** the occurrence's period key ("2026", "2026-Q4", "once", "ongoing") */
  period: string;
  /** the stated last day */
  dueDate: LocalDate | null;
  /** the stated and effective deadline (Đ.148 k.5, see deadlineStatus); null without a date */
  deadline: EffectiveDeadline | null;
  bucket: StatusBucket;
  /** the day it was completed, in the report's timezone */
  completedOn: LocalDate | null;
  /** days past the effective deadline: on completion for a late one, until today for an open overdue one; else null */
  daysLate: number | null;
  /** days until the effective deadline for an open one within it (0 when it ends today); else null */
  daysLeft: number | null;
  latestReport: { percent: number; status: ReportStatus; text: string | null; on: LocalDate; at: Date } | null;
  evidenceCount: number;
  /**
   * the files sent as evidence, oldest report first (kind, name, the platform and its file id), each with what
   * the bot kept of it: its id among the kept files, whether it is kept, and its size
   */
  evidence: ReportEvidence[];
}

/** A file sent as evidence, and what the bot kept of it (null when it was never tracked, e.g. before keeping began). */
export type ReportEvidence = EvidenceFile & { kept: Pick<EvidenceItem, 'id' | 'status' | 'sizeBytes' | 'mimeType' | 'name'> | null };

export interface ConsolidatedUnit {
  unit: ReportUnit;
  rows: ConsolidatedRow[];
  totals: BucketTotals;
}

/** Everything the spreadsheet and the Word report show, computed once; plain data, no text in any language. */
export interface ConsolidatedReport {
  plan: ReportPlan;
  period: ReportPeriodRange;
  /** the day the report is drawn up, which decides what is overdue */
  today: LocalDate;
  timezone: string;
  /** the Department (the root of the units' tree) */
  department: ReportUnit | null;
  /** the name of the Department's leader when the bot knows exactly one: who signs unless configured otherwise */
  departmentLeader: string | null;
  /** the units assigned the plan's tasks, in tree order, each with its rows */
  units: ConsolidatedUnit[];
  totals: BucketTotals;
  /** how many distinct tasks the rows cover */
  taskCount: number;
}

export interface ConsolidatedReportInput {
  /** the plan's code or number as typed; with neither this nor planId, the only plan with open work */
  planCode?: string | null;
  planId?: number | null;
  period: ReportPeriod;
  today: LocalDate;
  timezone: string;
  /** a last day on a day off ends with the next working day (see deadlineStatus), as the chat counts it */
  calendar: WorkingCalendar;
  /** only these units (a unit leader's report on the units they lead); null or absent: every unit */
  unitIds?: readonly number[] | null;
  /** 'state': each row's bucket and days only, without its latest report and evidence (the plan's grid) */
  detail?: 'full' | 'state';
}

/**
 * The units a person's consolidated report covers: every unit for an administrator or a Department leader
 * (null), else the units they lead and those below them. Decided here, once, for the chat and the CLI.
 */
export function reportUnitScope(grants: readonly RoleGrant[], units: readonly Unit[]): number[] | null {
  if (grants.some((grant) => grant.unitId === null && (grant.role === 'admin' || grant.role === 'department_leader'))) return null;
  const led = grants.filter((grant) => grant.role === 'unit_leader');
  return ownView(led, units).units.map((unit) => unit.id);
}

const toReportUnit = (unit: Unit): ReportUnit => ({ id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName });

/** One occurrence as the report shows it (exported for the views-agree property test). */
export function consolidatedRow(
  record: PlanOccurrenceRecord,
  today: LocalDate,
  timezone: string,
  calendar: WorkingCalendar,
): ConsolidatedRow {
  const completedOn = record.status === 'done' && record.completedAt ? localDateOf(record.completedAt, timezone) : null;
  const open = deadlineStatus({ dueDate: record.dueDate }, today, calendar);
  const done = completedOn ? deadlineStatus({ dueDate: record.dueDate, completedOn }, today, calendar) : null;
  const bucket = statusBucket({
    done: record.status === 'done',
    dated: record.dueDate !== null,
    completedOnTime: record.completedOnTime,
    completedByDueDate: done && record.dueDate ? done.state.kind === 'done_on_time' : null,
    pastDue: open.state.kind === 'overdue',
  });
  let daysLate: number | null = null;
  if (bucket === 'open_overdue' && open.state.kind === 'overdue') daysLate = open.state.daysLate;
  if (bucket === 'done_late' && done?.state.kind === 'done_late') daysLate = done.state.daysLate;
  const daysLeft =
    bucket !== 'open_on_time' ? null : open.state.kind === 'upcoming' ? open.state.daysLeft : open.state.kind === 'due_today' ? 0 : null;
  const report = record.latestReport;
  return {
    occurrenceId: record.occurrenceId,
    taskId: record.taskId,
    taskCode: taskCode(record.taskId),
    title: record.taskTitle,
    period: record.period,
    dueDate: record.dueDate,
    deadline: open.deadline,
    bucket,
    completedOn,
    daysLate,
    daysLeft,
    latestReport: report ? { ...report, on: localDateOf(report.at, timezone) } : null,
    evidenceCount: record.evidenceCount,
    evidence: record.evidence.map((file) => ({ ...file, kept: null })),
  };
}

/** The plan a report or a grid is asked for: by id, by its code or number as typed, or the only plan with open work. */
export async function resolveReportPlan(
  store: Store,
  input: Pick<ConsolidatedReportInput, 'planId' | 'planCode' | 'period'>,
): Promise<ReportPlan> {
  if (input.planId !== undefined && input.planId !== null) {
    const plans = await store.plans.planHeads();
    return plans.find((candidate) => candidate.id === input.planId) ?? findPlanByReference(plans, String(input.planId), input.period.year);
  }
  if (input.planCode && input.planCode.trim())
    return findPlanByReference(await store.plans.planHeads(), input.planCode.trim(), input.period.year);
  // only the choice of the plan with open work needs the counts
  const { openOccurrences: _open, ...plan } = defaultPlan(await store.plans.planSummaries());
  return plan;
}

/**
 * The one person holding the Department leader's role (over the whole Department or at its root), by name; with
 * none or several the signer cannot be guessed.
 */
async function soleDepartmentLeader(store: Store, root: Unit | null): Promise<string | null> {
  const [everywhere, atRoot] = await Promise.all([
    store.members.withRole('department_leader', null),
    root ? store.members.withRole('department_leader', root.id) : Promise.resolve([]),
  ]);
  const leaders = new Map([...everywhere, ...atRoot].map((member) => [member.memberId, member.displayName]));
  return leaders.size === 1 ? [...leaders.values()][0]!.trim() || null : null;
}

/**
 * The consolidated report of a plan for a period (/xuatbaocao): every occurrence of the plan's tasks due in the
 * period, and the undated ones, one row per task × unit, grouped by unit in the order of the units' tree, with
 * the latest report on each and the totals per unit and overall.
 *
 * Read and shaped a slice of units at a time, with other work let through between slices: a Department's
 * quarter is some 15 000 rows, and shaping them in one go held the bot's only thread for 100–150 ms, which
 * every webhook answered meanwhile waited out.
 */
export async function buildConsolidatedReport(store: Store, input: ConsolidatedReportInput): Promise<ConsolidatedReport> {
  const plan = await resolveReportPlan(store, input);
  const period = withRange(input.period);
  const units = await store.units.list();
  const inScope = inTreeOrder(units).filter((unit) => !input.unitIds || input.unitIds.includes(unit.id));
  const rowsByUnit = new Map<number, ConsolidatedRow[]>();
  for (const slice of slices(inScope, UNITS_PER_READ)) {
    const records = await store.reports.planOccurrences({
      planId: plan.id,
      dueFrom: period.from,
      dueTo: period.to,
      detail: input.detail ?? 'full',
      unitIds: slice.map((unit) => unit.id),
    });
    // what the bot kept of every file the rows cite, in one read
    const kept = new Map(
      (await store.evidence.statusOf(records.flatMap((record) => record.evidence))).map((item) => [
        `${item.platform}\u0000${item.fileId}`,
        item,
      ]),
    );
    for (const record of records) {
      const rows = rowsByUnit.get(record.unitId);
      const row = consolidatedRow(record, input.today, input.timezone, input.calendar);
      row.evidence = row.evidence.map((file) => {
        const item = kept.get(`${file.platform}\u0000${file.fileId}`);
        return {
          ...file,
          kept: item ? { id: item.id, status: item.status, sizeBytes: item.sizeBytes, mimeType: item.mimeType, name: item.name } : null,
        };
      });
      if (rows) rows.push(row);
      else rowsByUnit.set(record.unitId, [row]);
    }
    await yieldToEventLoop();
  }
  const sections: ConsolidatedUnit[] = inScope
    .filter((unit) => rowsByUnit.has(unit.id))
    .map((unit) => {
      const rows = rowsByUnit.get(unit.id)!;
      return { unit: toReportUnit(unit), rows, totals: totalsOf(rows) };
    });
  const allRows = sections.flatMap((section) => section.rows);
  const anchor = sections[0]?.unit.id ?? inTreeOrder(units)[0]?.id;
  const root = anchor === undefined ? null : rootOf(units, anchor);
  return {
    departmentLeader: await soleDepartmentLeader(store, root),
    plan,
    period,
    today: input.today,
    timezone: input.timezone,
    department: root ? toReportUnit(root) : null,
    units: sections,
    totals: totalsOf(allRows),
    taskCount: new Set(allRows.map((row) => row.taskId)).size,
  };
}
