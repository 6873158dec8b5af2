import { type LocalDate, localDate, parts } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import { foldVietnamese } from '../text/vietnamese.js';

export type StatsPeriod =
  | { kind: 'month'; from: LocalDate; to: LocalDate; year: number; month: number }
  | { kind: 'quarter'; from: LocalDate; to: LocalDate; year: number; quarter: number }
  | { kind: 'year'; from: LocalDate; to: LocalDate; year: number };

const KINDS: Record<string, StatsPeriod['kind']> = {
  thang: 'month',
  month: 'month',
  quy: 'quarter',
  quarter: 'quarter',
  q: 'quarter',
  nam: 'year',
  year: 'year',
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

const usage = () => new DomainError('feedback.period', 'feedback-stats-usage');

function number(text: string): number {
  const value = /^\d{1,2}$/.test(text) ? Number(text) : ROMAN[text];
  if (value === undefined) throw usage();
  return value;
}

function year(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 2000 || value > 2100) throw usage();
  return value;
}

const monthPeriod = (y: number, m: number): StatsPeriod => ({
  kind: 'month',
  year: y,
  month: m,
  from: localDate(y, m, 1),
  to: m === 12 ? localDate(y + 1, 1, 1) : localDate(y, m + 1, 1),
});
const quarterPeriod = (y: number, q: number): StatsPeriod => ({
  kind: 'quarter',
  year: y,
  quarter: q,
  from: localDate(y, (q - 1) * 3 + 1, 1),
  to: q === 4 ? localDate(y + 1, 1, 1) : localDate(y, q * 3 + 1, 1),
});

/**
 * The period a statistics request names, as people write it: nothing (this month), "tháng 10", "thang 10/2025",
 * "tháng 10 năm 2025", "10/2025", "quý 3", "quy 4/2025", "quý IV/2025", "Q4 2025", "năm 2025", "2025". A month
 * or quarter without a year that has not begun yet is last year's: in January, "quý 4" is the one just ended.
 * [from, to) are dates in the unit's calendar.
 */
export function parseStatsPeriod(words: readonly string[], today: LocalDate): StatsPeriod {
  const now = parts(today);
  let text = foldVietnamese(words.join(' ')).replace(/\bq(?=\d)/, 'quy ');
  let kind: StatsPeriod['kind'] | null = null;
  const first = /^([a-z]+)\s*/.exec(text);
  if (first && KINDS[first[1]!]) {
    kind = KINDS[first[1]!]!;
    text = text.slice(first[0].length);
  }
  // "10 năm 2025", "IV - 2025", "10/2025": the number, then the year
  text = text
    .replace(/\bnam\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (kind === 'year' || (kind === null && /^\d{4}$/.test(text))) {
    if (text !== '' && !/^\d{4}$/.test(text)) throw usage();
    const y = year(text || undefined, now.year);
    return { kind: 'year', year: y, from: localDate(y, 1, 1), to: localDate(y + 1, 1, 1) };
  }
  const match = /^(?:(\d{1,2}|[ivx]+)(?:\s*[/.\-\s]\s*(\d{4}))?)?$/.exec(text);
  if (!match) throw usage();
  if (kind === null && match[1] !== undefined && match[2] === undefined) throw usage(); // "/phananh thongke 10": which?
  const chosen = kind ?? 'month';
  if (chosen === 'quarter') {
    const current = Math.floor((now.month - 1) / 3) + 1;
    const q = match[1] === undefined ? current : number(match[1]);
    if (q < 1 || q > 4) throw usage();
    return quarterPeriod(year(match[2], q > current ? now.year - 1 : now.year), q);
  }
  const m = match[1] === undefined ? now.month : number(match[1]);
  if (m < 1 || m > 12) throw usage();
  return monthPeriod(year(match[2], m > now.month ? now.year - 1 : now.year), m);
}
