import type { CalendarDaysRepository } from './calendar-days.js';
import { vietnameseCalendar } from './vietnam-calendar.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface CalendarSource {
  /**
   * The calendar as the database has it now. Inside a transaction, pass its repository: PGlite has one
   * connection, and a read outside the transaction would wait for the transaction to end.
   */
  current(days?: CalendarDaysRepository, revision?: string): Promise<WorkingCalendar>;
}

/**
 * The working calendar the dispatcher hands to commands. It is rebuilt only when the table of announced
 * days changes: each call asks the database for the table's revision (one tiny aggregate), so a change made
 * in a chat, from the command line or on another replica counts from the next message, without a restart.
 */
export function createCalendarSource(days: CalendarDaysRepository): CalendarSource {
  let cached: { revision: string; calendar: WorkingCalendar } | null = null;
  return {
    // `known`: the revision the caller read already (beside the chat, for a message): not asked again
    async current(within = days, known?: string) {
      const revision = known ?? (await within.revision());
      if (cached?.revision !== revision) cached = { revision, calendar: vietnameseCalendar(await within.list()) };
      return cached.calendar;
    },
  };
}
