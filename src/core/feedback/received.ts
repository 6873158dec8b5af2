import { addDays, instantAt, isLocalDate, type LocalDate, localDate, localDateOf, parts } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import { compactKey, foldVietnamese } from '../text/vietnamese.js';

/** When a case was received; `timeKnown` is false when only the day was said (its time is then a placeholder). */
export interface Received {
  at: Date;
  timeKnown: boolean;
}

/**
 * A date not understood. Only digits and separators are quoted back ("32/13"): words typed at this step are
 * often the complaint itself, with the complainant's name and address, and the answer may go to a group.
 */
function badDate(typed: string): DomainError {
  return /^[\d\s/.:hg-]{1,20}$/i.test(typed)
    ? new DomainError('feedback.bad_date', 'feedback-bad-date', { text: typed })
    : new DomainError('feedback.bad_date', 'feedback-bad-date-words');
}

// The day, as people write it: "20/11", "ngày 20/11/2026", "hôm nay", "hôm qua", "hôm kia", "sáng nay",
// "chiều qua", "tối hôm qua" (folded: no diacritics, lower case).
const DAY =
  /^(?:ngay\s+)?(?:(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?|(?:(sang|trua|chieu|toi|dem)\s+)?(?:(hom\s*nay|hnay|today|nay)|(hom\s*qua|hqua|yesterday|qua)|(hom\s*kia|hkia)))(?:\s*,?\s+(.*))?$/;
/** A part of the day said alone after the day ("hôm qua chiều"): the day is known, the time is not. */
const PART_OF_DAY = /^(?:buoi\s+)?(sang|trua|chieu|toi|dem)$/;
// The time after it: "14:30", "15h", "15h30", "9g", "15 giờ 30", "lúc 3 giờ chiều", "8h sáng".
const TIME = /^(?:luc\s+)?(\d{1,2})\s*(?::|h|g|gio)\s*(\d{2})?\s*(?:phut|p)?(?:\s+(sang|trua|chieu|toi|dem))?$/;

/** "15h", "3 giờ chiều": the hour and minutes, or null. */
function readTime(folded: string): string | null {
  const match = TIME.exec(folded.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minutes = match[2] ? Number(match[2]) : 0;
  // "3 giờ chiều" is 15:00; "12 giờ trưa" stays 12:00
  if ((match[3] === 'chieu' || match[3] === 'toi' || (match[3] === 'dem' && hour >= 6)) && hour < 12) hour += 12;
  if (hour > 23 || minutes > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * When a case was received, as people say it: "bây giờ", "hôm nay", "hôm qua 15h", "20/11", "20/11/2026 14:30",
 * "ngày 20/11 lúc 3 giờ chiều". A date without a year is this year's; a moment in the future is refused. A day
 * without a time ("20/11", a box letter) keeps the day only: no time is invented for it.
 */
export function parseReceived(text: string, now: Date, timezone: string): Received {
  const today = localDateOf(now, timezone);
  const trimmed = text.trim();
  const key = compactKey(trimmed);
  if (['bayg', 'baygio', 'vuaroi'].includes(key)) return { at: now, timeKnown: true };
  const match = DAY.exec(foldVietnamese(trimmed).replace(/\s+/g, ' '));
  // "nay" and "qua" alone are days only after a part of the day ("sáng nay", "chiều qua")
  if (!match || ((match[5] === 'nay' || match[6] === 'qua') && !match[4])) throw badDate(trimmed);
  let date: LocalDate;
  if (match[5]) date = today;
  else if (match[6]) date = addDays(today, -1);
  // "hôm kia" is the day before yesterday; "hôm kìa", with its accent, the day before that
  else if (match[7]) date = addDays(today, /kìa/iu.test(trimmed) ? -3 : -2);
  else {
    const year = match[3] ? Number(match[3]) : parts(today).year;
    date = localDate(year, Number(match[2]), Number(match[1]));
    if (!isLocalDate(date)) throw badDate(trimmed);
  }
  const part = match[4] ?? null;
  const rest = match[8];
  const partAlone = rest !== undefined && PART_OF_DAY.test(rest.trim());
  // the part of the day said first goes with the time said after ("chiều qua 3h" is 15:00)
  const time =
    rest === undefined || partAlone ? null : readTime(part && !/(sang|trua|chieu|toi|dem)\s*$/.test(rest) ? `${rest} ${part}` : rest);
  if (rest !== undefined && !partAlone && time === null) throw badDate(trimmed);
  // a day alone: now for today (its time not known), else the placeholder 08:00 of that day
  const at = time !== null ? instantAt(date, time, timezone) : date === today ? now : instantAt(date, '08:00', timezone);
  if (at.getTime() > now.getTime() + 60_000) throw new DomainError('feedback.future', 'feedback-future-date');
  return { at, timeKnown: time !== null };
}

/**
 * When a one-line intake starts by saying when the case was received ("nhận ngày 18/11 …", "tiếp nhận ngày
 * 18/11 14:30 …", "nhận hôm qua …"): the moment and how many words said it; null when it does not start so.
 * The deadline is then counted from that day, as the law counts it, not from the day it was typed in. Only with
 * "nhận": a complaint that starts "ngày 15/11 tôi đến khám…" tells when it happened, not when it was received.
 */
export function readReceivedPrefix(words: readonly string[], now: Date, timezone: string): { received: Received; used: number } | null {
  const keys = words.slice(0, 5).map((word) => compactKey(word));
  let at = keys[0] === 'nhan' || keys[0] === 'tiepnhan' ? 1 : keys[0] === 'tiep' && keys[1] === 'nhan' ? 2 : 0;
  if (at === 0) return null;
  for (const day of ['qua', 'kia']) {
    if (keys[at] === `hom${day}` || (keys[at] === 'hom' && keys[at + 1] === day)) {
      const used = at + (keys[at] === `hom${day}` ? 1 : 2);
      return words.length > used ? { received: parseReceived(words.slice(at, used).join(' '), now, timezone), used } : null;
    }
  }
  if (keys[at] !== 'ngay') return null;
  at += 1;
  const date = words[at];
  if (!date || !/^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?[,:;]?$/.test(date)) return null;
  const time = words[at + 1] && /^\d{1,2}[:hg]\d{2}[,:;]?$/i.test(words[at + 1]!) ? words[at + 1]! : null;
  const used = at + 1 + (time ? 1 : 0);
  if (words.length <= used) return null;
  const written = [date, time]
    .filter(Boolean)
    .join(' ')
    .replace(/[,:;]$/, '');
  return { received: parseReceived(written, now, timezone), used };
}
