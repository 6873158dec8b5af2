import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDateTimeVi,
  formatDateVi,
  instantAt,
  isLocalDate,
  isoWeek,
  isoWeekday,
  isValidTimeZone,
  localDateOf,
  startOfIsoWeek,
} from '../../../src/core/dates/local-date.js';

describe('local dates', () => {
  it('formats in Vietnamese order', () => {
    expect(formatDateVi('2026-11-05')).toBe('05/11/2026');
  });

  it('takes the calendar day in the unit timezone, not in UTC', () => {
    const lateEvening = new Date('2026-11-22T18:30:00Z'); // 01:30 on the 23rd in Việt Nam
    expect(localDateOf(lateEvening, 'Asia/Ho_Chi_Minh')).toBe('2026-11-23');
    expect(localDateOf(lateEvening, 'UTC')).toBe('2026-11-22');
    expect(formatDateTimeVi(lateEvening, 'Asia/Ho_Chi_Minh')).toBe('01:30 23/11/2026');
  });

  it('finds the instant of a wall-clock time in a timezone', () => {
    expect(instantAt('2026-06-15', '09:30', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-06-15T02:30:00.000Z');
    expect(instantAt('2026-07-01', '09:00', 'Europe/Paris').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-22', '2026-12-01')).toBe(9);
  });

  it('knows ISO weekdays and weeks', () => {
    expect(isoWeekday('2026-11-22')).toBe(7); // Sunday
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(startOfIsoWeek('2026-11-22')).toBe('2026-11-16');
    expect(isoWeek('2026-11-23')).toEqual({ year: 2026, week: 48 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
  });

  it('rejects impossible dates and zones', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('13/16/2013')).toBe(false);
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isValidTimeZone('Asia/Saigon_Typo')).toBe(false);
  });
});
