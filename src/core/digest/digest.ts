import type { ChatRecord } from '../chats/chat.js';
import type { LocalDate } from '../dates/local-date.js';
import type { Ticket } from '../feedback/feedback.js';
import type { Contact } from '../members/member.js';
import type { OpenTask } from '../plans/plan.js';

/** A report received during the week the digest looks back on. */
export interface WeekReport {
  unitId: number;
  taskId: number;
  title: string;
  percent: number;
  status: string;
  at: Date;
}

/** Per unit, the dated occurrences of the leaders' window by outcome (the four buckets; see leadersWindowStart). */
export interface UnitBuckets {
  unitId: number;
  unitName: string;
  doneOnTime: number;
  doneLate: number;
  openOnTime: number;
  openOverdue: number;
  /** the longest any open occurrence of the unit is overdue, in days */
  maxDaysLate: number;
}

/** A unit's open occurrences past their due date, whatever their year. */
export interface UnitOverdue {
  unitId: number;
  count: number;
  /** the earliest due date among them: the one overdue longest */
  oldestDue: LocalDate;
}

/** For one period of a task that some unit has still open: which units have reported on it and which have not. */
export interface TaskReporting {
  taskId: number;
  title: string;
  period: string;
  dueDate: LocalDate | null;
  /** units assigned the task for that period */
  total: number;
  /** units that finished it or sent a report (not withdrawn) on it */
  reportedCount: number;
  /** how many have not, and the first of them (short names, in the units' order) */
  missingCount: number;
  missing: string[];
}

export interface DigestRepository {
  /** Active group chats bound to a unit, and the leaders' chats. */
  targets(): Promise<ChatRecord[]>;
  /** Chats that already had the period's digest. */
  ranFor(period: string): Promise<Set<string>>;
  /** Records the period's digest for these chats; returns only those not recorded before (another replica may have). */
  claimRuns(chats: readonly string[], period: string): Promise<string[]>;
  reportsBetween(from: Date, to: Date, unitIds: readonly number[] | null): Promise<WeekReport[]>;
  openCounts(unitIds: readonly number[] | null): Promise<Map<number, number>>;
  /** Per unit with any, the open occurrences due before `today`, of any year. */
  /** each unit's open work due before `before` (see overdueBefore) */
  /**
   * Every period of a task with at least one dated occurrence still open and due by `dueTo` (however long
   * ago), soonest due first, with who reported on it; `names` caps the names of the units that did not.
   */
  reporting(dueTo: LocalDate, names: number, unitIds?: readonly number[] | null): Promise<TaskReporting[]>;
  /** Focal points of every unit, by unit. */
  focalPoints(unitIds: readonly number[] | null): Promise<Map<number, Contact[]>>;
}

/** What one unit's digest says. */
export interface UnitDigestData {
  unitId: number;
  unitName: string;
  focalPoints: Contact[];
  overdue: OpenTask[];
  /** not overdue, with the stated last day (or so the effective deadline) from the digest's day to `weekEnd`, six days later */
  dueThisWeek: OpenTask[];
  weekEnd: LocalDate;
  openCount: number;
  reportsLastWeek: WeekReport[];
  openFeedback: number;
  slaBreaches: Ticket[];
  boxDaysLate: number;
  /** the unit has a complaint box and no opening was ever recorded */
  boxNeverOpened: boolean;
}

/** What the leaders' digest says. */
export interface LeaderDigestData {
  /** the first day of the window the buckets count finished work from (open work counts whatever its date) */
  since: LocalDate;
  /** every unit's buckets, as the chart draws them */
  units: UnitBuckets[];
  /** the units with the most overdue work, worst first */
  mostOverdue: UnitBuckets[];
  totals: Omit<UnitBuckets, 'unitId' | 'unitName' | 'maxDaysLate'>;
  onTimeRate: number | null;
  /** who reported on each open task period, the periods with units yet to report first */
  reporting: TaskReporting[];
  feedbackBacklog: Array<{ unitName: string; count: number }>;
  feedbackBacklogTotal: number;
}
