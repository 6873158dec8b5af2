import { formatDateVi, type LocalDate } from '../../core/dates/local-date.js';
import { dueState } from '../../core/deadlines/occurrence.js';
import type { OpenTask } from '../../core/plans/plan.js';
import type { Translate } from '../../core/text/translate.js';

// Cut at a word boundary: "Học tập và làm theo…" rather than "Học tập và là…".
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "hạn 24/11/2026 (còn 2 ngày)", "quá hạn 3 ngày (hạn 19/11/2026)" or why there is no date. */
export function describeDue(t: Translate, task: Pick<OpenTask, 'dueDate' | 'rule'>, today: LocalDate): string {
  const state = dueState(task.dueDate, today);
  const date = task.dueDate ? formatDateVi(task.dueDate) : '';
  switch (state.kind) {
    case 'overdue':
      return t('due-overdue', { date, days: state.days });
    case 'today':
      return t('due-today', { date });
    case 'upcoming':
      return t('due-upcoming', { date, days: state.days });
    case 'none':
      return t(task.rule.kind === 'unscheduled' ? `due-none-${task.rule.reason.replace('_', '-')}` : 'due-none');
  }
}

/** One task, two short lines, readable on a phone. */
export function taskLines(t: Translate, task: OpenTask, index: number, today: LocalDate): string {
  const plan = shorten(task.planLabel, 60);
  const details = [describeDue(t, task, today), t('task-plan', { plan })];
  if (task.lastReport) details.push(t('task-last-report', { percent: task.lastReport.percent }));
  return `${index}. ${shorten(task.title, 140)}\n   ${details.join(' · ')}`;
}
