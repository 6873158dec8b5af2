import type { DoneOccurrence } from './task-standing.js';
import type { AuditEntry } from '../audit/audit.js';
import type { LocalDate } from '../dates/local-date.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.js';
import type { ReminderLadder } from '../reminders/ladder.js';

export interface NewPlan {
  symbol: string | null;
  code: string | null;
  title: string;
  shortTitle: string | null;
  issuer: string | null;
  issuedOn: LocalDate | null;
  year: number | null;
  sourceText: string | null;
  /** when to remind and whom to tell; null or absent: the default ladder */
  reminderLadder?: ReminderLadder | null;
}

export interface NewTask {
  planId: number;
  title: string;
  rule: DeadlineRule;
  recipient: string | null;
  sourcePhrase: string | null;
  position: number;
}

/** A task as a unit sees it: its current occurrence and the last report on it. */
export interface OpenTask {
  occurrenceId: number;
  assignmentId: number;
  taskId: number;
  unitId: number;
  unitName: string;
  title: string;
  /** how a list names the plan: its number, else its short title, else its title */
  planLabel: string;
  period: string;
  dueDate: LocalDate | null;
  rule: DeadlineRule;
  lastReport: { percent: number; status: string; at: Date } | null;
}

/** A task due on one date, with how many units have it open (the Department-wide /nhiemvu). */
export interface OpenTaskGroup {
  taskId: number;
  title: string;
  planLabel: string;
  dueDate: LocalDate | null;
  rule: DeadlineRule;
  units: number;
}

/** Which open occurrences to list: of some units (null: all), optionally within a due-date window. */
export interface OccurrenceQuery {
  unitIds: readonly number[] | null;
  taskIds?: readonly number[];
  /** skip looking up the latest report of each (a one-line report does not show them) */
  withoutLastReport?: boolean;
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  limit?: number;
}

/** One occurrence with what deciding about a report on it needs. */
export interface OccurrenceDetail {
  occurrenceId: number;
  assignmentId: number;
  taskId: number;
  unitId: number;
  title: string;
  planLabel: string;
  period: string;
  dueDate: LocalDate | null;
  /** cancelled: its task removed, taken from the unit, or its plan archived; no report is taken on it */
  status: 'open' | 'done' | 'cancelled';
  /** the task's rule: what the next occurrence is once this one is done */
  rule: DeadlineRule;
}

/** A plan as a consolidated report names it, with how many of its occurrences are still open. */
/** A plan as a leader names it: its number, code, title and year. */
export type PlanHead = Omit<PlanSummary, 'openOccurrences'>;

export interface PlanSummary {
  id: number;
  symbol: string | null;
  code: string | null;
  title: string;
  shortTitle: string | null;
  issuer: string | null;
  issuedOn: LocalDate | null;
  year: number | null;
  openOccurrences: number;
}

/**
 * Dated occurrences of one unit that share the facts deciding their status bucket, and how many there are.
 * `completedByDueDate` compares the day of completion in the given timezone with the due date.
 */
/** What decides an occurrence's bucket (BucketFacts), and how many occurrences share them. */
export interface GridFacts {
  dated: boolean;
  done: boolean;
  completedOnTime: boolean | null;
  completedByDueDate: boolean | null;
  pastDue: boolean;
  count: number;
}

export interface CompletionFactsRow {
  unitId: number;
  done: boolean;
  completedOnTime: boolean | null;
  completedByDueDate: boolean | null;
  pastDue: boolean;
  count: number;
  /** the earliest stated last day among them (of open work past due: the one overdue longest) */
  oldestDue: LocalDate | null;
}

/** A plan as /kehoach lists it: its tasks (not removed), open and overdue occurrences, whether archived. */
export interface PlanOverview extends PlanSummary {
  archived: boolean;
  tasks: number;
  /** open occurrences whose last day is before the day given (see overdueBefore) */
  overdue: number;
}

/** A task of a plan as /kehoach shows it, with the units it is assigned to now. */
export interface PlanTaskRecord {
  taskId: number;
  title: string;
  rule: DeadlineRule;
  recipient: string | null;
  position: number;
  units: Array<{ unitId: number; code: string; name: string }>;
}

/** One task with what changing it needs. */
export interface TaskRecord {
  taskId: number;
  planId: number;
  title: string;
  rule: DeadlineRule;
  recipient: string | null;
  removed: boolean;
  planYear: number | null;
  /** the day the plan was signed: "trong 10 ngày kể từ ngày ký" counts from it */
  planIssuedOn: LocalDate | null;
  planArchived: boolean;
  /** the plan's code and number, to name it (task numbers run across plans) */
  planCode: string | null;
  planSymbol: string | null;
}

export interface PlansRepository {
  /** Every plan with its counts, oldest first; archived ones included (the caller hides them). */
  /** every plan with its tasks, and its open and overdue occurrences counted in `unitIds` (null: every unit) */
  planOverviews(overdueBefore: LocalDate, unitIds?: readonly number[] | null): Promise<PlanOverview[]>;
  /** The plan's tasks that were not removed, in the plan's order, with their current units. */
  planTasks(planId: number): Promise<PlanTaskRecord[]>;
  findTask(taskId: number): Promise<TaskRecord | null>;
  updateTask(taskId: number, change: { title?: string; rule?: DeadlineRule; recipient?: string | null; position?: number }): Promise<void>;
  markTaskRemoved(taskId: number, at: Date): Promise<void>;
  markPlanArchived(planId: number, at: Date): Promise<void>;
  /** Takes a task from a unit (reports kept); returns the assignment's id, null when it had none. */
  endAssignment(taskId: number, unitId: number, at: Date): Promise<number | null>;
  /** Cancels the open occurrences of a plan, a task or one assignment; returns how many. Reports are kept. */
  cancelOpen(scope: { planId: number } | { taskId: number } | { assignmentId: number }): Promise<number>;
  /** A task's open occurrences, with whether anyone reported on each. */
  openOccurrencesOfTask(taskId: number): Promise<Array<{ occurrenceId: number; assignmentId: number; period: string; reported: boolean }>>;
  /**
   * Opens the occurrence of a period: created, or a cancelled one opened again, or an open one re-dated; a
   * closed one is left as it is.
   */
  openSlot(assignmentId: number, period: string, dueDate: LocalDate | null): Promise<void>;

  createPlan(plan: NewPlan): Promise<number>;
  createTask(task: NewTask): Promise<number>;
  assign(taskId: number, unitId: number): Promise<number>;
  /** Creates the occurrence for a period unless it exists; returns its id either way. */
  ensureOccurrence(assignmentId: number, period: string, dueDate: LocalDate | null): Promise<number>;
  /**
   * Removes an open occurrence nobody has reported on (opened early, when the period before it was closed by a
   * report since taken back); returns whether it was removed.
   */
  removeUntouchedOccurrence(assignmentId: number, period: string): Promise<boolean>;
  /** Creates the occurrences that do not exist yet; returns how many were new. */
  ensureOccurrences(slots: ReadonlyArray<{ assignmentId: number; period: string; dueDate: LocalDate | null }>): Promise<number>;
  /** Every assignment with its task's rule, for the job that opens each new period. */
  assignmentsWithRules(): Promise<Array<{ assignmentId: number; rule: DeadlineRule }>>;
  /**
   * The open occurrences whose due date is counted in working days ("5 ngày làm việc sau khi kết thúc quý"),
   * one row per task and period with the date stored for it (all units share it).
   */
  openWorkingDaySlots(): Promise<Array<{ taskId: number; rule: DeadlineRule; period: string; dueDate: LocalDate | null }>>;
  /** Sets the due date of a task's open occurrences for a period; returns how many changed. */
  redateOpen(taskId: number, period: string, dueDate: LocalDate): Promise<number>;
  /** Open occurrences of the units' tasks, soonest due first, undated last. */
  openTasksForUnits(unitIds: readonly number[]): Promise<OpenTask[]>;
  /** Open occurrences matching the query, soonest due first, undated last, with the latest active report. */
  openOccurrences(query: OccurrenceQuery): Promise<OpenTask[]>;
  countOpenOccurrences(query: Omit<OccurrenceQuery, 'limit'>): Promise<number>;
  /** How many open occurrences of the units fall in each due-date range, in one scan (the overview's figures). */
  countOpenOccurrencesIn(
    unitIds: readonly number[] | null,
    ranges: ReadonlyArray<{ dueFrom?: LocalDate; dueTo?: LocalDate }>,
  ): Promise<number[]>;
  /**
   * Open work across every unit, one row per task and due date with how many units still owe it, soonest due
   * first, undated last; and how many such rows there are. One grouped query, whatever the number of units.
   */
  openTaskGroups(limit: number): Promise<{ groups: OpenTaskGroup[]; total: number }>;
  findOccurrence(occurrenceId: number): Promise<OccurrenceDetail | null>;
  /** The most recent occurrence of a task for a unit, open or not (evidence of a finished task). */
  latestOccurrenceOf(taskId: number, unitId: number): Promise<number | null>;
  /** Each unit's occurrence of the task closed by a report marked done most recently, units in name order (null: every unit). */
  doneOccurrencesOfTask(taskId: number, unitIds: readonly number[] | null): Promise<DoneOccurrence[]>;
  /** The occurrence of a task for a unit closed most recently, with when it was closed; null when none is closed. */
  lastClosedOccurrence(taskId: number, unitId: number): Promise<{ occurrenceId: number; completedAt: Date | null } | null>;
  /** Opens a closed occurrence again (/baocao molai); false when it was not closed. Its reports stay as they are. */
  reopenOccurrence(occurrenceId: number): Promise<boolean>;
  countPlans(): Promise<number>;
  /** A plan by its code, in any case ("kh20-2020"), with its own reminder ladder (null: the default). */
  planByCode(code: string): Promise<{ id: number; code: string | null; title: string; reminderLadder: ReminderLadder | null } | null>;
  /** Sets a plan's reminder ladder; null: back to the default. */
  setReminderLadder(planId: number, ladder: ReminderLadder | null): Promise<void>;
  /** whether a plan already uses this code (codes are unique) */
  codeTaken(code: string): Promise<boolean>;
  /**
   * A plan that is this one: the same number in the same year, or the same title in the same year. Used to
   * refuse importing a plan twice.
   */
  findSame(plan: { symbol: string | null; title: string; year: number | null }): Promise<{ id: number; code: string | null } | null>;
  /** Every plan with the count of its open occurrences, oldest plan first (a Department has tens of plans). */
  planSummaries(): Promise<PlanSummary[]>;
  /** Every plan without its counts, oldest first: finding a plan by its name reads no occurrence. */
  planHeads(): Promise<PlanHead[]>;
  /**
   * The dated occurrences that are open, or due on or after `since`, counted per unit and per the facts that
   * decide their bucket: one grouped query, however many occurrences there are.
   */
  completionFacts(query: {
    since: LocalDate;
    today: LocalDate;
    timezone: string;
    /** open work whose stated last day is before this day is overdue (default: today; see overdueBefore) */
    overdueBefore?: LocalDate;
    /**
     * the days off of the window with the working day a last day on them ends on (see deadlineShifts): a
     * completion is on time up to the effective deadline; without them, up to the stated day
     */
    shifts?: ReadonlyArray<{ stated: LocalDate; effective: LocalDate }>;
  }): Promise<CompletionFactsRow[]>;
  /**
   * For each point in time, how many occurrences were overdue then: stated last day before `overdueBefore` (see
   * overdueBefore in core/deadlines) and still open at `endsAt` (open now, or completed after it). One query for
   * all points.
   */
  /** overdueCounts unit by unit: each unit with any overdue occurrence at any point, its count at each point */
  overdueCountsByUnit(
    points: ReadonlyArray<{ day: LocalDate; overdueBefore: LocalDate; endsAt: Date }>,
    unitIds: readonly number[] | null,
  ): Promise<Array<{ unitId: number; counts: number[] }>>;
  overdueCounts(
    points: ReadonlyArray<{ day: LocalDate; overdueBefore: LocalDate; endsAt: Date }>,
    /** only these units' occurrences (a unit leader's branch); null: every unit */
    unitIds?: readonly number[] | null,
  ): Promise<number[]>;
}

export type ReportStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';

export interface EvidenceFile {
  platform: string;
  kind: 'photo' | 'document';
  fileId: string;
  name?: string | null;
}

export interface NewReport {
  occurrenceId: number;
  reporterId: number | null;
  percent: number;
  status: ReportStatus;
  text: string | null;
  evidence?: EvidenceFile[];
  sourceMessageId: string | null;
  at?: Date;
  /** for a report that closes its occurrence: whether it came by the due date */
  onTime?: boolean | null;
}

export interface ReportRecord {
  id: number;
  occurrenceId: number;
  reporterId: number | null;
  percent: number;
  status: ReportStatus;
  text: string | null;
  evidence: EvidenceFile[];
  createdAt: Date;
}

/** One occurrence of a plan's task for one unit, with what a consolidated report shows of it. */
export interface PlanOccurrenceRecord {
  occurrenceId: number;
  taskId: number;
  taskTitle: string;
  unitId: number;
  period: string;
  dueDate: LocalDate | null;
  status: 'open' | 'done';
  completedAt: Date | null;
  completedOnTime: boolean | null;
  /** the latest report that was not withdrawn */
  latestReport: { percent: number; status: ReportStatus; text: string | null; at: Date } | null;
  /** files sent as evidence on the occurrence, over all its reports that were not withdrawn */
  evidenceCount: number;
  /** those files, oldest report first, for an officer to find them (/minhchung, the platform's file id) */
  evidence: EvidenceFile[];
}

export interface ReportsRepository {
  /**
   * Stores a report; a report whose status is done closes its occurrence in the same write. With `audit`, its
   * audit row is written by the same statement, its data given the new report's id as `reportId`. Also gives
   * the percentage of the occurrence's latest report before this one (not withdrawn), read by the same statement.
   */
  add(report: NewReport, audit?: AuditEntry): Promise<{ id: number; previousPercent: number | null }>;
  /** The person's latest report that was not withdrawn. */
  lastActiveBy(reporterId: number): Promise<ReportRecord | null>;
  /** The latest report on an occurrence that was not withdrawn, whoever sent it. */
  latestOn(occurrenceId: number): Promise<ReportRecord | null>;
  /** Withdraws a report; an occurrence it closed opens again unless another report still closes it. */
  withdraw(reportId: number, at: Date): Promise<void>;
  /** Files sent as evidence on an occurrence, newest report first. */
  evidenceFor(occurrenceId: number): Promise<EvidenceFile[]>;
  /**
   * The occurrences of a plan's tasks due between `dueFrom` and `dueTo` (both included) or undated, with each
   * one's latest report and evidence count: one query for every unit, ordered by unit, then the plan's order
   * of tasks, then due date.
   */
  /**
   * With `detail: 'state'` the rows carry no latest report and no evidence (an empty list, 0 files): what a
   * grid of thousands of cells needs, read without a subquery per occurrence.
   */
  planOccurrences(query: {
    planId: number;
    dueFrom: LocalDate;
    dueTo: LocalDate;
    detail?: 'full' | 'state';
    /** only these units' occurrences; absent or null: every unit */
    unitIds?: readonly number[] | null;
  }): Promise<PlanOccurrenceRecord[]>;
  /**
   * The same occurrences as planOccurrences (its plan, period and units) counted twice, per unit and per task,
   * by the facts that decide their bucket: a grid's totals over tens of thousands of cells in one grouped read.
   */
  planGridFacts(query: {
    planId: number;
    dueFrom: LocalDate;
    dueTo: LocalDate;
    timezone: string;
    /** open work whose stated last day is before this day is overdue (see overdueBefore) */
    overdueBefore: LocalDate;
    /** the days off of the period with the working day a last day on them ends on (see deadlineShifts) */
    shifts: ReadonlyArray<{ stated: LocalDate; effective: LocalDate }>;
    unitIds: readonly number[] | null;
  }): Promise<{
    byUnit: Array<GridFacts & { unitId: number }>;
    byTask: Array<GridFacts & { taskId: number; title: string; position: number }>;
  }>;
}
