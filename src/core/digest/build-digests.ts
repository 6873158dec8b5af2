import { boxDaysLate } from '../feedback/box.js';
import type { CaseDeadline, Ticket } from '../feedback/feedback.js';
import { addDays, instantAt, type LocalDate } from '../dates/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ChatRecord } from '../chats/chat.js';
import { daysLateOn, deadlineShifts, overdueBefore } from '../deadlines/deadline.js';
import type { CompletionFactsRow, OpenTask } from '../plans/plan.js';
import { completionByUnit, leadersWindowStart, worstFirst } from '../reports/leader-chart-data.js';
import type { Store } from '../store.js';
import type { LeaderDigestData, UnitDigestData, UnitOverdue } from './digest.js';

const group = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/**
 * Everything the unit digests of `chats` say, gathered with a handful of queries for all units at once, so
 * that ten thousand units take seconds rather than ten thousand round trips each.
 */
export async function unitDigestData(
  store: Store,
  chats: readonly ChatRecord[],
  today: LocalDate,
  timezone: string,
  calendar: WorkingCalendar,
): Promise<Map<number, UnitDigestData>> {
  const unitIds = [...new Set(chats.map((c) => c.unitId).filter((id): id is number => id !== null))];
  const result = new Map<number, UnitDigestData>();
  if (unitIds.length === 0) return result;
  // "This week" is the seven days from the digest's day, whichever day /lich set: a Sunday digest's "due this
  // week" runs to Saturday rather than ending that Sunday with its ISO week. "Last week" is the seven days
  // before the digest's day, so that a report sent on any day is counted by exactly one digest.
  const weekEnd = addDays(today, 6);
  // Overdue when the effective deadline is before today (a last day on a day off ends with the next working
  // day, see deadlineStatus). "This week" holds what is not overdue and whose stated last day or effective
  // deadline falls in the week, so that a unit hears of a Saturday last day in the week before it, as the
  // reminder ladder's "before" step nudges it before the weekend; the days left are the effective ones.
  const stillOpenFrom = overdueBefore(today, calendar);
  const lastWeekFrom = instantAt(addDays(today, -7), '00:00', timezone);
  const lastWeekTo = instantAt(today, '00:00', timezone);
  const scope = unitIds.length > 500 ? null : unitIds; // past a few hundred units, one scan beats a long IN list

  const [open, counts, reports, tickets, boxes, focal, units] = await Promise.all([
    store.plans.openOccurrences({ unitIds: scope, dueTo: weekEnd }),
    store.digests.openCounts(scope),
    store.digests.reportsBetween(lastWeekFrom, lastWeekTo, scope),
    store.feedback.list({ unitIds: scope, openOnly: true }),
    store.feedback.boxSchedules(),
    store.digests.focalPoints(scope),
    store.units.list(),
  ]);
  const openByUnit = group(open, (task: OpenTask) => task.unitId);
  const reportsByUnit = group(reports, (r) => r.unitId);
  const ticketsByUnit = group(tickets, (t: Ticket) => t.unitId);
  const boxByUnit = new Map(boxes.map((b) => [b.unitId, b]));
  const names = new Map(units.map((u) => [u.id, u.name]));

  for (const unitId of unitIds) {
    const tasks = openByUnit.get(unitId) ?? [];
    const unitTickets = ticketsByUnit.get(unitId) ?? [];
    const box = boxByUnit.get(unitId);
    result.set(unitId, {
      unitId,
      unitName: names.get(unitId) ?? '',
      focalPoints: focal.get(unitId) ?? [],
      overdue: tasks.filter((t) => t.dueDate !== null && t.dueDate < stillOpenFrom),
      dueThisWeek: tasks.filter((t) => t.dueDate !== null && t.dueDate >= stillOpenFrom && t.dueDate <= weekEnd),
      weekEnd,
      openCount: counts.get(unitId) ?? 0,
      reportsLastWeek: reportsByUnit.get(unitId) ?? [],
      openFeedback: unitTickets.filter((t) => t.status !== 'linked').length,
      slaBreaches: unitTickets.filter((t) => t.slaDue !== null && t.slaDue < today),
      boxDaysLate: box ? boxDaysLate(box.lastOpenedOn, box.cadenceDays, today) : 0,
      boxNeverOpened: box !== undefined && box.lastOpenedOn === null,
    });
  }
  return result;
}

const MOST_OVERDUE = 5;
// Names of the units yet to report, per task period: more than a phone screen shows, fewer than a big Department has.
const MISSING_NAMES = 12;

/**
 * How far ahead "who has reported" looks. A leader asks "which units reported and which did not on each open
 * occurrence": every period someone still owes is listed, however old (an occurrence overdue since March is
 * exactly what must not drop out of sight), plus those falling due in the next two weeks, so that the digest
 * warns of this week's and next week's deadlines before the following digest comes. Periods further ahead
 * are not yet a question of who has reported; periods every unit has finished are settled and left out.
 */
export const REPORTING_AHEAD_DAYS = 14;

/**
 * Each unit's open work past due, whatever its year, from the same facts as the buckets (open work counts in
 * them whatever its date): how many, and the oldest stated last day, the one overdue longest.
 */
function overdueByUnit(facts: readonly CompletionFactsRow[]): UnitOverdue[] {
  const byUnit = new Map<number, UnitOverdue>();
  for (const fact of facts) {
    if (fact.done || !fact.pastDue || fact.oldestDue === null) continue;
    const seen = byUnit.get(fact.unitId);
    if (!seen) byUnit.set(fact.unitId, { unitId: fact.unitId, count: fact.count, oldestDue: fact.oldestDue });
    else
      byUnit.set(fact.unitId, {
        ...seen,
        count: seen.count + fact.count,
        oldestDue: fact.oldestDue < seen.oldestDue ? fact.oldestDue : seen.oldestDue,
      });
  }
  return [...byUnit.values()];
}

/**
 * The cross-unit picture for the leaders: the four buckets (open work of any year, finished work of the last
 * twelve months, as the chart counts them), the most overdue units, who has reported on each open task
 * period, the feedback backlog.
 */
export async function leaderDigestData(
  store: Store,
  today: LocalDate,
  timezone: string,
  calendar: WorkingCalendar,
  /** only these units (a unit leader's branch, for /tonghop); default: every unit, as the leaders' digest */
  unitIds: readonly number[] | null = null,
  /** the same units' open feedback cases, when the caller reads them anyway (the overview): read once */
  openTickets?: Promise<CaseDeadline[]>,
): Promise<LeaderDigestData> {
  const since = leadersWindowStart(today);
  const stillOpenFrom = overdueBefore(today, calendar);
  const scope = unitIds ? new Set(unitIds) : null;
  const inScope = (row: { unitId: number }) => !scope || scope.has(row.unitId);
  const [allFacts, reporting, tickets, units] = await Promise.all([
    store.plans.completionFacts({ since, today, timezone, overdueBefore: stillOpenFrom, shifts: deadlineShifts(since, today, calendar) }),
    store.digests.reporting(addDays(today, REPORTING_AHEAD_DAYS), MISSING_NAMES, unitIds),
    openTickets ?? store.feedback.openDeadlines(unitIds),
    store.units.list(),
  ]);
  const facts = allFacts.filter(inScope);
  const overdue = overdueByUnit(facts);
  const names = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  const daysLate = new Map(overdue.map((o) => [o.unitId, daysLateOn(o.oldestDue, today, calendar) ?? 0]));
  const buckets = worstFirst(completionByUnit(facts), units).map((totals) => ({
    unitId: totals.unitId,
    unitName: names.get(totals.unitId) ?? '',
    doneOnTime: totals.doneOnTime,
    doneLate: totals.doneLate,
    openOnTime: totals.openOnTime,
    openOverdue: totals.openOverdue,
    maxDaysLate: daysLate.get(totals.unitId) ?? 0,
  }));
  const totals = buckets.reduce(
    (sum, b) => ({
      doneOnTime: sum.doneOnTime + b.doneOnTime,
      doneLate: sum.doneLate + b.doneLate,
      openOnTime: sum.openOnTime + b.openOnTime,
      openOverdue: sum.openOverdue + b.openOverdue,
    }),
    { doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0 },
  );
  const denominator = totals.doneOnTime + totals.doneLate + totals.openOverdue;
  const backlog = group(
    tickets.filter((t) => t.slaDue !== null && t.slaDue < today),
    (t) => t.unitId,
  );
  return {
    since,
    units: buckets,
    mostOverdue: [...buckets]
      .sort((a, b) => b.openOverdue - a.openOverdue || b.maxDaysLate - a.maxDaysLate)
      .filter((b) => b.openOverdue > 0)
      .slice(0, MOST_OVERDUE),
    totals,
    onTimeRate: denominator === 0 ? null : totals.doneOnTime / denominator,
    // The periods with units yet to report first (what a leader acts on), then those everyone has reported on.
    reporting: [...reporting.filter((r) => r.missingCount > 0), ...reporting.filter((r) => r.missingCount === 0)],
    feedbackBacklog: [...backlog.entries()]
      .map(([unitId, list]) => ({ unitName: names.get(unitId) ?? '', count: list.length }))
      .sort((a, b) => b.count - a.count),
    feedbackBacklogTotal: [...backlog.values()].reduce((sum, list) => sum + list.length, 0),
  };
}
