import {
  addDays,
  daysBetween,
  isoWeek,
  isoWeekday,
  lastDayOfMonth,
  type LocalDate,
  localDate,
  parts,
  startOfIsoWeek,
} from '../dates/local-date.js';
import type { DeadlineRule } from './deadline-rule.js';

export interface OccurrenceSlot {
  period: string;
  /** The last day a report counts as on time; null when the rule has no date. */
  dueDate: LocalDate | null;
}

const clampDay = (year: number, month: number, day: number) => localDate(year, month, Math.min(day, lastDayOfMonth(year, month)));

// "trước ngày X" leaves X − 1 as the last day to submit.
const lastDay = (date: LocalDate, inclusive: boolean) => (inclusive ? date : addDays(date, -1));

function addWeekdays(from: LocalDate, count: number): LocalDate {
  let date = from;
  let left = count;
  while (left > 0) {
    date = addDays(date, 1);
    if (isoWeekday(date) <= 5) left -= 1;
  }
  return date;
}

interface Period {
  key: string;
  end: LocalDate;
}

/** The period of the given length that ended most recently before `today`. */
function previousPeriod(length: 'month' | 'quarter' | 'half_year' | 'year', today: LocalDate): Period {
  const { year, month } = parts(today);
  const monthsPerPeriod = { month: 1, quarter: 3, half_year: 6, year: 12 }[length];
  const indexInYear = Math.floor((month - 1) / monthsPerPeriod); // 0-based index of the current period
  let prevIndex = indexInYear - 1;
  let prevYear = year;
  if (prevIndex < 0) {
    prevIndex = 12 / monthsPerPeriod - 1;
    prevYear -= 1;
  }
  const endMonth = (prevIndex + 1) * monthsPerPeriod;
  const end = localDate(prevYear, endMonth, lastDayOfMonth(prevYear, endMonth));
  const key = {
    month: `${prevYear}-${String(endMonth).padStart(2, '0')}`,
    quarter: `${prevYear}-Q${prevIndex + 1}`,
    half_year: `${prevYear}-H${prevIndex + 1}`,
    year: `${prevYear}`,
  }[length];
  return { key, end };
}

/**
 * The occurrence of a rule that is current on `today`: this year's for a yearly rule, this quarter's for a
 * quarterly one, the report on the period that just ended for "N days after each period".
 */
export function currentOccurrence(rule: DeadlineRule, today: LocalDate): OccurrenceSlot {
  const { year, month } = parts(today);
  switch (rule.kind) {
    case 'once':
      return { period: 'once', dueDate: lastDay(rule.due, rule.inclusive) };
    case 'yearly':
      return { period: `${year}`, dueDate: lastDay(clampDay(year, rule.month, rule.day), rule.inclusive) };
    case 'quarterly': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      const dueMonth = (quarter - 1) * 3 + rule.monthOfQuarter;
      return { period: `${year}-Q${quarter}`, dueDate: lastDay(clampDay(year, dueMonth, rule.day), rule.inclusive) };
    }
    case 'monthly':
      return {
        period: `${year}-${String(month).padStart(2, '0')}`,
        dueDate: lastDay(clampDay(year, month, rule.day), rule.inclusive),
      };
    case 'weekly': {
      const week = isoWeek(today);
      return {
        period: `${week.year}-W${String(week.week).padStart(2, '0')}`,
        dueDate: addDays(startOfIsoWeek(today), rule.weekday - 1),
      };
    }
    case 'after_period': {
      const period = previousPeriod(rule.period, today);
      const dueDate = rule.unit === 'days' ? addDays(period.end, rule.offset) : addWeekdays(period.end, rule.offset);
      return { period: period.key, dueDate };
    }
    case 'unscheduled':
      return { period: rule.reason === 'ad_hoc' ? 'on-request' : 'ongoing', dueDate: null };
  }
}

export type DueState =
  | { kind: 'none' }
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'upcoming'; days: number };

export function dueState(dueDate: LocalDate | null, today: LocalDate): DueState {
  if (!dueDate) return { kind: 'none' };
  const days = daysBetween(today, dueDate);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'upcoming', days };
}
