import type { DayOffName } from '../calendar/day-off-name.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, daysBetween, type LocalDate } from '../dates/local-date.js';

/**
 * The one place that says when a deadline ends and where an occurrence stands: every view (/nhiemvu,
 * /hanchot, /quahan, the reminder ladder, the digests, the leaders' chart, /tonghop, the consolidated
 * .xlsx/.docx, the dashboard, `cli reminders`/`cli digest`) goes through these functions.
 *
 * The law (Bộ luật Dân sự 2015, Điều 148 khoản 5): when the last day of a period is a day off (a weekend, a
 * public holiday, an announced day off), the period ends at the end of the NEXT working day. Announced
 * make-up working days (làm bù) are working days. So a day off can only move a deadline later: an on-time
 * report is never called late because of a weekend or a holiday.
 *
 * An occurrence's stored `dueDate` is the STATED last day ("trước ngày 15/6" → 14/6); the EFFECTIVE deadline
 * is computed from it on the working calendar of the moment.
 */

/** Why the effective deadline is later than the stated last day. */
export type DeadlineShiftReason = { kind: 'weekend' } | { kind: 'day_off'; name: DayOffName };

export interface EffectiveDeadline {
  /** the last day the rule gives */
  stated: LocalDate;
  /** the last day a report counts as on time: the stated day, or the next working day when it is a day off */
  effective: LocalDate;
  /** why the two differ (the stated day is a weekend day or a named day off); null when they are the same day */
  reason: DeadlineShiftReason | null;
}

/** The stated last day and the day it really ends on (Điều 148 k.5). */
export function effectiveDeadline(stated: LocalDate, calendar: WorkingCalendar): EffectiveDeadline {
  if (calendar.isWorkingDay(stated)) return { stated, effective: stated, reason: null };
  const name = calendar.dayOffName(stated);
  return { stated, effective: calendar.workingDayOnOrAfter(stated), reason: name ? { kind: 'day_off', name } : { kind: 'weekend' } };
}

export type DeadlineState =
  | { kind: 'none' }
  | { kind: 'upcoming'; daysLeft: number }
  | { kind: 'due_today' }
  | { kind: 'overdue'; daysLate: number }
  | { kind: 'done_on_time' }
  | { kind: 'done_late'; daysLate: number };

export interface DeadlineStatus {
  /** null for an occurrence without a date ("thường xuyên", "khi có yêu cầu") */
  deadline: EffectiveDeadline | null;
  state: DeadlineState;
}

export interface DeadlineSubject {
  /** the stated last day (what occurrences store) */
  dueDate: LocalDate | null;
  /** the day (in the unit's timezone) it was completed; null or absent while open */
  completedOn?: LocalDate | null;
}

/**
 * Where an occurrence stands on `today`: upcoming (days left), due today, overdue (days late), done on time or
 * done late (days late). Days are calendar days counted from the effective deadline.
 */
export function deadlineStatus(occurrence: DeadlineSubject, today: LocalDate, calendar: WorkingCalendar): DeadlineStatus {
  if (!occurrence.dueDate) return { deadline: null, state: { kind: 'none' } };
  const deadline = effectiveDeadline(occurrence.dueDate, calendar);
  if (occurrence.completedOn) {
    const late = daysBetween(deadline.effective, occurrence.completedOn);
    return { deadline, state: late > 0 ? { kind: 'done_late', daysLate: late } : { kind: 'done_on_time' } };
  }
  const left = daysBetween(today, deadline.effective);
  if (left > 0) return { deadline, state: { kind: 'upcoming', daysLeft: left } };
  if (left === 0) return { deadline, state: { kind: 'due_today' } };
  return { deadline, state: { kind: 'overdue', daysLate: -left } };
}

/** How many days after its effective deadline `on` is (0 when it is not late); null without a date. */
export function daysLateOn(stated: LocalDate | null, on: LocalDate, calendar: WorkingCalendar): number | null {
  if (!stated) return null;
  return Math.max(0, daysBetween(effectiveDeadline(stated, calendar).effective, on));
}

/** Whether something done on `on` met the deadline whose stated last day is `stated`. */
export const isOnTime = (stated: LocalDate, on: LocalDate, calendar: WorkingCalendar): boolean =>
  on <= effectiveDeadline(stated, calendar).effective;

/**
 * The bound the database filters on: an open occurrence is overdue on `today` exactly when its STATED last
 * day is before this day. (Its effective deadline is before today ⇔ some working day lies between the stated
 * day and yesterday ⇔ the stated day is on or before the last working day before today.) On a Monday this is
 * the Saturday: a Sunday deadline is not overdue before Tuesday.
 */
export const overdueBefore = (today: LocalDate, calendar: WorkingCalendar): LocalDate =>
  addDays(calendar.workingDayOnOrBefore(addDays(today, -1)), 1);

/**
 * The stated last days whose EFFECTIVE deadline falls between `from` and `to` (both included), as a range of
 * stated days the database can filter on: /hanchot's window, the digests' "due this week".
 */
export function statedRangeForEffective(
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingCalendar,
): { dueFrom: LocalDate; dueTo: LocalDate } {
  // effective ≥ from ⇔ stated ≥ overdueBefore(from); effective ≤ to ⇔ a working day lies in [stated, to].
  return { dueFrom: overdueBefore(from, calendar), dueTo: calendar.workingDayOnOrBefore(to) };
}

/**
 * Every day off between `from` and `to` with the working day a last day on it really ends on: what the
 * database needs to tell "completed by the effective deadline" without knowing the calendar.
 */
export function deadlineShifts(
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingCalendar,
): Array<{ stated: LocalDate; effective: LocalDate }> {
  const shifts: Array<{ stated: LocalDate; effective: LocalDate }> = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) shifts.push({ stated: day, effective: calendar.workingDayOnOrAfter(day) });
  }
  return shifts;
}

/** Where an open occurrence stands, as a badge says it ("Còn 4 ngày", "Hôm nay", "Quá hạn 5 ngày"). */
export type OpenDueState = { kind: 'none' } | { kind: 'today' } | { kind: 'upcoming'; days: number } | { kind: 'overdue'; days: number };

/** deadlineStatus of an open occurrence, in the shape a page's badge needs. */
export function openDueState(stated: LocalDate | null, today: LocalDate, calendar: WorkingCalendar): OpenDueState {
  const { state } = deadlineStatus({ dueDate: stated }, today, calendar);
  if (state.kind === 'upcoming') return { kind: 'upcoming', days: state.daysLeft };
  if (state.kind === 'due_today') return { kind: 'today' };
  if (state.kind === 'overdue') return { kind: 'overdue', days: state.daysLate };
  return { kind: 'none' };
}
