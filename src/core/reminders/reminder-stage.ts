import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { effectiveDeadline } from '../deadlines/deadline.js';
import type { ReminderLadder } from './ladder.js';

export type ReminderStage = 'before' | 'due' | 'after';

/**
 * Which step of the ladder applies today, if any. The "before" step counts back from the STATED last day, so a
 * unit whose last day is a Sunday is nudged before the weekend; the "due" step comes on the effective deadline
 * (a last day on a day off ends with the next working day, see deadlineStatus) and the "after" step counts
 * from it. Only the latest step that has come applies: after a few days without the job, nobody is told "3
 * days left" about something already overdue.
 */
export function reminderStage(input: {
  dueDate: LocalDate;
  today: LocalDate;
  ladder: ReminderLadder;
  calendar: WorkingCalendar;
}): ReminderStage | null {
  const { dueDate, today, ladder, calendar } = input;
  const { stated, effective } = effectiveDeadline(dueDate, calendar);
  if (ladder.afterWorkingDays !== null && today > effective && today >= calendar.addWorkingDays(effective, ladder.afterWorkingDays))
    return 'after';
  if (today > effective) return null;
  if (ladder.onDueDate && today >= effective) return 'due';
  if (ladder.beforeWorkingDays > 0 && today >= calendar.addWorkingDays(stated, -ladder.beforeWorkingDays)) return 'before';
  return null;
}
