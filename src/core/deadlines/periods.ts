import { addDays, isoWeek, lastDayOfMonth, type LocalDate, localDate, parts, startOfIsoWeek } from '../dates/local-date.js';

export type PeriodLength = 'month' | 'quarter' | 'half_year' | 'year';

export const MONTHS_PER_PERIOD: Record<PeriodLength, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

/**
 * A reporting period counted from year 0: month n, quarter n… Counting lets a walk go forward and back
 * across years without special cases.
 */
export interface PeriodRef {
  length: PeriodLength;
  index: number;
}

export function periodContaining(length: PeriodLength, date: LocalDate): PeriodRef {
  const { year, month } = parts(date);
  const perYear = 12 / MONTHS_PER_PERIOD[length];
  return { length, index: year * perYear + Math.floor((month - 1) / MONTHS_PER_PERIOD[length]) };
}

function yearAndNumber({ length, index }: PeriodRef): { year: number; number: number } {
  const perYear = 12 / MONTHS_PER_PERIOD[length];
  return { year: Math.floor(index / perYear), number: (index % perYear) + 1 };
}

export function periodStart(period: PeriodRef): LocalDate {
  const { year, number } = yearAndNumber(period);
  return localDate(year, (number - 1) * MONTHS_PER_PERIOD[period.length] + 1, 1);
}

export function periodEnd(period: PeriodRef): LocalDate {
  const { year, number } = yearAndNumber(period);
  const month = number * MONTHS_PER_PERIOD[period.length];
  return localDate(year, month, lastDayOfMonth(year, month));
}

/** How occurrences name their period: "2026", "2026-H1", "2026-Q4", "2026-11". */
export function periodKey(period: PeriodRef): string {
  const { year, number } = yearAndNumber(period);
  switch (period.length) {
    case 'year':
      return `${year}`;
    case 'half_year':
      return `${year}-H${number}`;
    case 'quarter':
      return `${year}-Q${number}`;
    case 'month':
      return `${year}-${String(number).padStart(2, '0')}`;
  }
}

export const shiftPeriod = (period: PeriodRef, by: number): PeriodRef => ({ length: period.length, index: period.index + by });

/** "2026-W48": the ISO week, whose year can differ from the calendar year around New Year. */
export function weekKey(date: LocalDate): string {
  const week = isoWeek(date);
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

export const weekStart = startOfIsoWeek;
export const nextWeek = (monday: LocalDate) => addDays(monday, 7);
