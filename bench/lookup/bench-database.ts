import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js';
import { runPostgresMigrations } from '../../src/db/migrate.js';
import { serverUrl, withDatabase } from '../../tests/support/postgres-url.js';

/**
 * A fresh, migrated database of the driver this run uses: a throwaway database on the PostgreSQL server of
 * DATABASE_URL (so that 10 000 synthetic documents never land in a real one), or an in-memory PGlite.
 */
export async function openBenchDatabase(): Promise<{ handle: DatabaseHandle; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ driver: 'pglite', dataDir: null });
    await handle.migrate();
    return { handle, close: () => handle.close() };
  }
  const name = `tda_bench_lookup_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl(url), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const target = withDatabase(url, name);
  await runPostgresMigrations(target);
  const handle = await openDatabase({ driver: 'postgres', url: target, maxConnections: 4 });
  return {
    handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
