import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsDir } from '../paths.js';
import type { Database } from './client.js';
import { rowsOf } from './rows-of.js';

// The codes of a database that was never migrated: no `drizzle` schema, or no migrations table in it.
const NEVER_MIGRATED = new Set(['3F000', '42P01']);

/**
 * Whether every committed migration is already applied, by one read: drizzle applies the migrations whose
 * journal time is later than the last one it recorded, so when the recorded one is at least the journal's
 * newest there is nothing to do, and start-up skips the migrator (which reads and hashes every file and writes
 * its schema and table again). Anything else, a database never migrated included, is left to the migrator.
 */
export async function migrationsCurrent(db: Database, folder = migrationsDir): Promise<boolean> {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  try {
    const [last] = rowsOf<{ created_at: string | number | null }>(
      await db.execute(sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`),
    );
    return last?.created_at != null && Number(last.created_at) >= newest;
  } catch (error) {
    // drizzle wraps the driver's error ("Failed query: …"); the driver's own, with its code, is what the caller
    // reads (an unreachable server is told apart by it, as when the migrator's connection met it first)
    const cause = (error as { cause?: unknown }).cause;
    const driverError = cause && typeof cause === 'object' && 'code' in cause ? cause : error;
    const code = (driverError as { code?: unknown }).code;
    if (typeof code === 'string' && NEVER_MIGRATED.has(code)) return false;
    throw driverError;
  }
}
