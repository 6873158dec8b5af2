import { addDays, instantAt, type LocalDate, localDate, parts } from '../dates/local-date.js';
import type { Store } from '../store.js';
import { inTreeOrder } from '../units/unit-tree.js';
import { statusBucket, totalsOf } from './status-bucket.js';

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
  /** completion counts open work of any date and everything due from this day on (the start of the year) */
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
  /** default: 1 January of today's year */
  since?: LocalDate;
}

const dayMonth = (date: LocalDate) => {
  const { day, month } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
};

/**
 * The numbers behind the leaders' chart, from the occurrences as they stand: completion per unit (the four
 * buckets of this year's dated work, plus older work still open), and, for today and each of the weeks before,
 * how many occurrences were overdue at the end of that day. A past count needs no snapshot: an occurrence was
 * overdue then if it was due before that day and is still open, or was completed after it.
 */
export async function leaderChartData(store: Store, options: LeaderChartOptions): Promise<LeaderChartData> {
  const { today, timezone } = options;
  const weeks = Math.max(1, Math.floor(options.weeks ?? 8));
  const topUnits = Math.max(1, Math.floor(options.topUnits ?? 12));
  const since = options.since ?? localDate(parts(today).year, 1, 1);
  const points = Array.from({ length: weeks }, (_, i) => {
    const day = addDays(today, -7 * (weeks - 1 - i));
    return { day, endsAt: instantAt(addDays(day, 1), '00:00', timezone) };
  });
  const [facts, overdue, units] = await Promise.all([
    store.plans.completionFacts({ since, today, timezone }),
    store.plans.overdueCounts(points),
    store.units.list(),
  ]);

  const bucketsByUnit = new Map<number, Array<{ bucket: ReturnType<typeof statusBucket>; count: number }>>();
  for (const row of facts) {
    const entries = bucketsByUnit.get(row.unitId) ?? [];
    entries.push({ bucket: statusBucket({ ...row, dated: true }), count: row.count });
    bucketsByUnit.set(row.unitId, entries);
  }
  const position = new Map(inTreeOrder(units).map((unit, index) => [unit.id, index]));
  const names = new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const completion = [...bucketsByUnit.entries()]
    .map(([unitId, entries]) => {
      const totals = totalsOf(entries);
      return { unitId, unit: names.get(unitId) ?? String(unitId), doneOnTime: totals.doneOnTime, doneLate: totals.doneLate, openOnTime: totals.openOnTime, openOverdue: totals.openOverdue, total: totals.total };
    })
    // The units a leader must look at first: the most overdue, then the most work, then as the tree lists them.
    .sort((a, b) => b.openOverdue - a.openOverdue || b.total - a.total || (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0));

  return {
    asOf: today,
    since,
    completion: completion.slice(0, topUnits).map(({ total: _total, ...unit }) => unit),
    otherUnits: Math.max(0, completion.length - topUnits),
    overdueTrend: points.map((point, i) => ({ weekEnding: point.day, weekLabel: dayMonth(point.day), overdue: overdue[i] ?? 0 })),
  };
}
