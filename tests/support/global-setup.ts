import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../../src/db/client.js';
import { runPostgresMigrations } from '../../src/db/migrate.js';
import { pgliteTemplateFile } from '../../src/db/pglite-template.js';
import { serverUrl, withDatabase } from './postgres-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { driver: 'pglite'; snapshotFile: string } | { driver: 'postgres'; url: string; template: string };
  }
}

/**
 * Tests run on PGlite unless DATABASE_URL names a PostgreSQL server; then every test file gets a fresh
 * database on that server, copied from a migrated template.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `tda_template_${process.pid}_${Date.now()}`;
    const admin = postgres(serverUrl(url), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${template}"`);
    await runPostgresMigrations(withDatabase(url, template));
    project.provide('testDatabase', { driver: 'postgres', url, template });
    return async () => {
      await admin.unsafe(`drop database if exists "${template}" with (force)`);
      await admin.end();
    };
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'tda-pglite-'));
  const snapshotFile = path.join(dir, 'migrated.tar');
  // from the empty cluster `npm install` archived (initdb takes seconds), or initdb when it is not there
  const template = pgliteTemplateFile();
  const emptyCluster = existsSync(template) ? new Blob([await readFile(template)]) : undefined;
  const handle = await openDatabase({ driver: 'pglite', dataDir: null, ...(emptyCluster ? { loadDataDir: emptyCluster } : {}) });
  await handle.migrate();
  await writeFile(snapshotFile, Buffer.from(await (await dumpPglite(handle)).arrayBuffer()));
  await handle.close();
  project.provide('testDatabase', { driver: 'pglite', snapshotFile });
  return () => rm(dir, { recursive: true, force: true });
}
