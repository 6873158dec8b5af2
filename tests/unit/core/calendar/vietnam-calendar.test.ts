import { beforeAll, describe, expect, it } from 'vitest';
import { dayOffLabel, HOLIDAYS } from '../../../../src/core/calendar/day-off-name.js';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import { vietnamPublicHolidays } from '../../../../src/core/calendar/vietnam-holidays.js';
import type { Translate } from '../../../../src/core/text/translate.js';
import { type I18n, loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';

let i18n: I18n;
let vi: Translate;
beforeAll(async () => {
  i18n = await loadI18n(localesDir);
  vi = i18n.translator('vi');
});

// The holidays as a Vietnamese reader sees them (the names live in locales/*/*.ftl).
const dates = (year: number) => vietnamPublicHolidays(year).map((h) => `${h.date} ${dayOffLabel(vi, h.name)}`);
const label = (name: Parameters<typeof dayOffLabel>[1] | null) => (name ? dayOffLabel(vi, name) : null);

describe('Vietnamese public holidays (Labor Code 2019, art. 112)', () => {
  it('2026: Tết by the lunar calendar, Giỗ Tổ on 10/3 lunar, 2/9 with the adjacent day, compensation for weekends', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01 Tết Dương lịch',
      '2026-02-16 Tết Nguyên đán',
      '2026-02-17 Tết Nguyên đán',
      '2026-02-18 Tết Nguyên đán',
      '2026-02-19 Tết Nguyên đán',
      '2026-02-20 Tết Nguyên đán',
      '2026-04-26 Giỗ Tổ Hùng Vương', // a Sunday …
      '2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương', // … taken on Monday
      '2026-04-30 Ngày Chiến thắng',
      '2026-05-01 Ngày Quốc tế Lao động',
      '2026-09-01 Quốc khánh', // 2/9/2026 is a Wednesday: the day before
      '2026-09-02 Quốc khánh',
    ]);
  });

  it('a weekend holiday block is compensated after the block, not inside it', () => {
    // 2024: Tết on Saturday 10/02; 30/4 Tuesday, 1/5 Wednesday; 2/9 Monday with Tuesday 3/9.
    const days = dates(2024);
    expect(days).toContain('2024-02-14 Nghỉ bù Tết Nguyên đán');
    expect(days).toContain('2024-02-15 Nghỉ bù Tết Nguyên đán');
    expect(days).toContain('2024-09-03 Quốc khánh');
    // 2023: 2/9 is a Saturday, so Friday 1/9 is the adjacent day and Monday 4/9 the compensation.
    expect(dates(2023)).toEqual(expect.arrayContaining(['2023-09-01 Quốc khánh', '2023-09-04 Nghỉ bù Quốc khánh']));
  });

  it('the adjacent day of 2/9 follows the weekend (2021 Thu → 3/9, 2022 Fri → 1/9, 2025 Tue → 1/9)', () => {
    expect(dates(2021)).toContain('2021-09-03 Quốc khánh');
    expect(dates(2022)).toContain('2022-09-01 Quốc khánh');
    expect(dates(2025)).toContain('2025-09-01 Quốc khánh');
  });
});

describe('vietnameseCalendar', () => {
  const calendar = vietnameseCalendar();

  it('holidays and weekends are days off, with names for holidays only', () => {
    expect(calendar.isWorkingDay('2026-09-02')).toBe(false);
    expect(label(calendar.dayOffName('2026-09-02'))).toBe('Quốc khánh');
    expect(calendar.isWorkingDay('2026-09-05')).toBe(false);
    expect(calendar.dayOffName('2026-09-05')).toBeNull();
    expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
  });

  it('moves a due date on a holiday to the working day before, across Tết', () => {
    expect(calendar.workingDayOnOrBefore('2026-02-20')).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(calendar.workingDayOnOrBefore('2026-05-01')).toBe('2026-04-29');
  });

  it('announced days override the rules: an extra day off, and a Saturday made a working day', () => {
    const announced = vietnameseCalendar([
      { date: '2026-02-13', kind: 'day_off', name: 'Nghỉ Tết (theo thông báo)' },
      { date: '2026-02-28', kind: 'working_day', name: 'Làm bù cho 13/02' },
      { date: '2026-09-01', kind: 'working_day', name: 'Làm việc (nghỉ 03/09 thay)' },
    ]);
    expect(announced.isWorkingDay('2026-02-13')).toBe(false);
    expect(announced.dayOffName('2026-02-13')).toEqual({ announced: 'Nghỉ Tết (theo thông báo)' });
    expect(announced.workingDayOnOrBefore('2026-02-20')).toBe('2026-02-12');
    expect(announced.isWorkingDay('2026-02-28')).toBe(true);
    expect(announced.dayOffName('2026-02-28')).toBeNull();
    expect(announced.addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
    expect(announced.isWorkingDay('2026-09-01')).toBe(true);
  });
});

describe('holiday names', () => {
  it('every holiday has a name in each language, and a day in lieu names its holiday', () => {
    for (const key of HOLIDAYS) {
      expect(i18n.has('vi', `holiday-${key}`), key).toBe(true);
      expect(i18n.has('en', `holiday-${key}`), key).toBe(true);
    }
    const en = i18n.translator('en');
    expect(dayOffLabel(en, { holiday: 'tet', compensation: true })).toBe('Day off in lieu of Lunar New Year (Tết)');
    expect(dayOffLabel(en, { holiday: 'national-day', compensation: false })).toBe('National Day');
    // an announced day keeps the name the administrator typed, in any language
    expect(dayOffLabel(en, { announced: 'Nghỉ Tết (theo thông báo)' })).toBe('Nghỉ Tết (theo thông báo)');
  });
});
