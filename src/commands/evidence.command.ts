import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { isAllowed, permissions } from '../core/members/policy.js';
import { matchTask, taskCode } from '../core/reports/task-ref.js';
import { requireUnit } from '../core/units/unit-search.js';
import { defineCommand } from './command.js';
import { shorten } from './format/due-lines.js';

/**
 * /minhchung <NV12> [mã đơn vị]: the photos and files sent as evidence on a task, passed on into this chat
 * by their file ids (so a leader can see them in the leaders' group without anyone downloading anything).
 */
export const evidenceCommand = defineCommand({
  name: 'minhchung',
  aliases: ['evidence'],
  descriptionKey: 'cmd-minhchung-description',
  usageKey: 'cmd-minhchung-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.union([z.tuple([z.string().max(20)]), z.tuple([z.string().max(20), z.string().max(40)])]),
  async run(ctx, [ref, unitCode]) {
    const unit = unitCode ? await requireUnit(ctx.store.units, unitCode) : ctx.chat.unit;
    if (!unit) throw new DomainError('evidence.unit_required', 'evidence-unit-required');
    const scope = await ctx.store.units.ancestorIds(unit.id);
    if (!isAllowed(ctx.actor, permissions.unitMember, scope))
      throw new DomainError('tasks.forbidden', 'tasks-forbidden-unit', { unit: unit.name });
    // Closed occurrences count too: evidence matters most once a task is done.
    const open = await ctx.store.plans.openOccurrences({ unitIds: [unit.id] });
    const match = matchTask(open, [ref]);
    const code = /^(?:nv)?(\d{1,9})$/i.exec(ref.trim());
    const occurrenceId =
      match.kind === 'one' ? match.task.occurrenceId : code ? await ctx.store.plans.latestOccurrenceOf(Number(code[1]), unit.id) : null;
    if (!occurrenceId) throw new DomainError('report.unknown_task', 'report-unknown-task', { code: shorten(ref, 20) });
    const occurrence = await ctx.store.plans.findOccurrence(occurrenceId);
    const files = await ctx.store.reports.evidenceFor(occurrenceId);
    const here = files.filter((file) => file.platform === ctx.actor.user.platform);
    const title = { code: taskCode(occurrence?.taskId ?? 0), title: shorten(occurrence?.title ?? '', 80), unit: unit.name };
    if (files.length === 0) return { text: ctx.t('evidence-none', title) };
    const elsewhere = files.length - here.length;
    const lines = [ctx.t('evidence-header', { ...title, count: here.length })];
    if (elsewhere > 0) lines.push(ctx.t('evidence-elsewhere', { count: elsewhere }));
    return { text: lines.join('\n'), attachments: here.map(({ kind, fileId, name }) => ({ kind, fileId, name: name ?? null })) };
  },
});
