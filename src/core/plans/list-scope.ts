import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { ChatRecord } from '../chats/chat.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';

/** Whose deadlines a list shows: some units, or every unit (null) for the Department's leaders. */
export interface ListScope {
  unitIds: number[] | null;
  /** the one unit when there is one, for headings */
  unit: Unit | null;
}

/**
 * /hanchot and /quahan show the unit in a unit's group; every unit in the leaders' group, or in a private
 * chat with a Department leader or admin; otherwise the units the person holds a role in.
 */
export async function deadlineListScope(
  store: Store,
  input: { actor: Actor; chat: { kind: 'group' | 'private'; record: ChatRecord | null; unit: Unit | null } },
): Promise<ListScope> {
  const leader = isAllowed(input.actor, permissions.leader, null);
  if (input.chat.record?.isLeadersChat || (input.chat.kind === 'private' && leader)) return { unitIds: null, unit: null };
  if (input.chat.unit) return { unitIds: [input.chat.unit.id], unit: input.chat.unit };
  if (input.chat.kind === 'group') throw new DomainError('chat.not_bound', 'chat-not-bound'); // the dispatcher names the command used
  const unitIds = [...new Set(input.actor.grants.map((g) => g.unitId).filter((id): id is number => id !== null))];
  if (unitIds.length === 0) throw new DomainError('tasks.unit_required', 'tasks-unit-required');
  const unit = unitIds.length === 1 ? await store.units.findById(unitIds[0]!) : null;
  return { unitIds, unit };
}
