import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, preparePgliteTemplate } from '../../src/db/client.js';
import { pgliteTemplateFile } from '../../src/db/pglite-template.js';

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
