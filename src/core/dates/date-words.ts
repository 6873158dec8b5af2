import { addDays, isLocalDate, isoWeekday, type LocalDate, lastDayOfMonth, localDate, parts } from './local-date.js';
import { foldVietnamese } from '../text/vietnamese.js';

// "thứ 2" … "thứ 7", "chủ nhật", folded; "thứ hai" … "thứ bảy" in words too
const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  '2': 1,
  hai: 1,
  '3': 2,
  ba: 2,
  '4': 3,
  tu: 3,
  '5': 4,
  nam: 4,
  '6': 5,
  sau: 5,
  '7': 6,
  bay: 6,
};

function endOfMonth(date: LocalDate, monthsAhead: number): LocalDate {
  const { year, month } = parts(date);
  const index = year * 12 + (month - 1) + monthsAhead;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return localDate(y, m, lastDayOfMonth(y, m));
}

/**
 * A day said in words, as people write it in a chat: "20/12", "hết 20/12", "đến hết ngày 20/12/2026", "hôm
 * nay", "ngày mai", "hôm qua", "thứ 6 tuần sau", "thứ 6" (the next one), "chủ nhật", "cuối tuần", "hết tuần", "tuần này"
 * (its Sunday), "tuần sau", "cuối tháng", "tháng này", "tháng sau" (their last day). A date without a year is
 * the next such day from today (or today's year with `allowPast`). Null when the words name no day.
 */
export function readDateInWords(text: string, today: LocalDate, options: { allowPast?: boolean } = {}): LocalDate | null {
  const folded = ` ${foldVietnamese(text)
    .replace(/[,.!?;:]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  const numeric = /\s(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\s/.exec(folded);
  if (numeric) {
    const day = Number(numeric[1]);
    const month = Number(numeric[2]);
    let year = numeric[3] ? Number(numeric[3]) : parts(today).year;
    let date = localDate(year, month, day);
    if (!isLocalDate(date)) return null;
    if (!numeric[3] && !options.allowPast && date < today) {
      year += 1;
      date = localDate(year, month, day);
    }
    return date;
  }
  const has = (phrase: string) => folded.includes(` ${phrase} `);
  const weekday = isoWeekday(today);
  const nextWeek = has('tuan sau') || has('tuan toi');
  const named = /\s(?:thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|(chu nhat|cn))\s/.exec(folded);
  if (named) {
    const target = named[2] ? 7 : WEEKDAY_WORDS[named[1]!]!;
    if (nextWeek) return addDays(today, 7 - weekday + target);
    const ahead = (target - weekday + 7) % 7;
    return addDays(today, ahead);
  }
  if (has('hom qua')) return addDays(today, -1);
  if (has('hom kia')) return addDays(today, -2);
  if (has('ngay kia') || has('ngay mot')) return addDays(today, 2);
  if (has('ngay mai') || folded.trim() === 'mai') return addDays(today, 1);
  if (has('hom nay') || folded.trim() === 'nay') return today;
  if (has('cuoi tuan sau')) return addDays(today, 14 - weekday);
  if (nextWeek) return addDays(today, 14 - weekday);
  if (has('cuoi tuan') || has('het tuan') || has('tuan nay')) return addDays(today, 7 - weekday);
  if (has('cuoi thang sau') || has('thang sau') || has('thang toi')) return endOfMonth(today, 1);
  if (has('cuoi thang') || has('thang nay')) return endOfMonth(today, 0);
  return null;
}

/** A day named by its weekday or its date, "(đến hết / trước) thứ 6 (này / tuần sau)", "15/12" (folded text). */
export const DAY_NAMED =
  /(?:^|\s)(?:(?:truoc|den het|den|toi)\s+)?((?:thu\s*(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat)(?:\s+(?:nay|tuan nay|tuan sau|tuan toi|toi))?|\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?=\s|$)/;
