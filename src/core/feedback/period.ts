import { type LocalDate, localDate, parts } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import { readPeriodWords } from '../reports/report-request.js';
import type { Translate } from '../text/translate.js';
import { foldVietnamese } from '../text/vietnamese.js';

export type StatsPeriod =
  | { kind: 'month'; from: LocalDate; to: LocalDate; year: number; month: number }
  | { kind: 'quarter'; from: LocalDate; to: LocalDate; year: number; quarter: number }
  | { kind: 'half'; from: LocalDate; to: LocalDate; year: number; half: number }
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
  try {
    return parseNamedPeriod(words, today);
  } catch (error) {
    // the periods in words the consolidated report reads: "quý này", "tháng trước", "6 tháng đầu năm", "năm ngoái"
    const said = readPeriodWords(words, today);
    if (!said || said.year < 2000 || said.year > 2100) throw error;
    if (said.length === 'month') return monthPeriod(said.year, said.number);
    if (said.length === 'quarter') return quarterPeriod(said.year, said.number);
    if (said.length === 'year')
      return { kind: 'year', year: said.year, from: localDate(said.year, 1, 1), to: localDate(said.year + 1, 1, 1) };
    const half = said.number;
    return {
      kind: 'half',
      year: said.year,
      half,
      from: localDate(said.year, half === 1 ? 1 : 7, 1),
      to: half === 1 ? localDate(said.year, 7, 1) : localDate(said.year + 1, 1, 1),
    };
  }
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** "tháng 10/2026", "quý IV/2026", "6 tháng đầu năm 2026", "năm 2026", in the reader's language. */
export function statsPeriodLabel(t: Translate, period: StatsPeriod): string {
  const year = String(period.year);
  if (period.kind === 'quarter')
    return t('feedback-period-quarter', { quarter: period.quarter, roman: ROMAN_QUARTERS[period.quarter - 1]!, year });
  if (period.kind === 'half') return t('feedback-period-half', { half: period.half, year });
  if (period.kind === 'year') return t('feedback-period-year', { year });
  return t('feedback-period-month', { month: String(period.month).padStart(2, '0'), year });
}

function parseNamedPeriod(words: readonly string[], today: LocalDate): StatsPeriod {
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
