import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { LocalDate } from '../../core/dates/local-date.js';
import { isoWeek } from '../../core/dates/local-date.js';
import type { LeaderDigestData, UnitDigestData } from '../../core/digest/digest.js';
import type { Platform } from '../../core/members/member.js';
import { taskCode } from '../../core/reports/task-ref.js';
import type { Translate } from '../../core/text/translate.js';
import { dayWithWeekday, describeDue, shorten } from './due-lines.js';

// Telegram's limit is 4 096; the digest must fit one message with room to spare.
const MAX_DIGEST = 3900;
const LIST_STEPS = [8, 5, 3, 1];

export interface DigestContext {
  t: Translate;
  today: LocalDate;
  calendar: WorkingCalendar;
  platform: Platform;
  locale: string;
}

const weekLabel = (today: LocalDate) => {
  const { year, week } = isoWeek(today);
  return `${week}/${year}`;
};

function listed<T>(ctx: DigestContext, items: readonly T[], limit: number, line: (item: T) => string): string[] {
  const lines = items.slice(0, limit).map(line);
  if (items.length > limit) lines.push(ctx.t('list-more', { count: items.length - limit }));
  return lines;
}

/**
 * A unit's Monday digest: what is overdue, what is due this week, what was reported last week, open feedback
 * and the complaint box; one message readable on a phone, pointing to /nhiemvu for the rest.
 */
export function unitDigestText(ctx: DigestContext, data: UnitDigestData): string {
  const { t } = ctx;
  const people = data.focalPoints.map((p) => (p.usernames[ctx.platform] ? `@${p.usernames[ctx.platform]}` : p.displayName)).join(', ');
  const task = (item: UnitDigestData['overdue'][number]) => `• [${taskCode(item.taskId)}] ${shorten(item.title, 90)} — ${describeDue(ctx, item)}`;
  for (const limit of LIST_STEPS) {
    const lines = [t('digest-unit-head', { week: weekLabel(ctx.today), unit: data.unitName })];
    lines.push(people ? t('digest-focal', { people }) : t('digest-no-focal'));
    if (data.overdue.length > 0) lines.push(t('digest-overdue', { count: data.overdue.length }), ...listed(ctx, data.overdue, limit, task));
    if (data.dueThisWeek.length > 0) lines.push(t('digest-this-week', { count: data.dueThisWeek.length }), ...listed(ctx, data.dueThisWeek, limit, task));
    if (data.overdue.length === 0 && data.dueThisWeek.length === 0) lines.push(t('digest-nothing-due'));
    lines.push(t('digest-open', { count: data.openCount }));
    if (data.reportsLastWeek.length > 0) {
      const reported = data.reportsLastWeek.slice(0, limit * 2).map((r) => `[${taskCode(r.taskId)}] ${r.percent}%`);
      lines.push(t('digest-reports', { count: data.reportsLastWeek.length, list: reported.join(', ') }));
    } else {
      lines.push(t('digest-no-reports'));
    }
    if (data.openFeedback > 0 || data.slaBreaches.length > 0) {
      const late = data.slaBreaches.slice(0, limit).map((ticket) => ticket.code).join(', ');
      lines.push(t('digest-feedback', { open: data.openFeedback, late: data.slaBreaches.length, codes: late || '—' }));
    }
    if (data.boxNeverOpened) lines.push(t('digest-box-never'));
    else if (data.boxDaysLate > 0) lines.push(t('digest-box-late', { days: data.boxDaysLate }));
    lines.push(t('digest-unit-footer'));
    const text = lines.join('\n');
    if (text.length <= MAX_DIGEST) return text;
  }
  return `${t('digest-unit-head', { week: weekLabel(ctx.today), unit: data.unitName })}\n${t('digest-too-long')}`;
}

/** The leaders' digest: the four buckets and on-time rate, the most overdue units, who has not reported, the feedback backlog. */
export function leaderDigestText(ctx: DigestContext, data: LeaderDigestData): string {
  const { t } = ctx;
  const rate =
    data.onTimeRate === null ? t('feedback-rate-none') : new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(data.onTimeRate);
  const lines = [
    t('digest-leader-head', { week: weekLabel(ctx.today) }),
    t('digest-buckets', { onTime: data.totals.doneOnTime, late: data.totals.doneLate, open: data.totals.openOnTime, overdue: data.totals.openOverdue, rate }),
  ];
  if (data.mostOverdue.length > 0) {
    lines.push(t('digest-most-overdue'));
    for (const unit of data.mostOverdue) lines.push(t('digest-most-overdue-line', { unit: unit.unitName, count: unit.openOverdue, days: unit.maxDaysLate }));
  }
  if (data.reporting.length > 0) {
    lines.push(t('digest-reporting'));
    for (const task of data.reporting.slice(0, 10)) {
      const due = task.dueDate ? dayWithWeekday(t, task.dueDate) : t('due-none');
      const missing = task.missing.slice(0, 8).join(', ') + (task.missing.length > 8 ? ` ${t('list-more', { count: task.missing.length - 8 })}` : '');
      lines.push(
        t('digest-reporting-line', {
          code: taskCode(task.taskId),
          title: shorten(task.title, 70),
          due,
          reported: task.reported.length,
          total: task.reported.length + task.missing.length,
          missing,
        }),
      );
    }
    if (data.reporting.length > 10) lines.push(t('list-more', { count: data.reporting.length - 10 }));
  }
  lines.push(
    data.feedbackBacklogTotal > 0
      ? t('digest-feedback-backlog', { count: data.feedbackBacklogTotal, list: data.feedbackBacklog.slice(0, 6).map((b) => `${b.unitName} ${b.count}`).join(', ') })
      : t('digest-feedback-backlog-none'),
  );
  lines.push(t('digest-leader-footer'));
  return lines.join('\n');
}
