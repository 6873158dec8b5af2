import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { serverUrl, withDatabase } from './postgres-url.js';

export interface TestDatabase extends DatabaseHandle {
  /** Empties every table (migrations stay applied) so each test starts from nothing. */
  reset(): Promise<void>;
  /** Rows per table, to prove that a refused command wrote nothing. */
  counts(): Promise<Record<string, number>>;
  /** The URL of this database when it lives on PostgreSQL (child processes connect to it). */
  url: string | null;
  /** Every row of every table and where every sequence stands, to put back later with restore(). */
  snapshot(): Promise<DatabaseSnapshot>;
  /**
   * Puts the database back exactly as snapshot() saw it: the same rows in the same order, the same identity
   * counters. Much faster than rebuilding the rows through the app (tens of milliseconds, not hundreds).
   */
  restore(snapshot: DatabaseSnapshot): Promise<void>;
}

export interface DatabaseSnapshot {
  tables: Array<{ name: string; columns: string[]; rows: string }>;
  sequences: Array<{ name: string; value: string; called: boolean }>;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

// Every table of the schema, read from the database so a new table is never forgotten by reset() or counts().
async function tablesOf(db: DatabaseHandle['db']): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql.raw(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)),
  );
  return rows.map((row) => row.name);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

// The columns a row can be written back into (all of them: the schema has no generated column), in order.
async function columnsOf(db: DatabaseHandle['db']): Promise<Map<string, string[]>> {
  const rows = rowsOf<{ table: string; column: string }>(
    await db.execute(
      sql.raw(
        `select table_name as "table", column_name as "column" from information_schema.columns
         where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`,
      ),
    ),
  );
  const columns = new Map<string, string[]>();
  for (const row of rows) columns.set(row.table, [...(columns.get(row.table) ?? []), row.column]);
  return columns;
}

// The sequences of the schema (each one a table's identity, which truncate ... restart identity resets).
async function sequencesOf(db: DatabaseHandle['db']): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql.raw(`select sequencename as name from pg_sequences where schemaname = 'public' order by sequencename`)),
  );
  return rows.map((row) => row.name);
}

/** A migrated database of the driver this run uses (PGlite by default, PostgreSQL with DATABASE_URL). */
export async function openTestDatabase(): Promise<TestDatabase> {
  const target = inject('testDatabase');
  let handle: DatabaseHandle;
  let url: string | null = null;
  let dropDatabase = async () => {};

  if (target.driver === 'postgres') {
    const name = `tda_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl(target.url), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${target.template}"`);
    url = withDatabase(target.url, name);
    handle = await openDatabase({ driver: 'postgres', url, maxConnections: 5 });
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    const snapshot = new Blob([await readFile(target.snapshotFile)]);
    handle = await openDatabase({ driver: 'pglite', dataDir: null, loadDataDir: snapshot });
  }

  const tables = await tablesOf(handle.db);
  let layout: Promise<{ columns: Map<string, string[]>; sequences: string[] }> | null = null;
  const layoutOf = () =>
    (layout ??= Promise.all([columnsOf(handle.db), sequencesOf(handle.db)]).then(([columns, sequences]) => ({ columns, sequences })));
  return {
    ...handle,
    url,
    async close() {
      await handle.close();
      await dropDatabase();
    },
    async reset() {
      await handle.db.execute(sql.raw(`truncate ${tables.map((t) => `"${t}"`).join(', ')} restart identity cascade`));
    },
    async counts() {
      const query = tables.map((t) => `select '${t}' as name, count(*)::int as n from "${t}"`).join(' union all ');
      const rows = rowsOf<{ name: string; n: number }>(await handle.db.execute(sql.raw(query)));
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
    },
    async snapshot() {
      const { columns, sequences } = await layoutOf();
      const saved: DatabaseSnapshot = { tables: [], sequences: [] };
      for (const table of tables) {
        // the rows in the order a scan finds them, so that the copy scans in the same order
        const [row] = rowsOf<{ n: number; rows: string }>(
          await handle.db.execute(sql.raw(`select count(*)::int as n, coalesce(json_agg(t), '[]')::text as rows from ${quote(table)} t`)),
        );
        if (Number(row!.n) > 0) saved.tables.push({ name: table, columns: columns.get(table)!, rows: row!.rows });
      }
      if (sequences.length > 0) {
        const query = sequences
          .map((name) => `select '${name}' as name, last_value::text as value, is_called as called from ${quote(name)}`)
          .join(' union all ');
        saved.sequences = rowsOf<{ name: string; value: string; called: boolean }>(await handle.db.execute(sql.raw(query)));
      }
      return saved;
    },
    async restore(saved) {
      await handle.db.transaction(async (tx) => {
        // rows go in whatever the order of the tables: the foreign keys were satisfied when the snapshot was taken
        await tx.execute(sql.raw('set local session_replication_role = replica'));
        for (const table of tables) await tx.execute(sql.raw(`delete from ${quote(table)}`));
        for (const table of saved.tables) {
          const list = table.columns.map(quote).join(', ');
          await tx.execute(
            sql`${sql.raw(`insert into ${quote(table.name)} (${list}) overriding system value select ${list} from json_populate_recordset(null::${quote(table.name)}, `)}${table.rows}${sql.raw('::json)')}`,
          );
        }
        if (saved.sequences.length > 0) {
          const calls = saved.sequences.map((s) => `setval('${quote(s.name)}', ${BigInt(s.value)}, ${s.called ? 'true' : 'false'})`);
          await tx.execute(sql.raw(`select ${calls.join(', ')}`));
        }
      });
    },
  };
}
