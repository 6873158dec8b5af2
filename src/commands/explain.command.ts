import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { answerExplanation } from '../core/plans/explanation-request.js';
import { permissions } from '../core/members/policy.js';
import { taskCode } from '../core/reports/task-ref.js';
import { compactKey } from '../core/text/vietnamese.js';
import { shorten } from '../chat/format/due-lines.js';
import { defineCommand } from './command.js';

const ANSWERING_ROLES = new Set(['unit_leader', 'focal_point', 'deputy']);

/**
 * "/giaitrinh NV7 <lý do>" ("/giải trình NV7 …"): the unit's leader, focal point or deputy answers a leader's
 * request for an explanation of an overdue task (asked from the dashboard, issue 24), in the unit's group or
 * privately. The answer is kept on the occurrence and shown on the plan's grid; who may, and every refusal,
 * is decided in core/plans/explanation-request.
 */
export const explainCommand = defineCommand({
  name: 'giaitrinh',
  aliases: ['explain'],
  descriptionKey: 'cmd-giaitrinh-description',
  usageKey: 'cmd-giaitrinh-usage',
  scope: 'any',
  permission: permissions.explain,
  args: z.array(z.string()).max(400),
  async run(ctx, words) {
    const code = /^(?:nv)?(\d{1,9})$/.exec(compactKey(words[0] ?? ''));
    if (!code) throw new DomainError('explain.usage', 'cmd-giaitrinh-usage');
    let unitIds: number[];
    if (ctx.chat.kind === 'group') {
      if (!ctx.chat.unit) throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/giaitrinh' });
      unitIds = [ctx.chat.unit.id];
    } else {
      unitIds = [...new Set(ctx.actor.grants.filter((g) => ANSWERING_ROLES.has(g.role) && g.unitId !== null).map((g) => g.unitId!))];
    }
    const text = ctx.argsText.replace(/^\S+\s*/, '');
    const answered = await answerExplanation(ctx.store, {
      actor: ctx.actor,
      taskId: Number(code[1]),
      unitIds,
      text,
      now: ctx.now,
    });
    const unit = await ctx.store.units.findById(answered.unitId);
    return {
      text: ctx.t('explain-saved', {
        unit: unit?.shortName ?? unit?.name ?? '',
        code: taskCode(Number(code[1])),
        title: shorten(answered.title, 80),
      }),
    };
  },
});
