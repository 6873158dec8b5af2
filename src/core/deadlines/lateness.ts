import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, daysBetween, type LocalDate } from '../dates/local-date.js';
import { type DueState, dueState, workingDueDate } from './occurrence.js';

/**
 * When a deadline falling on a day off had to be met: the working day before it. Every count of lateness
 * (the chat's lists, the digests, the consolidated report, a report's "on time") goes through these two, so
 * that a Sunday deadline is overdue on the Saturday everywhere, and late by the same number of days.
 */

/** The first day whose deadlines are still to come: today on a working day, else the next working day. */
export const overdueBefore = (today: LocalDate, calendar: WorkingCalendar): LocalDate => calendar.addWorkingDays(addDays(today, -1), 1);

/** How many days after the working day it had to be met on `on` is (0 when it was not late). */
export function daysLate(dueDate: LocalDate | null, on: LocalDate, calendar: WorkingCalendar): number | null {
  if (!dueDate) return null;
  return Math.max(0, daysBetween(calendar.workingDayOnOrBefore(dueDate), on));
}

/**
 * Where an open occurrence stands on `today`, counted from the working day it had to be met on (a deadline on
 * a day off counts from the working day before it): what a page's cell and a calendar line say ("Còn 4 ngày",
 * "Quá hạn 5 ngày"), as describeDue says it in chat.
 */
export const effectiveDueState = (dueDate: LocalDate | null, today: LocalDate, calendar: WorkingCalendar): DueState =>
  dueState(dueDate === null ? null : workingDueDate(dueDate, calendar).date, today);
