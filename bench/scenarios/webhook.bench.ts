import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import { databaseUrl, freePort, reportUpdate, seedReportingDepartment } from '../support/reporting-department.js';

const SECRET = 'bench-webhook-secret-0001';

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

async function waitForLine(child: ChildProcess, predicate: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('process did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface LoadResult {
  updatesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Posts the updates with `concurrency` in flight, each chat at most once at a time, as Telegram does. */
async function load(url: string, updates: object[], concurrency: number): Promise<LoadResult> {
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

function spawnBot(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(projectRoot, script)], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/**
 * Webhook mode on PostgreSQL: concurrent one-line /baocao updates from 1 000 units' groups, against the same
 * load on a bare grammY bot that answers "ok".
 */
export async function webhookBenchmark({ quick }: { quick: boolean }) {
  const units = 1000;
  const tasksPerUnit = 5;
  const total = quick ? 1500 : 6000;
  const concurrency = 64;
  const name = `tda_bench_${process.pid}`;
  const { server, url } = databaseUrl(name);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const fake = await new FakeTelegram().start();
  try {
    const department = await seedReportingDepartment(url, units, tasksPerUnit);
    const warmUp = Array.from({ length: 200 }, (_, i) => reportUpdate(department, units, tasksPerUnit, i, 1 + i));
    const updates = Array.from({ length: total }, (_, i) => reportUpdate(department, units, tasksPerUnit, i, 10_000 + i));

    const port = await freePort();
    const bot = spawnBot('src/main.ts', {
      DATABASE_URL: url,
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    let ours: LoadResult;
    let ourRss: number;
    try {
      await waitForLine(bot.child, () => fake.webhook !== null, 60_000);
      await load(`http://127.0.0.1:${port}/webhooks/telegram`, warmUp, concurrency);
      ours = await load(`http://127.0.0.1:${port}/webhooks/telegram`, updates, concurrency);
      ourRss = peakRssMb(bot.child.pid!);
      if (process.env.BENCH_DEBUG) process.stderr.write(bot.output().slice(-3000));
    } finally {
      await stop(bot.child);
    }
    const stored = await (async () => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      const [{ n }] = (await sql`select count(*)::int as n from reports`) as unknown as [{ n: number }];
      await sql.end();
      return n;
    })();

    const basePort = await freePort();
    const baseline = spawnBot('bench/support/baseline-bot.ts', {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      PORT: String(basePort),
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    let base: LoadResult;
    let baseRss: number;
    try {
      await waitForLine(baseline.child, () => baseline.output().includes('ready'), 30_000);
      await load(`http://127.0.0.1:${basePort}/`, warmUp, concurrency);
      base = await load(`http://127.0.0.1:${basePort}/`, updates, concurrency);
      baseRss = peakRssMb(baseline.child.pid!);
    } finally {
      await stop(baseline.child);
    }

    return {
      units,
      updates: total,
      concurrency,
      // the warm-up's reports are stored too
      reportsStored: stored,
      errors: ours.errors,
      updatesPerSecond: ours.updatesPerSecond,
      p50Ms: ours.p50Ms,
      p99Ms: ours.p99Ms,
      peakRssMb: ourRss,
      baseline: { updatesPerSecond: base.updatesPerSecond, p50Ms: base.p50Ms, p99Ms: base.p99Ms, peakRssMb: baseRss, errors: base.errors },
      ratioOfBaseline: Number((ours.updatesPerSecond / Math.max(1, base.updatesPerSecond)).toFixed(2)),
    };
  } finally {
    await fake.stop();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
