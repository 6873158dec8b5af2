import { describe, expect, it } from 'vitest';
import { calendarFrom, weekendOnlyCalendar } from '../../../src/core/calendar/working-calendar.js';
import { isoWeekday } from '../../../src/core/dates/local-date.js';

describe('working calendars', () => {
  it('skips weekends', () => {
    expect(weekendOnlyCalendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(weekendOnlyCalendar.workingDayOnOrBefore('2026-11-22')).toBe('2026-11-20');
    expect(weekendOnlyCalendar.workingDayOnOrBefore('2026-11-23')).toBe('2026-11-23');
    expect(weekendOnlyCalendar.addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(weekendOnlyCalendar.addWorkingDays('2026-11-23', -3)).toBe('2026-11-18');
    expect(weekendOnlyCalendar.addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
  });

  it('builds on any predicate, holidays included', () => {
    const holidays = new Set(['2026-09-02']);
    const calendar = calendarFrom(
      (date) => isoWeekday(date) <= 5 && !holidays.has(date),
      (date) => (holidays.has(date) ? { holiday: 'national-day', compensation: false } : null),
    );
    expect(calendar.addWorkingDays('2026-09-01', 1)).toBe('2026-09-03');
    expect(calendar.dayOffName('2026-09-02')).toEqual({ holiday: 'national-day', compensation: false });
    expect(calendar.dayOffName('2026-09-05')).toBeNull();
  });
});
