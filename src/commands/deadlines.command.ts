import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { type DeadlineWindow, deadlineList } from '../core/plans/deadline-list.js';
import { deadlineListScope, type ListScope } from '../core/plans/list-scope.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';
import { taskLines } from '../chat/format/due-lines.js';

const MAX_LINES = 25;

async function listDeadlines(
  ctx: CommandContext,
  window: DeadlineWindow,
  keys: { header: string; none: string },
  args: Record<string, string | number>,
): Promise<Reply> {
  const scope: ListScope = await deadlineListScope(ctx.store, { actor: ctx.actor, chat: ctx.chat });
  const list = await deadlineList(ctx.store, {
    unitIds: scope.unitIds,
    window,
    today: ctx.today,
    calendar: ctx.calendar,
    limit: MAX_LINES,
  });
  const who = scope.unit ? scope.unit.name : ctx.t('all-units');
  if (list.total === 0) return { text: ctx.t(keys.none, { ...args, who }) };
  const lines = list.items.map((task) => taskLines(ctx, task, { showUnit: scope.unit === null }));
  // a list cut short says where the rest is: the unit's whole list, or for every unit, a unit's or the file
  const more =
    list.total > list.items.length
      ? [ctx.t(scope.unit ? 'list-more-unit' : 'list-more-all', { count: list.total - list.items.length })]
      : [];
  return { text: [ctx.t(keys.header, { ...args, who, count: list.total }), ...lines, ...more].join('\n') };
}

/** /hanchot [số ngày]: deadlines (effective, see deadlineStatus) from today to N days ahead (7 by default). */
export const upcomingCommand = defineCommand({
  name: 'hanchot',
  aliases: ['deadlines', 'sapden'],
  descriptionKey: 'cmd-hanchot-description',
  usageKey: 'cmd-hanchot-usage',
  scope: 'any',
  // what a unit owes is seen where its tasks are (/nhiemvu): by its people and those above it
  permission: permissions.unitMember,
  args: z.union([
    z.tuple([]),
    z.tuple([z.string().regex(/^\d{1,3}$/)]),
    z.tuple([z.string().regex(/^\d{1,3}$/), z.string().regex(/^ngay$|^ngày$|^days?$/i)]),
  ]),
  async run(ctx, args) {
    const days = Math.min(Math.max(Number(args[0] ?? 7), 1), 365);
    return listDeadlines(ctx, { kind: 'upcoming', days }, { header: 'upcoming-header', none: 'upcoming-none' }, { days });
  },
});

/**
 * /quahan: what is past its effective deadline and still open, the longest overdue first. A last day on a day
 * off ends with the next working day (see deadlineList).
 */
export const overdueCommand = defineCommand({
  name: 'quahan',
  aliases: ['overdue', 'tremhan'],
  descriptionKey: 'cmd-quahan-description',
  usageKey: 'cmd-quahan-usage',
  scope: 'any',
  // what a unit owes is seen where its tasks are (/nhiemvu): by its people and those above it
  permission: permissions.unitMember,
  args: z.tuple([]),
  async run(ctx) {
    return listDeadlines(ctx, { kind: 'overdue' }, { header: 'overdue-header', none: 'overdue-none' }, {});
  },
});
