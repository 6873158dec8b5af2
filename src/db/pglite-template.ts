import { createHash } from 'node:crypto';
import { constants, type Dirent, existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Extensions } from '@electric-sql/pglite';
import { PGlite } from '@electric-sql/pglite';
import { migrationsDir, projectRoot } from '../paths.js';

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

/*
 * Better still than the empty cluster: the cluster with every migration applied, kept as a plain directory that
 * a new data directory is copied from (about half a second here, against two to three seconds to unpack the
 * archive and one to apply the migrations). It belongs to one PGlite version and one set of migrations (its
 * name says which): after a pull that brings a migration, a first start takes the archive until the next
 * `npm install` makes it again.
 */

/** The migrations as drizzle applies them: the journal and every SQL file. */
function migrationsKey(folder: string): string {
  const hash = createHash('sha256').update(readFileSync(path.join(folder, 'meta', '_journal.json')));
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.sql'))
    .sort())
    hash.update(`\0${file}\0`).update(readFileSync(path.join(folder, file)));
  return hash.digest('hex').slice(0, 16);
}

/** Where the migrated cluster is kept: beside the archive, named by the PGlite version and the migrations. */
export function migratedClusterDir(root = projectRoot, folder = migrationsDir): string {
  return path.join(root, 'node_modules', '.cache', 'tro-ly-dau-moi', `pglite-${pgliteVersion()}-migrated-${migrationsKey(folder)}`);
}

/**
 * Makes the migrated cluster unless it is there: from the archive when there is one (else initdb), migrated,
 * closed cleanly, then renamed into place, so a reader never sees half. Older ones are removed.
 */
export async function buildMigratedCluster(
  extensions: Extensions,
  migrate: (client: PGlite) => Promise<void>,
  dir = migratedClusterDir(),
  archive = pgliteTemplateFile(),
): Promise<'built' | 'present'> {
  if (existsSync(dir)) return 'present';
  const partial = `${dir}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    const loadDataDir = existsSync(archive) ? new Blob([await readFile(archive)]) : undefined;
    const client = await PGlite.create({ dataDir: partial, ...(loadDataDir ? { loadDataDir } : {}), extensions });
    try {
      await migrate(client);
    } finally {
      await client.close();
    }
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  const parent = path.dirname(dir);
  for (const name of await readdir(parent))
    if (name.includes('-migrated-') && !name.endsWith('.partial') && path.join(parent, name) !== dir)
      await rm(path.join(parent, name), { recursive: true, force: true });
  return 'built';
}

/**
 * Fills a data directory with no cluster in it yet from the migrated cluster, when there is one; false
 * otherwise (or when the copy failed, leaving the directory empty again).
 */
export async function copyMigratedCluster(dataDir: string, dir: string | null): Promise<boolean> {
  if (!dir || !existsSync(path.join(dir, 'PG_VERSION'))) return false;
  if ((await readdir(dataDir).catch(() => [] as string[])).length > 0) return false;
  try {
    // Some 1 200 files, 40 MB: the folders first, then every file at once (twice as fast as one after the
    // other), each a copy-on-write clone where the file system has them.
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const inside = (entry: Dirent) => path.relative(dir, path.join(entry.parentPath, entry.name));
    for (const folder of entries
      .filter((entry) => entry.isDirectory())
      .map(inside)
      .sort())
      await mkdir(path.join(dataDir, folder), { recursive: true });
    await Promise.all(
      entries
        .filter((entry) => entry.isFile())
        .map((entry) => copyFile(path.join(dir, inside(entry)), path.join(dataDir, inside(entry)), constants.COPYFILE_FICLONE)),
    );
    return true;
  } catch {
    await clearFailedLoad(dataDir);
    return false;
  }
}
