import { z } from 'zod';
import { isAllowed, permissions } from '../core/members/policy.js';
import { roleName } from '../core/members/roles-text.js';
import { defineCommand, type CommandContext } from './command.js';

async function describeRoles(ctx: CommandContext): Promise<string> {
  if (ctx.actor.grants.length === 0) return ctx.t('help-no-role');
  const parts: string[] = [];
  for (const grant of ctx.actor.grants) {
    const unit = grant.unitId === null ? null : await ctx.store.units.findById(grant.unitId);
    parts.push(unit ? ctx.t('help-role-in-unit', { role: roleName(ctx.t, grant.role), unit: unit.shortName ?? unit.name }) : roleName(ctx.t, grant.role));
  }
  return ctx.t('help-your-roles', { roles: parts.join('; ') });
}

/** Lists only what this person may do in this chat, from the same registry and policy the dispatcher uses. */
export const helpCommand = defineCommand({
  name: 'help',
  aliases: ['trogiup', 'huongdan'],
  descriptionKey: 'cmd-help-description',
  usageKey: 'cmd-help-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()).max(1),
  async run(ctx) {
    const usable = ctx.commands.filter((command) => {
      if (command.scope === 'group' && ctx.chat.kind === 'private') return false;
      if (command.scope === 'private' && ctx.chat.kind === 'group') return false;
      return isAllowed(ctx.actor, command.permission, ctx.chat.unitScope);
    });
    const lines = usable.map((command) => `/${command.name} — ${ctx.t(command.descriptionKey)}`);
    const header = ctx.chat.unit ? ctx.t('help-header-unit', { unit: ctx.chat.unit.name }) : ctx.t('help-header');
    const footer: string[] = [await describeRoles(ctx)];
    if (ctx.chat.kind === 'group' && !ctx.chat.unit) footer.push(ctx.t('help-unbound'));
    footer.push(ctx.t('help-diacritics'));
    return { text: [header, ...lines, '', ...footer].join('\n') };
  },
});
