import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import { addDays, type LocalDate } from '../../../../src/core/dates/local-date.js';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import {
  daysLateOn,
  deadlineStatus,
  effectiveDeadline,
  isOnTime,
  overdueBefore,
  statedRangeForEffective,
} from '../../../../src/core/deadlines/deadline.js';
import { nextDueDates } from '../../../../src/core/deadlines/occurrence.js';

// Bộ luật Dân sự 2015, Điều 148 khoản 5: a last day on a day off ends at the end of the next working day.
// Announced days off count as days off, announced make-up working days (làm bù) as working days.

/** Public holidays only (computed: Tết and Giỗ Tổ by the lunar calendar, with their compensation days). */
const vn = vietnameseCalendar();
/** Plus announced days: a swapped day off on Monday 14/12/2026, a make-up Saturday 19/12/2026, a bridge after
 * Tết on Friday 12/02/2027 and its make-up Saturday 20/02/2027. */
const ann = vietnameseCalendar([
  { date: '2026-12-14', kind: 'day_off', name: 'Nghỉ hoán đổi' },
  { date: '2026-12-19', kind: 'working_day', name: 'Làm bù' },
  { date: '2027-02-12', kind: 'day_off', name: 'Nghỉ bù Tết' },
  { date: '2027-02-20', kind: 'working_day', name: 'Làm bù Tết' },
]);
const calendars = { vn, ann };
type Cal = keyof typeof calendars;

const once = (due: LocalDate, inclusive: boolean): DeadlineRule => ({ kind: 'once', due, inclusive, precision: 'day' });

// [what, rule, from, calendar, stated, effective]
const occurrences: Array<[string, DeadlineRule, LocalDate, Cal, LocalDate, LocalDate]> = [
  ['once "trước ngày 15/6/2026": Sunday 14/6 → Monday', once('2026-06-15', false), '2026-01-01', 'vn', '2026-06-14', '2026-06-15'],
  ['once "chậm nhất 13/6/2026": Saturday → Monday', once('2026-06-13', true), '2026-01-01', 'vn', '2026-06-13', '2026-06-15'],
  ['once on a Friday stays', once('2026-06-12', true), '2026-01-01', 'vn', '2026-06-12', '2026-06-12'],
  [
    'once "trước ngày 01/5/2026": 30/4 → past 1/5 and the weekend',
    once('2026-05-01', false),
    '2026-01-01',
    'vn',
    '2026-04-30',
    '2026-05-04',
  ],
  ['once on Giỗ Tổ (compensation Monday 27/4/2026)', once('2026-04-27', true), '2026-01-01', 'vn', '2026-04-27', '2026-04-28'],
  ['once on Quốc khánh 2/9/2026', once('2026-09-02', true), '2026-01-01', 'vn', '2026-09-02', '2026-09-03'],
  ['once on 1/9/2026 (the day before Quốc khánh)', once('2026-09-01', true), '2026-01-01', 'vn', '2026-09-01', '2026-09-03'],
  ['once "trước ngày 01/01/2027": 31/12 is a working day', once('2027-01-01', false), '2026-01-01', 'vn', '2026-12-31', '2026-12-31'],
  ['once on New Year 1/1/2027 (Friday) → Monday', once('2027-01-01', true), '2026-01-01', 'vn', '2027-01-01', '2027-01-04'],
  ['once in Tết 5/2/2027 → after the holiday', once('2027-02-05', true), '2026-01-01', 'vn', '2027-02-05', '2027-02-12'],
  ['once in Tết, with an announced bridge day → later still', once('2027-02-05', true), '2026-01-01', 'ann', '2027-02-05', '2027-02-15'],
  ['once on Sunday 13/12/2026 → Monday', once('2026-12-13', true), '2026-01-01', 'vn', '2026-12-13', '2026-12-14'],
  ['once on Sunday 13/12/2026, Monday announced off → Tuesday', once('2026-12-13', true), '2026-01-01', 'ann', '2026-12-13', '2026-12-15'],
  ['once on Saturday 19/12/2026 → Monday', once('2026-12-19', true), '2026-01-01', 'vn', '2026-12-19', '2026-12-21'],
  ['once on a make-up Saturday 19/12/2026 stays', once('2026-12-19', true), '2026-01-01', 'ann', '2026-12-19', '2026-12-19'],
  ['once on a make-up Saturday after Tết 20/02/2027 stays', once('2027-02-20', true), '2026-01-01', 'ann', '2027-02-20', '2027-02-20'],
  ['once on Saturday 20/02/2027 → Monday', once('2027-02-20', true), '2026-01-01', 'vn', '2027-02-20', '2027-02-22'],
  [
    'yearly "trước ngày 15/6" in 2026 → Monday 15/6',
    { kind: 'yearly', month: 6, day: 15, inclusive: false },
    '2026-01-01',
    'vn',
    '2026-06-14',
    '2026-06-15',
  ],
  [
    'yearly "trước ngày 15/6" in 2027: Monday 14/6 stays',
    { kind: 'yearly', month: 6, day: 15, inclusive: false },
    '2027-01-01',
    'vn',
    '2027-06-14',
    '2027-06-14',
  ],
  [
    'yearly "chậm nhất 30/4" in 2027 → past 1/5 and its compensation',
    { kind: 'yearly', month: 4, day: 30, inclusive: true },
    '2027-01-01',
    'vn',
    '2027-04-30',
    '2027-05-04',
  ],
  [
    'yearly "vào ngày 2/9" in 2027 → past 2–3/9 and the weekend',
    { kind: 'yearly', month: 9, day: 2, inclusive: true },
    '2027-01-01',
    'vn',
    '2027-09-02',
    '2027-09-06',
  ],
  [
    'yearly "trước ngày 10/2" in 2027 → after Tết',
    { kind: 'yearly', month: 2, day: 10, inclusive: false },
    '2027-01-01',
    'vn',
    '2027-02-09',
    '2027-02-12',
  ],
  [
    'yearly "vào ngày 31/12" in 2026, a Thursday',
    { kind: 'yearly', month: 12, day: 31, inclusive: true },
    '2026-06-01',
    'vn',
    '2026-12-31',
    '2026-12-31',
  ],
  [
    'quarterly day 14 of the third month, Q2/2026 → Monday',
    { kind: 'quarterly', monthOfQuarter: 3, day: 14, inclusive: true },
    '2026-04-01',
    'vn',
    '2026-06-14',
    '2026-06-15',
  ],
  [
    'quarterly day 2 of the first month, Q1/2027 → Monday',
    { kind: 'quarterly', monthOfQuarter: 1, day: 2, inclusive: true },
    '2027-01-01',
    'vn',
    '2027-01-02',
    '2027-01-04',
  ],
  [
    'quarterly day 1 of the second month, Q2/2026 = 1/5 → Monday 4/5',
    { kind: 'quarterly', monthOfQuarter: 2, day: 1, inclusive: true },
    '2026-04-01',
    'vn',
    '2026-05-01',
    '2026-05-04',
  ],
  [
    'monthly "trước ngày 15" in June 2026 → Monday',
    { kind: 'monthly', day: 15, inclusive: false },
    '2026-06-01',
    'vn',
    '2026-06-14',
    '2026-06-15',
  ],
  [
    'monthly day 5 in December 2026, a Saturday → Monday',
    { kind: 'monthly', day: 5, inclusive: true },
    '2026-12-01',
    'vn',
    '2026-12-05',
    '2026-12-07',
  ],
  [
    'monthly day 31 in February 2027 = Sunday 28/2 → Monday 1/3',
    { kind: 'monthly', day: 31, inclusive: true },
    '2027-02-01',
    'vn',
    '2027-02-28',
    '2027-03-01',
  ],
  [
    'monthly day 10 in February 2027, in Tết',
    { kind: 'monthly', day: 10, inclusive: true },
    '2027-02-01',
    'vn',
    '2027-02-10',
    '2027-02-12',
  ],
  [
    'monthly day 10 in February 2027, in Tết, bridge day announced',
    { kind: 'monthly', day: 10, inclusive: true },
    '2027-02-01',
    'ann',
    '2027-02-10',
    '2027-02-15',
  ],
  [
    'monthly day 25 in November 2026, a Wednesday',
    { kind: 'monthly', day: 25, inclusive: true },
    '2026-11-01',
    'vn',
    '2026-11-25',
    '2026-11-25',
  ],
  ['weekly on Friday stays', { kind: 'weekly', weekday: 5 }, '2026-12-07', 'vn', '2026-12-11', '2026-12-11'],
  ['weekly on Saturday → Monday', { kind: 'weekly', weekday: 6 }, '2026-12-07', 'vn', '2026-12-12', '2026-12-14'],
  ['weekly on Saturday, Monday announced off → Tuesday', { kind: 'weekly', weekday: 6 }, '2026-12-07', 'ann', '2026-12-12', '2026-12-15'],
  ['weekly on Sunday → Monday', { kind: 'weekly', weekday: 7 }, '2026-06-08', 'vn', '2026-06-14', '2026-06-15'],
  ['weekly on Thursday 30/4/2026 → Monday 4/5', { kind: 'weekly', weekday: 4 }, '2026-04-27', 'vn', '2026-04-30', '2026-05-04'],
  [
    '15 days after Q1/2026: Wednesday 15/4 stays',
    { kind: 'after_period', period: 'quarter', offset: 15, unit: 'days' },
    '2026-04-01',
    'vn',
    '2026-04-15',
    '2026-04-15',
  ],
  [
    '5 days after November 2026: Saturday 5/12 → Monday',
    { kind: 'after_period', period: 'month', offset: 5, unit: 'days' },
    '2026-12-01',
    'vn',
    '2026-12-05',
    '2026-12-07',
  ],
  [
    '10 days after January 2027: in Tết',
    { kind: 'after_period', period: 'month', offset: 10, unit: 'days' },
    '2027-02-01',
    'vn',
    '2027-02-10',
    '2027-02-12',
  ],
  [
    '4 days after the first half of 2026: Saturday 4/7 → Monday',
    { kind: 'after_period', period: 'half_year', offset: 4, unit: 'days' },
    '2026-07-01',
    'vn',
    '2026-07-04',
    '2026-07-06',
  ],
  [
    '5 working days after 2026: past New Year',
    { kind: 'after_period', period: 'year', offset: 5, unit: 'working_days' },
    '2027-01-01',
    'vn',
    '2027-01-08',
    '2027-01-08',
  ],
  [
    '3 working days after Q4/2026',
    { kind: 'after_period', period: 'quarter', offset: 3, unit: 'working_days' },
    '2027-01-01',
    'vn',
    '2027-01-06',
    '2027-01-06',
  ],
  [
    '3 working days after January 2027, Tết in between',
    { kind: 'after_period', period: 'month', offset: 3, unit: 'working_days' },
    '2027-02-01',
    'vn',
    '2027-02-03',
    '2027-02-03',
  ],
];

describe('effective deadlines by the law (Đ.148 k.5), every rule kind', () => {
  it.each(occurrences)('%s', (_what, rule, from, cal, stated, effective) => {
    const [slot] = nextDueDates(rule, from, 1, calendars[cal]);
    expect(slot?.dueDate).toBe(stated);
    expect(effectiveDeadline(stated, calendars[cal]).effective).toBe(effective);
  });

  it('a rule without a date has no occurrence and no deadline', () => {
    expect(nextDueDates({ kind: 'unscheduled', reason: 'no_day' }, '2026-01-01', 4, vn)).toEqual([]);
    expect(deadlineStatus({ dueDate: null }, '2026-06-14', vn)).toEqual({ deadline: null, state: { kind: 'none' } });
  });

  it('names why the two days differ', () => {
    expect(effectiveDeadline('2026-06-14', vn).reason).toEqual({ kind: 'weekend' });
    expect(effectiveDeadline('2026-09-02', vn).reason).toEqual({ kind: 'day_off', name: { holiday: 'national-day', compensation: false } });
    expect(effectiveDeadline('2026-12-14', ann).reason).toEqual({ kind: 'day_off', name: { announced: 'Nghỉ hoán đổi' } });
    expect(effectiveDeadline('2026-12-18', ann).reason).toBeNull();
  });
});

// [what, stated, today, completed on, calendar, state]
const states: Array<[string, LocalDate, LocalDate, LocalDate | null, Cal, ReturnType<typeof deadlineStatus>['state']]> = [
  // the issue's .xlsx: "Hoàn thành trễ hạn — Trễ 1 ngày" before the change
  ['reported Saturday 13/6 on a Sunday 14/6 last day: on time', '2026-06-14', '2026-06-20', '2026-06-13', 'vn', { kind: 'done_on_time' }],
  ['reported Monday 15/6 on a Sunday last day: on time', '2026-06-14', '2026-06-20', '2026-06-15', 'vn', { kind: 'done_on_time' }],
  [
    'reported Tuesday 16/6 on a Sunday last day: 1 day late',
    '2026-06-14',
    '2026-06-20',
    '2026-06-16',
    'vn',
    { kind: 'done_late', daysLate: 1 },
  ],
  ['on the Sunday last day itself: 1 day left', '2026-06-14', '2026-06-14', null, 'vn', { kind: 'upcoming', daysLeft: 1 }],
  ['on the Monday after a Sunday last day: due today', '2026-06-14', '2026-06-15', null, 'vn', { kind: 'due_today' }],
  ['on the Tuesday after a Sunday last day: 1 day overdue', '2026-06-14', '2026-06-16', null, 'vn', { kind: 'overdue', daysLate: 1 }],
  // the issue's /nhiemvu on Sunday 06/12/2026: "quá hạn 2 ngày" before the change
  ['Sunday 06/12/2026 with a last day that Sunday: not overdue', '2026-12-06', '2026-12-06', null, 'vn', { kind: 'upcoming', daysLeft: 1 }],
  ['Saturday before a Sunday last day: 2 days left', '2026-12-13', '2026-12-12', null, 'vn', { kind: 'upcoming', daysLeft: 2 }],
  [
    'an announced Monday off moves a Sunday last day to Tuesday',
    '2026-12-13',
    '2026-12-14',
    null,
    'ann',
    { kind: 'upcoming', daysLeft: 1 },
  ],
  ['…due on that Tuesday', '2026-12-13', '2026-12-15', null, 'ann', { kind: 'due_today' }],
  ['…overdue on the Wednesday', '2026-12-13', '2026-12-16', null, 'ann', { kind: 'overdue', daysLate: 1 }],
  // the issue: "/ngaynghi thêm 14/12/2026 … pulls a deadline forward to Friday 11/12" before the change
  [
    'a Monday 14/12 last day announced off is not pulled to Friday',
    '2026-12-14',
    '2026-12-11',
    null,
    'ann',
    { kind: 'upcoming', daysLeft: 4 },
  ],
  ['a Friday last day before an announced Monday off stays Friday', '2026-12-11', '2026-12-11', null, 'ann', { kind: 'due_today' }],
  ['a make-up Saturday is a working day: due that Saturday', '2026-12-19', '2026-12-19', null, 'ann', { kind: 'due_today' }],
  ['…and overdue on the Monday after', '2026-12-19', '2026-12-21', null, 'ann', { kind: 'overdue', daysLate: 2 }],
  ['30/4 last day, on Saturday 2/5: 2 days left', '2026-04-30', '2026-05-02', null, 'vn', { kind: 'upcoming', daysLeft: 2 }],
  ['30/4 last day, reported Monday 4/5: on time', '2026-04-30', '2026-05-05', '2026-05-04', 'vn', { kind: 'done_on_time' }],
  ['30/4 last day, on Tuesday 5/5: 1 day overdue', '2026-04-30', '2026-05-05', null, 'vn', { kind: 'overdue', daysLate: 1 }],
  ['2/9 last day, on 3/9: due today', '2026-09-02', '2026-09-03', null, 'vn', { kind: 'due_today' }],
  ['the day before Tết: a Tết last day has 8 days left', '2027-02-05', '2027-02-04', null, 'vn', { kind: 'upcoming', daysLeft: 8 }],
  ['Tết last day reported on the first working day: on time', '2027-02-05', '2027-02-20', '2027-02-12', 'vn', { kind: 'done_on_time' }],
  ['Tết last day reported Monday 15/2: 3 days late', '2027-02-05', '2027-02-20', '2027-02-15', 'vn', { kind: 'done_late', daysLate: 3 }],
  ['…on time when the Friday is an announced bridge day', '2027-02-05', '2027-02-20', '2027-02-15', 'ann', { kind: 'done_on_time' }],
  ['a working-day last day is late the next day', '2026-11-25', '2026-11-26', null, 'vn', { kind: 'overdue', daysLate: 1 }],
];

describe('deadlineStatus: where an occurrence stands on a day', () => {
  it.each(states)('%s', (_what, stated, today, completedOn, cal, state) => {
    expect(deadlineStatus({ dueDate: stated, completedOn }, today, calendars[cal]).state).toEqual(state);
    if (completedOn) {
      expect(isOnTime(stated, completedOn, calendars[cal])).toBe(state.kind === 'done_on_time');
      expect(daysLateOn(stated, completedOn, calendars[cal])).toBe(state.kind === 'done_late' ? state.daysLate : 0);
    }
  });
});

// Random calendars: any weekday may be an announced day off, any weekend day a make-up working day.
const dayArb = fc.integer({ min: 0, max: 2 * 366 }).map((n) => addDays('2026-01-01', n));
const calendarArb = fc
  .uniqueArray(fc.tuple(dayArb, fc.boolean()), { maxLength: 40, selector: ([date]) => date })
  .map((days) =>
    vietnameseCalendar(days.map(([date, off]) => ({ date, kind: off ? ('day_off' as const) : ('working_day' as const), name: 'x' }))),
  );

describe('the bounds the database filters on agree with deadlineStatus', () => {
  it('an open occurrence is overdue exactly when its stated day is before overdueBefore(today)', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, fc.integer({ min: -30, max: 30 }), (calendar, stated, offset) => {
        const today = addDays(stated, offset);
        const overdue = deadlineStatus({ dueDate: stated }, today, calendar).state.kind === 'overdue';
        expect(stated < overdueBefore(today, calendar)).toBe(overdue);
      }),
    );
  });

  it('statedRangeForEffective holds exactly the stated days whose effective deadline is in the window', () => {
    fc.assert(
      fc.property(
        calendarArb,
        dayArb,
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (calendar, stated, offset, days) => {
          const from = addDays(stated, offset);
          const to = addDays(from, days);
          const { effective } = effectiveDeadline(stated, calendar);
          const range = statedRangeForEffective(from, to, calendar);
          expect(stated >= range.dueFrom && stated <= range.dueTo).toBe(effective >= from && effective <= to);
        },
      ),
    );
  });

  it('an announced day off only ever moves a deadline later', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, dayArb, (calendar, stated, off) => {
        const more = vietnameseCalendar([{ date: off, kind: 'day_off', name: 'y' }]);
        // on the public-holiday calendar plus one announced day off, never earlier than without it
        expect(effectiveDeadline(stated, more).effective >= effectiveDeadline(stated, vn).effective).toBe(true);
        expect(effectiveDeadline(stated, calendar).effective >= stated).toBe(true);
      }),
    );
  });
});
