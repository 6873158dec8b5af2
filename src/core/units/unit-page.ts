import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, instantAt, type LocalDate } from '../dates/local-date.js';
import type { WeekReport } from '../digest/digest.js';
import { boxDaysLate, nextBoxOpening } from '../feedback/box.js';
import type { GroupTicketView } from '../feedback/group-view.js';
import { groupViews } from '../feedback/group-view.js';
import { isClosed } from '../feedback/feedback.js';
import type { Contact } from '../members/member.js';
import { overdueBefore } from '../deadlines/deadline.js';
import type { OpenTask } from '../plans/plan.js';
import type { Store } from '../store.js';
import type { Unit } from './unit.js';

/** How many weeks of reports a unit's page shows. */
export const UNIT_TIMELINE_WEEKS = 8;

export interface UnitPage {
  unit: Unit;
  parent: Unit | null;
  children: Unit[];
  /** the focal points, their deputies and the unit's leaders, each with any leave */
  people: { focalPoints: Contact[]; deputies: Contact[]; leaders: Contact[] };
  /** every open task of the unit, soonest due first */
  openTasks: OpenTask[];
  /** how many of them are overdue (lateness counted by src/core/deadlines/lateness.ts) */
  overdueCount: number;
  /** reports of the last weeks, newest first */
  timeline: WeekReport[];
  /** open cases as a group may read them (redacted), nearest deadline first, and how many are past it */
  feedback: { open: GroupTicketView[]; overdue: number };
  /** the complaint box: its cadence (0: none kept), last opening, next one due and days late */
  box: { cadenceDays: number; lastOpenedOn: LocalDate | null; nextOpening: LocalDate | null; daysLate: number } | null;
  /** the documents the unit follows, by symbol */
  followedDocuments: string[];
}

/**
 * Everything the dashboard's page of one unit shows (`/don-vi/<mã>`): one query over the repositories, typed.
 * Who may read it is the caller's scope rule; the complainants are never in it (cases come as group views).
 */
export async function unitPage(
  store: Store,
  input: { unit: Unit; today: LocalDate; timezone: string; calendar: WorkingCalendar; placeholder: string },
): Promise<UnitPage> {
  const { unit, today } = input;
  const from = instantAt(addDays(today, -7 * UNIT_TIMELINE_WEEKS), '00:00', input.timezone);
  const to = instantAt(addDays(today, 1), '00:00', input.timezone);
  const [units, focalPoints, deputies, leaders, openTasks, timeline, open, schedules, followed] = await Promise.all([
    store.units.list(),
    store.members.contactsWithRole('focal_point', unit.id),
    store.members.contactsWithRole('deputy', unit.id),
    store.members.contactsWithRole('unit_leader', unit.id),
    store.plans.openTasksForUnits([unit.id]),
    store.digests.reportsBetween(from, to, [unit.id]),
    store.feedback.list({ unitIds: [unit.id], openOnly: true }),
    store.feedback.boxSchedules(),
    store.documentFollows.symbolsFollowedBy(unit.id),
  ]);
  const cases = open
    .filter((ticket) => ticket.status !== 'linked' && !isClosed(ticket.status))
    .sort((a, b) => (a.slaDue ?? '9999').localeCompare(b.slaDue ?? '9999') || a.id - b.id);
  const stillOpenFrom = overdueBefore(today, input.calendar);
  const schedule = schedules.find((entry) => entry.unitId === unit.id);
  return {
    unit,
    parent: unit.parentId === null ? null : (units.find((candidate) => candidate.id === unit.parentId) ?? null),
    children: units.filter((candidate) => candidate.parentId === unit.id),
    people: { focalPoints, deputies, leaders },
    openTasks,
    overdueCount: openTasks.filter((task) => task.dueDate !== null && task.dueDate < stillOpenFrom).length,
    timeline: [...timeline].sort((a, b) => b.at.getTime() - a.at.getTime()),
    feedback: {
      open: await groupViews(store, cases, input.placeholder),
      overdue: cases.filter((ticket) => ticket.slaDue !== null && ticket.slaDue < today).length,
    },
    box: schedule
      ? {
          cadenceDays: schedule.cadenceDays,
          lastOpenedOn: schedule.lastOpenedOn,
          nextOpening: schedule.cadenceDays > 0 ? nextBoxOpening(schedule.lastOpenedOn, schedule.cadenceDays, today) : null,
          daysLate: schedule.cadenceDays > 0 ? boxDaysLate(schedule.lastOpenedOn, schedule.cadenceDays, today) : 0,
        }
      : null,
    followedDocuments: followed,
  };
}
