import type { Actor } from './member.js';
import { isAllowed, permissions, type Permission } from './policy.js';

/** Where a command is typed, as far as who may use it goes. */
export interface Place {
  kind: 'group' | 'private';
  /** the chat's unit and every unit above it; null in a private chat or a group bound to no unit */
  unitScope: readonly number[] | null;
  /** the Department leaders' group, which looks at every unit */
  leadersChat?: boolean;
}

/** What the gate needs to know of a command: where it runs and who may run it. */
export interface GatedCommand {
  name: string;
  scope: 'group' | 'private' | 'any';
  permission: Permission;
  permissionFor?(args: readonly string[]): Permission | null;
}

/** The permission a command needs when typed with these words (a form of it may be open to more people). */
export const permissionOf = (command: GatedCommand, args: readonly string[] = []): Permission =>
  command.permissionFor?.(args) ?? command.permission;

export type Gate = 'open' | 'group-only' | 'private-only' | 'denied';

/** The check made before a command runs: the dispatcher refuses anything but 'open', and /help lists nothing else. */
export function gate(actor: Pick<Actor, 'grants'>, command: GatedCommand, place: Place, args: readonly string[] = []): Gate {
  if (command.scope === 'group' && place.kind === 'private') return 'group-only';
  if (command.scope === 'private' && place.kind === 'group') return 'private-only';
  return isAllowed(actor, permissionOf(command, args), place.unitScope) ? 'open' : 'denied';
}

interface Audience {
  /** a permission the command checks itself, on the unit its arguments name (the gate lets all through) */
  permission?: Permission;
  /** the bare command works on a unit: the group's, or in private the person's own (or every unit, for leaders) */
  needsUnit?: true;
}

/**
 * Commands that have less for some people than their gate lets through, because each form checks for
 * itself: a unit or a ticket named in the arguments, the unit of the group. /help lists a command only where
 * it has something for the person, so that it never offers a command that then refuses; the gate stays as it
 * is, so that `/minhchung NV12 CDC` still works wherever it is typed. Written from the authorization matrix
 * (tests/reliability/authorization-matrix.test.ts); a test checks that each name is a registered command.
 */
export const AUDIENCES: Readonly<Record<string, Audience>> = {
  nhiemvu: { needsUnit: true },
  baocao: { needsUnit: true },
  giaitrinh: { needsUnit: true },
  hanchot: { needsUnit: true },
  quahan: { needsUnit: true },
  minhchung: { permission: permissions.unitMember, needsUnit: true },
  phananh: { permission: permissions.unitMember, needsUnit: true },
  homthu: { needsUnit: true },
  lich: { needsUnit: true },
  donvi: { needsUnit: true },
  theodoi: { needsUnit: true },
  // anyone may end their own dashboard sessions, but only someone with a role ever has one to end
  dangxuat: { permission: permissions.member },
};

/** Whether there is a unit to work on here: the group's; in private every unit for the Department's leaders, or one's own. */
function unitInView(actor: Pick<Actor, 'grants'>, place: Place): boolean {
  if (place.unitScope !== null || place.leadersChat) return true;
  if (place.kind === 'group') return false;
  return isAllowed(actor, permissions.leader, null) || actor.grants.some((grant) => grant.unitId !== null);
}

/** Whether /help offers a command to this person here: the gate lets them in and the command has something for them. */
export function isOffered(actor: Pick<Actor, 'grants'>, command: GatedCommand, place: Place): boolean {
  if (gate(actor, command, place) !== 'open') return false;
  const audience = AUDIENCES[command.name];
  if (!audience) return true;
  if (audience.permission && !isAllowed(actor, audience.permission, place.unitScope)) return false;
  return !audience.needsUnit || unitInView(actor, place);
}
