import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, prepareMigratedCluster, preparePgliteTemplate } from '../../src/db/client.js';
import { migrationsCurrent } from '../../src/db/migrations-current.js';
import { migratedClusterDir, pgliteTemplateFile } from '../../src/db/pglite-template.js';
import { migrationsDir } from '../../src/paths.js';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** Opens, migrates, writes and reads a unit, closes: the data directory holds a working database. */
async function useDatabase(dataDir: string, templateFile: string, code: string) {
  const handle = await openDatabase({ driver: 'pglite', dataDir, templateFile });
  try {
    await handle.migrate();
    await handle.db.execute(
      sql`insert into units (code, name, kind) values (${code}, ${`Đơn vị ${code}`}, 'hospital') on conflict do nothing`,
    );
    return rowsOf<{ code: string }>(await handle.db.execute(sql`select code from units order by code`)).map((row) => row.code);
  } finally {
    await handle.close();
  }
}

// The embedded database only: PostgreSQL has no initdb of ours to spare.
describe.skipIf(Boolean(process.env.DATABASE_URL))('the empty cluster made at install time', () => {
  let dir: string;
  let template: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tda-template-'));
    template = path.join(dir, 'empty.tar.gz');
    expect(await preparePgliteTemplate(template)).toBe('built');
    expect(await preparePgliteTemplate(template)).toBe('present');
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is kept in the dependencies’ cache under the PGlite version it belongs to', () => {
    expect(pgliteTemplateFile('/app')).toMatch(/^\/app\/node_modules\/\.cache\/tro-ly-dau-moi\/pglite-\d+\.\d+\.\d+.*-empty\.tar\.gz$/);
  });

  it('fills a new data directory, which then keeps what is written in it', async () => {
    const data = path.join(dir, 'fresh');
    expect(await useDatabase(data, template, 'A')).toEqual(['A']);
    expect(existsSync(path.join(data, 'PG_VERSION'))).toBe(true);
    // a second start finds the cluster and leaves it as it is
    expect(await useDatabase(data, template, 'B')).toEqual(['A', 'B']);
  }, 60_000);

  it('is only a shortcut: a damaged archive, or none, leaves the first start to initdb', async () => {
    const damaged = path.join(dir, 'damaged.tar.gz');
    await writeFile(damaged, Buffer.from('not an archive of a cluster'));
    const data = path.join(dir, 'after-damage');
    expect(await useDatabase(data, damaged, 'C')).toEqual(['C']);
    const without = path.join(dir, 'without');
    expect(await useDatabase(without, path.join(dir, 'missing.tar.gz'), 'D')).toEqual(['D']);
    expect((await readdir(without)).length).toBeGreaterThan(0);
  }, 90_000);
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('the migrated cluster made at install time', () => {
  let dir: string;
  let archive: string;
  let cluster: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tda-migrated-'));
    archive = path.join(dir, 'empty.tar.gz');
    cluster = path.join(dir, 'pglite-x-migrated-key');
    expect(await preparePgliteTemplate(archive)).toBe('built');
    expect(await prepareMigratedCluster(cluster, archive)).toBe('built');
    expect(await prepareMigratedCluster(cluster, archive)).toBe('present');
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is named by the PGlite version and the migrations, so a new migration names another', async () => {
    expect(migratedClusterDir('/app')).toMatch(
      /^\/app\/node_modules\/\.cache\/tro-ly-dau-moi\/pglite-\d+\.\d+\.\d+.*-migrated-[0-9a-f]{16}$/,
    );
    const changed = path.join(dir, 'migrations');
    await cp(migrationsDir, changed, { recursive: true });
    await writeFile(path.join(changed, '9999_next.sql'), 'select 1;');
    expect(migratedClusterDir('/app', changed)).not.toBe(migratedClusterDir('/app'));
  });

  it('is copied into a new data directory, which then needs no migration and keeps what is written in it', async () => {
    const data = path.join(dir, 'fresh');
    const first = await openDatabase({
      driver: 'pglite',
      dataDir: data,
      migratedCluster: cluster,
      templateFile: path.join(dir, 'none.tar.gz'),
    });
    try {
      expect(await migrationsCurrent(first.db)).toBe(true);
    } finally {
      await first.close();
    }
    expect(await useDatabase(data, path.join(dir, 'none.tar.gz'), 'A')).toEqual(['A']);
    expect(await useDatabase(data, path.join(dir, 'none.tar.gz'), 'B')).toEqual(['A', 'B']);
    // the cluster itself is untouched: another directory starts empty of units
    const other = await openDatabase({ driver: 'pglite', dataDir: path.join(dir, 'other'), migratedCluster: cluster });
    try {
      expect(rowsOf(await other.db.execute(sql`select code from units`))).toEqual([]);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('is only a shortcut: a damaged one leaves the first start to the archive', async () => {
    const damaged = path.join(dir, 'damaged-cluster');
    await mkdir(damaged, { recursive: true });
    await writeFile(path.join(damaged, 'PG_VERSION'), 'not a cluster');
    const data = path.join(dir, 'after-damage');
    const handle = await openDatabase({ driver: 'pglite', dataDir: data, migratedCluster: damaged, templateFile: archive });
    try {
      expect(await migrationsCurrent(handle.db)).toBe(false);
      await handle.migrate();
      expect(await migrationsCurrent(handle.db)).toBe(true);
    } finally {
      await handle.close();
    }
  }, 60_000);
});
