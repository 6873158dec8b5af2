import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { migrationsCurrent } from '../../src/db/migrations-current.js';
import { pgliteTemplateFile } from '../../src/db/pglite-template.js';
import { migrationsDir } from '../../src/paths.js';
import { serverUrl, withDatabase } from '../support/postgres-url.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

let t: TestDatabase;
let folder: string;

beforeAll(async () => {
  t = await openTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), 'tda-journal-'));
});
afterAll(async () => {
  await t.close();
  await rm(folder, { recursive: true, force: true });
});

/** A migrations folder whose journal has one more migration than the committed one (a newer version's). */
async function journalWithOneMore(): Promise<string> {
  const journal = JSON.parse(await readFile(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; when: number; tag: string }>;
  };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: `${last.idx + 1}_next` });
  await mkdir(path.join(folder, 'meta'), { recursive: true });
  await writeFile(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

describe('whether a start has migrations to apply, by one read', () => {
  it('says none on a database that has every committed migration, so the migrator is skipped', async () => {
    expect(await migrationsCurrent(t.db)).toBe(true);
    // and migrate() on it changes nothing: the same rows in drizzle's table
    const before = rowsOf(await t.db.execute(sql`select id, hash, created_at from drizzle.__drizzle_migrations order by id`));
    await t.migrate();
    expect(rowsOf(await t.db.execute(sql`select id, hash, created_at from drizzle.__drizzle_migrations order by id`))).toEqual(before);
  });

  it('says some when the code has a migration the database has not had', async () => {
    expect(await migrationsCurrent(t.db, await journalWithOneMore())).toBe(false);
  });

  it('says some when the database recorded fewer migrations than the journal', async () => {
    await t.db.execute(
      sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`,
    );
    expect(await migrationsCurrent(t.db)).toBe(false);
  });

  it("passes on the driver's own error when the server cannot be reached, so that start-up can say so", async () => {
    // nothing listens on port 1
    const unreachable = await openDatabase({ driver: 'postgres', url: 'postgres://nobody:secret@127.0.0.1:1/none', maxConnections: 1 });
    try {
      await expect(migrationsCurrent(unreachable.db)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await unreachable.close();
    }
  });

  it('says some on a database never migrated (no drizzle schema), and migrate() then applies them all', async () => {
    const migratesFromNothing = async (empty: Awaited<ReturnType<typeof openDatabase>>) => {
      try {
        expect(await migrationsCurrent(empty.db)).toBe(false);
        await empty.migrate();
        expect(await migrationsCurrent(empty.db)).toBe(true);
      } finally {
        await empty.close();
      }
    };
    if (t.url) {
      const name = `tda_test_${randomBytes(6).toString('hex')}`;
      const admin = postgres(serverUrl(t.url), { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${name}"`);
      try {
        await migratesFromNothing(await openDatabase({ driver: 'postgres', url: withDatabase(t.url, name), maxConnections: 1 }));
      } finally {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      }
      return;
    }
    // the empty cluster `npm install` archived, when it is there (initdb takes seconds)
    const template = pgliteTemplateFile();
    const cluster = existsSync(template) ? { loadDataDir: new Blob([await readFile(template)]) } : {};
    await migratesFromNothing(await openDatabase({ driver: 'pglite', dataDir: null, ...cluster }));
  }, 60_000);
});
