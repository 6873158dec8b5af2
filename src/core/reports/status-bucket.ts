/**
 * Where an occurrence stands for a leader: done on time or late, open within its deadline or past it, or
 * without a deadline at all.
 */
export const STATUS_BUCKETS = ['done_on_time', 'done_late', 'open_on_time', 'open_overdue', 'no_deadline'] as const;
export type StatusBucket = (typeof STATUS_BUCKETS)[number];

/** What decides the bucket; the report rows and the chart's grouped counts both reduce to these facts. */
export interface BucketFacts {
  done: boolean;
  dated: boolean;
  /** the flag stored when a report closed the occurrence; null when none was stored (imported, older data) */
  completedOnTime: boolean | null;
  /** whether the day it was completed (in the unit's timezone) is on or before the effective deadline; null if not done or undated */
  completedByDueDate: boolean | null;
  /** the effective deadline is before today */
  pastDue: boolean;
}

export function statusBucket(facts: BucketFacts): StatusBucket {
  if (facts.done) {
    // A stored "on time" is what the reporter was told and stays so. A stored "late" is checked against the
    // dates, which follow the law (a last day on a day off ends with the next working day): the rule before it
    // called a Saturday report on a Sunday deadline late. Without a flag the dates decide; no date, not late.
    const onTime = facts.completedOnTime === true || (facts.completedByDueDate ?? facts.completedOnTime ?? true);
    return onTime ? 'done_on_time' : 'done_late';
  }
  if (!facts.dated) return 'no_deadline';
  return facts.pastDue ? 'open_overdue' : 'open_on_time';
}

export interface BucketTotals {
  doneOnTime: number;
  doneLate: number;
  openOnTime: number;
  openOverdue: number;
  noDeadline: number;
  total: number;
  /** done on time ÷ (done on time + done late + open overdue); null when none of these exists yet */
  onTimeRate: number | null;
}

const FIELD: Record<StatusBucket, keyof Omit<BucketTotals, 'total' | 'onTimeRate'>> = {
  done_on_time: 'doneOnTime',
  done_late: 'doneLate',
  open_on_time: 'openOnTime',
  open_overdue: 'openOverdue',
  no_deadline: 'noDeadline',
};

/**
 * Adds up buckets. An open item within its deadline is neither on time nor late yet, so it stays out of the
 * rate; an open overdue one is never on time.
 */
export function totalsOf(entries: Iterable<{ bucket: StatusBucket; count?: number }>): BucketTotals {
  const totals: BucketTotals = { doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0, noDeadline: 0, total: 0, onTimeRate: null };
  for (const entry of entries) {
    const n = entry.count ?? 1;
    totals[FIELD[entry.bucket]] += n;
    totals.total += n;
  }
  const decided = totals.doneOnTime + totals.doneLate + totals.openOverdue;
  totals.onTimeRate = decided === 0 ? null : totals.doneOnTime / decided;
  return totals;
}
