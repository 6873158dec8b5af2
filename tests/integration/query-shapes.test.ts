import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { queryShapes, sqlShapes } from '../../src/db/query-shapes.js';
import { rowsOf } from '../../src/db/rows-of.js';
import { units } from '../../src/db/schema/index.js';
import { createStore } from '../../src/db/store.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(() => db.reset());

describe(`a query built once per shape, on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  async function twoUnits() {
    const store = createStore(db.db);
    const syt = await store.units.insert({ code: 'SYT', name: 'Sở Y tế', kind: 'department' });
    const ttyt = await store.units.insert({ code: 'TTYT-TD', name: 'TTYT Tam Đường', kind: 'health_center', parentCode: 'SYT' });
    return { syt, ttyt };
  }

  it('runs with new values each time, a list as one array, on the database and inside a transaction', async () => {
    const { syt, ttyt } = await twoUnits();
    const run = queryShapes();
    let builds = 0;
    const byCode = (on: Database) => () => {
      builds += 1;
      return on
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(eq(units.code, sql.placeholder('code')));
    };
    const inList = (on: Database) => () => {
      builds += 1;
      return on
        .select({ code: units.code })
        .from(units)
        .where(sql`${units.id} = any(${sql.placeholder('ids')}::int[])`)
        .orderBy(units.code);
    };

    expect(await run(db.db, 'by-code', byCode(db.db), { code: 'SYT' })).toEqual([{ id: syt.id, name: 'Sở Y tế' }]);
    expect(await run(db.db, 'by-code', byCode(db.db), { code: 'TTYT-TD' })).toEqual([{ id: ttyt.id, name: 'TTYT Tam Đường' }]);
    expect(await run(db.db, 'by-code', byCode(db.db), { code: 'KHÔNG-CÓ' })).toEqual([]);
    expect(builds).toBe(1);

    expect(await run(db.db, 'in-list', inList(db.db), { ids: [syt.id, ttyt.id] })).toEqual([{ code: 'SYT' }, { code: 'TTYT-TD' }]);
    expect(await run(db.db, 'in-list', inList(db.db), { ids: [ttyt.id] })).toEqual([{ code: 'TTYT-TD' }]);
    expect(await run(db.db, 'in-list', inList(db.db), { ids: [] })).toEqual([]);
    expect(builds).toBe(2);

    // inside a transaction the statement runs on the transaction's connection: it sees the transaction's own rows
    await db.db
      .transaction(async (tx) => {
        await tx.insert(units).values({ code: 'TYT-BL', name: 'Trạm Y tế Bình Lư', kind: 'commune_station', parentId: ttyt.id });
        const [added] = await run(tx as unknown as Database, 'by-code', byCode(db.db), { code: 'TYT-BL' });
        expect(added?.name).toBe('Trạm Y tế Bình Lư');
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
    expect(await run(db.db, 'by-code', byCode(db.db), { code: 'TYT-BL' })).toEqual([]);
    expect(builds).toBe(2);
  });

  it('runs a statement written as SQL with new values each time, a value used twice, on the database and inside a transaction', async () => {
    const { ttyt } = await twoUnits();
    const run = sqlShapes();
    let builds = 0;
    const insertUnder = () => {
      builds += 1;
      return sql`insert into ${units} (code, name, kind, parent_id)
        values (${sql.placeholder('code')}, ${sql.placeholder('name')}, 'commune_station', ${sql.placeholder('parent')}::int)
        returning code, name, (select count(*)::int from ${units} where parent_id = ${sql.placeholder('parent')}::int) as siblings_before`;
    };
    const added = (on: Database, code: string, name: string) =>
      run(on, 'insert-under', insertUnder, { code, name, parent: ttyt.id }).then((result) =>
        rowsOf<{ code: string; name: string; siblings_before: number }>(result),
      );
    expect(await added(db.db, 'TYT-BL', 'Trạm Y tế Bình Lư')).toEqual([{ code: 'TYT-BL', name: 'Trạm Y tế Bình Lư', siblings_before: 0 }]);
    expect(await added(db.db, 'TYT-SH', 'Trạm Y tế Sơn Hồ')).toEqual([{ code: 'TYT-SH', name: 'Trạm Y tế Sơn Hồ', siblings_before: 1 }]);
    await db.db
      .transaction(async (tx) => {
        expect(await added(tx as unknown as Database, 'TYT-HG', 'Trạm Y tế Hồ Thầu')).toHaveLength(1);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes('Rollback'))) throw error;
      });
    expect((await db.db.select({ code: units.code }).from(units).where(eq(units.parentId, ttyt.id))).map((row) => row.code).sort()).toEqual(
      ['TYT-BL', 'TYT-SH'],
    );
    expect(builds).toBe(1);
  });
});
