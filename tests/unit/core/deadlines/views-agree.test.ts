import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDue } from '../../../../src/chat/format/due-lines.js';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import type { WorkingCalendar } from '../../../../src/core/calendar/working-calendar.js';
import { addDays, instantAt, type LocalDate } from '../../../../src/core/dates/local-date.js';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import {
  daysLateOn,
  deadlineShifts,
  deadlineStatus,
  overdueBefore,
  statedRangeForEffective,
} from '../../../../src/core/deadlines/deadline.js';
import { describeRule } from '../../../../src/core/deadlines/describe-rule.js';
import { nextDueDates } from '../../../../src/core/deadlines/occurrence.js';
import { DEFAULT_REMINDER_LADDER } from '../../../../src/core/reminders/ladder.js';
import { reminderStage } from '../../../../src/core/reminders/reminder-stage.js';
import { consolidatedRow } from '../../../../src/core/reports/consolidated-report.js';
import { statusBucket } from '../../../../src/core/reports/status-bucket.js';
import type { Translate } from '../../../../src/core/text/translate.js';
import { timelinessLabel } from '../../../../src/exports/report-text.js';
import { type I18n, loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';

// Every view reduces an occurrence to the same state and day count as deadlineStatus: the chat's lines
// (/nhiemvu, /hanchot, /quahan), the windows the database filters on (/hanchot, /quahan, the digests, the
// leaders' bars and the trend's last point), the buckets of the chart and the consolidated report, what a
// closing report stores, the consolidated files' wording, and the reminder ladder.

const TZ = 'Asia/Ho_Chi_Minh';
let i18n: I18n;
beforeAll(async () => {
  i18n = await loadI18n(localesDir);
});

const dayArb = fc.integer({ min: 0, max: 2 * 366 }).map((n) => addDays('2026-01-01', n));
const calendarArb = fc
  .uniqueArray(fc.tuple(dayArb, fc.boolean()), { maxLength: 40, selector: ([date]) => date })
  .map((days) =>
    vietnameseCalendar(
      days.map(([date, off]) => ({ date, kind: off ? ('day_off' as const) : ('working_day' as const), name: 'Thông báo' })),
    ),
  );
const ruleArb: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.record({ kind: fc.constant('once' as const), due: dayArb, inclusive: fc.boolean(), precision: fc.constant('day' as const) }),
  fc.record({
    kind: fc.constant('yearly' as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    inclusive: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('quarterly' as const),
    monthOfQuarter: fc.constantFrom(1 as const, 2 as const, 3 as const),
    day: fc.integer({ min: 1, max: 31 }),
    inclusive: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('monthly' as const), day: fc.integer({ min: 1, max: 31 }), inclusive: fc.boolean() }),
  fc.record({ kind: fc.constant('weekly' as const), weekday: fc.integer({ min: 1, max: 7 }) }),
  fc.record({
    kind: fc.constant('after_period' as const),
    period: fc.constantFrom('month' as const, 'quarter' as const, 'half_year' as const, 'year' as const),
    offset: fc.integer({ min: 0, max: 40 }),
    unit: fc.constantFrom('days' as const, 'working_days' as const),
  }),
);

/** The number a chat line says: "còn 5 ngày", "quá hạn 3 ngày"; 0 for "hôm nay". */
function daysInLine(line: string): { kind: 'overdue' | 'left' | 'today'; days: number } {
  const overdue = /quá hạn (\d+) ngày/.exec(line);
  if (overdue) return { kind: 'overdue', days: Number(overdue[1]) };
  const left = /còn (\d+) ngày/.exec(line);
  if (left) return { kind: 'left', days: Number(left[1]) };
  if (/hôm nay/.test(line)) return { kind: 'today', days: 0 };
  throw new Error(`no days in "${line}"`);
}

function check(
  calendar: WorkingCalendar,
  stated: LocalDate,
  today: LocalDate,
  completedOn: LocalDate | null,
  window: number,
  t: Translate,
) {
  const { state } = deadlineStatus({ dueDate: stated, completedOn }, today, calendar);
  const bound = overdueBefore(today, calendar);
  const record = {
    occurrenceId: 1,
    taskId: 1,
    taskTitle: 'x',
    unitId: 1,
    period: 'once',
    dueDate: stated,
    status: completedOn ? ('done' as const) : ('open' as const),
    completedAt: completedOn ? instantAt(completedOn, '10:00', TZ) : null,
    // what submitReport stores when a report closes it
    completedOnTime: completedOn ? daysLateOn(stated, completedOn, calendar) === 0 : null,
    latestReport: null,
    evidenceCount: 0,
    evidence: [],
  };
  const row = consolidatedRow(record, today, TZ, calendar);

  if (!completedOn) {
    // the chat's line (/nhiemvu, /hanchot, /quahan, the digests' lines)
    const line = daysInLine(
      describeDue({ t, today, calendar }, { dueDate: stated, rule: { kind: 'once', due: stated, inclusive: true, precision: 'day' } }),
    );
    if (state.kind === 'overdue') expect(line).toEqual({ kind: 'overdue', days: state.daysLate });
    if (state.kind === 'upcoming') expect(line).toEqual({ kind: 'left', days: state.daysLeft });
    if (state.kind === 'due_today') expect(line.kind).toBe('today');
    // /quahan, the digests' "overdue", the leaders' bars and the trend's last point filter on the bound
    expect(stated < bound).toBe(state.kind === 'overdue');
    // /hanchot N: the window over effective deadlines
    const range = statedRangeForEffective(today, addDays(today, window), calendar);
    const listed = stated >= range.dueFrom && stated <= range.dueTo;
    expect(listed).toBe(state.kind === 'due_today' || (state.kind === 'upcoming' && state.daysLeft <= window));
    // the chart's and the report's bucket, and the report's days
    expect(statusBucket({ done: false, dated: true, completedOnTime: null, completedByDueDate: null, pastDue: stated < bound })).toBe(
      row.bucket,
    );
    expect(row.bucket).toBe(state.kind === 'overdue' ? 'open_overdue' : 'open_on_time');
    expect(row.daysLate).toBe(state.kind === 'overdue' ? state.daysLate : null);
    expect(row.daysLeft).toBe(state.kind === 'upcoming' ? state.daysLeft : state.kind === 'due_today' ? 0 : null);
    // the digest's "most days late"
    if (state.kind === 'overdue') expect(daysLateOn(stated, today, calendar)).toBe(state.daysLate);
    // the consolidated files' words
    const words = timelinessLabel(t, row);
    if (state.kind === 'overdue') expect(words).toContain(`Quá hạn ${state.daysLate} ngày`);
    if (state.kind === 'upcoming') expect(words).toContain(`còn ${state.daysLeft} ngày`);
    // the reminder ladder: "after" only once overdue, "due" only on the effective day
    const stage = reminderStage({ dueDate: stated, today, ladder: DEFAULT_REMINDER_LADDER, calendar });
    if (stage === 'after') expect(state.kind).toBe('overdue');
    if (stage === 'due') expect(state.kind).toBe('due_today');
    if (state.kind === 'due_today') expect(stage).toBe('due');
  } else {
    // what the SQL of completionFacts decides, from the window's days off
    const shifts = new Map(deadlineShifts(addDays(stated, -3), addDays(stated, 3), calendar).map((s) => [s.stated, s.effective]));
    const byDueDate = completedOn <= (shifts.get(stated) ?? stated);
    expect(byDueDate).toBe(state.kind === 'done_on_time');
    expect(row.bucket).toBe(state.kind);
    expect(row.daysLate).toBe(state.kind === 'done_late' ? state.daysLate : null);
    if (state.kind === 'done_late') expect(timelinessLabel(t, row)).toContain(`Trễ ${state.daysLate} ngày`);
  }
}

describe('every view agrees with deadlineStatus on random calendars, rules and days', () => {
  it('open and completed occurrences, each view the same state and days', () => {
    const t: Translate = (key, args) => i18n.t('vi', key, args);
    fc.assert(
      fc.property(
        calendarArb,
        ruleArb,
        dayArb,
        fc.integer({ min: -20, max: 20 }),
        fc.option(fc.integer({ min: -10, max: 10 }), { nil: null }),
        fc.integer({ min: 1, max: 30 }),
        (calendar, rule, from, offset, doneOffset, window) => {
          for (const slot of nextDueDates(rule, from, 4, calendar)) {
            const stated = slot.dueDate!;
            const today = addDays(stated, offset);
            const completedOn = doneOffset === null ? null : addDays(stated, doneOffset);
            check(calendar, stated, today, completedOn && completedOn <= today ? completedOn : null, window, t);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a plan under review names the day its deadline really ends on, as the task lists will', () => {
  it('the import review and /nhiemvu give the same working day for a one-off deadline, and no shift when there is none', () => {
    const t: Translate = (key, args) => i18n.t('vi', key, args);
    const shiftIn = (text: string) => /→ nộp đến hết [^(;]*?\d\d\/\d\d/.exec(text)?.[0] ?? null;
    fc.assert(
      fc.property(calendarArb, dayArb, fc.boolean(), fc.integer({ min: -30, max: 0 }), (calendar, due, inclusive, offset) => {
        const rule: DeadlineRule = { kind: 'once', due, inclusive, precision: 'day' };
        const [slot] = nextDueDates(rule, addDays(due, -400), 1, calendar);
        const stated = slot!.dueDate!;
        const review = describeRule(t, rule, calendar);
        const line = describeDue({ t, today: addDays(stated, offset), calendar }, { dueDate: stated, rule });
        expect(shiftIn(review)).toBe(shiftIn(line));
        expect(shiftIn(review) === null).toBe(calendar.isWorkingDay(stated));
      }),
      { numRuns: 300 },
    );
  });
});
