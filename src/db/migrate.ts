import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { migrationsDir } from '../paths.js';
import { postgresConnection } from './connection-url.js';

// Any 64-bit number works as long as every replica uses the same one.
const MIGRATION_LOCK_KEY = 7_340_251_001;

/**
 * Applies the committed migrations on a dedicated single connection. Replicas that start together queue on
 * the advisory lock, and the second finds nothing left to do. Failure throws: the caller exits non-zero.
 */
export async function runPostgresMigrations(url: string): Promise<void> {
  const connection = postgresConnection(url);
  const client = postgres(connection.url, { max: 1, onnotice: () => {}, ...(connection.host ? { host: connection.host } : {}) });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migratePostgres(drizzlePostgres(client), { migrationsFolder: migrationsDir });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

// PGlite is one process with one connection: no lock is needed.
export async function runPgliteMigrations(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite(client), { migrationsFolder: migrationsDir });
}
