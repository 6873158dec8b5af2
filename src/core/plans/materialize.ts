import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { currentOccurrence, dueDateOnCalendar } from '../deadlines/occurrence.js';
import type { Store } from '../store.js';

/**
 * Makes sure every assignment has its current occurrence (this year's report, this quarter's…), so that a
 * new period's deadline exists and can be reminded of without anyone touching the plan; and that open
 * occurrences counted in working days follow the calendar (see redateOpenOccurrences). Idempotent.
 */
export async function materializeOccurrences(store: Store, today: LocalDate, calendar?: WorkingCalendar): Promise<number> {
  const assignments = await store.plans.assignmentsWithRules();
  const slots = assignments.map((a) => ({ assignmentId: a.assignmentId, ...currentOccurrence(a.rule, today, calendar) }));
  const created = await store.plans.ensureOccurrences(slots);
  if (calendar) await redateOpenOccurrences(store, calendar);
  return created;
}

/**
 * Re-dates the open occurrences whose due date depends on the working calendar ("trong 5 ngày làm việc sau
 * khi kết thúc quý") after the calendar changed; closed ones keep the date they were judged against.
 *
 * Why stored dates and not dates computed when read: /hanchot, /quahan, reminders and digests select
 * occurrences by due date in SQL (indexed, 500 000 rows in the benchmark), so the date must be in the row.
 * It is a cache of rule × period × calendar, so it is refreshed whenever the calendar changes: in the same
 * transaction as /ngaynghi and `cli holidays`, and by the daily job for a change written any other way.
 * Only working-day offsets move; a date that falls on a day off is kept and shown with the working day
 * before it when read, so its reason ("Quốc khánh") stays visible.
 */
export async function redateOpenOccurrences(store: Store, calendar: WorkingCalendar): Promise<number> {
  let changed = 0;
  for (const slot of await store.plans.openWorkingDaySlots()) {
    const dueDate = dueDateOnCalendar(slot.rule, slot.period, calendar);
    if (dueDate && dueDate !== slot.dueDate) changed += await store.plans.redateOpen(slot.taskId, slot.period, dueDate);
  }
  return changed;
}
