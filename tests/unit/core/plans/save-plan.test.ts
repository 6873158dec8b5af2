import { describe, expect, it } from 'vitest';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import { firstOccurrence, planStart } from '../../../../src/core/plans/import/save-plan.js';

const calendar = vietnameseCalendar();
const SAVED = '2026-12-06';

describe("a plan's period bounds its first occurrences", () => {
  it('a 2027 plan saved on 06/12/2026 asks nothing due in 2026', () => {
    expect(planStart(2027, SAVED)).toBe('2027-01-01');
    const quarterly = firstOccurrence({ kind: 'quarterly', monthOfQuarter: 3, day: 20, inclusive: false }, SAVED, calendar, 2027);
    expect(quarterly.period).toBe('2027-Q1');
    expect(quarterly.dueDate!.startsWith('2027-03')).toBe(true);
    // "trước ngày 15 tháng đầu quý sau": the first report is on the plan's first quarter, not on Q4/2026
    const after = firstOccurrence({ kind: 'after_period', period: 'quarter', offset: 14, unit: 'days' }, SAVED, calendar, 2027);
    expect(after.period).toBe('2027-Q1');
    const weekly = firstOccurrence({ kind: 'weekly', weekday: 1 }, SAVED, calendar, 2027);
    expect(weekly.dueDate! >= '2027-01-01').toBe(true);
  });

  it('a plan for this year, or with no year, starts today', () => {
    expect(planStart(2026, SAVED)).toBe(SAVED);
    expect(planStart(null, SAVED)).toBe(SAVED);
    const monthly = firstOccurrence({ kind: 'monthly', day: 25, inclusive: false }, SAVED, calendar, 2026);
    expect(monthly.dueDate! >= SAVED).toBe(true);
  });
});
