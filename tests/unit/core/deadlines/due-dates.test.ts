import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import { weekendOnlyCalendar } from '../../../../src/core/calendar/working-calendar.js';
import { addDays, isoWeekday, type LocalDate, localDate } from '../../../../src/core/dates/local-date.js';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import { effectiveDeadline } from '../../../../src/core/deadlines/deadline.js';
import { currentOccurrence, nextDueDates, occurrencesBetween } from '../../../../src/core/deadlines/occurrence.js';

const vn = vietnameseCalendar();

const dateArb = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));
const dayArb = fc.integer({ min: 1, max: 31 });
const ruleArb: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.record({ kind: fc.constant('once' as const), due: dateArb, inclusive: fc.boolean(), precision: fc.constant('day' as const) }),
  fc.record({ kind: fc.constant('yearly' as const), month: fc.integer({ min: 1, max: 12 }), day: dayArb, inclusive: fc.boolean() }),
  fc.record({
    kind: fc.constant('quarterly' as const),
    monthOfQuarter: fc.constantFrom(1 as const, 2 as const, 3 as const),
    day: dayArb,
    inclusive: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('monthly' as const), day: dayArb, inclusive: fc.boolean() }),
  fc.record({ kind: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
  fc.record({
    kind: fc.constant('after_period' as const),
    period: fc.constantFrom('month' as const, 'quarter' as const, 'half_year' as const, 'year' as const),
    offset: fc.integer({ min: 0, max: 366 }),
    unit: fc.constantFrom('days' as const, 'working_days' as const),
  }),
);

describe('nextDueDates (properties)', () => {
  it('a next due date is never before the reference date, and they come in order without repeats', () => {
    fc.assert(
      fc.property(ruleArb, dateArb, fc.integer({ min: 1, max: 6 }), (rule, from, count) => {
        const slots = nextDueDates(rule, from, count, vn);
        if (rule.kind !== 'once') expect(slots).toHaveLength(count);
        for (const slot of slots) expect(slot.dueDate! >= from).toBe(true);
        for (let i = 1; i < slots.length; i += 1) {
          expect(slots[i]!.dueDate! > slots[i - 1]!.dueDate!).toBe(true);
          expect(slots[i]!.period).not.toBe(slots[i - 1]!.period);
        }
      }),
    );
  });

  it('no occurrence is skipped: the first one from a day is the first one from any earlier day that is still due', () => {
    fc.assert(
      fc.property(ruleArb, dateArb, fc.integer({ min: 1, max: 400 }), (rule, from, back) => {
        const earlier = addDays(from, -back);
        const horizon = addDays(from, 800);
        const fromEarlier = occurrencesBetween(rule, earlier, horizon, vn).filter((slot) => slot.dueDate! >= from);
        const direct = nextDueDates(rule, from, 1, vn).filter((slot) => slot.dueDate! <= horizon);
        expect(fromEarlier.slice(0, 1)).toEqual(direct);
      }),
      { numRuns: 200 },
    );
  });

  it('"trước ngày X" is due one day before "chậm nhất ngày X" of the same date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), dateArb, (month, day, from) => {
        const [inclusive] = nextDueDates({ kind: 'yearly', month, day, inclusive: true }, from, 1);
        const exclusive = nextDueDates({ kind: 'yearly', month, day, inclusive: false }, addDays(from, -1), 3);
        expect(exclusive.map((slot) => addDays(slot.dueDate!, 1))).toContain(inclusive!.dueDate);
      }),
    );
  });

  it('working days after a period never land on a day off, holidays and make-up days included', () => {
    const announced = vietnameseCalendar([
      { date: '2026-01-03', kind: 'working_day', name: 'Làm bù' },
      { date: '2026-01-02', kind: 'day_off', name: 'Nghỉ' },
    ]);
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('month' as const, 'quarter' as const, 'half_year' as const, 'year' as const),
        (from, offset, period) => {
          for (const calendar of [vn, announced]) {
            for (const slot of nextDueDates({ kind: 'after_period', period, offset, unit: 'working_days' }, from, 2, calendar)) {
              expect(calendar.isWorkingDay(slot.dueDate!)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('the effective deadline is the first working day on or after the stated last day (Đ.148 k.5)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const shown = effectiveDeadline(date, vn);
        expect(shown.effective >= date).toBe(true);
        expect(vn.isWorkingDay(shown.effective)).toBe(true);
        for (let day = date; day < shown.effective; day = addDays(day, 1)) expect(vn.isWorkingDay(day)).toBe(false);
        expect(shown.reason === null).toBe(shown.effective === date);
      }),
    );
  });
});

describe('nextDueDates (examples)', () => {
  it('"trước ngày 15 tháng 6 và 15/12 hàng năm": two yearly rules, each one day early', () => {
    expect(nextDueDates({ kind: 'yearly', month: 6, day: 15, inclusive: false }, '2023-02-16', 2)).toEqual([
      { period: '2023', dueDate: '2023-06-14' },
      { period: '2024', dueDate: '2024-06-14' },
    ]);
    expect(nextDueDates({ kind: 'yearly', month: 12, day: 15, inclusive: false }, '2023-12-14', 1)).toEqual([
      { period: '2023', dueDate: '2023-12-14' },
    ]);
    expect(nextDueDates({ kind: 'yearly', month: 12, day: 15, inclusive: false }, '2023-12-15', 1)).toEqual([
      { period: '2024', dueDate: '2024-12-14' },
    ]);
  });

  it('"trong 5 ngày làm việc sau khi kết thúc quý" skips the weekend and Tết', () => {
    // Q4/2025 ends on Wednesday 31/12; 1/1 is a holiday: 2, 5, 6, 7, 8 January.
    expect(nextDueDates({ kind: 'after_period', period: 'quarter', offset: 5, unit: 'working_days' }, '2026-01-01', 1, vn)).toEqual([
      { period: '2025-Q4', dueDate: '2026-01-08' },
    ]);
    expect(
      nextDueDates({ kind: 'after_period', period: 'quarter', offset: 5, unit: 'working_days' }, '2026-01-01', 1, weekendOnlyCalendar)[0]!
        .dueDate,
    ).toBe('2026-01-07');
    // January 2026 ends on Saturday; 10 working days skip Tết (16–20 February).
    expect(nextDueDates({ kind: 'after_period', period: 'month', offset: 10, unit: 'working_days' }, '2026-02-01', 1, vn)[0]).toEqual({
      period: '2026-01',
      dueDate: '2026-02-13',
    });
    expect(nextDueDates({ kind: 'after_period', period: 'month', offset: 15, unit: 'working_days' }, '2026-02-01', 1, vn)[0]!.dueDate).toBe(
      '2026-02-27',
    );
  });

  it('a one-off date is due once, then never again', () => {
    const rule: DeadlineRule = { kind: 'once', due: '2019-11-20', inclusive: false, precision: 'day' };
    expect(nextDueDates(rule, '2019-03-01', 3)).toEqual([{ period: 'once', dueDate: '2019-11-19' }]);
    expect(nextDueDates(rule, '2019-11-20', 3)).toEqual([]);
    expect(nextDueDates({ kind: 'unscheduled', reason: 'ad_hoc' }, '2019-11-20', 3)).toEqual([]);
  });

  it('quarterly, monthly and weekly rules', () => {
    expect(nextDueDates({ kind: 'quarterly', monthOfQuarter: 1, day: 10, inclusive: true }, '2026-11-22', 2)).toEqual([
      { period: '2027-Q1', dueDate: '2027-01-10' },
      { period: '2027-Q2', dueDate: '2027-04-10' },
    ]);
    expect(nextDueDates({ kind: 'monthly', day: 31, inclusive: true }, '2026-02-01', 3).map((s) => s.dueDate)).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    const weekly = nextDueDates({ kind: 'weekly', weekday: 5 }, '2026-11-21', 2);
    expect(weekly).toEqual([
      { period: '2026-W48', dueDate: '2026-11-27' },
      { period: '2026-W49', dueDate: '2026-12-04' },
    ]);
    expect(weekly.every((slot) => isoWeekday(slot.dueDate!) === 5)).toBe(true);
  });

  it('the 6-month review and the annual review are separate occurrences of a task × unit', () => {
    const halfYear = occurrencesBetween(
      { kind: 'after_period', period: 'half_year', offset: 15, unit: 'days' },
      '2026-01-01',
      '2026-12-31',
    );
    const year = occurrencesBetween({ kind: 'after_period', period: 'year', offset: 15, unit: 'days' }, '2026-01-01', '2026-12-31');
    expect(halfYear).toEqual([
      { period: '2025-H2', dueDate: '2026-01-15' },
      { period: '2026-H1', dueDate: '2026-07-15' },
    ]);
    expect(year).toEqual([{ period: '2025', dueDate: '2026-01-15' }]);
  });

  it('currentOccurrence counts working days on the calendar it is given', () => {
    const rule: DeadlineRule = { kind: 'after_period', period: 'quarter', offset: 3, unit: 'working_days' };
    expect(currentOccurrence(rule, '2025-10-10').dueDate).toBe('2025-10-03');
    // 30/4 and 1/5 are holidays: Q1 ends 31/3 → 1, 2, 3 April are plain working days; Q3/2025 ends 30/9.
    expect(currentOccurrence(rule, '2026-01-10', vn)).toEqual({ period: '2025-Q4', dueDate: '2026-01-06' });
  });
});

describe('effectiveDeadline', () => {
  it('a last day on Quốc khánh ends with the next working day, the holiday named', () => {
    expect(effectiveDeadline('2026-09-02', vn)).toEqual({
      stated: '2026-09-02',
      effective: '2026-09-03',
      reason: { kind: 'day_off', name: { holiday: 'national-day', compensation: false } },
    });
    expect(effectiveDeadline('2026-11-22', vn)).toEqual({ stated: '2026-11-22', effective: '2026-11-23', reason: { kind: 'weekend' } });
    expect(effectiveDeadline(localDate(2026, 11, 20), vn)).toEqual({ stated: '2026-11-20', effective: '2026-11-20', reason: null });
  });
});

// keep LocalDate imported for the arbitrary's type
export type { LocalDate };
