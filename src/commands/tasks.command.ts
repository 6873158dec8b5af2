import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { openTasksFor } from '../core/plans/open-tasks.js';
import { defineCommand } from './command.js';
import { taskLines } from './format/task-lines.js';

// Enough to act on from a phone; the rest is one command away.
const MAX_TASKS_SHOWN = 15;

/** /nhiemvu [mã đơn vị]: the unit's open tasks, soonest due first. */
export const tasksCommand = defineCommand({
  name: 'nhiemvu',
  aliases: ['tasks', 'nv'],
  descriptionKey: 'cmd-nhiemvu-description',
  usageKey: 'cmd-nhiemvu-usage',
  scope: 'any',
  permission: permissions.unitMember,
  args: z.union([z.tuple([]), z.tuple([z.string().min(1).max(40)])]),
  async run(ctx, args) {
    const [unitCode] = args;
    const sections = await openTasksFor(ctx.store, {
      actor: ctx.actor,
      chatUnit: ctx.chat.unit,
      chatKind: ctx.chat.kind,
      unitCode: unitCode ?? null,
    });
    const blocks = sections.map(({ unit, tasks }) => {
      if (tasks.length === 0) return ctx.t('tasks-none', { unit: unit.name });
      const shown = tasks.slice(0, MAX_TASKS_SHOWN).map((task, i) => taskLines(ctx.t, task, i + 1, ctx.today, ctx.calendar));
      const lines = [ctx.t('tasks-header', { unit: unit.name, count: tasks.length }), ...shown];
      if (tasks.length > MAX_TASKS_SHOWN) lines.push(ctx.t('tasks-more', { count: tasks.length - MAX_TASKS_SHOWN }));
      return lines.join('\n');
    });
    return { text: blocks.join('\n\n') };
  },
});
