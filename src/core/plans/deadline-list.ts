import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, type LocalDate } from '../dates/local-date.js';
import { overdueBefore } from '../deadlines/lateness.js';
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
 * unit) in a window. A deadline on a day off had to be met the working day before it, so the upcoming window
 * starts at the first day still open (on a weekend, Monday) and the overdue one ends the day before it: the two
 * lists never share an occurrence and agree with every count of lateness (src/core/deadlines/lateness.ts).
 */
function rangeOf(window: DeadlineWindow, today: LocalDate, calendar: WorkingCalendar): { dueFrom?: LocalDate; dueTo?: LocalDate } {
  const stillOpenFrom = overdueBefore(today, calendar);
  if (window.kind === 'open') return {};
  if (window.kind === 'overdue') return { dueTo: addDays(stillOpenFrom, -1) };
  return { dueFrom: stillOpenFrom, dueTo: window.working ? calendar.addWorkingDays(today, window.days) : addDays(today, window.days) };
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

/** How many open occurrences a window holds, without reading them. */
export async function deadlineCount(
  store: Pick<Store, 'plans'>,
  input: { unitIds: readonly number[] | null; window: DeadlineWindow; today: LocalDate; calendar: WorkingCalendar },
): Promise<number> {
  return store.plans.countOpenOccurrences({ unitIds: input.unitIds, ...rangeOf(input.window, input.today, input.calendar) });
}
