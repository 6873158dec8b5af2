import { addDays, isoWeekday, type LocalDate, localDate, parts } from '../dates/local-date.js';
import type { HolidayKey, HolidayName } from './day-off-name.js';
import { solarFromLunar, tetDate } from './lunar.js';

/** A day off by law; its name is a locale key (`dayOffLabel`), so that each reader sees it in their language. */
export interface Holiday {
  date: LocalDate;
  name: HolidayName;
}

const lawDay = (date: LocalDate, key: HolidayKey): Holiday => ({ date, name: { holiday: key, compensation: false } });

const isWeekend = (date: LocalDate) => isoWeekday(date) >= 6;

/**
 * The day the Labor Code adds next to 2/9. The Prime Minister picks it each year; in 2021–2025 it was
 * the weekday that joins the holiday to a weekend (2022: Thu 1/9 before Fri 2/9; 2024: Tue 3/9 after Mon
 * 2/9; 2025: Mon 1/9 before Tue 2/9), so that is the default. Admins correct a different announcement.
 */
function nationalDaySecondDay(year: number): LocalDate {
  const before = localDate(year, 9, 1);
  const after = localDate(year, 9, 3);
  if (isWeekend(before)) return after;
  if (isWeekend(after)) return before;
  const weekday = isoWeekday(localDate(year, 9, 2));
  // Thursday: Friday 3/9 makes a four-day weekend; Tuesday and Wednesday lean on the Monday side.
  return weekday === 4 ? after : before;
}

/**
 * The public holidays of Article 112 of the Labor Code 2019 (Bộ luật Lao động 45/2019/QH14) in a solar
 * year, before compensation: 1/1; five days of Tết (the last day of the lunar year and the first four of
 * the new one, the usual arrangement until the yearly announcement says otherwise); Giỗ Tổ Hùng Vương
 * (10/3 lunar); 30/4; 1/5; 2/9 and one adjacent day.
 */
function statutoryDays(year: number): Holiday[] {
  const days: Holiday[] = [lawDay(localDate(year, 1, 1), 'new-year')];
  const tet = tetDate(year);
  for (let offset = -1; offset <= 3; offset += 1) days.push(lawDay(addDays(tet, offset), 'tet'));
  const hungKings = solarFromLunar({ day: 10, month: 3, year, leap: false });
  if (hungKings) days.push(lawDay(hungKings, 'hung-kings'));
  days.push(lawDay(localDate(year, 4, 30), 'reunification'));
  days.push(lawDay(localDate(year, 5, 1), 'labour-day'));
  days.push(lawDay(localDate(year, 9, 2), 'national-day'), lawDay(nationalDaySecondDay(year), 'national-day'));
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The holidays of a solar year with the compensation days of Article 112(3): a holiday on a weekly rest day
 * is taken on the next working day ("nghỉ bù"). Tết of a lunar year that started in the previous solar
 * year can spill into January only through its compensation days, so the year before is looked at too.
 */
export function vietnamPublicHolidays(year: number): Holiday[] {
  const statutory = [...statutoryDays(year - 1), ...statutoryDays(year)];
  const taken = new Set(statutory.map((h) => h.date));
  const compensation: Holiday[] = [];
  for (const holiday of statutory) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    compensation.push({ date: day, name: { holiday: holiday.name.holiday, compensation: true } });
  }
  return [...statutory, ...compensation].filter((h) => parts(h.date).year === year).sort((a, b) => a.date.localeCompare(b.date));
}

const byYear = new Map<number, Map<LocalDate, HolidayName>>();

/** The public holiday on a day, with its name, or null. Memoised per year: the lunar arithmetic is not free. */
export function publicHolidayName(date: LocalDate): HolidayName | null {
  const { year } = parts(date);
  let days = byYear.get(year);
  if (!days) {
    days = new Map(vietnamPublicHolidays(year).map((h) => [h.date, h.name]));
    byYear.set(year, days);
  }
  return days.get(date) ?? null;
}
