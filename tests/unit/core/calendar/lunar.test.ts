import { describe, expect, it } from 'vitest';
import { lunarFromSolar, solarFromLunar, tetDate } from '../../../../src/core/calendar/lunar.js';
import { addDays } from '../../../../src/core/dates/local-date.js';

// Mùng 1 Tết as published in Vietnamese calendars.
const TET: Record<number, string> = {
  1985: '1985-01-21', // a month away from China's (20/02/1985): the UTC+7 meridian matters
  2007: '2007-02-17', // China: 18/02/2007
  2014: '2014-01-31',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2030: '2030-02-02', // new moon at 23:07 Hà Nội time, 00:07 in Beijing: China's is 03/02
};

// Giỗ Tổ Hùng Vương, 10/3 âm lịch.
const HUNG_KINGS: Record<number, string> = {
  2019: '2019-04-14',
  2020: '2020-04-02',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
};

describe('Vietnamese lunar calendar', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, date) => {
    expect(tetDate(Number(year))).toBe(date);
  });

  it.each(Object.entries(HUNG_KINGS))('Giỗ Tổ %s falls on %s', (year, date) => {
    expect(solarFromLunar({ day: 10, month: 3, year: Number(year), leap: false })).toBe(date);
  });

  it('knows the leap month of 2023 (tháng 2 nhuận) and refuses one a year does not have', () => {
    expect(lunarFromSolar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarFromLunar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(solarFromLunar({ day: 1, month: 5, year: 2023, leap: true })).toBeNull();
    expect(solarFromLunar({ day: 1, month: 5, year: 2024, leap: true })).toBeNull();
  });

  it('converts back and forth across a decade, day by day', () => {
    for (let date = '2018-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
      expect(solarFromLunar(lunarFromSolar(date))).toBe(date);
    }
  });

  it('the day before Tết is the last day of the previous lunar year', () => {
    const eve = lunarFromSolar(addDays(TET[2026]!, -1));
    expect(eve.year).toBe(2025);
    expect(eve.month).toBe(12);
    expect([29, 30]).toContain(eve.day);
  });
});
