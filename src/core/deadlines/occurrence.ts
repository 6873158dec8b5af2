import { weekendOnlyCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, lastDayOfMonth, type LocalDate, localDate, parts } from '../dates/local-date.js';
import type { DeadlineRule } from './deadline-rule.js';
import { MONTHS_PER_PERIOD, periodContaining, periodEnd, periodKey, type PeriodRef, shiftPeriod, weekKey, weekStart } from './periods.js';

export interface OccurrenceSlot {
  period: string;
  /** The last day a report counts as on time; null when the rule has no date. */
  dueDate: LocalDate | null;
}

const clampDay = (year: number, month: number, day: number) => localDate(year, month, Math.min(day, lastDayOfMonth(year, month)));

/** "trước ngày X" leaves X − 1 as the last day to submit; "chậm nhất / vào / đến ngày X" keeps X. */
export const lastDayToSubmit = (date: LocalDate, inclusive: boolean) => (inclusive ? date : addDays(date, -1));

type DatedRule = Exclude<DeadlineRule, { kind: 'once' } | { kind: 'unscheduled' }>;

/** The length of the period that one occurrence of a recurring rule covers. */
function cycleOf(rule: DatedRule): PeriodLength | 'week' {
  switch (rule.kind) {
    case 'yearly':
      return 'year';
    case 'quarterly':
      return 'quarter';
    case 'monthly':
      return 'month';
    case 'weekly':
      return 'week';
    case 'after_period':
      return rule.period;
  }
}
type PeriodLength = PeriodRef['length'];

/**
 * The occurrence of a recurring rule for one period: for "N days after each period" the period is the one
 * being reported on, and the due date falls after it ends.
 */
function slotForPeriod(rule: DatedRule, period: PeriodRef, calendar: WorkingCalendar): OccurrenceSlot {
  const end = periodEnd(period);
  const { year, month: endMonth } = parts(end);
  switch (rule.kind) {
    case 'yearly':
      return { period: periodKey(period), dueDate: lastDayToSubmit(clampDay(year, rule.month, rule.day), rule.inclusive) };
    case 'quarterly': {
      const month = endMonth - MONTHS_PER_PERIOD.quarter + rule.monthOfQuarter;
      return { period: periodKey(period), dueDate: lastDayToSubmit(clampDay(year, month, rule.day), rule.inclusive) };
    }
    case 'monthly':
      return { period: periodKey(period), dueDate: lastDayToSubmit(clampDay(year, endMonth, rule.day), rule.inclusive) };
    case 'after_period': {
      const dueDate = rule.unit === 'days' ? addDays(end, rule.offset) : calendar.addWorkingDays(end, rule.offset);
      return { period: periodKey(period), dueDate };
    }
    case 'weekly':
      throw new Error('weekly rules are walked by week');
  }
}

/** The period a key names ("2026-Q4", "2026-H1", "2026-11", "2026"), for a period of that length; null otherwise. */
function periodOfKey(length: PeriodLength, key: string): PeriodRef | null {
  const match = /^(\d{4})(?:-(H|Q)?(\d{1,2}))?$/.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const number = match[3] === undefined ? 1 : Number(match[3]);
  const kind = match[3] === undefined ? 'year' : match[2] === 'H' ? 'half_year' : match[2] === 'Q' ? 'quarter' : 'month';
  if (kind !== length || number < 1 || number > 12 / MONTHS_PER_PERIOD[length]) return null;
  return { length, index: year * (12 / MONTHS_PER_PERIOD[length]) + number - 1 };
}

/**
 * The due date of a stored occurrence as the calendar has it now, for the rules whose date depends on the
 * working calendar ("5 ngày làm việc sau khi kết thúc quý"); null for the others, whose dates never move.
 */
export function dueDateOnCalendar(rule: DeadlineRule, period: string, calendar: WorkingCalendar): LocalDate | null {
  if (rule.kind !== 'after_period' || rule.unit !== 'working_days') return null;
  const ref = periodOfKey(rule.period, period);
  return ref ? slotForPeriod(rule, ref, calendar).dueDate : null;
}

function weekSlot(weekday: number, monday: LocalDate): OccurrenceSlot {
  return { period: weekKey(monday), dueDate: addDays(monday, weekday - 1) };
}

function undatedSlot(rule: Extract<DeadlineRule, { kind: 'unscheduled' }>): OccurrenceSlot {
  return { period: rule.reason === 'ad_hoc' ? 'on-request' : 'ongoing', dueDate: null };
}

/**
 * The occurrence of a rule that is current on `today`: this year's for a yearly rule, this quarter's for a
 * quarterly one, the report on the period that just ended for "N days after each period". Working days
 * ("5 ngày làm việc sau khi kết thúc quý") are counted on `calendar`; without one, on Monday to Friday.
 */
export function currentOccurrence(rule: DeadlineRule, today: LocalDate, calendar: WorkingCalendar = weekendOnlyCalendar): OccurrenceSlot {
  switch (rule.kind) {
    case 'once':
      return { period: 'once', dueDate: lastDayToSubmit(rule.due, rule.inclusive) };
    case 'unscheduled':
      return undatedSlot(rule);
    case 'weekly':
      return weekSlot(rule.weekday, weekStart(today));
    case 'after_period':
      return slotForPeriod(rule, shiftPeriod(periodContaining(rule.period, today), -1), calendar);
    default:
      return slotForPeriod(rule, periodContaining(cycleOf(rule) as PeriodLength, today), calendar);
  }
}

// Working days are at most 5 in 7, plus the longest run of holidays (Tết with its weekends).
const calendarDaysAtMost = (rule: Extract<DeadlineRule, { kind: 'after_period' }>) =>
  rule.unit === 'days' ? rule.offset : Math.ceil((rule.offset * 7) / 5) + 30;

/**
 * The occurrences of a rule whose last day is on or after `from`, soonest first. A one-off rule has at most
 * one; a rule with no date has none. Walking starts a period early because a period's due date can fall
 * before the period starts ("trước ngày 01/01" is 31/12) or after it ends ("after each quarter").
 */
export function* occurrencesFrom(
  rule: DeadlineRule,
  from: LocalDate,
  calendar: WorkingCalendar = weekendOnlyCalendar,
): Generator<OccurrenceSlot> {
  switch (rule.kind) {
    case 'unscheduled':
      return;
    case 'once': {
      const slot = currentOccurrence(rule, from, calendar);
      if (slot.dueDate && slot.dueDate >= from) yield slot;
      return;
    }
    case 'weekly':
      for (let monday = addDays(weekStart(from), -7); ; monday = addDays(monday, 7)) {
        const slot = weekSlot(rule.weekday, monday);
        if (slot.dueDate! >= from) yield slot;
      }
    default: {
      const length = cycleOf(rule) as PeriodLength;
      // after_period reaches back further: the quarter before last can still be due early in this one
      // when the offset is long ("within 60 days after the quarter").
      const back = rule.kind === 'after_period' ? -Math.ceil(calendarDaysAtMost(rule) / 28 / MONTHS_PER_PERIOD[length]) - 1 : -1;
      for (let period = shiftPeriod(periodContaining(length, from), back); ; period = shiftPeriod(period, 1)) {
        const slot = slotForPeriod(rule, period, calendar);
        if (slot.dueDate! >= from) yield slot;
      }
    }
  }
}

/** The next `count` occurrences of a rule on or after `from` (none for a rule with no date). */
export function nextDueDates(
  rule: DeadlineRule,
  from: LocalDate,
  count: number,
  calendar: WorkingCalendar = weekendOnlyCalendar,
): OccurrenceSlot[] {
  const slots: OccurrenceSlot[] = [];
  if (count <= 0) return slots;
  for (const slot of occurrencesFrom(rule, from, calendar)) {
    slots.push(slot);
    if (slots.length >= count) break;
  }
  return slots;
}

/** Every occurrence whose last day falls between `from` and `to`, both included: what a scheduler creates. */
export function occurrencesBetween(
  rule: DeadlineRule,
  from: LocalDate,
  to: LocalDate,
  calendar: WorkingCalendar = weekendOnlyCalendar,
): OccurrenceSlot[] {
  const slots: OccurrenceSlot[] = [];
  for (const slot of occurrencesFrom(rule, from, calendar)) {
    if (slot.dueDate! > to) break;
    slots.push(slot);
  }
  return slots;
}
