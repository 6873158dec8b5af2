import type { DayOffName } from '../calendar/day-off-name.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, type LocalDate } from '../dates/local-date.js';
import type { Store } from '../store.js';
import { deadlineList } from './deadline-list.js';
import type { OpenTask } from './plan.js';

/** How far ahead the deadlines calendar looks. */
export const CALENDAR_DAYS = 30;
/** At most this many deadlines are listed (the count says how many more). */
export const CALENDAR_LIMIT = 500;

export interface CalendarDay {
  date: LocalDate;
  working: boolean;
  /** why the day is off (a holiday, an announced day), null on a working day or a plain weekend */
  dayOff: DayOffName | null;
  /** the open occurrences due that day */
  due: OpenTask[];
}

export interface DeadlineCalendar {
  from: LocalDate;
  to: LocalDate;
  days: CalendarDay[];
  total: number;
  shown: number;
}

/**
 * The next 30 days with the working calendar (holidays, announced days off, make-up working days) and what
 * falls due on each, from the same query as /hanchot (deadlineList), for some units (null: every unit).
 */
export async function deadlineCalendar(
  store: Pick<Store, 'plans'>,
  input: { unitIds: readonly number[] | null; today: LocalDate; calendar: WorkingCalendar; days?: number },
): Promise<DeadlineCalendar> {
  const span = input.days ?? CALENDAR_DAYS;
  const list = await deadlineList(store, {
    unitIds: input.unitIds,
    window: { kind: 'upcoming', days: span },
    today: input.today,
    calendar: input.calendar,
    limit: CALENDAR_LIMIT,
  });
  const byDay = new Map<LocalDate, OpenTask[]>();
  for (const task of list.items) if (task.dueDate) byDay.set(task.dueDate, [...(byDay.get(task.dueDate) ?? []), task]);
  const days: CalendarDay[] = [];
  // from the first day still open (a weekend's deadlines count from Monday), so that none is missed
  const first = list.dueFrom ?? input.today;
  const start = first < input.today ? first : input.today;
  for (let date = start; date <= list.dueTo!; date = addDays(date, 1)) {
    const working = input.calendar.isWorkingDay(date);
    days.push({ date, working, dayOff: working ? null : input.calendar.dayOffName(date), due: byDay.get(date) ?? [] });
  }
  return { from: start, to: list.dueTo!, days, total: list.total, shown: list.items.length };
}
