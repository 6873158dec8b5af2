import type { CommandContext, CommandSpec } from '../commands/command.js';
import { roleName } from '../core/members/roles-text.js';
import type { Store } from '../core/store.js';

const MAX_NAMED_ADMINS = 3;

/**
 * The answer to someone who may not run a command: who may, and what to do next. The decision itself is
 * the domain's (`isAllowed`); this only words it.
 */
export async function denialText(ctx: CommandContext, command: CommandSpec, store: Store): Promise<string> {
  const permission = command.permission;
  const name = `/${command.name}`;
  if (permission.kind === 'anyone') return ctx.t('error-internal');

  if (permission.name === 'admin') {
    const admins = (await store.members.withRole('admin', null)).slice(0, MAX_NAMED_ADMINS).map((m) => m.displayName);
    const list = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(admins);
    return ctx.t('permission-denied-admin', { command: name, admins: list, count: admins.length });
  }
  if (permission.scope === 'unit' && ctx.chat.kind === 'group' && !ctx.chat.unit) {
    return ctx.t('chat-not-bound', { command: name });
  }
  if (ctx.actor.grants.length === 0) {
    return ctx.t('permission-no-role', { command: name, unit: ctx.chat.unit?.name ?? '' });
  }
  const roles = permission.roles.map((role) => roleName(ctx.t, role));
  return ctx.t(`permission-denied-${permission.name}`, {
    command: name,
    roles: new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(roles),
    unit: ctx.chat.unit?.name ?? '',
  });
}
