import type { RoleGrant } from '../members/member.js';
import { isAllowed, type Permission, permissions } from '../members/policy.js';
import type { Store } from '../store.js';
import { inTreeOrder } from '../units/unit-tree.js';
import { normalizeUnitCode, type Unit } from '../units/unit.js';

/**
 * Which units a page is about. Every page of the dashboard may be narrowed to a unit and the units under it
 * (`?don-vi=<mã>`, a permalink); without one, it shows what the person could see in a private chat: every unit
 * for a Department-wide role, otherwise the units they hold a role in and those below them.
 */
export interface PageScope {
  /** the unit the page was narrowed to, when one was named */
  unit: Unit | null;
  /** the named unit and the units above it (what `isAllowed` checks a unit role against); null: no unit named */
  unitScope: number[] | null;
  /** the units the page may show, in tree order (the named unit's subtree, or the person's own view) */
  units: Unit[];
  /** true when the page covers every unit of the Department */
  wholeDepartment: boolean;
}

export type ScopeOutcome = { ok: true; scope: PageScope } | { ok: false; reason: 'unknown-unit' | 'denied' };

/** The unit and every unit below it, in tree order. */
export function subtreeOf(units: readonly Unit[], rootId: number): Unit[] {
  const below = new Set<number>([rootId]);
  const ordered = inTreeOrder(units);
  // tree order puts every unit after its parent, so one pass collects the subtree
  for (const unit of ordered) if (unit.parentId !== null && below.has(unit.parentId)) below.add(unit.id);
  return ordered.filter((unit) => below.has(unit.id));
}

/** The ancestors chain of a unit (the unit first), from a list of units already read. */
function ancestorsOf(units: readonly Unit[], unitId: number): number[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const chain: number[] = [];
  let current = byId.get(unitId);
  while (current && !chain.includes(current.id)) {
    chain.push(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return chain;
}

/** The units a person sees without naming one: all of them for a Department-wide role, else their units' subtrees. */
export function ownView(grants: readonly RoleGrant[], units: readonly Unit[]): { units: Unit[]; wholeDepartment: boolean } {
  if (grants.some((grant) => grant.unitId === null)) return { units: inTreeOrder(units), wholeDepartment: true };
  const seen = new Set<number>();
  for (const grant of grants) if (grant.unitId !== null) for (const unit of subtreeOf(units, grant.unitId)) seen.add(unit.id);
  return { units: inTreeOrder(units).filter((unit) => seen.has(unit.id)), wholeDepartment: false };
}

/**
 * Resolves a page's scope and decides, once, whether the person may open the page there: the page's
 * permission is checked against the named unit (its chain of parents), or against no unit when none is named,
 * exactly as a command in a private chat is.
 */
export async function resolvePageScope(
  store: Store,
  viewer: { grants: RoleGrant[] },
  permission: Permission,
  unitCode: string | null,
): Promise<ScopeOutcome> {
  const units = await store.units.list();
  if (!unitCode) {
    if (!isAllowed(viewer, permission, null)) return { ok: false, reason: 'denied' };
    const view = ownView(viewer.grants, units);
    return { ok: true, scope: { unit: null, unitScope: null, ...view } };
  }
  const code = normalizeUnitCode(unitCode);
  const unit = units.find((candidate) => candidate.code === code);
  if (!unit) return { ok: false, reason: 'unknown-unit' };
  const unitScope = ancestorsOf(units, unit.id);
  if (!isAllowed(viewer, permission, unitScope)) return { ok: false, reason: 'denied' };
  return { ok: true, scope: { unit, unitScope, units: subtreeOf(units, unit.id), wholeDepartment: unit.parentId === null } };
}

/** Whether the person can sign in to the dashboard at all (any role, anywhere). */
export const maySignIn = (viewer: { grants: RoleGrant[] }) => isAllowed(viewer, permissions.dashboard, null);
