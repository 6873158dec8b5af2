import { addDays, isoWeekday, type LocalDate } from '../dates/local-date.js';
import type { DayOffName } from './day-off-name.js';

/**
 * Which days are working days. Deadlines count working days ("3 ngày làm việc") and a last day that falls on
 * a day off ends at the end of the next working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
 */
export interface WorkingCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** the date itself when it is a working day, else the closest working day before it */
  workingDayOnOrBefore(date: LocalDate): LocalDate;
  /** the date itself when it is a working day, else the closest working day after it */
  workingDayOnOrAfter(date: LocalDate): LocalDate;
  /** moves by whole working days; a negative count goes back */
  addWorkingDays(date: LocalDate, count: number): LocalDate;
  /** why a day is off (a public holiday, an announced day), null for working days and plain weekends; `dayOffLabel` words it */
  dayOffName(date: LocalDate): DayOffName | null;
}

/** Builds the walking helpers from a single predicate, so every calendar moves the same way. */
export function calendarFrom(
  isWorkingDayOf: (date: LocalDate) => boolean,
  dayOffName: (date: LocalDate) => DayOffName | null = () => null,
): WorkingCalendar {
  // A calendar lives as long as its revision (the dispatcher keeps one), and every reply with a deadline asks
  // it about the same few dates: each answer is computed once (dates as text, Date objects, holiday lookups).
  const known = new Map<LocalDate, boolean>();
  const isWorkingDay = (date: LocalDate) => {
    let working = known.get(date);
    if (working === undefined) {
      working = isWorkingDayOf(date);
      // a bound, not a cache policy: a few years of dates is a few thousand entries
      if (known.size >= 20_000) known.clear();
      known.set(date, working);
    }
    return working;
  };
  return {
    isWorkingDay,
    dayOffName,
    workingDayOnOrBefore(date) {
      let day = date;
      // A run of days off is never longer than Tết plus its weekends; the bound only guards bad data.
      for (let i = 0; i < 60 && !isWorkingDay(day); i += 1) day = addDays(day, -1);
      return day;
    },
    workingDayOnOrAfter(date) {
      let day = date;
      for (let i = 0; i < 60 && !isWorkingDay(day); i += 1) day = addDays(day, 1);
      return day;
    },
    addWorkingDays(date, count) {
      let day = date;
      let left = Math.abs(count);
      const step = count < 0 ? -1 : 1;
      while (left > 0) {
        day = addDays(day, step);
        if (isWorkingDay(day)) left -= 1;
      }
      return day;
    },
  };
}

/** Monday to Friday, no holidays: the fallback until the Vietnamese calendar is wired in. */
export const weekendOnlyCalendar: WorkingCalendar = calendarFrom((date) => isoWeekday(date) <= 5);
