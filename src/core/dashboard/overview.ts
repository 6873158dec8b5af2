import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { type EffectiveDeadline, effectiveDeadline } from '../deadlines/deadline.js';
import { leaderDigestData } from '../digest/build-digests.js';
import type { TaskReporting, UnitBuckets } from '../digest/digest.js';
import { openCaseDeadlines } from '../feedback/queries.js';
import { backlog } from '../feedback/stats.js';
import { deadlineCounts } from '../plans/deadline-list.js';
import type { Store } from '../store.js';
import { weeklyPoints } from '../reports/leader-chart-data.js';
import type { PageScope } from './view-scope.js';

/** "Due soon" on the overview: within this many working days. */
export const DUE_SOON_WORKING_DAYS = 7;

export interface Overview {
  /** finished work counts from this day (the leaders' twelve-month window); open work whatever its date */
  since: LocalDate;
  open: number;
  overdue: number;
  dueSoon: number;
  /** the four buckets summed over the units in view */
  totals: Omit<UnitBuckets, 'unitId' | 'unitName' | 'maxDaysLate'>;
  /** done on time ÷ denominator; null when the denominator is 0 */
  onTimeRate: number | null;
  /** done on time + done late + open and overdue */
  onTimeDenominator: number;
  /** every unit in view with any work in the window, the most overdue first (the chart and its table) */
  units: UnitBuckets[];
  /** who has reported on each open task period; only on the whole Department's view (the names are any unit's) */
  reporting: Array<TaskReporting & { deadline: EffectiveDeadline | null }> | null;
  feedback: { open: number; backlog: number; dueToday: number };
  /** units × the last HEAT_MAP_WEEKS weeks: how many occurrences were overdue at the end of each week's day */
  heatMap: { weeks: LocalDate[]; units: Array<{ unitId: number; counts: number[] }> };
}

/** How many weeks the overdue heat map looks back (the last column is today). */
export const HEAT_MAP_WEEKS = 12;

/**
 * The Department at a glance (`/` of the dashboard), built from the same queries as the leaders' digest and
 * /tonghop (leaderDigestData) and the deadline lists (deadlineCounts), so that the chat and the page give the
 * same numbers; narrowed to the page's units.
 */
export async function overview(
  store: Store,
  input: { scope: PageScope; today: LocalDate; timezone: string; calendar: WorkingCalendar },
): Promise<Overview> {
  const { scope, today, calendar } = input;
  const unitIds = scope.wholeDepartment && scope.unit === null ? null : scope.units.map((unit) => unit.id);
  const inView = unitIds === null ? null : new Set(unitIds);
  const points = weeklyPoints(today, HEAT_MAP_WEEKS, calendar, input.timezone);
  const openTickets = openCaseDeadlines(store, unitIds);
  const [leaders, [open = 0, overdue = 0, dueSoon = 0], cases, weekly] = await Promise.all([
    // the leaders' figures are the whole Department's: on its view they share the open cases read here
    leaderDigestData(store, today, input.timezone, calendar, null, unitIds === null ? openTickets : undefined),
    deadlineCounts(store, {
      unitIds,
      windows: [{ kind: 'open' }, { kind: 'overdue' }, { kind: 'upcoming', days: DUE_SOON_WORKING_DAYS, working: true }],
      today,
      calendar,
    }),
    openTickets,
    store.plans.overdueCountsByUnit(points, unitIds),
  ]);
  const units = inView === null ? leaders.units : leaders.units.filter((unit) => inView.has(unit.unitId));
  const totals = units.reduce(
    (sum, b) => ({
      doneOnTime: sum.doneOnTime + b.doneOnTime,
      doneLate: sum.doneLate + b.doneLate,
      openOnTime: sum.openOnTime + b.openOnTime,
      openOverdue: sum.openOverdue + b.openOverdue,
    }),
    { doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 },
  );
  const denominator = totals.doneOnTime + totals.doneLate + totals.openOverdue;
  const active = cases.filter((ticket) => ticket.status !== 'linked');
  return {
    since: leaders.since,
    open,
    overdue,
    dueSoon,
    totals,
    onTimeRate: denominator === 0 ? null : totals.doneOnTime / denominator,
    onTimeDenominator: denominator,
    units: [...units].sort((a, b) => b.openOverdue - a.openOverdue || b.maxDaysLate - a.maxDaysLate),
    // with the day a last day on a day off really ends on, as the digest's line gives it
    reporting:
      inView === null
        ? leaders.reporting.map((row) => ({ ...row, deadline: row.dueDate ? effectiveDeadline(row.dueDate, input.calendar) : null }))
        : null,
    // the units overdue now first, then those overdue longest over the weeks
    heatMap: {
      weeks: points.map((point) => point.day),
      units: [...weekly].sort(
        (a, b) => b.counts.at(-1)! - a.counts.at(-1)! || b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0),
      ),
    },
    feedback: {
      open: active.length,
      backlog: backlog(active, today).length,
      dueToday: active.filter((ticket) => ticket.slaDue === today).length,
    },
  };
}
