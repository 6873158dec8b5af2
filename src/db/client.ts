import { writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { postgresConnection } from './connection-url.js';
import { migrationsCurrent } from './migrations-current.js';
import {
  buildMigratedCluster,
  buildPgliteTemplate,
  clearFailedLoad,
  copyMigratedCluster,
  migratedClusterDir,
  templateForNewCluster,
} from './pglite-template.js';

/**
 * What repositories are written against: satisfied by both drivers and by a transaction. drizzle is given no
 * schema: the code builds its queries from the tables, never through drizzle's relational `db.query` API, and
 * with a schema drizzle made a query builder for every table in every transaction (each message's).
 */
export type Database = PgDatabase<PgQueryResultHKT>;

export type DatabaseDriver = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /**
   * Runs the committed migrations; on PostgreSQL under an advisory lock so replicas do not collide. A database
   * that has them all is told by one read (migrations-current.ts), and the migrator is not loaded.
   */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { driver: 'postgres'; url: string; maxConnections?: number }
  | {
      driver: 'pglite';
      dataDir: string | null;
      loadDataDir?: Blob /** the empty cluster's archive (tests) */;
      templateFile?: string;
      /** the migrated cluster a new data directory is copied from (tests); by default the one `npm install` made */
      migratedCluster?: string | null;
    };

// The extensions Vietnamese search needs, compiled into PGlite's WASM build.
const pgliteExtensions = { unaccent, pg_trgm };

type PgliteOptions = Extract<DatabaseOptions, { driver: 'pglite' }>;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.driver === 'postgres') return openPostgres(options.url, options.maxConnections ?? 10);
  return openPglite(options);
}

/**
 * For the webhook benchmark's "statements per update": with TDA_SQL_COUNT_FILE set, every statement sent is
 * counted, and SIGUSR2 writes the count so far to that file (the benchmark reads it before and after its load).
 * Counted in our own wrappers below, not through postgres.js's `debug` option: that option also makes every
 * query capture a stack trace (and keep its parameters on its errors), which cost the measured bot a tenth of
 * its CPU per message.
 */
function statementCounter(): () => void {
  const file = process.env.TDA_SQL_COUNT_FILE;
  if (!file) return () => {};
  let statements = 0;
  process.on('SIGUSR2', () => writeFileSync(file, String(statements)));
  return () => {
    statements += 1;
  };
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const counted = statementCounter();
  const connection = postgresConnection(url);
  const client = postgres(connection.url, {
    max,
    ...(connection.host ? { host: connection.host } : {}),
    onnotice: () => {},
    // the dashboard's aggregates sort tens of thousands of rows: at the default 4 MB they spill to disk
    connection: { work_mem: '16MB' },
    // While the database is unreachable a query must fail within a second or two, so that a webhook answers
    // 5xx and the platform retries (Zalo waits 2 s), and once it is back the next query must not sit out a
    // pause. postgres.js's defaults wait up to 30 s for a connection and, after failed ones, delay the next
    // attempt by up to 20 s (3^n / 100 s, counted for the whole pool). As each failed attempt fails one waiting
    // query, that delay also paced the failures: ten connections turned 40 waiting webhooks away in 4 s, then
    // 40 s. A refused connection costs the server nothing; a few attempts a second per connection is harmless.
    connect_timeout: 5,
    backoff: (attempt) => Math.min(0.01 * 2 ** attempt, 0.2),
  });
  const db = drizzlePostgres(guardTransactions(preparedStatements(client, counted), counted)) as unknown as Database;
  return {
    db,
    driver: 'postgres',
    migrate: async () => {
      if (await migrationsCurrent(db)) return;
      const { runPostgresMigrations } = await import('./migrate.js');
      await runPostgresMigrations(url);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * drizzle asks postgres.js for an unnamed statement unless a query was `.prepare()`d by name, and postgres.js
 * then sends every query with parameters twice: Parse and Describe, a wait for the parameter types, then Bind
 * and Execute. Named statements are described once per connection and then sent in one go, which halves the
 * round trips of every message (and the socket writes that dominate the bot's CPU under load). The statements
 * are the code's own query shapes, so the per-connection cache stays small; connections are recycled anyway.
 */
function preparedStatements(client: postgres.Sql, counted: () => void): postgres.Sql {
  const unsafe = ((query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) => {
    counted();
    return client.unsafe(query, parameters, { ...options, prepare: true });
  }) as postgres.Sql['unsafe'];
  return new Proxy(client, {
    get: (target, property, receiver) => (property === 'unsafe' ? unsafe : Reflect.get(target, property, receiver)),
  });
}

/** postgres.js errors that mean the connection itself is gone, whatever the statement was. */
export function connectionLost(error: unknown): boolean {
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown };
  return (
    severity === 'FATAL' ||
    severity === 'PANIC' ||
    (typeof code === 'string' &&
      ['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))
  );
}

type Query = ReturnType<postgres.TransactionSql['unsafe']>;

/**
 * Works around a postgres.js 3.4.9 defect (porsager/postgres#1208, #1154; unfixed upstream): a statement
 * issued on a transaction's connection after the server dropped it (a restart, a failover, a terminated
 * session) is written from a setImmediate to a socket that is already null, and the TypeError kills the
 * process. Not only our own next statement: postgres.js itself writes COMMIT or ROLLBACK there once the
 * transaction's callback settles.
 *
 * So each transaction watches its own statements: once one fails because the connection is lost, or the
 * transaction as a whole fails that way, no further statement reaches postgres.js, and the callback's outcome
 * is withheld from it (the callback is left unsettled, and postgres.js never writes COMMIT or ROLLBACK). The
 * caller still learns, since postgres.js rejects the transaction when the connection closes; the server
 * rolled it back already.
 */
function guardTransactions(client: postgres.Sql, counted: () => void): postgres.Sql {
  const begin = (...args: unknown[]) => {
    // BEGIN, and COMMIT or ROLLBACK, which postgres.js sends itself
    counted();
    counted();
    const work = args.pop() as (sql: postgres.TransactionSql) => unknown;
    let lost: unknown = null;
    const watch = (error: unknown) => {
      if (!lost && connectionLost(error)) lost = error;
    };
    const outcome = (client.begin as (...a: unknown[]) => Promise<unknown>)(...args, (tx: postgres.TransactionSql) => {
      const guarded = new Proxy(tx, {
        get(target, property, receiver) {
          if (property !== 'unsafe') return Reflect.get(target, property, receiver);
          // A stand-in for the lazy query: it runs (or refuses to) when awaited, as postgres.js queries do.
          return (...query: Parameters<postgres.TransactionSql['unsafe']>) => {
            let shape: 'values' | 'raw' | null = null;
            let running: Promise<unknown> | null = null;
            const run = (): Promise<unknown> => {
              if (lost) return Promise.reject(lost);
              counted();
              let statement: Query = target.unsafe(query[0], query[1], { ...query[2], prepare: true });
              if (shape === 'values') statement = statement.values() as unknown as Query;
              if (shape === 'raw') statement = statement.raw() as unknown as Query;
              return statement.then(undefined, (error: unknown) => {
                watch(error);
                throw error;
              });
            };
            const pending = {
              values() {
                shape = 'values';
                return pending;
              },
              raw() {
                shape = 'raw';
                return pending;
              },
              // once, however often it is awaited
              then(resolve?: (value: unknown) => unknown, reject?: (reason: unknown) => unknown) {
                running ??= run();
                return running.then(resolve, reject);
              },
            };
            return pending;
          };
        },
      });
      return new Promise((resolve, reject) => {
        Promise.resolve(work(guarded)).then(
          (value) => (lost ? undefined : resolve(value)),
          (error: unknown) => (lost ? undefined : reject(error)),
        );
      });
    });
    outcome.catch(watch);
    return outcome;
  };
  return new Proxy(client, {
    get: (target, property, receiver) => (property === 'begin' ? begin : Reflect.get(target, property, receiver)),
  });
}

/** Builds the archive of an empty cluster that new data directories start from (`npm install` runs it). */
export const preparePgliteTemplate = (file?: string) => buildPgliteTemplate(pgliteExtensions, file);

/** Builds the migrated cluster that new data directories are copied from (`npm install` runs it, after the archive). */
export const prepareMigratedCluster = (dir?: string, archive?: string) =>
  buildMigratedCluster(
    pgliteExtensions,
    async (client) => {
      const { runPgliteMigrations } = await import('./migrate.js');
      await runPgliteMigrations(client);
    },
    dir,
    archive,
  );

/** The migrated cluster `npm install` made for these migrations, or null (none, or no migrations folder to name it by). */
function defaultMigratedCluster(): string | null {
  try {
    return migratedClusterDir();
  } catch {
    return null;
  }
}

async function createPglite({ dataDir, loadDataDir, templateFile, migratedCluster }: PgliteOptions): Promise<PGlite> {
  if (!dataDir) return PGlite.create({ ...(loadDataDir ? { loadDataDir } : {}), extensions: pgliteExtensions });
  const directory = path.resolve(dataDir);
  await mkdir(directory, { recursive: true });
  // A new data directory is copied from the migrated cluster when there is one (tests that name their own
  // archive test the archive: no migrated cluster for them unless they name one too).
  if (!loadDataDir && (await readdir(directory)).length === 0) {
    const cluster = migratedCluster !== undefined ? migratedCluster : templateFile ? null : defaultMigratedCluster();
    if (await copyMigratedCluster(directory, cluster)) {
      try {
        return await PGlite.create({ dataDir: directory, extensions: pgliteExtensions });
      } catch {
        // a damaged copy: only a shortcut, so the archive or initdb after all
        await clearFailedLoad(directory);
      }
    }
  }
  const template = loadDataDir ?? (await templateForNewCluster(directory, templateFile));
  if (!template) return PGlite.create({ dataDir: directory, extensions: pgliteExtensions });
  try {
    return await PGlite.create({ dataDir: directory, loadDataDir: template, extensions: pgliteExtensions });
  } catch (error) {
    if (loadDataDir) throw error;
    // The install-time archive did not load (damaged, say): it was only a shortcut, so initdb runs after all.
    await clearFailedLoad(directory);
    return PGlite.create({ dataDir: directory, extensions: pgliteExtensions });
  }
}

async function openPglite(options: PgliteOptions): Promise<DatabaseHandle> {
  const client = await createPglite(options);
  const db = drizzlePglite(client) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: async () => {
      if (await migrationsCurrent(db)) return;
      const { runPgliteMigrations } = await import('./migrate.js');
      await runPgliteMigrations(client);
    },
    close: () => client.close(),
  };
}

/** Kept for tests that snapshot a migrated PGlite once and load it per test file. */
export async function dumpPglite(handle: DatabaseHandle): Promise<Blob> {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
