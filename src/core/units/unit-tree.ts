import type { Unit } from './unit.js';

/**
 * Units in the order of the tree, as an organisation chart reads: each unit followed by the units under it,
 * siblings in the order they were added (ids). A unit whose parent is missing counts as a root.
 */
export function inTreeOrder(units: readonly Unit[]): Unit[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<number | null, Unit[]>();
  for (const unit of [...units].sort((a, b) => a.id - b.id)) {
    const parent = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  const ordered: Unit[] = [];
  const seen = new Set<number>();
  // An explicit stack rather than recursion: trees of thousands of commune stations stay flat in memory.
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    ordered.push(unit);
    stack.push(...[...(children.get(unit.id) ?? [])].reverse());
  }
  // Units caught in a loop of parents are never reached from a root; they still belong at the end.
  for (const unit of units) if (!seen.has(unit.id)) ordered.push(unit);
  return ordered;
}

/** The unit at the top of a unit's tree (the Department), or null when the unit is unknown. */
export function rootOf(units: readonly Unit[], unitId: number): Unit | null {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  let unit = byId.get(unitId) ?? null;
  const seen = new Set<number>();
  while (unit && unit.parentId !== null && byId.has(unit.parentId) && !seen.has(unit.id)) {
    seen.add(unit.id);
    unit = byId.get(unit.parentId)!;
  }
  return unit;
}
