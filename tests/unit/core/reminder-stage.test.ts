import { describe, expect, it } from 'vitest';
import { calendarFrom, weekendOnlyCalendar } from '../../../src/core/calendar/working-calendar.js';
import { isoWeekday } from '../../../src/core/dates/local-date.js';
import { DEFAULT_REMINDER_LADDER } from '../../../src/core/reminders/ladder.js';
import { reminderStage } from '../../../src/core/reminders/reminder-stage.js';

const stage = (dueDate: string, today: string, ladder = DEFAULT_REMINDER_LADDER, calendar = weekendOnlyCalendar) =>
  reminderStage({ dueDate, today, ladder, calendar });

describe('reminderStage (3 working days before, on the day, 1 working day after)', () => {
  // Due Monday 14/12/2026.
  it.each([
    ['2026-12-08', null], // Tuesday: 4 working days before
    ['2026-12-09', 'before'], // Wednesday: 3 working days before
    ['2026-12-11', 'before'],
    ['2026-12-14', 'due'],
    ['2026-12-15', 'after'],
    ['2027-01-20', 'after'],
  ])('on %s → %s', (today, expected) => {
    expect(stage('2026-12-14', today)).toBe(expected);
  });

  it('a Sunday last day: nudged before the weekend, due on Monday (Đ.148 k.5), late from Tuesday', () => {
    // Last day Sunday 22/11/2026: it ends with Monday 23/11; "before" counts back from the Sunday.
    expect(stage('2026-11-22', '2026-11-17')).toBeNull(); // Tuesday: 4 working days before the Sunday
    expect(stage('2026-11-22', '2026-11-18')).toBe('before'); // Wednesday: Fri, Thu, Wed
    expect(stage('2026-11-22', '2026-11-20')).toBe('before');
    expect(stage('2026-11-22', '2026-11-23')).toBe('due');
    expect(stage('2026-11-22', '2026-11-24')).toBe('after');
  });

  it('skips holidays when counting', () => {
    const calendar = calendarFrom((d) => isoWeekday(d) <= 5 && d !== '2026-09-01' && d !== '2026-09-02');
    // Due Friday 04/09/2026; 01–02/09 are off, so 3 working days before is Friday 28/08, not Monday 31/08.
    expect(stage('2026-09-04', '2026-08-28', DEFAULT_REMINDER_LADDER, calendar)).toBe('before');
    expect(stage('2026-09-04', '2026-08-27', DEFAULT_REMINDER_LADDER, calendar)).toBeNull();
    expect(stage('2026-09-04', '2026-08-31', DEFAULT_REMINDER_LADDER, weekendOnlyCalendar)).toBeNull();
  });

  it('follows a plan’s own ladder', () => {
    const quiet = { beforeWorkingDays: 0, onDueDate: false, afterWorkingDays: null };
    expect(stage('2026-12-14', '2026-12-14', quiet)).toBeNull();
    expect(stage('2026-12-14', '2026-12-30', quiet)).toBeNull();
    expect(stage('2026-12-14', '2026-12-04', { beforeWorkingDays: 6, onDueDate: true, afterWorkingDays: 3 })).toBe('before');
    expect(stage('2026-12-14', '2026-12-16', { beforeWorkingDays: 6, onDueDate: true, afterWorkingDays: 3 })).toBeNull();
    expect(stage('2026-12-14', '2026-12-17', { beforeWorkingDays: 6, onDueDate: true, afterWorkingDays: 3 })).toBe('after');
  });
});
