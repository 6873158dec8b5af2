import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { isAllowed, permissions } from '../core/members/policy.js';
import { unitCard } from '../core/members/roster.js';
import type { Unit } from '../core/units/unit.js';
import { requireUnit } from '../core/units/unit-search.js';
import { defineCommand, type CommandContext } from './command.js';
import { unitCardText } from '../chat/format/roster-text.js';

/** The unit /donvi is about: the one named, else the group's, else in private the person's own (their first). */
async function unitInQuestion(ctx: CommandContext, typed: string): Promise<Unit> {
  if (typed) return requireUnit(ctx.store.units, typed);
  if (ctx.chat.unit) return ctx.chat.unit;
  if (ctx.chat.kind === 'group') throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/donvi' });
  const own = ctx.actor.grants.find((grant) => grant.unitId !== null);
  const unit = own ? await ctx.store.units.findById(own.unitId!) : null;
  if (!unit) throw new DomainError('unit.required', 'unit-card-unit-required');
  return unit;
}

/** /donvi [mã | tên]: one unit at a glance, for those who may see its tasks (the rule /nhiemvu follows). */
export const unitCardCommand = defineCommand({
  name: 'donvi',
  aliases: ['unit'],
  descriptionKey: 'cmd-donvi-description',
  usageKey: 'cmd-donvi-usage',
  scope: 'any',
  permission: permissions.unitMember,
  args: z.array(z.string().min(1).max(40)).max(10),
  async run(ctx, words) {
    const unit = await unitInQuestion(ctx, words.join(' ').trim());
    if (!isAllowed(ctx.actor, permissions.unitMember, await ctx.store.units.ancestorIds(unit.id)))
      throw new DomainError('unit.forbidden', 'unit-card-forbidden', { unit: unit.name });
    return { text: unitCardText(ctx.t, await unitCard(ctx.store, unit, ctx.today)) };
  },
});
