import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { isAllowed, permissions } from '../core/members/policy.js';
import { matchTask, taskCode } from '../core/reports/task-ref.js';
import { requireUnit } from '../core/units/unit-search.js';
import { type EvidenceItem, listEvidence } from '../core/evidence/evidence.js';
import { defineCommand, type Reply } from './command.js';
import { shorten } from '../chat/format/due-lines.js';

// What one answer carries at most: a chat is no place for a whole year of photos (the export has them all).
const MAX_SHOWN = 10;

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** The name a kept file goes out under: its own, or one made from its kind and id ("anh-17.jpg"). */
function fileName(item: EvidenceItem): string {
  if (item.name?.trim()) return item.name.trim();
  const extension = EXTENSIONS[item.mimeType ?? ''] ?? (item.kind === 'photo' ? 'jpg' : 'bin');
  return `${item.kind === 'photo' ? 'anh' : 'tep'}-${item.id}.${extension}`;
}

/**
 * /minhchung <NV12> [mã đơn vị]: the photos and files sent as evidence on a task. What the bot downloaded and
 * kept goes out as uploads, on any platform and whatever became of the platform's link; a file not kept yet is
 * passed on by its file id where it was sent, and named with what became of it elsewhere.
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
    const evidence = await listEvidence(ctx.store, occurrenceId);
    const title = { code: taskCode(occurrence?.taskId ?? 0), title: shorten(occurrence?.title ?? '', 80), unit: unit.name };
    if (evidence.length === 0) return { text: ctx.t('evidence-none', title) };

    const shown = evidence.slice(0, MAX_SHOWN);
    const files: NonNullable<Reply['files']> = [];
    const passedOn: NonNullable<Reply['attachments']> = [];
    const notKept: string[] = [];
    let elsewhere = 0;
    for (const { file, kept } of shown) {
      const data = kept?.status === 'stored' ? await ctx.store.evidence.content(kept.id) : null;
      if (kept && data) {
        files.push({ kind: kept.kind, name: fileName(kept), mimeType: kept.mimeType ?? 'application/octet-stream', data });
      } else if (file.platform === ctx.actor.user.platform && kept?.status !== 'expired') {
        // not downloaded (yet): the platform's own id still works here, if anywhere
        passedOn.push({ kind: file.kind, fileId: file.fileId, name: file.name ?? null });
      } else if (kept && kept.status !== 'pending') {
        const status = ctx.t(`evidence-status-${kept.status.replace('_', '-')}`);
        notKept.push(`${file.name?.trim() || ctx.t(file.kind === 'photo' ? 'evidence-a-photo' : 'evidence-a-file')} (${status})`);
      } else elsewhere += 1;
    }
    const lines = [ctx.t('evidence-header', { ...title, count: evidence.length })];
    if (files.length > 0) lines.push(ctx.t('evidence-kept-here', { count: files.length }));
    if (notKept.length > 0) lines.push(ctx.t('evidence-not-kept', { names: notKept.join(', ') }));
    if (elsewhere > 0) lines.push(ctx.t('evidence-elsewhere', { count: elsewhere }));
    if (evidence.length > shown.length) lines.push(ctx.t('evidence-more', { count: evidence.length - shown.length }));
    return {
      text: lines.join('\n'),
      ...(passedOn.length > 0 ? { attachments: passedOn } : {}),
      ...(files.length > 0 ? { files } : {}),
    };
  },
});
