import { type LocalDate, parts } from '../dates/local-date.js';
import { MONTHS_PER_PERIOD, type PeriodLength, periodContaining, periodEnd, periodStart } from '../deadlines/periods.js';
import type { Translate } from '../text/translate.js';

/**
 * The period a consolidated report covers: a year, a half year, a quarter or a month. `number` counts within
 * the year (1 for the year itself, 1–2 halves, 1–4 quarters, 1–12 months).
 */
export interface ReportPeriod {
  length: PeriodLength;
  year: number;
  number: number;
}

export interface ReportPeriodRange extends ReportPeriod {
  from: LocalDate;
  to: LocalDate;
}

const periodsPerYear = (length: PeriodLength) => 12 / MONTHS_PER_PERIOD[length];

export function reportPeriod(length: PeriodLength, year: number, number = 1): ReportPeriod {
  if (!Number.isInteger(number) || number < 1 || number > periodsPerYear(length)) throw new RangeError(`no ${length} number ${number}`);
  return { length, year, number };
}

/** The period of this length that contains a day: the current quarter, the current month… */
export function reportPeriodContaining(length: PeriodLength, date: LocalDate): ReportPeriod {
  const ref = periodContaining(length, date);
  return { length, year: parts(date).year, number: (ref.index % periodsPerYear(length)) + 1 };
}

/** The first and the last day of the period, both included. */
export function withRange(period: ReportPeriod): ReportPeriodRange {
  const ref = { length: period.length, index: period.year * periodsPerYear(period.length) + period.number - 1 };
  return { ...period, from: periodStart(ref), to: periodEnd(ref) };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** "năm 2026", "6 tháng đầu năm 2026", "quý IV/2026", "tháng 11/2026" in the reader's language. */
export function periodLabel(t: Translate, period: ReportPeriod): string {
  const key = period.length === 'half_year' ? 'half-year' : period.length;
  // a year is a name, not a quantity: as a number the locale would write it "2.026"
  return t(`consolidated-period-${key}`, {
    year: String(period.year),
    number: period.number,
    roman: ROMAN[period.number - 1] ?? String(period.number),
  });
}
