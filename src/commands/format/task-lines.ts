import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { formatDateVi, isoWeekday, type LocalDate } from '../../core/dates/local-date.js';
import { dueState, workingDueDate } from '../../core/deadlines/occurrence.js';
import type { OpenTask } from '../../core/plans/plan.js';
import type { Translate } from '../../core/text/translate.js';

// Cut at a word boundary: "Học tập và làm theo…" rather than "Học tập và là…".
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "(hạn gốc 02/09/2026 là ngày nghỉ Quốc khánh)": why the date shown is earlier than the plan's. */
function movedNote(t: Translate, movedFrom: LocalDate, dayOffName: string | null): string {
  const date = formatDateVi(movedFrom);
  return dayOffName ? t('due-moved-day-off', { date, name: dayOffName }) : t('due-moved-weekend', { date, weekday: isoWeekday(movedFrom) });
}

/**
 * "hạn 24/11/2026 (còn 2 ngày)", "quá hạn 3 ngày (hạn 19/11/2026)" or why there is no date. With a working
 * calendar, a due date on a day off is shown on the working day before it, and the note says why.
 */
export function describeDue(t: Translate, task: Pick<OpenTask, 'dueDate' | 'rule'>, today: LocalDate, calendar?: WorkingCalendar): string {
  const shown = task.dueDate && calendar ? workingDueDate(task.dueDate, calendar) : null;
  const dueDate = shown?.date ?? task.dueDate;
  const state = dueState(dueDate, today);
  const date = dueDate ? formatDateVi(dueDate) : '';
  const note = shown?.movedFrom ? ` ${movedNote(t, shown.movedFrom, shown.dayOffName)}` : '';
  switch (state.kind) {
    case 'overdue':
      return t('due-overdue', { date, days: state.days }) + note;
    case 'today':
      return t('due-today', { date }) + note;
    case 'upcoming':
      return t('due-upcoming', { date, days: state.days }) + note;
    case 'none':
      return t(task.rule.kind === 'unscheduled' ? `due-none-${task.rule.reason.replace('_', '-')}` : 'due-none');
  }
}

/** One task, two short lines, readable on a phone. */
export function taskLines(t: Translate, task: OpenTask, index: number, today: LocalDate, calendar?: WorkingCalendar): string {
  const plan = shorten(task.planLabel, 60);
  const details = [describeDue(t, task, today, calendar), t('task-plan', { plan })];
  if (task.lastReport) details.push(t('task-last-report', { percent: task.lastReport.percent }));
  return `${index}. ${shorten(task.title, 140)}\n   ${details.join(' · ')}`;
}
