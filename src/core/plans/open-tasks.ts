import { DomainError } from '../errors.js';
import type { Actor } from '../members/member.js';
import { isAllowed, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import type { Unit } from '../units/unit.js';
import { requireUnit } from '../units/unit-search.js';
import type { OpenTask } from './plan.js';

export interface UnitTasks {
  unit: Unit;
  tasks: OpenTask[];
}

/**
 * Which units' tasks /nhiemvu shows: the one named, else the chat's unit, else (in a private chat) every
 * unit the person holds a role in. Each must be one the person belongs to, or one below a unit they lead.
 */
export async function openTasksFor(
  store: Store,
  input: { actor: Actor; chatUnit: Unit | null; chatKind: 'group' | 'private'; unitCode: string | null },
): Promise<UnitTasks[]> {
  let units: Unit[];
  if (input.unitCode) {
    units = [await requireUnit(store.units, input.unitCode)];
  } else if (input.chatUnit) {
    units = [input.chatUnit];
  } else if (input.chatKind === 'group') {
    throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/nhiemvu' });
  } else {
    const unitIds = [...new Set(input.actor.grants.map((g) => g.unitId).filter((id): id is number => id !== null))];
    units = (await Promise.all(unitIds.map((id) => store.units.findById(id)))).filter((u): u is Unit => u !== null);
    if (units.length === 0) throw new DomainError('tasks.unit_required', 'tasks-unit-required');
  }

  for (const unit of units) {
    const scope = await store.units.ancestorIds(unit.id);
    if (!isAllowed(input.actor, permissions.unitMember, scope)) {
      throw new DomainError('tasks.forbidden', 'tasks-forbidden-unit', { unit: unit.name });
    }
  }
  const all = await store.plans.openTasksForUnits(units.map((u) => u.id));
  return units.map((unit) => ({ unit, tasks: all.filter((task) => task.unitId === unit.id) }));
}
