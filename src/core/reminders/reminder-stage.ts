import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import type { ReminderLadder } from './ladder.js';

export type ReminderStage = 'before' | 'due' | 'after';

/**
 * Which step of the ladder applies today, if any. Days count from the last working day on or before the due
 * date (a Sunday deadline is remembered on Friday). Only the latest step that has come applies: after a few
 * days without the job, nobody is told "3 days left" about something already overdue.
 */
export function reminderStage(input: {
  dueDate: LocalDate;
  today: LocalDate;
  ladder: ReminderLadder;
  calendar: WorkingCalendar;
}): ReminderStage | null {
  const { dueDate, today, ladder, calendar } = input;
  const lastDay = calendar.workingDayOnOrBefore(dueDate);
  if (ladder.afterWorkingDays !== null && today >= calendar.addWorkingDays(lastDay, ladder.afterWorkingDays) && today > dueDate)
    return 'after';
  if (today > dueDate) return null;
  if (ladder.onDueDate && today >= lastDay) return 'due';
  if (ladder.beforeWorkingDays > 0 && today >= calendar.addWorkingDays(lastDay, -ladder.beforeWorkingDays)) return 'before';
  return null;
}
