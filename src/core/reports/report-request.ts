import { type LocalDate, localDate, parts } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import { foldVietnamese } from '../text/vietnamese.js';
import { type ReportPeriod, reportPeriod, reportPeriodContaining } from './report-period.js';

/** What a leader asked for with `/xuatbaocao [kế hoạch] [kỳ]`: the plan as typed (null: not named) and the period. */
export interface ReportRequest {
  planRef: string | null;
  period: ReportPeriod;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
// Quarters are also said in words: "quý bốn", "quý tư".
const QUARTER_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4 };

// Every word a period is written with, folded ("quý" → "quy", "tháng" → "thang", "sáu" → "sau").
const PERIOD_WORDS = new Set([
  'nam',
  'quy',
  'q',
  'thang',
  'dau',
  'cuoi',
  'ca',
  'nua',
  'nay',
  'h',
  'sau',
  // "quý trước", "tháng trước", "năm ngoái", "năm trước"
  'truoc',
  'ngoai',
  '/',
  ...ROMAN,
  ...Object.keys(QUARTER_WORDS),
]);

/** "Quý IV/2026" → quy, iv, /, 2026; "q4" → q, 4; "KH20-2020" → kh, 20, 2020. */
const tokensOf = (word: string) => foldVietnamese(word).match(/\d+|[a-z]+|\//g) ?? [];

const isPeriodWord = (word: string) => {
  const tokens = tokensOf(word);
  return tokens.length > 0 && tokens.every((token) => /^\d+$/.test(token) || PERIOD_WORDS.has(token));
};

/** A cursor over a period's tokens; each reader consumes what it recognises and nothing else. */
class Tokens {
  private at = 0;
  constructor(private readonly tokens: readonly string[]) {}
  peek(offset = 0) {
    return this.tokens[this.at + offset];
  }
  accept(...words: string[]): boolean {
    const next = this.peek();
    if (next === undefined || !words.includes(next)) return false;
    this.at += 1;
    return true;
  }
  take(): string | undefined {
    const next = this.peek();
    if (next !== undefined) this.at += 1;
    return next;
  }
  /** Consumes a year (1990–2100) if one is next. */
  year(): number | null {
    const year = asYear(this.peek());
    if (year !== null) this.at += 1;
    return year;
  }
  get done() {
    return this.at >= this.tokens.length;
  }
}

/** The first day of the month `months` before the one `today` is in. */
function monthsBefore(today: LocalDate, months: number): LocalDate {
  const { year, month } = parts(today);
  const index = year * 12 + month - 1 - months;
  return localDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

const asYear = (token: string | undefined) =>
  token && /^\d{4}$/.test(token) && Number(token) >= 1990 && Number(token) <= 2100 ? Number(token) : null;

/** "/2026", "năm 2026", "2026", "năm nay" after a quarter or a month; null when no year follows. */
function yearSuffix(p: Tokens, today: LocalDate): number | null {
  if ((p.peek() === '/' || p.peek() === 'nam') && asYear(p.peek(1)) !== null) p.take();
  if (p.peek() === 'nam' && p.peek(1) === 'nay') {
    p.take();
    p.take();
    return parts(today).year;
  }
  return p.year();
}

function numberIn(token: string | undefined, max: number, words: Record<string, number> = {}): number | null {
  if (token === undefined) return null;
  const n = /^\d{1,2}$/.test(token) ? Number(token) : ROMAN.includes(token) ? ROMAN.indexOf(token) + 1 : (words[token] ?? null);
  return n !== null && n >= 1 && n <= max ? n : null;
}

const startsHalf = (p: Tokens) =>
  p.peek() === 'h' || p.peek() === 'nua' || ((p.peek() === '6' || p.peek() === 'sau') && p.peek(1) === 'thang');

/** "6 tháng đầu năm [2026]", "6 tháng cuối năm", "nửa đầu năm", "h2/2026"; "6 tháng" alone is the first half (sơ kết). */
function half(p: Tokens, today: LocalDate): ReportPeriod | null {
  let number: number | null;
  if (p.accept('h')) {
    number = numberIn(p.take(), 2);
  } else if (p.accept('nua')) {
    number = p.accept('dau') ? 1 : p.accept('cuoi') ? 2 : null;
  } else {
    p.take();
    p.take();
    number = p.accept('cuoi') ? 2 : 1;
    p.accept('dau');
  }
  if (number === null) return null;
  // "đầu năm 2026": the "năm" belongs to the half, and a year may follow it.
  if (p.peek() === 'nam' && asYear(p.peek(1)) === null && p.peek(1) !== 'nay') p.take();
  return reportPeriod('half_year', yearSuffix(p, today) ?? parts(today).year, number);
}

function readPeriod(p: Tokens, today: LocalDate): ReportPeriod | null {
  const thisYear = parts(today).year;
  if (p.accept('quy', 'q')) {
    if (p.done || p.accept('nay')) return reportPeriodContaining('quarter', today);
    if (p.accept('truoc')) return reportPeriodContaining('quarter', monthsBefore(today, 3));
    const quarter = numberIn(p.take(), 4, QUARTER_WORDS);
    return quarter === null ? null : reportPeriod('quarter', yearSuffix(p, today) ?? thisYear, quarter);
  }
  if (p.peek() === 'thang') {
    p.take();
    if (p.done || p.accept('nay')) return reportPeriodContaining('month', today);
    if (p.accept('truoc')) return reportPeriodContaining('month', monthsBefore(today, 1));
    const month = numberIn(p.take(), 12);
    return month === null ? null : reportPeriod('month', yearSuffix(p, today) ?? thisYear, month);
  }
  if (startsHalf(p)) return half(p, today);
  // "cả năm 2026", "năm 2026", "năm nay", "năm", "2026"
  if (p.accept('ca') && p.peek() !== 'nam') return null;
  if (p.accept('nam')) {
    if (p.done || p.accept('nay')) return reportPeriod('year', thisYear);
    if (p.accept('ngoai', 'truoc')) return reportPeriod('year', thisYear - 1);
    const year = p.year();
    return year === null ? null : reportPeriod('year', year);
  }
  const year = p.year();
  if (year !== null) return reportPeriod('year', year);
  // "11/2026": a month and its year with no word before them
  const month = numberIn(p.peek(), 12);
  if (month === null || p.peek(1) !== '/' || asYear(p.peek(2)) === null) return null;
  p.take();
  p.take();
  return reportPeriod('month', p.year()!, month);
}

/** The period some words name when they are all period words ("quý này", "6 tháng đầu năm"), else null. */
export function readPeriodWords(words: readonly string[], today: LocalDate): ReportPeriod | null {
  const given = words.map((word) => word.trim()).filter(Boolean);
  if (given.length === 0 || !given.every(isPeriodWord)) return null;
  const p = new Tokens(given.flatMap(tokensOf));
  const read = readPeriod(p, today);
  return read && p.done ? read : null;
}

/**
 * Reads the words after `/xuatbaocao`: a plan (its code or number, e.g. "KH20-2020", "20/KH-SYT",
 * "qtux-2014") and a period ("năm 2026", "quý IV/2026", "quy 4", "tháng 11", "6 tháng đầu năm", "2026"), in
 * either order, with or without diacritics. The words that spell a period are the period; the others name the
 * plan. Without a period it is the current year; without a plan, `planRef` is null and the report decides.
 */
export function parseReportRequest(words: readonly string[], today: LocalDate): ReportRequest {
  const given = words.map((word) => word.trim()).filter(Boolean);
  const periodWords = given.filter(isPeriodWord);
  const planWords = given.filter((word) => !isPeriodWord(word));
  let period = reportPeriod('year', parts(today).year);
  if (periodWords.length > 0) {
    const p = new Tokens(periodWords.flatMap(tokensOf));
    const read = readPeriod(p, today);
    if (!read || !p.done) throw new DomainError('consolidated.bad_period', 'consolidated-bad-period', { written: periodWords.join(' ') });
    period = read;
  }
  return { planRef: planWords.length > 0 ? planWords.join(' ') : null, period };
}
