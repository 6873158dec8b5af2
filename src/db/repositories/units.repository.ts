import { asc, count, eq } from 'drizzle-orm';
import { normalizeUnitCode, type NewUnit, type Unit, type UnitKind, type UnitsRepository } from '../../core/units/unit.js';
import type { Database } from '../client.js';
import { units } from '../schema/index.js';

const toUnit = (row: typeof units.$inferSelect): Unit => ({
  id: row.id,
  code: row.code,
  name: row.name,
  shortName: row.shortName,
  kind: row.kind as UnitKind,
  parentId: row.parentId,
  timezone: row.timezone,
});

/**
 * Units are read on every message (the chat's unit, the units above it) and change only when an admin imports
 * or adds them. A short-lived cache of what was found spares those reads; a unit that is not found is always
 * asked again, and inserting one here empties the cache.
 */
export interface UnitCache {
  byId: Map<number, Unit>;
  ancestors: Map<number, number[]>;
  until: number;
}

export const createUnitCache = (): UnitCache => ({ byId: new Map(), ancestors: new Map(), until: 0 });

const CACHE_MS = 30_000;

export function createUnitsRepository({ db, cache = createUnitCache() }: { db: Database; cache?: UnitCache }): UnitsRepository {
  const fresh = () => {
    const now = Date.now();
    if (now > cache.until) {
      cache.byId.clear();
      cache.ancestors.clear();
      cache.until = now + CACHE_MS;
    }
    return cache;
  };
  const findById = async (id: number) => {
    const cached = fresh().byId.get(id);
    if (cached) return cached;
    const [row] = await db.select().from(units).where(eq(units.id, id));
    const unit = row ? toUnit(row) : null;
    if (unit) cache.byId.set(id, unit);
    return unit;
  };
  const findByCode = async (code: string) => {
    const [row] = await db.select().from(units).where(eq(units.code, normalizeUnitCode(code)));
    return row ? toUnit(row) : null;
  };

  return {
    findById,
    findByCode,
    async ancestorIds(id) {
      const cached = fresh().ancestors.get(id);
      if (cached) return [...cached];
      // A unit tree is a few levels deep (Sở → TTYT → trạm y tế), so walking it beats a recursive query.
      const chain: number[] = [];
      let next: number | null = id;
      while (next !== null && !chain.includes(next)) {
        const [row] = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.id, next));
        if (!row) break;
        chain.push(row.id);
        next = row.parentId;
      }
      if (chain.length > 0) cache.ancestors.set(id, chain);
      return [...chain];
    },
    async list() {
      return (await db.select().from(units).orderBy(asc(units.id))).map(toUnit);
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(units);
      return row?.n ?? 0;
    },
    async insert(unit: NewUnit) {
      cache.until = 0;
      const parent = unit.parentCode ? await findByCode(unit.parentCode) : null;
      if (unit.parentCode && !parent) throw new Error(`parent unit ${unit.parentCode} not found for ${unit.code}`);
      const [row] = await db
        .insert(units)
        .values({
          code: normalizeUnitCode(unit.code),
          name: unit.name,
          shortName: unit.shortName ?? null,
          kind: unit.kind,
          parentId: parent?.id ?? null,
          timezone: unit.timezone ?? null,
        })
        .returning();
      if (!row) throw new Error('unit insert returned nothing');
      return toUnit(row);
    },
    async update(code, fields) {
      const parent = fields.parentCode ? await findByCode(fields.parentCode) : null;
      if (fields.parentCode && !parent) throw new Error(`parent unit ${fields.parentCode} not found for ${code}`);
      const [row] = await db
        .update(units)
        .set({ name: fields.name, shortName: fields.shortName ?? null, kind: fields.kind, parentId: parent?.id ?? null })
        .where(eq(units.code, normalizeUnitCode(code)))
        .returning();
      if (!row) throw new Error(`unit ${code} vanished before update`);
      return toUnit(row);
    },
  };
}
