import type { LocalDate } from '../dates/local-date.js';

export const CALENDAR_DAY_KINDS = ['day_off', 'working_day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/**
 * A day the government announced differently from the rules: an extra day off (a bridge before Tết, a
 * different day next to 2/9) or a make-up working day (ngày làm bù, usually a Saturday). It overrides
 * weekends and the computed public holidays for that date.
 */
export interface CalendarDay {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarDaysRepository {
  /** Every announced day, oldest first (a few dozen a year at most). */
  list(): Promise<CalendarDay[]>;
  /** Sets the day (one entry per date); returns the entry it replaced, if any. */
  upsert(day: CalendarDay): Promise<CalendarDay | null>;
  /** Removes the day's entry; returns what was removed. */
  remove(date: LocalDate): Promise<CalendarDay | null>;
  /** Changes whenever a day is added, changed or removed, so that caches know when to reload. */
  revision(): Promise<string>;
}
