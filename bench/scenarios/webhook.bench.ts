import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import postgres from 'postgres';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import { groupMessage, person } from '../../tests/support/telegram-updates.js';

const SECRET = 'bench-webhook-secret-0001';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function databaseUrl(name: string): { server: string; url: string } {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const server = new URL(base);
  server.pathname = '/postgres';
  base.pathname = `/${name}`;
  return { server: server.toString(), url: base.toString() };
}

/** 1 000 units, each with a bound Telegram group, a focal point and five open tasks due in two months. */
async function seed(url: string, units: number, tasksPerUnit: number) {
  const parsed = parseConfig({ DATABASE_URL: url });
  if (!parsed.ok) throw new Error('bad bench configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock: systemClock });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into units (code, name, short_name, kind) values ('SYT', 'Sở Y tế', 'Sở Y tế', 'department')`;
    await sql`insert into units (code, name, short_name, kind, parent_id)
      select 'DV' || i, 'Đơn vị số ' || i, 'ĐV ' || i, 'hospital', (select id from units where code = 'SYT') from generate_series(1, ${units}) i`;
    await sql`insert into chats (chat_ref, platform, kind, title, unit_id)
      select 'telegram:' || (-1000000000000 - i), 'telegram', 'group', 'Nhóm ĐV ' || i, (select id from units where code = 'DV' || i) from generate_series(1, ${units}) i`;
    await sql`insert into members (display_name) select 'Đầu mối ' || i from generate_series(1, ${units}) i`;
    await sql`insert into identities (member_id, platform, external_id, username, display_name)
      select m.id, 'telegram', (100000 + m.id)::text, 'dm' || m.id, m.display_name from members m`;
    await sql`insert into member_roles (member_id, role, unit_id)
      select m.id, 'focal_point', u.id from members m join units u on u.code = 'DV' || replace(m.display_name, 'Đầu mối ', '')`;
    await sql`insert into plans (code, title, short_title, year) values ('BENCH', 'Kế hoạch đo tải', 'KH đo tải', 2026)`;
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    for (let k = 1; k <= tasksPerUnit; k += 1) {
      const rule = { kind: 'once', due, inclusive: true, precision: 'day' };
      await sql`insert into tasks (plan_id, title, rule, position) values ((select id from plans where code = 'BENCH'), ${`Nhiệm vụ đo tải số ${k}`}, ${sql.json(rule)}, ${k})`;
    }
    await sql`insert into assignments (task_id, unit_id) select t.id, u.id from tasks t cross join units u where u.code like 'DV%'`;
    await sql`insert into occurrences (assignment_id, period, due_date) select a.id, 'once', ${due} from assignments a`;
    const [{ first }] = (await sql`select min(id)::int as first from tasks`) as unknown as [{ first: number }];
    const [{ memberBase }] = (await sql`select min(id)::int as "memberBase" from members`) as unknown as [{ memberBase: number }];
    return { firstTaskId: first, memberBase };
  } finally {
    await sql.end();
    await app.close();
  }
}

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
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
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
    const { firstTaskId, memberBase } = await seed(url, units, tasksPerUnit);
    // Each report is its own platform message (a distinct message_id), as it would be in real groups.
    const reportUpdate = (i: number, updateId: number) => {
      const unit = (i % units) + 1;
      const task = firstTaskId + (Math.floor(i / units) % tasksPerUnit);
      const memberId = memberBase + unit - 1;
      const from = person(100000 + memberId, `Đầu mối ${unit}`, `dm${memberId}`);
      return groupMessage(updateId, -1000000000000 - unit, from, `/baocao NV${task} ${10 + (i % 80)}% đã triển khai nội dung đợt ${i}`);
    };
    const warmUp = Array.from({ length: 200 }, (_, i) => reportUpdate(i, 1 + i));
    const updates = Array.from({ length: total }, (_, i) => reportUpdate(i, 10_000 + i));

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
    const baseline = spawnBot('bench/support/baseline-bot.ts', { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, PORT: String(basePort), TELEGRAM_WEBHOOK_SECRET: SECRET });
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
