import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Extensions } from '@electric-sql/pglite';
import { PGlite } from '@electric-sql/pglite';
import { projectRoot } from '../paths.js';

/*
 * A new embedded database starts with PostgreSQL's initdb, run inside PGlite's WebAssembly: 4–5 s on a
 * 2-core machine, most of a first `npm start`. The same empty cluster is made once at `npm install` (the
 * `prepare` script) and kept as a compressed archive; a new data directory is then filled from it in about a
 * second. The archive belongs to one PGlite version (its file name says which) and is only ever a shortcut: when
 * it is missing or cannot be loaded, initdb runs as before.
 */

// The package does not export its package.json: walk up from its entry point to the one that names it.
function pgliteVersion(): string {
  let folder = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (;;) {
    const file = path.join(folder, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === '@electric-sql/pglite' && manifest.version) return manifest.version;
    }
    if (path.dirname(folder) === folder) return 'unknown';
    folder = path.dirname(folder);
  }
}

/** Where the archive of an empty cluster is kept: the dependencies' cache, which a fresh install rebuilds. */
export function pgliteTemplateFile(root = projectRoot): string {
  return path.join(root, 'node_modules', '.cache', 'tro-ly-dau-moi', `pglite-${pgliteVersion()}-empty.tar.gz`);
}

/** Makes the archive unless it is there. Written under another name and renamed, so a reader never sees half. */
export async function buildPgliteTemplate(extensions: Extensions, file = pgliteTemplateFile()): Promise<'built' | 'present'> {
  if (existsSync(file)) return 'present';
  const client = await PGlite.create({ extensions });
  try {
    const archive = await client.dumpDataDir('gzip');
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await archive.arrayBuffer()));
    await rename(partial, file);
    return 'built';
  } finally {
    await client.close();
  }
}

/** The archive to fill a data directory from: only a directory with no cluster in it yet, and only if the archive exists. */
export async function templateForNewCluster(dataDir: string, file = pgliteTemplateFile()): Promise<Blob | null> {
  if (!existsSync(file)) return null;
  const entries = await readdir(dataDir).catch(() => [] as string[]);
  if (entries.length > 0) return null;
  return new Blob([await readFile(file)]);
}

/** Empties a data directory a failed load left half-filled (it was empty before), so initdb can run in it. */
export async function clearFailedLoad(dataDir: string): Promise<void> {
  for (const entry of await readdir(dataDir)) await rm(path.join(dataDir, entry), { recursive: true, force: true });
}
