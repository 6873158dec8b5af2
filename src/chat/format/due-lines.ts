import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { formatDateVi, isoWeekday, type LocalDate, localDateOf } from '../../core/dates/local-date.js';
import { deadlineStatus, overdueBefore } from '../../core/deadlines/deadline.js';
import { describeShift } from '../../core/deadlines/describe-deadline.js';
import type { OpenTask } from '../../core/plans/plan.js';
import { taskCode } from '../../core/reports/task-ref.js';
import type { Translate } from '../../core/text/translate.js';

export interface DueContext {
  t: Translate;
  today: LocalDate;
  calendar: WorkingCalendar;
  /** the chat's timezone, for the day a report came (Việt Nam's when absent) */
  chat?: { timezone: string };
}

/** "thứ Hai, 23/11/2026" */
export const dayWithWeekday = (t: Translate, date: LocalDate) =>
  t('date-with-weekday', { weekday: t(`weekday-${isoWeekday(date)}`), date: formatDateVi(date) });

// Cut at a word boundary: "Học tập và làm theo…" rather than "Học tập và là…".
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // never cut between the two halves of an emoji: a lone half is refused by PostgreSQL and garbles the line
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * "hạn thứ Tư, 25/11/2026 (còn 2 ngày)", "quá hạn 3 ngày (hạn …)", or why there is no date. A last day on a
 * day off shows both days ("hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06 (còn 5 ngày)"); the days left
 * or late count from the effective deadline, as every other view counts them (see deadlineStatus).
 */
export function describeDue(ctx: DueContext, task: Pick<OpenTask, 'dueDate' | 'rule'>): string {
  const { t } = ctx;
  if (!task.dueDate) {
    return t(task.rule.kind === 'unscheduled' ? `due-none-${task.rule.reason.replace('_', '-')}` : 'due-none');
  }
  return describeDueDate(ctx, task.dueDate);
}

/** describeDue of a stated last day: the words every list uses for one date, or both when they differ. */
export function describeDueDate(ctx: DueContext, dueDate: LocalDate): string {
  const { t } = ctx;
  const { deadline, state } = deadlineStatus({ dueDate }, ctx.today, ctx.calendar);
  if (!deadline) return t('due-none');
  const shift = describeShift(t, deadline);
  const days = state.kind === 'overdue' ? state.daysLate : state.kind === 'upcoming' ? state.daysLeft : 0;
  if (!shift) {
    const date = dayWithWeekday(t, deadline.stated);
    if (state.kind === 'overdue') return t('due-overdue', { date, days });
    return state.kind === 'due_today' ? t('due-today', { date }) : t('due-upcoming', { date, days });
  }
  if (state.kind === 'overdue') return t('due-overdue-day-off', { shift, days });
  return state.kind === 'due_today' ? t('due-today-day-off', { shift }) : t('due-upcoming-day-off', { shift, days });
}

/**
 * The first stated last day still to come: an occurrence whose stated day is before it is overdue (its
 * effective deadline has passed). /hanchot lists from it and /quahan up to the day before, so the two lists
 * agree with describeDue.
 */
export const firstDayStillOpen = (ctx: Pick<DueContext, 'today' | 'calendar'>): LocalDate => overdueBefore(ctx.today, ctx.calendar);

/** "báo cáo 28/11: gặp khó khăn, 60%": how far it came, how it stands, and how fresh the news is. */
export function lastReportText(ctx: DueContext, report: NonNullable<OpenTask['lastReport']>): string {
  const day = formatDateVi(localDateOf(report.at, ctx.chat?.timezone ?? 'Asia/Ho_Chi_Minh')).slice(0, 5);
  return ctx.t('task-last-report', { percent: report.percent, status: report.status, date: day });
}

/** One task in two short lines, readable on a phone: code and title; due date, plan and the last report. */
export function taskLines(ctx: DueContext, task: OpenTask, options: { index?: number; showUnit?: boolean } = {}): string {
  const { t } = ctx;
  const head = [options.index !== undefined ? `${options.index}.` : '•', `[${taskCode(task.taskId)}]`, shorten(task.title, 140)].join(' ');
  const details = [describeDue(ctx, task), t('task-plan', { plan: shorten(task.planLabel, 60) })];
  if (task.lastReport) details.push(lastReportText(ctx, task.lastReport));
  const unit = options.showUnit ? `${task.unitName} — ` : '';
  return `${head}\n   ${unit}${details.join(' · ')}`;
}
