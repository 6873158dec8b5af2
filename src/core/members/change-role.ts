import { DomainError } from '../errors.js';
import type { Unit } from '../units/unit.js';
import type { Store } from '../store.js';
import type { Actor, MemberRef, RoleGrant } from './member.js';
import { isAdmin } from './policy.js';
import { isGlobalRole, type Role } from './roles.js';

export interface ChangeRoleInput {
  actor: Actor;
  target: MemberRef;
  role: Role;
  /** the unit the role is held in; ignored for Department-wide roles */
  unit: Unit | null;
  action: 'grant' | 'revoke';
}

export interface ChangeRoleResult {
  changed: boolean;
  grant: RoleGrant;
}

export type ConfirmReason = 'grant-admin' | 'revoke-admin' | 'grant-department-leader' | 'revoke-department-leader' | 'last-focal-point';

/**
 * Whether a change is hard enough to undo to be asked about first: giving or taking away the rights over the
 * whole Department, and taking away the last focal point of a unit (its reminders would reach nobody).
 * null: make it at once. A change that would change nothing needs no question.
 */
export async function needsConfirmation(store: Store, input: ChangeRoleInput): Promise<ConfirmReason | null> {
  if (input.role === 'admin' || input.role === 'department_leader') {
    const held = (await store.members.grantsOf(input.target.memberId)).some((grant) => grant.role === input.role);
    if (input.action === 'grant' ? held : !held) return null;
    // the last administrator cannot be removed at all: say so at once rather than after a question
    if (input.action === 'revoke' && input.role === 'admin' && (await store.members.countWithRole('admin')) <= 1) return null;
    return `${input.action}-${input.role === 'admin' ? 'admin' : 'department-leader'}`;
  }
  if (input.action === 'revoke' && input.role === 'focal_point' && input.unit) {
    const focal = await store.members.withRole('focal_point', input.unit.id);
    if (focal.length === 1 && focal[0]!.memberId === input.target.memberId) return 'last-focal-point';
  }
  return null;
}

/** Assigns or removes a role (/phanquyen). Admins only; the last admin cannot be removed, or nobody could bind groups. */
export async function changeRole(store: Store, input: ChangeRoleInput): Promise<ChangeRoleResult> {
  if (!isAdmin(input.actor))
    throw new DomainError('role.forbidden', 'permission-denied-admin', { command: '/phanquyen', admins: '', count: 0 });
  const global = isGlobalRole(input.role);
  if (!global && !input.unit) throw new DomainError('role.unit_required', 'role-unit-required');
  const grant: RoleGrant = { role: input.role, unitId: global ? null : input.unit!.id };

  return store.transaction(async (tx) => {
    if (input.action === 'revoke' && input.role === 'admin' && (await tx.members.countWithRole('admin')) <= 1) {
      const current = await tx.members.grantsOf(input.target.memberId);
      if (current.some((g) => g.role === 'admin')) throw new DomainError('role.last_admin', 'role-last-admin');
    }
    const changed =
      input.action === 'grant'
        ? await tx.members.grant(input.target.memberId, grant, input.actor.memberId)
        : await tx.members.revoke(input.target.memberId, grant);
    if (changed) {
      await tx.audit.record({
        actorId: input.actor.memberId,
        action: input.action === 'grant' ? 'role.grant' : 'role.revoke',
        entity: 'member',
        entityId: String(input.target.memberId),
        data: { role: input.role, unitId: grant.unitId },
      });
    }
    return { changed, grant };
  });
}
