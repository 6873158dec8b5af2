import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { LocalDate } from '../../core/dates/local-date.js';
import { formatDateVi, isoWeek } from '../../core/dates/local-date.js';
import type { LeaderDigestData, UnitDigestData } from '../../core/digest/digest.js';
import type { Platform } from '../../core/members/member.js';
import { taskCode } from '../../core/reports/task-ref.js';
import type { Translate } from '../../core/text/translate.js';
import { dayWithWeekday, describeDue, describeDueDate, shorten } from './due-lines.js';

// A digest is one message on every platform: Telegram takes 4 096 characters, Zalo 2 000 (a longer message
// would go out in pieces). Each limit keeps room for the adapter's formatting.
const MAX_DIGEST: Partial<Record<Platform, number>> = { 'zalo-oa': 1900, 'zalo-bot': 1900 };
const DEFAULT_MAX_DIGEST = 3900;
export const digestLimit = (platform: Platform) => MAX_DIGEST[platform] ?? DEFAULT_MAX_DIGEST;
const LIST_STEPS = [8, 5, 3, 1];

export interface DigestContext {
  t: Translate;
  today: LocalDate;
  calendar: WorkingCalendar;
  platform: Platform;
  locale: string;
  /** the units a unit leader's /tonghop covers, named in its heading; absent for the whole Department */
  branch?: string;
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
  const task = (item: UnitDigestData['overdue'][number]) =>
    `• [${taskCode(item.taskId)}] ${shorten(item.title, 90)} — ${describeDue(ctx, item)}`;
  for (const limit of LIST_STEPS) {
    const lines = [t('digest-unit-head', { week: weekLabel(ctx.today), unit: data.unitName })];
    lines.push(people ? t('digest-focal', { people }) : t('digest-no-focal'));
    if (data.overdue.length > 0) lines.push(t('digest-overdue', { count: data.overdue.length }), ...listed(ctx, data.overdue, limit, task));
    if (data.dueThisWeek.length > 0) {
      lines.push(
        t('digest-this-week', { count: data.dueThisWeek.length, until: dayWithWeekday(t, data.weekEnd) }),
        ...listed(ctx, data.dueThisWeek, limit, task),
      );
    }
    if (data.overdue.length === 0 && data.dueThisWeek.length === 0) lines.push(t('digest-nothing-due'));
    lines.push(t('digest-open', { count: data.openCount }));
    if (data.reportsLastWeek.length > 0) {
      const reported = data.reportsLastWeek.slice(0, limit * 2).map((r) => `[${taskCode(r.taskId)}] ${r.percent}%`);
      lines.push(t('digest-reports', { count: data.reportsLastWeek.length, list: reported.join(', ') }));
    } else {
      lines.push(t('digest-no-reports'));
    }
    if (data.openFeedback > 0 || data.slaBreaches.length > 0) {
      const late = data.slaBreaches
        .slice(0, limit)
        .map((ticket) => ticket.code)
        .join(', ');
      lines.push(
        late
          ? t('digest-feedback', { open: data.openFeedback, late: data.slaBreaches.length, codes: late })
          : t('digest-feedback-none-late', { open: data.openFeedback }),
      );
    }
    if (data.boxNeverOpened) lines.push(t('digest-box-never'));
    else if (data.boxDaysLate > 0) lines.push(t('digest-box-late', { days: data.boxDaysLate }));
    lines.push(t('digest-unit-footer'));
    const text = lines.join('\n');
    if (text.length <= digestLimit(ctx.platform)) return text;
  }
  return `${t('digest-unit-head', { week: weekLabel(ctx.today), unit: data.unitName })}\n${t('digest-too-long')}`;
}

/** How much of each list the leaders' digest shows; the steps give less and less until the text fits. */
interface LeaderDetail {
  tasks: number;
  names: number;
  title: number;
  units: number;
  backlog: number;
}

const LEADER_STEPS: readonly LeaderDetail[] = [
  { tasks: 20, names: 8, title: 70, units: 5, backlog: 6 },
  { tasks: 12, names: 6, title: 60, units: 5, backlog: 5 },
  { tasks: 8, names: 5, title: 60, units: 5, backlog: 5 },
  { tasks: 6, names: 4, title: 50, units: 4, backlog: 4 },
  { tasks: 4, names: 3, title: 45, units: 3, backlog: 3 },
  { tasks: 3, names: 2, title: 40, units: 3, backlog: 2 },
  { tasks: 2, names: 1, title: 35, units: 2, backlog: 1 },
  { tasks: 1, names: 0, title: 30, units: 1, backlog: 0 },
  { tasks: 0, names: 0, title: 30, units: 1, backlog: 0 },
];

function leaderLines(ctx: DigestContext, data: LeaderDigestData, detail: LeaderDetail): string[] {
  const { t } = ctx;
  const rate =
    data.onTimeRate === null
      ? t('feedback-rate-none')
      : new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(data.onTimeRate);
  const lines = [
    ctx.branch
      ? t('digest-leader-head-branch', { week: weekLabel(ctx.today), units: ctx.branch })
      : t('digest-leader-head', { week: weekLabel(ctx.today) }),
    t('digest-buckets', {
      since: formatDateVi(data.since),
      onTime: data.totals.doneOnTime,
      late: data.totals.doneLate,
      open: data.totals.openOnTime,
      overdue: data.totals.openOverdue,
      rate,
    }),
  ];
  if (data.mostOverdue.length > 0) {
    lines.push(t('digest-most-overdue'));
    const shown = data.mostOverdue.slice(0, detail.units);
    for (const unit of shown)
      lines.push(t('digest-most-overdue-line', { unit: unit.unitName, count: unit.openOverdue, days: unit.maxDaysLate }));
    const others = data.units.filter((unit) => unit.openOverdue > 0).length - shown.length;
    if (others > 0) lines.push(t('digest-most-overdue-more', { count: others }));
  }
  if (data.reporting.length > 0) {
    lines.push(t('digest-reporting'));
    for (const task of data.reporting.slice(0, detail.tasks)) {
      const args = {
        code: taskCode(task.taskId),
        title: shorten(task.title, detail.title),
        // the /nhiemvu words: "hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12 (còn 6 ngày)"
        due: task.dueDate ? describeDueDate(ctx, task.dueDate) : t('due-none'),
        reported: task.reportedCount,
        total: task.total,
      };
      if (task.missingCount === 0) {
        lines.push(t('digest-reporting-line-complete', args));
        continue;
      }
      const names = task.missing.slice(0, detail.names);
      const rest = task.missingCount - names.length;
      const missing =
        names.length === 0
          ? t('digest-units-count', { count: task.missingCount })
          : names.join(', ') + (rest > 0 ? ` ${t('digest-units-more', { count: rest })}` : '');
      lines.push(t('digest-reporting-line', { ...args, missing }));
    }
    if (data.reporting.length > detail.tasks) lines.push(t('digest-reporting-more', { count: data.reporting.length - detail.tasks }));
  }
  lines.push(
    data.feedbackBacklogTotal === 0
      ? t('digest-feedback-backlog-none')
      : detail.backlog === 0
        ? t('digest-feedback-backlog-count', { count: data.feedbackBacklogTotal, units: data.feedbackBacklog.length })
        : t('digest-feedback-backlog', {
            count: data.feedbackBacklogTotal,
            list:
              data.feedbackBacklog
                .slice(0, detail.backlog)
                .map((b) => `${b.unitName} ${b.count}`)
                .join(', ') +
              (data.feedbackBacklog.length > detail.backlog
                ? ` ${t('digest-units-more', { count: data.feedbackBacklog.length - detail.backlog })}`
                : ''),
          }),
  );
  lines.push(t('digest-leader-footer'));
  return lines;
}

/**
 * The leaders' digest: the four buckets and on-time rate, the most overdue units, who has reported on each
 * open task period, the feedback backlog. One message on the reader's platform, however large the
 * Department: the lists shrink step by step until it fits, and what is left out is counted and pointed to.
 */
export function leaderDigestText(ctx: DigestContext, data: LeaderDigestData): string {
  const limit = digestLimit(ctx.platform);
  let text = '';
  for (const detail of LEADER_STEPS) {
    text = leaderLines(ctx, data, detail).join('\n');
    if (text.length <= limit) return text;
  }
  return shorten(text, limit);
}
