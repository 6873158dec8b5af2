import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('instants in a timezone, read without asking Intl for each one', () => {
  // The steady-offset shortcut must give exactly what Intl gives, also in zones whose clocks change (by an
  // hour, by half an hour) and on the days they change.
  const zones = ['Asia/Ho_Chi_Minh', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
  const formatters = new Map(
    zones.map((timeZone) => [
      timeZone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    ]),
  );
  const byIntl = (instant: Date, timeZone: string) => {
    const p = Object.fromEntries(
      formatters
        .get(timeZone)!
        .formatToParts(instant)
        .map((part) => [part.type, part.value]),
    );
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}` };
  };

  it('agrees with Intl on every quarter hour around clock changes and on random instants', () => {
    const changes = [
      '2026-03-08T00:00:00Z',
      '2026-03-29T00:00:00Z',
      '2026-04-05T00:00:00Z',
      '2026-10-04T00:00:00Z',
      '2026-10-25T00:00:00Z',
      '2026-11-01T00:00:00Z',
    ];
    const instants: Date[] = [];
    for (const day of changes) for (let m = -24 * 60; m < 48 * 60; m += 15) instants.push(new Date(Date.parse(day) + m * 60_000));
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        (instant) => {
          for (const zone of zones) {
            expect(localDateOf(instant, zone)).toBe(byIntl(instant, zone).date);
            expect(formatDateTimeVi(instant, zone)).toBe(byIntl(instant, zone).time);
          }
        },
      ),
      { numRuns: 300 },
    );
    for (const instant of instants)
      for (const zone of zones) {
        expect(localDateOf(instant, zone)).toBe(byIntl(instant, zone).date);
        expect(formatDateTimeVi(instant, zone)).toBe(byIntl(instant, zone).time);
      }
  });

  it('finds the instant of a wall-clock time on the day a clock changes', () => {
    // 09:00 in New York on 08/03/2026 (the morning after clocks went forward) is 13:00 UTC, the day before 14:00
    expect(instantAt('2026-03-08', '09:00', 'America/New_York').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(instantAt('2026-03-07', '09:00', 'America/New_York').toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(instantAt('2026-11-23', '09:00', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-11-23T02:00:00.000Z');
  });
});
