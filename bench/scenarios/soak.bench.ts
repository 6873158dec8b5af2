import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import { databaseUrl, freePort, reportUpdate, seedReportingDepartment } from '../support/reporting-department.js';
import { SECRET, spawnBot, webhookBotEnv } from '../support/bot-process.js';

const UNITS = 1000;
const TASKS_PER_UNIT = 5;
// The webhook benchmark's target (issue 4): 1 000 report updates a second.
const DEFAULT_RATE = 1000;
const SAMPLE_EVERY_MS = 10_000;
// Requests in flight at most; beyond it the generator falls behind and says so (achieved rate < target).
const MAX_IN_FLIGHT = 256;

/** Resident set size of a process now, from /proc (Linux). */
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

interface PacedResult {
  sent: number;
  errors: number;
  latencies: number[];
  seconds: number;
}

/**
 * Open-loop load at `rate` a second for `seconds` of wall-clock time: the n-th update is due at n / rate,
 * whatever the answers of the earlier ones, as a real platform would send them; at most MAX_IN_FLIGHT wait for
 * an answer, so a bot slower than the rate is loaded to its capacity and the shortfall shows in the result.
 */
async function paced(url: string, rate: number, seconds: number, update: (n: number) => object, onTick: () => void): Promise<PacedResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let inFlight = 0;
  const started = performance.now();
  const endsAt = started + seconds * 1000;
  const post = async (n: number) => {
    inFlight += 1;
    const t0 = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update(n)),
      });
      await response.arrayBuffer();
      if (response.status !== 200) errors += 1;
    } catch {
      errors += 1;
    } finally {
      // every 10th: enough for percentiles without keeping 600 000 numbers
      if (n % 10 === 0) latencies.push(performance.now() - t0);
      inFlight -= 1;
    }
  };
  const pending = new Set<Promise<void>>();
  while (performance.now() < endsAt) {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    while (sent < due && inFlight < MAX_IN_FLIGHT) {
      const request = post(sent);
      pending.add(request);
      void request.finally(() => pending.delete(request));
      sent += 1;
    }
    onTick();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(pending);
  return { sent, errors, latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * The Telegram webhook benchmark's load (one-line /baocao from 1 000 units' groups) at its target rate for
 * SOAK_MINUTES (default 10; --quick: 1), on PostgreSQL, with the bot's RSS sampled every 10 s. Growth compares
 * the mean of the last third of the samples with the mean of the first third; the warm-up (a minute, or 15 s
 * with --quick) is not sampled, so that start-up allocation and JIT do not count as growth.
 */
export async function soakBenchmark({ quick }: { quick: boolean }) {
  const minutes = Number(process.env.SOAK_MINUTES ?? (quick ? 1 : 10));
  const rate = Number(process.env.SOAK_RATE ?? DEFAULT_RATE);
  if (!(minutes > 0) || !(rate > 0)) throw new Error('SOAK_MINUTES and SOAK_RATE must be positive numbers');
  const warmUpSeconds = quick ? 15 : 60;
  const name = `tda_soak_${process.pid}`;
  const { server, url } = databaseUrl(name);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const fake = await new FakeTelegram().start();
  let child: ChildProcess | null = null;
  try {
    // the webhook benchmark's Department and reports
    const department = await seedReportingDepartment(url, UNITS, TASKS_PER_UNIT);
    const report = (i: number) => reportUpdate(department, UNITS, TASKS_PER_UNIT, i, 1 + i);

    const port = await freePort();
    // as `npm start` runs it (the bundle, its heap settings), as the webhook benchmark does: a bot without the
    // heap cap lets V8 grow the heap lazily, which reads as growth here
    const bot = spawnBot('src/main.ts', webhookBotEnv(fake, port, url));
    child = bot.child;
    const tail = () => bot.output();
    const deadline = Date.now() + 60_000;
    while (fake.webhook === null) {
      if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}: ${tail().slice(-2000)}`);
      if (Date.now() > deadline) throw new Error('bot did not set its webhook');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const webhook = `http://127.0.0.1:${port}/webhooks/telegram`;
    const pid = child.pid!;

    let offset = 0;
    const warm = await paced(
      webhook,
      rate,
      warmUpSeconds,
      (n) => report(offset + n),
      () => {},
    );
    offset += warm.sent;

    const samples: Array<{ atSeconds: number; rssMb: number }> = [];
    const startedAt = performance.now();
    let nextSample = startedAt;
    const sample = () => {
      const now = performance.now();
      if (now < nextSample) return;
      samples.push({ atSeconds: round((now - startedAt) / 1000, 0), rssMb: round(rssMb(pid)) });
      nextSample += SAMPLE_EVERY_MS;
      if (process.env.BENCH_DEBUG) process.stderr.write(`soak: ${JSON.stringify(samples.at(-1))}\n`);
    };
    const measured = await paced(webhook, rate, minutes * 60, (n) => report(offset + n), sample);
    samples.push({ atSeconds: round((performance.now() - startedAt) / 1000, 0), rssMb: round(rssMb(pid)) });
    if (child.exitCode !== null) throw new Error(`bot died during the soak: ${tail().slice(-2000)}`);

    const third = Math.max(1, Math.floor(samples.length / 3));
    const first = mean(samples.slice(0, third).map((s) => s.rssMb));
    const last = mean(samples.slice(-third).map((s) => s.rssMb));
    const latencies = measured.latencies.sort((a, b) => a - b);
    const at = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [{ reports }] = (await sql`select count(*)::int as reports from reports`) as unknown as [{ reports: number }];
    await sql.end();
    process.stderr.write(`soak samples (s → MB): ${samples.map((s) => `${s.atSeconds}→${s.rssMb}`).join(' ')}\n`);
    process.stderr.write(`soak: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; reports stored ${reports} of ${warm.sent + measured.sent} sent\n`);

    return {
      minutes,
      ratePerSecond: rate,
      achievedPerSecond: round(measured.sent / measured.seconds),
      updates: measured.sent,
      errors: measured.errors + warm.errors,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      reportsStored: reports,
      rssStartMb: samples[0]!.rssMb,
      rssEndMb: samples.at(-1)!.rssMb,
      rssMaxMb: Math.max(...samples.map((s) => s.rssMb)),
      samples: samples.length,
      growthMethod: 'mean RSS of the last third of the samples vs the first third, after warm-up',
      growthPercent: round(((last - first) / first) * 100),
    };
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    await fake.stop();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
