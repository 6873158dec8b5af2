import type { CommandContext, CommandSpec } from '../commands/command.js';
import { permissionOf } from '../core/members/access.js';
import { ROLES } from '../core/members/roles.js';
import { roleName } from '../core/members/roles-text.js';
import type { Store } from '../core/store.js';

const MAX_NAMED_ADMINS = 3;

/**
 * The answer to someone who may not run a command: who may, and what to do next. The decision itself is
 * the domain's (`isAllowed`); this only words it.
 */
export async function denialText(ctx: CommandContext, command: CommandSpec, store: Store, args: readonly string[] = []): Promise<string> {
  const permission = permissionOf(command, args);
  const name = `/${command.name}`;
  if (permission.kind === 'anyone') return ctx.t('error-internal');

  if (permission.name === 'admin') {
    const admins = (await store.members.withRole('admin', null)).slice(0, MAX_NAMED_ADMINS).map((m) => m.displayName);
    const list = new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(admins);
    return ctx.t('permission-denied-admin', { command: name, admins: list, count: admins.length });
  }
  // No "bind this group first" here, even in a group bound to no unit: there every role held anywhere
  // passes the check, so someone refused holds none of the roles and binding the group would not help them.
  const roles = permission.roles.map((role) => roleName(ctx.t, role));
  if (ctx.actor.grants.length === 0) {
    // Someone with no role at all is told which roles the command is for, unless any role would do.
    const who =
      permission.roles.length < ROLES.length
        ? ctx.t('permission-for-roles', { roles: new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(roles) })
        : '';
    return ctx.t('permission-no-role', { command: name, who, unit: ctx.chat.unit?.name ?? '' });
  }
  return ctx.t(`permission-denied-${permission.name}`, {
    command: name,
    roles: new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(roles),
    // a group bound to no unit has no unit to name ("… của đơn vị", not "… của .")
    unit: ctx.chat.unit?.name ?? ctx.t('permission-unit-unnamed'),
  });
}
