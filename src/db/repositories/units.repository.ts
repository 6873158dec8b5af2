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
 * or adds them. The whole table is kept for a short while, read in one query when it is stale: a province has a
 * few hundred units, and reading them one by one cost two round trips per message whenever the units in use
 * outnumbered what a few seconds' traffic had fetched. A unit missing from the copy (added by another replica
 * since) is asked for on its own; inserting one here makes the copy stale.
 */
export interface UnitCache {
  byId: Map<number, Unit>;
  until: number;
  /**
   * The read in progress, shared by the messages that found the copy stale at the same moment through the
   * same connection only: on PGlite's single connection a read outside a transaction waits for the open one
   * to end, so a transaction waiting on that read would wait for ever.
   */
  loading: { db: Database; done: Promise<void> } | null;
}

export const createUnitCache = (): UnitCache => ({ byId: new Map(), until: 0, loading: null });

const CACHE_MS = 30_000;

export function createUnitsRepository({ db, cache = createUnitCache() }: { db: Database; cache?: UnitCache }): UnitsRepository {
  async function fresh(): Promise<Map<number, Unit>> {
    if (Date.now() <= cache.until) return cache.byId;
    let loading = cache.loading;
    if (loading?.db !== db) {
      const started: { db: Database; done: Promise<void> } = { db, done: Promise.resolve() };
      cache.loading = started;
      started.done = (async () => {
        try {
          const rows = await db.select().from(units);
          cache.byId = new Map(rows.map((row) => [row.id, toUnit(row)]));
          cache.until = Date.now() + CACHE_MS;
        } finally {
          if (cache.loading === started) cache.loading = null;
        }
      })();
      loading = started;
    }
    await loading!.done;
    return cache.byId;
  }
  const findById = async (id: number) => {
    // The shared read may have run in another message's transaction and failed with it: then this one asks itself.
    const cached = await fresh().then(
      (byId) => byId.get(id),
      () => undefined,
    );
    if (cached) return cached;
    const [row] = await db.select().from(units).where(eq(units.id, id));
    const unit = row ? toUnit(row) : null;
    if (unit) cache.byId.set(id, unit);
    return unit;
  };
  const findByCode = async (code: string) => {
    const [row] = await db
      .select()
      .from(units)
      .where(eq(units.code, normalizeUnitCode(code)));
    return row ? toUnit(row) : null;
  };

  return {
    findById,
    findByCode,
    async ancestorIds(id) {
      // A unit tree is a few levels deep (Sở → TTYT → trạm y tế); the walk stops at a unit seen twice.
      const chain: number[] = [];
      let next: number | null = id;
      while (next !== null && !chain.includes(next)) {
        const unit = await findById(next);
        if (!unit) break;
        chain.push(unit.id);
        next = unit.parentId;
      }
      return chain;
    },
    async list() {
      return (await db.select().from(units).orderBy(asc(units.id))).map(toUnit);
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(units);
      return row?.n ?? 0;
    },
    async insert(unit: NewUnit) {
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
      cache.until = 0;
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
      cache.until = 0;
      return toUnit(row);
    },
  };
}
