import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../dates/local-date.js';
import { currentOccurrence } from '../deadlines/occurrence.js';
import type { Store } from '../store.js';

/**
 * Makes sure every assignment has its current occurrence (this year's report, this quarter's…), so that a
 * new period's deadline exists and can be reminded of without anyone touching the plan. Idempotent.
 */
export async function materializeOccurrences(store: Store, today: LocalDate, calendar?: WorkingCalendar): Promise<number> {
  const assignments = await store.plans.assignmentsWithRules();
  const slots = assignments.map((a) => ({ assignmentId: a.assignmentId, ...currentOccurrence(a.rule, today, calendar) }));
  return store.plans.ensureOccurrences(slots);
}
