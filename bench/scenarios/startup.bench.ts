import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import { spawnBot, stop, waitForLine, webhookBotEnv } from '../support/bot-process.js';
import { databaseUrl, freePort } from '../support/reporting-department.js';

// What every child sees: no .env of the developer's, nothing of this process's environment but the path.
const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off' });

// A question of the lookup's evaluation set, and what its answer names.
const QUESTION = 'thông tư nào quy định về trang phục y tế?';
const ANSWER = '45/2015/TT-BYT';

/** Milliseconds from spawning `npm start` until the console has answered /help. */
function timeToHelp(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: projectRoot,
      env: { ...baseEnv(), DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let answeredAfter: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (answeredAfter === null && output.includes('/nhiemvu —')) {
        answeredAfter = performance.now() - started;
        child.stdin.end();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    // Settle only once the process has exited, so its database files are closed before the next run.
    child.on('close', (code) => {
      if (answeredAfter === null || code !== 0)
        reject(new Error(`npm start exited with ${code} (answered: ${answeredAfter !== null}):\n${output}\n${errors}`));
      else resolve(answeredAfter);
    });
    child.stdin.write('/help\n');
  });
}

/** Milliseconds from spawning `npm run cli -- ask "…"` until it has printed its answer and exited. */
function timeToAnswer(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', 'cli', '--', 'ask', QUESTION], {
      cwd: projectRoot,
      env: { ...baseEnv(), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = performance.now() - started;
      if (code !== 0 || !output.includes(ANSWER)) reject(new Error(`cli ask exited with ${code} without naming ${ANSWER}:\n${output}`));
      else resolve(elapsed);
    });
  });
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

/**
 * The bot on PostgreSQL (Telegram webhook mode against a fake Bot API), as `npm start` runs it
 * (`node scripts/run.js src/main.ts`, without npm's own process): started once on a throwaway database to
 * migrate it, then again, and once it has set its webhook and its memory has stopped moving (no change over
 * 2 s, at most 20 s), its resident memory.
 */
async function idleRssOnPostgres(): Promise<{ idleRssMb: number; readyMs: number }> {
  const name = `tda_bench_startup_${process.pid}`;
  const { server, url } = databaseUrl(name);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  try {
    let measured = { idleRssMb: 0, readyMs: 0 };
    for (const round of ['migrate', 'measure']) {
      const fake = await new FakeTelegram().start();
      const port = await freePort();
      const started = performance.now();
      const { child, output } = spawnBot('src/main.ts', webhookBotEnv(fake, port, url));
      try {
        await waitForLine(child, () => fake.webhook !== null, 60_000).catch((error: Error) => {
          throw new Error(`the bot on PostgreSQL did not start: ${error.message}\n${output()}`);
        });
        const readyMs = Math.round(performance.now() - started);
        if (round === 'measure') {
          const samples = [rssMb(child.pid!)];
          const deadline = Date.now() + 20_000;
          while (Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 500));
            if (child.exitCode !== null) throw new Error(`the bot on PostgreSQL exited with ${child.exitCode}:\n${output()}`);
            samples.push(rssMb(child.pid!));
            const recent = samples.slice(-5);
            if (recent.length === 5 && Math.max(...recent) - Math.min(...recent) <= 1) break;
          }
          measured = { idleRssMb: samples.at(-1)!, readyMs };
        }
      } finally {
        await stop(child);
        await fake.stop();
      }
    }
    return measured;
  } finally {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

const round = (ms: number) => Math.round(ms);
const summary = (values: number[]) => ({ min: round(Math.min(...values)), max: round(Math.max(...values)), all: values.map(round) });

/**
 * What a user waits for, each through npm as they type it: `npm start` on a fresh data directory (the
 * embedded database is created, from the migrated cluster, and the demo loaded) until the console answers /help; `npm start`
 * again on that directory; `npm run cli -- ask "…"` on it until its answer is printed and it has exited; and
 * the resident memory of an idle bot on PostgreSQL. What `npm install` prepares (the bundle of the sources,
 * the migrated embedded cluster) is brought up to date first, as after an install.
 */
export async function startupBenchmark({ quick }: { quick: boolean }) {
  const prepare = spawnSync('npm', ['run', '--silent', 'prepare'], { cwd: projectRoot, encoding: 'utf8' });
  if (prepare.status !== 0) throw new Error(`npm run prepare failed:\n${prepare.stdout}\n${prepare.stderr}`);
  const runs = quick ? 1 : 3;
  const cold: number[] = [];
  const warm: number[] = [];
  const ask: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dir = await mkdtemp(path.join(tmpdir(), 'tda-bench-start-'));
    try {
      cold.push(await timeToHelp(dir));
      warm.push(await timeToHelp(dir));
      ask.push(await timeToAnswer(dir));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const postgresBot = await idleRssOnPostgres();
  return {
    runs,
    coldStartToHelpMs: summary(cold),
    warmStartToHelpMs: summary(warm),
    cliAskWarmMs: summary(ask),
    postgresIdleRssMb: postgresBot.idleRssMb,
    postgresReadyMs: postgresBot.readyMs,
  };
}
