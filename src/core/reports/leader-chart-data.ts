import { vietnameseCalendar } from '../calendar/vietnam-calendar.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { deadlineShifts, overdueBefore } from '../deadlines/deadline.js';
import { addDays, instantAt, lastDayOfMonth, type LocalDate, localDate, parts } from '../dates/local-date.js';
import type { CompletionFactsRow } from '../plans/plan.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';
import { inTreeOrder } from '../units/unit-tree.js';
import { type BucketTotals, statusBucket, totalsOf } from './status-bucket.js';

export interface UnitCompletion {
  unitId: number;
  /** the unit's short name, else its name */
  unit: string;
  doneOnTime: number;
  doneLate: number;
  openOnTime: number;
  openOverdue: number;
}

export interface OverduePoint {
  /** the day the count is taken at the end of */
  weekEnding: LocalDate;
  /** "23/11" */
  weekLabel: string;
  overdue: number;
}

/** What the leaders' chart draws: completion by unit (the units most overdue first) and the overdue trend. */
export interface LeaderChartData {
  asOf: LocalDate;
  /** completion counts open work of any date and what is due from this day on (see leadersWindowStart) */
  since: LocalDate;
  completion: UnitCompletion[];
  /** units with work that did not fit in the top N */
  otherUnits: number;
  /** oldest week first, the last point being today */
  overdueTrend: OverduePoint[];
}

export interface LeaderChartOptions {
  today: LocalDate;
  timezone: string;
  /** how many weekly points the trend has; default 8 */
  weeks?: number;
  /** how many units the completion bars show; default 12 */
  topUnits?: number;
  /** default: leadersWindowStart(today), as the leaders' digest counts */
  since?: LocalDate;
  /**
   * the working calendar (default: the public holidays only): a last day on a day off ends with the next
   * working day, for the bars and every point of the trend alike (see deadlineStatus)
   */
  calendar?: WorkingCalendar;
  /** only these units (a unit leader's branch); default: every unit */
  unitIds?: readonly number[] | null;
}

const dayMonth = (date: LocalDate) => {
  const { day, month } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
};

/**
 * Where the leaders' four buckets start: the day after the same date a year before (04/01/2027 → 05/01/2026).
 * The buckets count every open dated occurrence whatever its year (work from last year still undone is
 * overdue on 4 January as much as on 31 December) and the finished ones due in the last twelve months. A
 * calendar year would reset the finished ones every January and leave the rate to a handful of items, while
 * the overdue ones carried over would still weigh on it; twelve rolling months keep the rate comparable from
 * one week to the next. The digest's text and the chart both count from here, so their figures agree.
 */
export function leadersWindowStart(today: LocalDate): LocalDate {
  const { year, month, day } = parts(today);
  return addDays(localDate(year - 1, month, Math.min(day, lastDayOfMonth(year - 1, month))), 1);
}

export interface UnitBucketTotals extends BucketTotals {
  unitId: number;
}

/** The grouped facts of `completionFacts` as each unit's bucket totals, in no particular order. */
export function completionByUnit(facts: readonly CompletionFactsRow[]): UnitBucketTotals[] {
  const bucketsByUnit = new Map<number, Array<{ bucket: ReturnType<typeof statusBucket>; count: number }>>();
  for (const row of facts) {
    const entries = bucketsByUnit.get(row.unitId) ?? [];
    entries.push({ bucket: statusBucket({ ...row, dated: true }), count: row.count });
    bucketsByUnit.set(row.unitId, entries);
  }
  return [...bucketsByUnit.entries()].map(([unitId, entries]) => ({ unitId, ...totalsOf(entries) }));
}

/** Units in the order a leader must look at them: the most overdue, then the most work, then as the tree lists them. */
export function worstFirst<T extends { unitId: number; openOverdue: number; total: number }>(
  rows: readonly T[],
  units: readonly Unit[],
): T[] {
  const position = new Map(inTreeOrder(units).map((unit, index) => [unit.id, index]));
  return [...rows].sort(
    (a, b) => b.openOverdue - a.openOverdue || b.total - a.total || (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0),
  );
}

/**
 * The numbers behind the leaders' chart, from the occurrences as they stand: completion per unit (the four
 * buckets over the leaders' window, see leadersWindowStart), and, for today and each of the weeks before, how
 * many occurrences were overdue at the end of that day. A past count needs no snapshot: an occurrence was
 * overdue then if its effective deadline was before that day and it is still open, or was completed after it.
 * The last point is today and counts exactly what the bars call overdue.
 */
/** One point a week back from `today` (the last being today): the day, what counts as overdue then, when the day ends. */
export function weeklyPoints(today: LocalDate, weeks: number, calendar: WorkingCalendar, timezone: string) {
  return Array.from({ length: weeks }, (_, i) => {
    const day = addDays(today, -7 * (weeks - 1 - i));
    return { day, overdueBefore: overdueBefore(day, calendar), endsAt: instantAt(addDays(day, 1), '00:00', timezone) };
  });
}

export async function leaderChartData(store: Store, options: LeaderChartOptions): Promise<LeaderChartData> {
  const { today, timezone } = options;
  const weeks = Math.max(1, Math.floor(options.weeks ?? 8));
  const topUnits = Math.max(1, Math.floor(options.topUnits ?? 12));
  const since = options.since ?? leadersWindowStart(today);
  const calendar = options.calendar ?? vietnameseCalendar();
  const points = weeklyPoints(today, weeks, calendar, timezone);
  const scope = options.unitIds ? new Set(options.unitIds) : null;
  const [allFacts, overdue, units] = await Promise.all([
    store.plans.completionFacts({
      since,
      today,
      timezone,
      overdueBefore: overdueBefore(today, calendar),
      shifts: deadlineShifts(since, today, calendar),
    }),
    store.plans.overdueCounts(points, options.unitIds ?? null),
    store.units.list(),
  ]);
  const facts = scope ? allFacts.filter((fact) => scope.has(fact.unitId)) : allFacts;
  const names = new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const completion = worstFirst(completionByUnit(facts), units).map((totals) => ({
    unitId: totals.unitId,
    unit: names.get(totals.unitId) ?? String(totals.unitId),
    doneOnTime: totals.doneOnTime,
    doneLate: totals.doneLate,
    openOnTime: totals.openOnTime,
    openOverdue: totals.openOverdue,
  }));
  return {
    asOf: today,
    since,
    completion: completion.slice(0, topUnits),
    otherUnits: Math.max(0, completion.length - topUnits),
    overdueTrend: points.map((point, i) => ({ weekEnding: point.day, weekLabel: dayMonth(point.day), overdue: overdue[i] ?? 0 })),
  };
}
