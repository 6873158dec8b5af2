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

/** Per unit, this year's dated occurrences by outcome: the leaders' four buckets. */
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

/** For one task's current period: which units have reported and which have not. */
export interface TaskReporting {
  taskId: number;
  title: string;
  dueDate: LocalDate | null;
  reported: string[];
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
  buckets(from: LocalDate, to: LocalDate, today: LocalDate): Promise<UnitBuckets[]>;
  reporting(dueFrom: LocalDate, dueTo: LocalDate): Promise<TaskReporting[]>;
  /** Focal points of every unit, by unit. */
  focalPoints(unitIds: readonly number[] | null): Promise<Map<number, Contact[]>>;
}

/** What one unit's digest says. */
export interface UnitDigestData {
  unitId: number;
  unitName: string;
  focalPoints: Contact[];
  overdue: OpenTask[];
  dueThisWeek: OpenTask[];
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
  /** every unit's buckets (the chart draws them) */
  units: UnitBuckets[];
  /** the units with the most overdue work, worst first */
  mostOverdue: UnitBuckets[];
  totals: Omit<UnitBuckets, 'unitId' | 'unitName' | 'maxDaysLate'>;
  onTimeRate: number | null;
  reporting: TaskReporting[];
  feedbackBacklog: Array<{ unitName: string; count: number }>;
  feedbackBacklogTotal: number;
}
