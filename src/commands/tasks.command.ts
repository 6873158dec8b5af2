import { z } from 'zod';
import { isAllowed, permissions } from '../core/members/policy.js';
import { openTasksFor } from '../core/plans/open-tasks.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';
import { describeDue, shorten, taskLines } from '../chat/format/due-lines.js';
import { taskCode, typedTaskCode } from '../core/reports/task-ref.js';
import { deadlineListScope } from '../core/plans/list-scope.js';
import { taskStanding } from '../core/plans/task-standing.js';
import { taskStandingText } from '../chat/format/task-standing.js';

// Enough to act on from a phone; the rest is one command away.
const MAX_TASKS_SHOWN = 15;
// A Department has a few plans of tens of tasks: one line per task and date, not per unit.
const MAX_GROUPS_SHOWN = 20;

/**
 * A Department leader (or an administrator) in private or in the leaders' group, without a unit code, sees
 * the whole Department's open work: one line per task and due date with how many units still owe it (with
 * hundreds of units a line per unit would bury the tasks), soonest due first.
 */
async function allUnits(ctx: CommandContext): Promise<Reply> {
  const { groups, total } = await ctx.store.plans.openTaskGroups(MAX_GROUPS_SHOWN);
  if (total === 0) return { text: ctx.t('tasks-none', { unit: ctx.t('all-units') }) };
  const lines = [ctx.t('tasks-header-all', { count: total })];
  groups.forEach((group, i) => {
    const details = [
      describeDue(ctx, group),
      ctx.t('task-plan', { plan: shorten(group.planLabel, 60) }),
      ctx.t('tasks-units-open', { count: group.units }),
    ];
    lines.push(`${i + 1}. [${taskCode(group.taskId)}] ${shorten(group.title, 140)}\n   ${details.join(' · ')}`);
  });
  if (total > groups.length) lines.push(ctx.t('tasks-more-all', { count: total - groups.length }));
  return { text: lines.join('\n') };
}

/**
 * /nhiemvu NV5: where one task stands in the units in view (as /hanchot's: the group's unit, or every unit for
 * a Department leader), who still owes it with their latest reports, who has done it.
 */
async function oneTask(ctx: CommandContext, code: string): Promise<Reply> {
  const scope = await deadlineListScope(ctx.store, { actor: ctx.actor, chat: ctx.chat });
  const standing = await taskStanding(ctx.store, { taskId: Number(code.slice(2)), unitIds: scope.unitIds });
  if (!standing) return { text: ctx.t('task-standing-unknown', { code }) };
  const shortNames = new Map((await ctx.store.units.list()).map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const who = scope.unit ? scope.unit.name : ctx.t('task-standing-any-unit');
  return { text: taskStandingText(ctx, standing, shortNames, who) };
}

/** /nhiemvu [mã đơn vị | mã nhiệm vụ]: the unit's open tasks, soonest due first; or where one task stands. */
export const tasksCommand = defineCommand({
  name: 'nhiemvu',
  aliases: ['tasks', 'nv'],
  descriptionKey: 'cmd-nhiemvu-description',
  usageKey: 'cmd-nhiemvu-usage',
  scope: 'any',
  permission: permissions.unitMember,
  // a unit's code or its name as staff say it ("TTYT Tam Đường")
  args: z.array(z.string().min(1).max(40)).max(10),
  async run(ctx, args) {
    const code = args.length > 0 ? typedTaskCode(args.join(' ')) : null;
    if (code) return oneTask(ctx, code);
    const unitCode = args.length > 0 ? args.join(' ') : undefined;
    const leaderView = ctx.chat.kind === 'private' || Boolean(ctx.chat.record?.isLeadersChat);
    if (!unitCode && leaderView && isAllowed(ctx.actor, permissions.leader, null)) return allUnits(ctx);
    const sections = await openTasksFor(ctx.store, {
      actor: ctx.actor,
      chatUnit: ctx.chat.unit,
      chatKind: ctx.chat.kind,
      unitCode: unitCode ?? null,
    });
    const blocks = sections.map(({ unit, tasks }) => {
      if (tasks.length === 0) return ctx.t('tasks-none', { unit: unit.name });
      const shown = tasks.slice(0, MAX_TASKS_SHOWN).map((task, i) => taskLines(ctx, task, { index: i + 1 }));
      const lines = [ctx.t('tasks-header', { unit: unit.name, count: tasks.length }), ...shown];
      if (tasks.length > MAX_TASKS_SHOWN) lines.push(ctx.t('tasks-more', { count: tasks.length - MAX_TASKS_SHOWN }));
      return lines.join('\n');
    });
    return { text: blocks.join('\n\n') };
  },
});
