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
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

// Every table of the schema, read from the database so a new table is never forgotten by reset() or counts().
async function tablesOf(db: DatabaseHandle['db']): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql.raw(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)),
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
  };
}
