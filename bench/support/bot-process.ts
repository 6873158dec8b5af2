import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

// The bot as its own process, loaded with Telegram webhook updates: what the webhook and dashboard
// benchmarks share.

export const SECRET = 'bench-webhook-secret-0001';

export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

export async function waitForLine(child: ChildProcess, predicate: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('process did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface LoadResult {
  updatesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Posts the updates with `concurrency` in flight, each chat at most once at a time, as Telegram does. */
export async function load(url: string, updates: object[], concurrency: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < updates.length) {
        const update = updates[next++]!;
        const t0 = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
          body: JSON.stringify(update),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 200) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(1));
  return { updatesPerSecond: Math.round(updates.length / seconds), p50Ms: at(0.5), p99Ms: at(0.99), errors };
}

/** The settings of a bot on `port` taking its updates by webhook from the fake Bot API, on `url`'s database. */
export function webhookBotEnv(fake: { token: string; apiRoot: string }, port: number, url: string): Record<string, string> {
  return {
    DATABASE_URL: url,
    PORT: String(port),
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  };
}

/** The node options `npm start` gives the bot (its heap settings), read from package.json so that they agree. */
export function startNodeOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return (scripts.start ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
}

export function spawnBot(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // The bot runs as `npm start` runs it (its node options, the bundle scripts/run.js keeps fresh, else the
  // sources through tsx); other scripts (the bare grammY bot) through tsx.
  const launch =
    script === 'src/main.ts'
      ? [...startNodeOptions(), path.join(projectRoot, 'scripts/run.js'), script]
      : ['--import', 'tsx', path.join(projectRoot, script)];
  const child = spawn(process.execPath, [...profile, ...launch], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TDA_DOTENV: 'off',
      // TDA_RUN=tsx: the bot from its sources, so that a CPU profile (BENCH_CPU_PROF) names their files
      ...(process.env.TDA_RUN ? { TDA_RUN: process.env.TDA_RUN } : {}),
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

export async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** CPU time (user + system) the process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  // fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux); the name in field 2 may hold spaces
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU time used so far by the machine's PostgreSQL processes (its backends, those ended too, the checkpointer, the WAL writer), in
 * milliseconds: on a quiet machine the difference across one request is what the database spent on it.
 */
export function databaseCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
      // the postmaster (its parent is not PostgreSQL) also holds what its ended backends used
      const parent = readFileSync(`/proc/${fields[1]}/stat`, 'utf8');
      if (!parent.includes('(postgres)')) total += (Number(fields[13]) + Number(fields[14])) * 10;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** The statements the bot has sent so far (it writes its count on SIGUSR2 when TDA_SQL_COUNT_FILE is set). */
export async function statementsSent(child: ChildProcess, file: string): Promise<number> {
  const before = (() => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return 0;
    }
  })();
  child.kill('SIGUSR2');
  for (let i = 0; i < 100; i += 1) {
    try {
      if (statSync(file).mtimeMs !== before) return Number(readFileSync(file, 'utf8'));
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the bot did not report its statement count (TDA_SQL_COUNT_FILE)');
}
