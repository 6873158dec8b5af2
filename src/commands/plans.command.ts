import { formatDateVi } from '../core/dates/local-date.js';
import { z } from 'zod';
import type { ConversationState } from '../core/conversations/conversation.js';
import { permissions } from '../core/members/policy.js';
import { readYesNo } from '../core/plans/confirm-answer.js';
import { describePlanDetail, describePlanList, describePlanTask } from '../core/plans/describe-plan.js';
import {
  archivePlan,
  changeTask,
  findPlan,
  listPlans,
  planCountUnits,
  mayManagePlans,
  readTaskChange,
  readTaskNumber,
  removeTask,
  showPlan,
  taskPlanHandle,
  taskToRemove,
} from '../core/plans/manage-plan.js';
import { planHandle } from '../core/reports/report-plan.js';
import { taskCode } from '../core/reports/task-ref.js';
import { compactKey } from '../core/text/vietnamese.js';
import { type CommandContext, defineCommand, type Reply } from './command.js';

type Verb = 'show' | 'all' | 'edit' | 'remove' | 'archive';

// the first word (or two) after /kehoach, folded: "sửa", "sua", "bỏ", "lưu trữ", "luutru", "tất cả"…
const VERBS: ReadonlyArray<[Verb, readonly string[]]> = [
  // "/kehoach xem KH412-2027" as people write it: the same as "/kehoach KH412-2027"
  ['show', ['xem', 'chitiet', 'show']],
  ['all', ['tatca', 'all']],
  ['edit', ['sua', 'doi', 'edit']],
  ['remove', ['bo', 'xoa', 'remove']],
  ['archive', ['luutru', 'archive']],
];

/** The verb the words start with and how many words it took; null: the words name a plan. */
function leadingVerb(args: readonly string[]): { verb: Verb; used: number } | null {
  for (const used of [2, 1]) {
    if (args.length < used) continue;
    const key = compactKey(args.slice(0, used).join(' '));
    const verb = VERBS.find(([, words]) => words.includes(key))?.[0];
    if (verb) return { verb, used };
  }
  return null;
}

/**
 * The verb and how many words it took, and the plan written before a change of one of its tasks: an
 * administrator looking at KH20-2026 types "/kehoach KH20-2026 sua NV2 han …" as readily as "/kehoach sua NV2
 * han …".
 */
function verbOf(args: readonly string[]): { verb: Verb; used: number; plan?: string } | null {
  const leading = leadingVerb(args);
  if (leading) return leading;
  const after = args.length >= 3 ? leadingVerb(args.slice(1)) : null;
  // only before a task's code: "/kehoach KH sửa chữa" still looks for a plan of that title
  const task = after ? args[after.used + 1] : undefined;
  if (!after || (after.verb !== 'edit' && after.verb !== 'remove') || !task || readTaskNumber(task) === null) return null;
  return { ...after, used: after.used + 1, plan: args[0]! };
}

/** A change written after a plan's code: refused unless the task is that plan's (task numbers are global). */
async function outsideNamedPlan(ctx: CommandContext, plan: string, rest: readonly string[]): Promise<Reply | null> {
  const taskNumber = rest[0] ? readTaskNumber(rest[0]) : null;
  if (taskNumber === null) return null;
  const detail = await showPlan(ctx.store, plan, { ...ctx, unitIds: null });
  if (detail.tasks.some((task) => task.taskId === taskNumber)) return null;
  return { text: ctx.t('plan-task-not-in-plan', { task: taskCode(taskNumber), plan: planHandle(detail.plan) }) };
}

const confirmChoices = (ctx: CommandContext) => [
  { label: ctx.t('plan-choice-yes'), value: 'yes' },
  { label: ctx.t('plan-choice-no'), value: 'no' },
];

const changeOptions = (ctx: CommandContext) => ({
  today: ctx.today,
  now: ctx.now,
  calendar: ctx.calendar,
  actor: ctx.actor,
  actorId: ctx.actor.memberId,
  translatorFor: (locale: string | null) => ctx.translate(locale),
});

async function edit(ctx: CommandContext, rest: readonly string[]): Promise<Reply> {
  const taskNumber = rest[0] ? readTaskNumber(rest[0]) : null;
  const change = readTaskChange(rest.slice(1).join(' '));
  if (taskNumber === null || !change) return { text: ctx.t('plan-edit-usage') };
  const result = await changeTask(ctx.store, { taskNumber, ...change }, changeOptions(ctx));
  const task = (await ctx.store.plans.planTasks(result.planId)).find((t) => t.taskId === result.taskId);
  const lines = [ctx.t('plan-edit-done', { code: taskCode(result.taskId), field: result.field, plan: result.planHandle })];
  if (task) lines.push(...describePlanTask(ctx.t, task, ctx.calendar));
  if (result.notified > 0) lines.push(ctx.t('plan-edit-notified', { count: result.notified }));
  if (result.pastDue) lines.push(ctx.t('plan-edit-past-due', { due: formatDateVi(result.pastDue) }));
  return { text: lines.join('\n') };
}

/** The units this person's counts of open and overdue work cover (their own view; every unit for the Department). */
const countUnits = async (ctx: CommandContext) => planCountUnits(ctx.actor.grants, await ctx.store.units.list());

async function findPlanById(ctx: CommandContext, planId: number) {
  const plans = await listPlans(ctx.store, { today: ctx.today, calendar: ctx.calendar, all: true });
  return plans.find((p) => p.id === planId)!;
}

async function askRemove(ctx: CommandContext, rest: readonly string[]): Promise<Reply> {
  const taskNumber = rest.length === 1 ? readTaskNumber(rest[0]!) : null;
  if (taskNumber === null) return { text: ctx.t('plan-remove-usage') };
  const task = await taskToRemove(ctx.store, taskNumber);
  const choices = confirmChoices(ctx);
  await ctx.flow.ask('remove', { taskNumber }, choices);
  return { text: ctx.t('plan-remove-confirm', { code: taskCode(task.taskId), title: task.title, plan: taskPlanHandle(task) }), choices };
}

async function askArchive(ctx: CommandContext, rest: readonly string[]): Promise<Reply> {
  if (rest.length === 0) return { text: ctx.t('plan-archive-usage') };
  const plan = await findPlan(ctx.store, rest.join(' '), ctx);
  if (plan.archived) return { text: ctx.t('plan-already-archived', { code: planHandle(plan) }) };
  const choices = confirmChoices(ctx);
  await ctx.flow.ask('archive', { planId: plan.id }, choices);
  return {
    text: ctx.t('plan-archive-confirm', { code: planHandle(plan), title: plan.title, open: plan.openOccurrences }),
    choices,
  };
}

/**
 * /kehoach: the plans (archived ones with `/kehoach tatca`); `/kehoach KH215-2027` or words of a title: one
 * plan with its tasks. Administrators correct a saved plan: `/kehoach sua NV7 ten|donvi|han|nguoinhan …`,
 * `/kehoach bo NV7`, `/kehoach luutru KH…` (the last two after a yes).
 */
export const plansCommand = defineCommand({
  name: 'kehoach',
  aliases: ['plans', 'dskehoach'],
  descriptionKey: 'cmd-kehoach-description',
  usageKey: 'cmd-kehoach-usage',
  scope: 'any',
  permission: permissions.member,
  permissionFor(args) {
    const verb = verbOf(args)?.verb;
    return verb === 'edit' || verb === 'remove' || verb === 'archive' ? permissions.planManager : null;
  },
  args: z.array(z.string().max(400)).max(80),
  async run(ctx, args) {
    const found = verbOf(args);
    const rest = found ? args.slice(found.used) : args;
    switch (found?.verb) {
      case undefined:
      case 'show':
        if (rest.length === 0) {
          const plans = await listPlans(ctx.store, {
            today: ctx.today,
            calendar: ctx.calendar,
            all: false,
            unitIds: await countUnits(ctx),
          });
          return { text: describePlanList(ctx.t, plans, false) };
        }
        return {
          text: describePlanDetail(ctx.t, await showPlan(ctx.store, rest.join(' '), { ...ctx, unitIds: await countUnits(ctx) }), {
            hint: mayManagePlans(ctx.actor),
            calendar: ctx.calendar,
          }),
        };
      case 'all': {
        if (rest.length > 0)
          return {
            text: describePlanDetail(ctx.t, await showPlan(ctx.store, rest.join(' '), { ...ctx, unitIds: await countUnits(ctx) }), {
              hint: mayManagePlans(ctx.actor),
              calendar: ctx.calendar,
            }),
          };
        const plans = await listPlans(ctx.store, { today: ctx.today, calendar: ctx.calendar, all: true, unitIds: await countUnits(ctx) });
        return { text: describePlanList(ctx.t, plans, true) };
      }
      case 'edit':
        return (found.plan ? await outsideNamedPlan(ctx, found.plan, rest) : null) ?? edit(ctx, rest);
      case 'remove':
        return (found.plan ? await outsideNamedPlan(ctx, found.plan, rest) : null) ?? askRemove(ctx, rest);
      case 'archive':
        return askArchive(ctx, rest);
    }
  },
  async resume(ctx, state: ConversationState, input) {
    const answer = input.choice ?? readYesNo(input.text);
    if (answer !== 'yes' && answer !== 'no') {
      await ctx.flow.ask(state.step, state.data, confirmChoices(ctx));
      return { text: ctx.t('plan-confirm-unclear'), choices: confirmChoices(ctx) };
    }
    await ctx.flow.end();
    if (answer === 'no') return { text: ctx.t('plan-change-cancelled') };
    if (state.step === 'remove') {
      const removed = await removeTask(ctx.store, Number(state.data.taskNumber), {
        now: ctx.now,
        actor: ctx.actor,
        actorId: ctx.actor.memberId,
      });
      return { text: ctx.t('plan-remove-done', { code: taskCode(removed.taskId), title: removed.title, cancelled: removed.cancelled }) };
    }
    const plan = await findPlanById(ctx, Number(state.data.planId));
    if (!plan) return { text: ctx.t('plan-change-cancelled') };
    const archived = await archivePlan(ctx.store, plan, { now: ctx.now, actor: ctx.actor, actorId: ctx.actor.memberId });
    return { text: ctx.t('plan-archive-done', { code: planHandle(plan), cancelled: archived.cancelled }) };
  },
});
