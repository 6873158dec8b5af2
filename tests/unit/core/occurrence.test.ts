import { describe, expect, it } from 'vitest';
import { deadlineRuleSchema } from '../../../src/core/deadlines/deadline-rule.js';
import { weekendOnlyCalendar } from '../../../src/core/calendar/working-calendar.js';
import { deadlineStatus } from '../../../src/core/deadlines/deadline.js';
import { currentOccurrence } from '../../../src/core/deadlines/occurrence.js';

describe('currentOccurrence', () => {
  it('"trước ngày 10/11 hằng năm" leaves 09/11 as the last day', () => {
    expect(currentOccurrence({ kind: 'yearly', month: 11, day: 10, inclusive: false }, '2026-11-22')).toEqual({
      period: '2026',
      dueDate: '2026-11-09',
    });
  });

  it('"chậm nhất ngày 15/12" keeps 15/12', () => {
    expect(currentOccurrence({ kind: 'yearly', month: 12, day: 15, inclusive: true }, '2026-03-01').dueDate).toBe('2026-12-15');
  });

  it('a one-off date before the first of the month crosses into the previous month', () => {
    expect(currentOccurrence({ kind: 'once', due: '2026-12-01', inclusive: false, precision: 'day' }, '2026-11-22')).toEqual({
      period: 'once',
      dueDate: '2026-11-30',
    });
  });

  it('quarterly, monthly and weekly rules fall in the current period', () => {
    expect(currentOccurrence({ kind: 'quarterly', monthOfQuarter: 3, day: 20, inclusive: true }, '2026-11-22')).toEqual({
      period: '2026-Q4',
      dueDate: '2026-12-20',
    });
    expect(currentOccurrence({ kind: 'monthly', day: 31, inclusive: true }, '2026-02-10')).toEqual({
      period: '2026-02',
      dueDate: '2026-02-28',
    });
    expect(currentOccurrence({ kind: 'weekly', weekday: 5 }, '2026-11-22')).toEqual({ period: '2026-W47', dueDate: '2026-11-20' });
  });

  it('"within 5 working days after each quarter" reports on the quarter that just ended', () => {
    expect(currentOccurrence({ kind: 'after_period', period: 'quarter', offset: 5, unit: 'working_days' }, '2026-11-22')).toEqual({
      period: '2026-Q3',
      dueDate: '2026-10-07',
    });
    expect(currentOccurrence({ kind: 'after_period', period: 'year', offset: 10, unit: 'days' }, '2026-01-05')).toEqual({
      period: '2025',
      dueDate: '2026-01-10',
    });
    expect(currentOccurrence({ kind: 'after_period', period: 'half_year', offset: 0, unit: 'days' }, '2026-03-05').period).toBe('2025-H2');
  });

  it('ad-hoc and ongoing tasks have no date', () => {
    expect(currentOccurrence({ kind: 'unscheduled', reason: 'ad_hoc' }, '2026-11-22')).toEqual({ period: 'on-request', dueDate: null });
    expect(currentOccurrence({ kind: 'unscheduled', reason: 'event' }, '2026-11-22').dueDate).toBeNull();
  });
});

describe('deadlineStatus', () => {
  it('tells overdue, today, upcoming and undated apart', () => {
    const at = (dueDate: string | null, today: string) => deadlineStatus({ dueDate }, today, weekendOnlyCalendar).state;
    expect(at('2026-11-19', '2026-11-22')).toEqual({ kind: 'overdue', daysLate: 3 });
    expect(at('2026-11-23', '2026-11-23')).toEqual({ kind: 'due_today' });
    expect(at('2026-12-14', '2026-11-22')).toEqual({ kind: 'upcoming', daysLeft: 22 });
    expect(at(null, '2026-11-22')).toEqual({ kind: 'none' });
  });
});

describe('deadlineRuleSchema', () => {
  it('accepts the DESIGN vocabulary and rejects impossible values', () => {
    expect(deadlineRuleSchema.safeParse({ kind: 'yearly', month: 6, day: 15, inclusive: false }).success).toBe(true);
    expect(deadlineRuleSchema.safeParse({ kind: 'yearly', month: 16, day: 13, inclusive: false }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: 'weekly', weekday: 8 }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: 'sometimes' }).success).toBe(false);
    // days that are not on the calendar; 29/02 is, in leap years
    expect(deadlineRuleSchema.safeParse({ kind: 'once', due: '2026-02-31', inclusive: true, precision: 'day' }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: 'once', due: '2028-02-29', inclusive: true, precision: 'day' }).success).toBe(true);
    expect(deadlineRuleSchema.safeParse({ kind: 'yearly', month: 2, day: 30, inclusive: true }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: 'yearly', month: 4, day: 31, inclusive: true }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: 'yearly', month: 2, day: 29, inclusive: true }).success).toBe(true);
  });
});
