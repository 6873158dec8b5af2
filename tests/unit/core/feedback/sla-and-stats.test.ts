import { describe, expect, it } from 'vitest';
import { calendarFrom, weekendOnlyCalendar } from '../../../../src/core/calendar/working-calendar.js';
import { instantAt, isoWeekday } from '../../../../src/core/dates/local-date.js';
import type { Ticket } from '../../../../src/core/feedback/feedback.js';
import { DEFAULT_SLA, parseSlaOverrides, slaDueDate, slaWorkingDays } from '../../../../src/core/feedback/sla.js';
import { backlog, feedbackStats } from '../../../../src/core/feedback/stats.js';

describe('SLA', () => {
  it('has documented defaults: urgent hotline the same day, hotline 3, box 10 working days, praise none', () => {
    expect(slaWorkingDays(DEFAULT_SLA, 'hotline', 'urgent', 'attitude')).toBe(0);
    expect(slaWorkingDays(DEFAULT_SLA, 'hotline', 'normal', 'attitude')).toBe(3);
    expect(slaWorkingDays(DEFAULT_SLA, 'box', 'normal', 'hygiene')).toBe(10);
    expect(slaWorkingDays(DEFAULT_SLA, 'box', 'urgent', 'hygiene')).toBe(1);
    expect(slaWorkingDays(DEFAULT_SLA, 'hotline', 'normal', 'praise')).toBeNull();
  });

  it('counts working days from the day received', () => {
    expect(slaDueDate('2026-11-20', 3, weekendOnlyCalendar)).toBe('2026-11-25'); // Friday + 3 → Wednesday
    expect(slaDueDate('2026-11-20', 0, weekendOnlyCalendar)).toBe('2026-11-20');
    const tet = calendarFrom((d) => isoWeekday(d) <= 5 && !(d >= '2027-02-05' && d <= '2027-02-11'));
    expect(slaDueDate('2027-02-04', 3, tet)).toBe('2027-02-16');
    expect(slaDueDate('2026-11-20', null, weekendOnlyCalendar)).toBeNull();
  });

  it('takes overrides and refuses what it does not understand', () => {
    const policy = parseSlaOverrides('hotline=2, box=15, hotline.urgent=1, default.urgent=2');
    expect(policy.normal.hotline).toBe(2);
    expect(policy.normal.box).toBe(15);
    expect(policy.urgent.hotline).toBe(1);
    expect(policy.urgent.default).toBe(2);
    expect(policy.normal.email).toBe(DEFAULT_SLA.normal.email);
    expect(() => parseSlaOverrides('fax=2')).toThrow();
    expect(() => parseSlaOverrides('hotline=x')).toThrow();
  });
});

let id = 0;
function ticket(part: Partial<Ticket> & Pick<Ticket, 'status'>): Ticket {
  id += 1;
  return {
    id,
    code: `PA-2026-${String(id).padStart(4, '0')}`,
    unitId: 1,
    channel: 'hotline',
    receivedAt: instantAt('2026-11-02', '09:00', 'Asia/Ho_Chi_Minh'),
    receivedTimeKnown: true,
    category: 'attitude',
    severity: 'normal',
    sensitive: false,
    content: 'x',
    slaDue: '2026-11-05',
    duplicateOf: null,
    resolvedAt: null,
    closedOnTime: null,
    createdBy: null,
    ...part,
  };
}

describe('feedback statistics', () => {
  const tz = 'Asia/Ho_Chi_Minh';
  const closedOn = (day: string) => instantAt(day, '16:00', tz);
  const tickets = [
    ticket({ status: 'resolved', resolvedAt: closedOn('2026-11-04') }), // on time
    ticket({ status: 'resolved', resolvedAt: closedOn('2026-11-05') }), // on time, on the day
    ticket({ status: 'transferred', resolvedAt: closedOn('2026-11-09') }), // late
    ticket({ status: 'in_progress', slaDue: '2026-11-10' }), // open, overdue on the 20th
    ticket({ status: 'received', slaDue: '2026-11-25' }), // open, not due yet: neither on time nor late
    ticket({ status: 'received', category: 'praise', slaDue: null, channel: 'box' }), // no deadline
    ticket({ status: 'linked', duplicateOf: 1 }), // not a case of its own
  ];

  it('counts by channel, category and status, and never counts an open overdue case as on time', () => {
    const stats = feedbackStats(tickets, '2026-11-20', tz);
    expect(stats.total).toBe(6);
    expect(stats.byChannel).toMatchObject({ hotline: 5, box: 1 });
    expect(stats.byCategory).toMatchObject({ attitude: 5, praise: 1 });
    expect(stats.byStatus).toMatchObject({ resolved: 2, transferred: 1, in_progress: 1, received: 2 });
    expect(stats).toMatchObject({ closedOnTime: 2, closedLate: 1, openOverdue: 1 });
    expect(stats.onTimeRate).toBe(0.5); // 2 / (3 closed + 1 open overdue)
  });

  it('lists the backlog oldest deadline first', () => {
    expect(backlog(tickets, '2026-11-30').map((t) => t.slaDue)).toEqual(['2026-11-10', '2026-11-25']);
  });

  it('has no rate when nothing has a deadline yet', () => {
    expect(feedbackStats([ticket({ status: 'received', slaDue: '2026-12-30' })], '2026-11-20', tz).onTimeRate).toBeNull();
  });
});
