import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, type LocalDate } from '../dates/local-date.js';
import { overdueBefore, statedRangeForEffective } from '../deadlines/deadline.js';
import type { Store } from '../store.js';
import type { OpenTask } from './plan.js';

/**
 * Which deadlines: those still to come within `days` days (working days when `working`), those already past
 * and still open, or every open one.
 */
export type DeadlineWindow = { kind: 'upcoming'; days: number; working?: boolean } | { kind: 'overdue' } | { kind: 'open' };

/** A list of open deadlines: the first `limit` of them, soonest (or longest overdue) first, and how many there are in all. */
export interface DeadlineList {
  window: DeadlineWindow;
  /** the first day and the last day of due dates the list covers (null: no bound) */
  dueFrom: LocalDate | null;
  dueTo: LocalDate | null;
  items: OpenTask[];
  total: number;
}

/**
 * The query behind /hanchot, /quahan and the dashboard's deadlines: open occurrences of some units (null: every
 * unit) in a window of EFFECTIVE deadlines (a last day on a day off ends with the next working day), turned into
 * the range of stated days the database filters on. The overdue list ends where the upcoming one starts: the two
 * never share an occurrence and agree with every count of lateness (src/core/deadlines/deadline.ts).
 */
function rangeOf(window: DeadlineWindow, today: LocalDate, calendar: WorkingCalendar): { dueFrom?: LocalDate; dueTo?: LocalDate } {
  if (window.kind === 'open') return {};
  if (window.kind === 'overdue') return { dueTo: addDays(overdueBefore(today, calendar), -1) };
  const end = window.working ? calendar.addWorkingDays(today, window.days) : addDays(today, window.days);
  return statedRangeForEffective(today, end, calendar);
}

export async function deadlineList(
  store: Pick<Store, 'plans'>,
  input: { unitIds: readonly number[] | null; window: DeadlineWindow; today: LocalDate; calendar: WorkingCalendar; limit?: number },
): Promise<DeadlineList> {
  const range = rangeOf(input.window, input.today, input.calendar);
  const query = { unitIds: input.unitIds, ...range };
  const [items, total] = await Promise.all([
    store.plans.openOccurrences(input.limit === undefined ? query : { ...query, limit: input.limit }),
    store.plans.countOpenOccurrences(query),
  ]);
  return { window: input.window, dueFrom: range.dueFrom ?? null, dueTo: range.dueTo ?? null, items, total };
}

/** How many open occurrences each window holds, without reading them: one scan for all the windows. */
export async function deadlineCounts(
  store: Pick<Store, 'plans'>,
  input: { unitIds: readonly number[] | null; windows: readonly DeadlineWindow[]; today: LocalDate; calendar: WorkingCalendar },
): Promise<number[]> {
  return store.plans.countOpenOccurrencesIn(
    input.unitIds,
    input.windows.map((window) => rangeOf(window, input.today, input.calendar)),
  );
}
