import { boxDaysLate } from '../feedback/box.js';
import type { Ticket } from '../feedback/feedback.js';
import { addDays, instantAt, type LocalDate, parts, startOfIsoWeek } from '../dates/local-date.js';
import type { ChatRecord } from '../chats/chat.js';
import type { OpenTask } from '../plans/plan.js';
import type { Store } from '../store.js';
import type { LeaderDigestData, UnitDigestData } from './digest.js';

const group = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/**
 * Everything the unit digests of `chats` say, gathered with a handful of queries for all units at once, so
 * that ten thousand units take seconds rather than ten thousand round trips each.
 */
export async function unitDigestData(store: Store, chats: readonly ChatRecord[], today: LocalDate, timezone: string): Promise<Map<number, UnitDigestData>> {
  const unitIds = [...new Set(chats.map((c) => c.unitId).filter((id): id is number => id !== null))];
  const result = new Map<number, UnitDigestData>();
  if (unitIds.length === 0) return result;
  const weekStart = startOfIsoWeek(today);
  const weekEnd = addDays(weekStart, 6);
  const lastWeekFrom = instantAt(addDays(weekStart, -7), '00:00', timezone);
  const lastWeekTo = instantAt(weekStart, '00:00', timezone);
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
      overdue: tasks.filter((t) => t.dueDate !== null && t.dueDate < today),
      dueThisWeek: tasks.filter((t) => t.dueDate !== null && t.dueDate >= today && t.dueDate <= weekEnd),
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

/** The cross-unit picture for the leaders: this year's four buckets, who reported what, the feedback backlog. */
export async function leaderDigestData(store: Store, today: LocalDate): Promise<LeaderDigestData> {
  const year = parts(today).year;
  const [buckets, reporting, tickets, units] = await Promise.all([
    store.digests.buckets(`${year}-01-01`, `${year}-12-31`, today),
    store.digests.reporting(addDays(today, -30), addDays(today, 14)),
    store.feedback.list({ unitIds: null, openOnly: true }),
    store.units.list(),
  ]);
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
  const names = new Map(units.map((u) => [u.id, u.shortName ?? u.name]));
  const backlog = group(
    tickets.filter((t) => t.slaDue !== null && t.slaDue < today),
    (t) => t.unitId,
  );
  return {
    units: buckets,
    mostOverdue: [...buckets].sort((a, b) => b.openOverdue - a.openOverdue || b.maxDaysLate - a.maxDaysLate).filter((b) => b.openOverdue > 0).slice(0, MOST_OVERDUE),
    totals,
    onTimeRate: denominator === 0 ? null : totals.doneOnTime / denominator,
    reporting: reporting.filter((r) => r.missing.length > 0),
    feedbackBacklog: [...backlog.entries()].map(([unitId, list]) => ({ unitName: names.get(unitId) ?? '', count: list.length })).sort((a, b) => b.count - a.count),
    feedbackBacklogTotal: [...backlog.values()].reduce((sum, list) => sum + list.length, 0),
  };
}
