import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

/** Milliseconds from spawning `npm start` until the console has answered /help. */
function timeToHelp(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    let answeredAfter: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (answeredAfter === null && output.includes('/nhiemvu —')) {
        answeredAfter = performance.now() - started;
        child.stdin.end();
      }
    });
    child.on('error', reject);
    // Settle only once the process has exited, so its database files are closed before the next run.
    child.on('close', (code) => {
      if (answeredAfter === null) reject(new Error(`npm start exited with ${code} before answering /help:\n${output}`));
      else resolve(answeredAfter);
    });
    child.stdin.write('/help\n');
  });
}

/**
 * What a new user waits for: `npm start` on a fresh clone (the embedded database is created, migrated and
 * the demo loaded), and on every later start.
 */
export async function startupBenchmark({ quick }: { quick: boolean }) {
  const runs = quick ? 1 : 3;
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dir = await mkdtemp(path.join(tmpdir(), 'tda-bench-start-'));
    try {
      cold.push(await timeToHelp(dir));
      warm.push(await timeToHelp(dir));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const round = (ms: number) => Math.round(ms);
  return {
    runs,
    coldStartToHelpMs: { min: round(Math.min(...cold)), max: round(Math.max(...cold)), all: cold.map(round) },
    warmStartToHelpMs: { min: round(Math.min(...warm)), max: round(Math.max(...warm)), all: warm.map(round) },
  };
}
