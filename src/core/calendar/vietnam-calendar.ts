import { isoWeekday, type LocalDate } from '../dates/local-date.js';
import type { CalendarDay } from './calendar-days.js';
import { publicHolidayName } from './vietnam-holidays.js';
import { calendarFrom, type WorkingCalendar } from './working-calendar.js';

/**
 * The working days of a Vietnamese public office: Monday to Friday, minus the public holidays and their
 * compensation days (computed, Tết and Giỗ Tổ by the lunar calendar), with the announced days of the
 * admin-edited table taking precedence on their dates.
 */
export function vietnameseCalendar(announced: readonly CalendarDay[] = []): WorkingCalendar {
  const overrides = new Map(announced.map((day) => [day.date, day]));
  const isWorkingDay = (date: LocalDate) => {
    const override = overrides.get(date);
    if (override) return override.kind === 'working_day';
    return isoWeekday(date) <= 5 && publicHolidayName(date) === null;
  };
  const dayOffName = (date: LocalDate) => {
    const override = overrides.get(date);
    if (override) return override.kind === 'day_off' ? { announced: override.name } : null;
    return publicHolidayName(date);
  };
  return calendarFrom(isWorkingDay, dayOffName);
}
