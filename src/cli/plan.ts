import { formatDateVi } from '../core/dates/local-date.js';
import { parseArgs } from 'node:util';
import { describeLadder, type LadderChange, planLadder, setPlanLadder } from '../core/reminders/ladder.js';
import type { App } from '../app.js';
import { localDateOf } from '../core/dates/local-date.js';
import { describePlanDetail, describePlanTask, planDetailJson } from '../core/plans/describe-plan.js';
import {
  archivePlan,
  changeTask,
  findPlan,
  readTaskNumber,
  removeTask,
  showPlan,
  type TaskField,
  taskPlanHandle,
  taskToRemove,
} from '../core/plans/manage-plan.js';
import { planHandle } from '../core/reports/report-plan.js';
import { taskCode } from '../core/reports/task-ref.js';
import type { Translate } from '../core/text/translate.js';
import { compactKey } from '../core/text/vietnamese.js';
import { err, out, withCliApp } from './session.js';

const YES = new Set(['yes', 'y', 'co', 'c', 'true', '1', 'on']);
const NO = new Set(['no', 'n', 'khong', 'k', 'false', '0', 'off']);
const NEVER = new Set(['never', 'khong', 'no', 'none', 'off']);

/** A whole number of working days from 0 to 30, as typed; undefined when it is not one. */
const workingDays = (text: string) => (/^\d{1,2}$/.test(text.trim()) && Number(text) <= 30 ? Number(text) : undefined);

/** The change the options ask for, or the name of the option that is wrong. */
function changeOf(values: {
  before?: string;
  'on-due'?: string;
  'escalate-after'?: string;
  default?: boolean;
}): LadderChange | { bad: string } | null {
  if (values.default) return { reset: true };
  const change: LadderChange = {};
  if (values.before !== undefined) {
    const before = workingDays(values.before);
    if (before === undefined) return { bad: '--before' };
    change.beforeWorkingDays = before;
  }
  if (values['on-due'] !== undefined) {
    const word = compactKey(values['on-due']);
    if (!YES.has(word) && !NO.has(word)) return { bad: '--on-due' };
    change.onDueDate = YES.has(word);
  }
  if (values['escalate-after'] !== undefined) {
    const after = NEVER.has(compactKey(values['escalate-after'])) ? null : workingDays(values['escalate-after']);
    if (after === undefined) return { bad: '--escalate-after' };
    change.afterWorkingDays = after;
  }
  return Object.keys(change).length > 0 ? change : null;
}

type Values = {
  before?: string;
  'on-due'?: string;
  'escalate-after'?: string;
  default?: boolean;
  json?: boolean;
  yes?: boolean;
  title?: string;
  units?: string;
  deadline?: string;
  recipient?: string;
};

async function ladder(app: App, t: Translate, code: string, values: Values): Promise<void> {
  const change = changeOf(values);
  if (change && 'bad' in change) {
    err(t('ladder-bad-option', { option: change.bad }));
    err(t('plan-usage'));
    process.exitCode = 2;
    return;
  }
  const result = change ? await setPlanLadder(app.store, { planCode: code, change, actorId: null }) : await planLadder(app.store, code);
  out(
    t(change ? 'ladder-set' : 'ladder-shown', {
      code: result.code ?? String(result.planId),
      title: result.title,
      ladder: describeLadder(t, result.ladder),
      own: result.own ? 'yes' : 'no',
    }),
  );
}

/** The one field `plan task` changes, or null when none or several were given. */
function fieldOf(values: Values): { field: TaskField; value: string } | null {
  const given = (['title', 'units', 'deadline', 'recipient'] as const).filter((name) => values[name] !== undefined);
  if (given.length !== 1) return null;
  return { field: given[0]!, value: values[given[0]!]! };
}

/**
 * `plan ladder <plan code> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]`: when the
 * plan's deadlines are reminded. `plan show <code> [--json]`: the plan and its tasks. `plan task <code> <NV>
 * --title|--units|--deadline|--recipient <…>`: changes one field of a task. `plan remove-task <code> <NV>
 * [--yes]` and `plan archive <code> [--yes]`: without --yes, only says what would be done.
 */
export async function planCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      before: { type: 'string' },
      'on-due': { type: 'string' },
      'escalate-after': { type: 'string' },
      default: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      title: { type: 'string' },
      units: { type: 'string' },
      deadline: { type: 'string' },
      recipient: { type: 'string' },
    },
    allowPositionals: true,
  });
  await withCliApp(async (app, t) => {
    const [verb, code, ...extra] = positionals;
    const usage = () => {
      err(t('plan-usage'));
      process.exitCode = 2;
    };
    if (!code) return usage();
    const today = localDateOf(app.clock.now(), app.config.defaultTimezone);
    const calendar = await app.calendar.current();
    const context = { today, calendar };
    const options = {
      today,
      now: app.clock.now(),
      calendar,
      actor: null,
      actorId: null,
      translatorFor: (locale: string | null) => app.i18n.translator(app.i18n.resolve(locale ?? app.config.defaultLocale)),
    };
    switch (verb) {
      case 'ladder':
        if (extra.length > 0) return usage();
        return ladder(app, t, code, values);
      case 'show': {
        if (extra.length > 0) return usage();
        const detail = await showPlan(app.store, code, context);
        out(values.json ? JSON.stringify(planDetailJson(t, detail)) : describePlanDetail(t, detail, { hint: false, calendar }));
        return;
      }
      case 'task': {
        const taskNumber = extra.length === 1 ? readTaskNumber(extra[0]!) : null;
        const change = fieldOf(values);
        if (taskNumber === null) return usage();
        if (!change) {
          err(t('plan-cli-task-missing'));
          process.exitCode = 2;
          return;
        }
        const plan = await findPlan(app.store, code, context);
        const result = await changeTask(app.store, { taskNumber, ...change }, { ...options, planId: plan.id });
        out(t('plan-edit-done', { code: taskCode(result.taskId), field: result.field, plan: result.planHandle }));
        const task = (await app.store.plans.planTasks(plan.id)).find((one) => one.taskId === result.taskId);
        if (task) out(describePlanTask(t, task, calendar).join('\n'));
        if (result.notified > 0) out(t('plan-edit-notified', { count: result.notified }));
        if (result.pastDue) out(t('plan-edit-past-due', { due: formatDateVi(result.pastDue) }));
        return;
      }
      case 'remove-task': {
        const taskNumber = extra.length === 1 ? readTaskNumber(extra[0]!) : null;
        if (taskNumber === null) return usage();
        const plan = await findPlan(app.store, code, context);
        const task = await taskToRemove(app.store, taskNumber, plan.id);
        if (!values.yes) {
          out(t('plan-remove-confirm', { code: taskCode(task.taskId), title: task.title, plan: taskPlanHandle(task) }));
          out(t('plan-cli-dry-run'));
          return;
        }
        const removed = await removeTask(app.store, taskNumber, { ...options, planId: plan.id });
        out(t('plan-remove-done', { code: taskCode(removed.taskId), title: removed.title, cancelled: removed.cancelled }));
        return;
      }
      case 'archive': {
        if (extra.length > 0) return usage();
        const plan = await findPlan(app.store, code, context);
        if (plan.archived) {
          err(t('plan-already-archived', { code: planHandle(plan) }));
          process.exitCode = 1;
          return;
        }
        if (!values.yes) {
          out(t('plan-archive-confirm', { code: planHandle(plan), title: plan.title, open: plan.openOccurrences }));
          out(t('plan-cli-dry-run'));
          return;
        }
        const archived = await archivePlan(app.store, plan, options);
        out(t('plan-archive-done', { code: planHandle(plan), cancelled: archived.cancelled }));
        return;
      }
      default:
        return usage();
    }
  });
}
