import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { describeRule } from '../deadlines/describe-rule.js';
import { planHandle } from '../reports/report-plan.js';
import { taskCode } from '../reports/task-ref.js';
import type { Translate } from '../text/translate.js';
import type { PlanDetail } from './manage-plan.js';
import type { PlanOverview, PlanTaskRecord } from './plan.js';

// a task line names a dozen units and counts the rest (a plan for every commune names hundreds)
const MAX_UNITS = 12;
const NONE = '—';

const unitCodes = (units: ReadonlyArray<{ code: string }>) =>
  units.length === 0
    ? NONE
    : units.length <= MAX_UNITS
      ? units.map((u) => u.code).join(', ')
      : `${units
          .slice(0, MAX_UNITS)
          .map((u) => u.code)
          .join(', ')}… (+${units.length - MAX_UNITS})`;

/** The plans, one line each: code, title, how many tasks, how many occurrences open and overdue. */
export function describePlanList(t: Translate, plans: readonly PlanOverview[], all: boolean): string {
  if (plans.length === 0) return t('plan-list-empty');
  const lines = [t(all ? 'plan-list-header-all' : 'plan-list-header', { count: plans.length })];
  for (const plan of plans) {
    lines.push(
      t('plan-list-line', {
        code: planHandle(plan),
        title: plan.shortTitle ?? plan.title,
        tasks: plan.tasks,
        open: plan.openOccurrences,
        overdue: plan.overdue,
        archived: plan.archived ? 'yes' : 'no',
      }),
    );
  }
  lines.push(t('plan-list-hint'));
  return lines.join('\n');
}

/** One saved task: its code and title, its units, its deadline rule, its recipient. */
export function describePlanTask(t: Translate, task: PlanTaskRecord, calendar?: WorkingCalendar): string[] {
  const lines = [
    t('plan-show-task', { code: taskCode(task.taskId), title: task.title }),
    `   ${t('plan-show-task-units', { units: unitCodes(task.units), count: task.units.length })}`,
    `   ${t('plan-show-task-due', { rule: describeRule(t, task.rule, calendar) })}`,
  ];
  if (task.recipient) lines.push(`   ${t('plan-show-task-recipient', { recipient: task.recipient })}`);
  return lines;
}

/**
 * One plan: its header, then each task with its units, its deadline rule and its recipient; with `hint`, how an
 * administrator corrects it.
 */
export function describePlanDetail(t: Translate, detail: PlanDetail, options: { hint: boolean; calendar?: WorkingCalendar }): string {
  const { plan, tasks } = detail;
  const lines = [
    t('plan-show-header', { code: planHandle(plan), title: plan.title }),
    t('plan-show-meta', {
      symbol: plan.symbol ?? NONE,
      issuer: plan.issuer ?? NONE,
      year: plan.year === null ? NONE : String(plan.year),
      tasks: tasks.length,
      open: plan.openOccurrences,
      overdue: plan.overdue,
    }),
  ];
  if (plan.archived) lines.push(t('plan-show-archived'));
  for (const task of tasks) lines.push(...describePlanTask(t, task, options.calendar));
  if (options.hint && !plan.archived) lines.push(t('plan-show-hint'));
  return lines.join('\n');
}

/** The plan as `cli plan show --json` prints it: stable field names, dates as YYYY-MM-DD. */
export function planDetailJson(t: Translate, detail: PlanDetail) {
  const { plan, tasks } = detail;
  return {
    id: plan.id,
    code: plan.code,
    symbol: plan.symbol,
    title: plan.title,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn,
    year: plan.year,
    archived: plan.archived,
    openOccurrences: plan.openOccurrences,
    overdueOccurrences: plan.overdue,
    tasks: tasks.map((task) => ({
      code: taskCode(task.taskId),
      title: task.title,
      units: task.units.map((u) => u.code),
      deadline: describeRule(t, task.rule),
      rule: task.rule,
      recipient: task.recipient,
    })),
  };
}
