import { addDays, instantAt, isLocalDate, type LocalDate, localDate, localDateOf, parts } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import { compactKey } from '../text/vietnamese.js';

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

/**
 * When a case was received, as people say it: "bây giờ", "hôm nay", "hôm qua", "20/11", "20/11/2026 14:30". A
 * date without a year is this year's; a moment in the future is refused. A day without a time ("20/11", a box
 * letter) keeps the day only: no time is invented for it.
 */
export function parseReceived(text: string, now: Date, timezone: string): Received {
  const today = localDateOf(now, timezone);
  const trimmed = text.trim();
  const key = compactKey(trimmed);
  if (['bayg', 'baygio', 'vuaroi'].includes(key)) return { at: now, timeKnown: true };
  if (['homnay', 'today'].includes(key)) return { at: now, timeKnown: false };
  if (['homqua', 'yesterday'].includes(key)) return { at: instantAt(addDays(today, -1), '08:00', timezone), timeKnown: false };
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?:\s+(\d{1,2})[:hg](\d{2})?)?$/i.exec(trimmed);
  if (!match) throw badDate(trimmed);
  const year = match[3] ? Number(match[3]) : parts(today).year;
  const date: LocalDate = localDate(year, Number(match[2]), Number(match[1]));
  if (!isLocalDate(date)) throw badDate(trimmed);
  const hour = match[4] ? Math.min(Number(match[4]), 23) : null;
  const time = hour === null ? (date === today ? null : '08:00') : `${String(hour).padStart(2, '0')}:${match[5] ?? '00'}`;
  const at = time === null ? now : instantAt(date, time, timezone);
  if (at.getTime() > now.getTime() + 60_000) throw new DomainError('feedback.future', 'feedback-future-date');
  return { at, timeKnown: hour !== null };
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
  if (keys[at] === 'homqua' || (keys[at] === 'hom' && keys[at + 1] === 'qua')) {
    const used = at + (keys[at] === 'homqua' ? 1 : 2);
    return words.length > used ? { received: parseReceived('homqua', now, timezone), used } : null;
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
