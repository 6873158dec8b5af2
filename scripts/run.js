// `npm start` and `npm run cli` run through this file: `node scripts/run.js src/main.ts [arguments]`.
//
// Transpiling TypeScript at every start (tsx) and resolving some 360 modules one by one cost more than a
// second on a small machine. So the sources are bundled with esbuild into .start/ (main.js, cli.js, the render
// worker, and chunks that the commands load on demand: the spreadsheet, chart and document libraries stay out
// of a start that does not use them), and this file runs the bundle. Before each run it checks, by the names,
// sizes and modification times of the files under src/ (a few milliseconds), that the bundle was made from
// the sources as they are: after an edit, a `git pull` or a checkout it is made again first (about a second),
// and if it cannot be (no esbuild, a read-only folder, a syntax error) the sources run through tsx, as before.
// `npm install` makes it (the `prepare` script: `node scripts/run.js --build`). With TDA_RUN=tsx the sources
// always run through tsx.
//
// A rebuild writes the new chunks beside the old ones (their names are their content's hash) and swaps each
// entry file in one rename, so a process started from an older bundle still finds the chunks it loads later.
// Chunks that no current entry uses are removed once they are a week old.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sourceDir = path.join(root, 'src');
// One level below the project root, as src/ and dist/ are: src/paths.ts finds migrations/, locales/ and
// resources/ from there.
const outDir = path.join(root, '.start');
const stampFile = path.join(outDir, 'build.json');
const ENTRIES = { main: 'src/main.ts', cli: 'src/cli.ts', 'render-worker': 'src/exports/render-worker.ts' };
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** What the bundle depends on: every file under src/ (name, size, time), the build settings and this file. */
function sourcesFingerprint() {
  const hash = createHash('sha256');
  const files = readdirSync(sourceDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of [...files, fileURLToPath(import.meta.url), path.join(root, 'tsconfig.json'), path.join(root, 'package.json')]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${path.relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  hash.update(process.version.split('.')[0] ?? '');
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

// Written under a name of its own, then renamed: a reader sees the old file or the new one, never half.
function writeAtomically(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/** Bundles src/ into .start/; returns false (and says why on standard error) when it could not. */
async function build(fingerprint) {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir: outDir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      chunkNames: 'chunk-[hash]',
      write: false,
      logLevel: 'silent',
    });
    mkdirSync(outDir, { recursive: true });
    const entryFiles = new Set(Object.keys(ENTRIES).flatMap((name) => [`${name}.js`, `${name}.js.map`]));
    const written = new Set();
    // chunks first, then the entries that import them, then the stamp that says the whole is there
    const outputs = [...result.outputFiles].sort(
      (a, b) => Number(entryFiles.has(path.basename(a.path))) - Number(entryFiles.has(path.basename(b.path))),
    );
    for (const output of outputs) {
      written.add(path.basename(output.path));
      if (!entryFiles.has(path.basename(output.path)) && existsSync(output.path)) continue;
      writeAtomically(output.path, output.contents);
    }
    writeAtomically(stampFile, `${JSON.stringify({ fingerprint })}\n`);
    const now = Date.now();
    for (const name of readdirSync(outDir)) {
      if (written.has(name) || name === 'build.json') continue;
      const file = path.join(outDir, name);
      if (now - statSync(file).mtimeMs > WEEK_MS) rmSync(file, { force: true });
    }
    return true;
  } catch (error) {
    // esbuild names the first mistake and where it is; tsx then reports it in full
    const first = error?.errors?.[0];
    const reason = first
      ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ''}${first.text}`
      : error instanceof Error
        ? error.message.split('\n')[0]
        : String(error);
    process.stderr.write(`tro-ly-dau-moi: could not bundle the sources (${reason}); running them through tsx\n`);
    return false;
  }
}

async function bundleFresh() {
  if (process.env.TDA_RUN === 'tsx') return false;
  let fingerprint;
  try {
    fingerprint = sourcesFingerprint();
  } catch {
    return false;
  }
  const complete = Object.keys(ENTRIES).every((name) => existsSync(path.join(outDir, `${name}.js`)));
  if (complete && readStamp()?.fingerprint === fingerprint) return true;
  return build(fingerprint);
}

const [first, ...rest] = process.argv.slice(2);

if (first === '--build') {
  // `npm install`: never fails the install; without a bundle the first start makes it, or runs the sources.
  const started = performance.now();
  const before = readStamp()?.fingerprint;
  if ((await bundleFresh()) && readStamp()?.fingerprint !== before)
    process.stdout.write(`tro-ly-dau-moi: sources bundled in .start/ (${Math.round(performance.now() - started)} ms)\n`);
} else if (!first || !Object.values(ENTRIES).includes(first)) {
  process.stderr.write(`usage: node scripts/run.js ${Object.values(ENTRIES).slice(0, 2).join('|')} [arguments]\n`);
  process.exitCode = 2;
} else {
  const name = Object.keys(ENTRIES).find((key) => ENTRIES[key] === first);
  const bundled = await bundleFresh();
  const entry = bundled ? path.join(outDir, `${name}.js`) : path.join(root, first);
  if (bundled) process.setSourceMapsEnabled(true);
  else await import('tsx');
  // The program sees the arguments as if it had been started itself: `node .start/cli.js ask …`.
  process.argv.splice(1, process.argv.length - 1, entry, ...rest);
  await import(pathToFileURL(entry).href);
}
