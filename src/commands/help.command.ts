import { z } from 'zod';
import { isOffered } from '../core/members/access.js';
import { permissions } from '../core/members/policy.js';
import { roleName } from '../core/members/roles-text.js';
import { defineCommand, type CommandContext } from './command.js';

async function describeRoles(ctx: CommandContext): Promise<string> {
  if (ctx.actor.grants.length === 0) return ctx.t('help-no-role');
  const parts: string[] = [];
  for (const grant of ctx.actor.grants) {
    const unit = grant.unitId === null ? null : await ctx.store.units.findById(grant.unitId);
    parts.push(
      unit
        ? ctx.t('help-role-in-unit', { role: roleName(ctx.t, grant.role), unit: unit.shortName ?? unit.name })
        : roleName(ctx.t, grant.role),
    );
  }
  return ctx.t('help-your-roles', { roles: parts.join('; ') });
}

/**
 * Lists only what this person may do in this chat: the commands the dispatcher's gate lets them run here and
 * that have something for them here (src/core/members/access.ts), each described in their language.
 */
export const helpCommand = defineCommand({
  name: 'help',
  aliases: ['trogiup', 'huongdan'],
  descriptionKey: 'cmd-help-description',
  usageKey: 'cmd-help-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()).max(1),
  async run(ctx) {
    const place = { kind: ctx.chat.kind, unitScope: ctx.chat.unitScope, leadersChat: ctx.chat.record?.isLeadersChat ?? false };
    const usable = ctx.commands.filter((command) => isOffered(ctx.actor, command, place));
    const lines = usable.map((command) => `/${command.name} — ${ctx.t(command.descriptionKey)}`);
    const header = ctx.chat.unit ? ctx.t('help-header-unit', { unit: ctx.chat.unit.name }) : ctx.t('help-header');
    const footer: string[] = [await describeRoles(ctx)];
    if (ctx.chat.kind === 'group' && !ctx.chat.unit) footer.push(ctx.t('help-unbound'));
    footer.push(ctx.t('help-diacritics'));
    return { text: [header, ...lines, '', ...footer].join('\n') };
  },
});
