import type { Update } from 'grammy/types';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FakeTelegram } from '../support/fake-telegram.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { type BotProcess, sleep, startBotProcess } from './support/bot-process.js';
import { type Department, reportUpdates, seedDepartment } from './support/department.js';
import { repliesTo, storedEffects, waitForQuiet } from './support/inspect.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';
import { acknowledged, type Delivery, postUpdate } from './support/webhook-client.js';

/**
 * PostgreSQL goes away for 30 seconds (RELIABILITY_OUTAGE_SECONDS) under a steady stream of reports, and
 * comes back. The bot process (`npm start`'s entry) reaches the database through a TCP proxy that the test
 * closes: open connections are reset, new ones refused, as when the server stops; the machine's own server,
 * which other work shares, is never touched.
 *
 * What must hold: during the outage every webhook answers 5xx at once (so Telegram keeps the update and sends
 * it again; a 200 would lose it, a hang would make Telegram give up on the bot), /healthz says 503, the process
 * stays up; afterwards /healthz says 200 again without a restart, and every update, redelivered until it got
 * a 2xx, has taken effect exactly once with exactly one confirmation.
 */

const OUTAGE_MS = Number(process.env.RELIABILITY_OUTAGE_SECONDS ?? 30) * 1000;
const BEFORE_MS = 6000;
const AFTER_MS = 6000;
const RATE_PER_SECOND = 10;
// Telegram opens at most 40 connections to a webhook at once (setWebhook's max_connections default)
const MAX_CONNECTIONS = 40;
const RETRY_PAUSE_MS = 1000;
// an answer slower than this is, for Telegram, no answer
const HANG_MS = 5000;
// Back in service this soon after the database returns: a reconnect (quiet, about 1–2 s), not a restart or a
// long back-off. CI runs this file while another suite loads the second core; there it once took 5.25 s.
const RECOVERY_MS = 10_000;

let fake: FakeTelegram;
let db: TestDatabase;
let department: Department;
let proxy: TcpProxy;
let bot: BotProcess | null = null;

beforeAll(async () => {
  fake = await new FakeTelegram().start();
  db = await openTestDatabase();
  department = await seedDepartment(db.url!, { units: 200, tasksPerUnit: 5 });
  const target = new URL(db.url!);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
});

afterAll(async () => {
  await bot?.kill();
  await proxy?.close();
  await fake?.stop();
  await db?.close();
});

interface Attempt {
  index: number;
  start: number;
  end: number;
  delivery: Delivery;
}

interface Sample {
  start: number;
  end: number;
  status: number | string;
}

class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(size: number) {
    this.free = size;
  }
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

async function healthz(base: string): Promise<number | string> {
  try {
    const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(HANG_MS * 2) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

describe.runIf(inject('testDatabase').driver === 'postgres')(`PostgreSQL unreachable for ${OUTAGE_MS / 1000} s under load`, () => {
  it('answers 5xx and 503 meanwhile, never crashes, and processes every update exactly once after', async () => {
    const proxied = new URL(db.url!);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    bot = await startBotProcess({ databaseUrl: proxied.toString(), telegramApiRoot: fake.apiRoot, telegramToken: fake.token });
    await bot.ready();
    const pid = bot.child.pid;

    const total = Math.ceil(((BEFORE_MS + OUTAGE_MS + AFTER_MS) / 1000) * RATE_PER_SECOND);
    const reports = reportUpdates(department, total, 900_001);
    const t0 = Date.now();
    const clock = () => Date.now() - t0;
    const attempts: Attempt[] = [];
    const samples: Sample[] = [];
    const slots = new Slots(MAX_CONNECTIONS);
    let outage = { start: Infinity, end: Infinity };
    let finished = false;

    // /healthz twice a second, the way a load balancer or an orchestrator watches it
    const health = (async () => {
      while (!finished) {
        const start = clock();
        const status = await healthz(bot!.base);
        samples.push({ start, end: clock(), status });
        await sleep(500);
      }
    })();

    // The stream: one new report every 100 ms; an update without a 2xx is sent again a second later, until it gets one.
    const deliver = async (update: Update, index: number) => {
      await sleep(index * (1000 / RATE_PER_SECOND));
      for (;;) {
        const start = clock();
        const delivery = await slots.run(() => postUpdate(bot!.webhookUrl, update, { timeoutMs: HANG_MS * 2 }));
        attempts.push({ index, start, end: clock(), delivery });
        if (acknowledged(delivery)) return;
        if (clock() > BEFORE_MS + OUTAGE_MS + AFTER_MS + 60_000) throw new Error(`update ${index} never acknowledged`);
        await sleep(RETRY_PAUSE_MS);
      }
    };
    const stream = Promise.all(reports.map((report, index) => deliver(report.update, index)));

    await sleep(BEFORE_MS);
    await proxy.down();
    outage = { start: clock(), end: Infinity };
    await sleep(OUTAGE_MS);
    const alivePid = bot.alive() ? bot.child.pid : null;
    await proxy.up();
    outage = { ...outage, end: clock() };
    await stream;
    const allAcknowledged = clock();
    await sleep(3000); // a few more health samples after the last update
    finished = true;
    await health;
    await waitForQuiet(fake, 3000, 60_000);

    // The process never went down.
    expect(alivePid).toBe(pid);
    expect(bot.alive()).toBe(true);
    expect(bot.child.pid).toBe(pid);
    expect(bot.rawErrors()).toBe(''); // no stack trace of an uncaught error on standard error
    expect(bot.logs().filter((line) => line.level >= 60)).toEqual([]);

    // Every request was answered, and fast: no client gave up waiting, no connection was refused or reset.
    for (const attempt of attempts) {
      expect('status' in attempt.delivery, JSON.stringify(attempt)).toBe(true);
      expect(attempt.delivery.ms, JSON.stringify(attempt)).toBeLessThan(HANG_MS);
    }
    // During the outage (past the instant of the cut itself), a 5xx for every update: Telegram will retry.
    const during = attempts.filter((a) => a.start > outage.start + 250 && a.end < outage.end);
    const statuses = new Set(during.map((a) => ('status' in a.delivery ? a.delivery.status : a.delivery.error)));
    for (const status of statuses) expect(Number(status) >= 500 && Number(status) <= 599, `status ${status} during the outage`).toBe(true);
    // every update arriving meanwhile, and each of them again and again: Telegram retried, the bot kept answering
    expect(during.length).toBeGreaterThan((OUTAGE_MS / 1000) * RATE_PER_SECOND);
    // and updates were taken again right after it
    expect(attempts.some((a) => a.start < outage.start && acknowledged(a.delivery))).toBe(true);
    const recovered = attempts.filter((a) => a.start > outage.end && acknowledged(a.delivery));
    expect(recovered.length).toBeGreaterThan(0);
    expect(Math.min(...recovered.map((a) => a.end)) - outage.end).toBeLessThan(RECOVERY_MS);
    expect(allAcknowledged - outage.end).toBeLessThan(AFTER_MS + 20_000);

    // /healthz: 200 before, 503 throughout the outage (answered, not hung), 200 again once the database is back.
    const before = samples.filter((s) => s.end < outage.start);
    const inside = samples.filter((s) => s.start > outage.start + 250 && s.end < outage.end);
    const afterwards = samples.filter((s) => s.start > outage.end);
    expect(before.length).toBeGreaterThan(3);
    expect(
      before.every((s) => s.status === 200),
      JSON.stringify(before),
    ).toBe(true);
    expect(inside.length).toBeGreaterThan(OUTAGE_MS / 2000);
    expect(
      inside.every((s) => s.status === 503 && s.end - s.start < HANG_MS),
      JSON.stringify(inside),
    ).toBe(true);
    const firstHealthy = afterwards.findIndex((s) => s.status === 200);
    expect(firstHealthy).toBeGreaterThanOrEqual(0);
    expect(afterwards[firstHealthy]!.end - outage.end).toBeLessThan(RECOVERY_MS);
    expect(
      afterwards.slice(firstHealthy).every((s) => s.status === 200),
      JSON.stringify(afterwards),
    ).toBe(true);

    // Exactly once: one report, one processed mark and one audit entry per update, nothing more.
    const stored = await storedEffects(db.url!);
    expect(stored.reportCount).toBe(total);
    expect(stored.reportsPerOccurrence.every((n) => n === 1)).toBe(true);
    expect(stored.processed.size).toBe(total);
    for (const report of reports) {
      expect(stored.reportsBySource.get(report.source), report.marker).toBe(1);
      expect(stored.processed.get(String(report.update.update_id)), report.marker).toBe(1);
      expect(stored.auditedReports.get(stored.reportIdBySource.get(report.source)!), report.marker).toBe(1);
    }
    // Replies: at most one each, and that one the confirmation of this very report (no apology for an update
    // that failed during the outage). Exactly one, except for an update whose request was under way at the cut:
    // its COMMIT may have reached the server with the answer lost, so the redelivery finds it done and says
    // nothing (at most once). An update refused only while the database was unreachable cannot have committed.
    const calls = fake.callsOf('sendMessage');
    const cutMidway = new Set(attempts.filter((a) => !acknowledged(a.delivery) && a.start <= outage.start + 250).map((a) => a.index));
    reports.forEach((report, index) => {
      const replies = repliesTo(calls, report.update).map((call) => String(call.payload.text));
      expect(replies.length, `${report.marker}: ${replies.join(' | ')}`).toBeLessThanOrEqual(1);
      if (!cutMidway.has(index)) expect(replies.length, report.marker).toBe(1);
      if (replies[0])
        expect(replies[0]).toMatch(
          new RegExp(`^Đã ghi nhận báo cáo của ĐV ${report.unit}: \\[NV${report.taskId}\\] .* \\(${report.percent}%\\)`),
        );
    });
    expect(calls.length).toBeLessThanOrEqual(total);
    expect(calls.length).toBeGreaterThanOrEqual(total - cutMidway.size);
    const sql = postgres(db.url!, { max: 1, onnotice: () => {} });
    try {
      const [{ pending }] =
        (await sql`select count(*)::int as pending from outbox where sent_at is null and failed_at is null`) as unknown as [
          { pending: number },
        ];
      expect(pending).toBe(0);
    } finally {
      await sql.end();
    }

    const retried = new Set(attempts.filter((a) => !acknowledged(a.delivery)).map((a) => a.index));
    console.info(
      JSON.stringify({
        updates: total,
        attempts: attempts.length,
        refusedDuringOutage: during.length,
        updatesRetried: retried.size,
        slowestAnswerMs: Math.round(Math.max(...attempts.map((a) => a.delivery.ms))),
        slowestDuringOutageMs: Math.round(Math.max(...during.map((a) => a.delivery.ms))),
        healthSamples: { before: before.length, during: inside.length, after: afterwards.length },
        firstHealthyAfterMs: afterwards[firstHealthy]!.end - outage.end,
        allAcknowledgedAfterMs: allAcknowledged - outage.end,
        proxyConnections: proxy.accepted,
      }),
    );
    expect(await bot.stop()).toBe(0);
  }, 400_000);

  it('loses nothing when the server itself drops every connection mid-transaction (a restart, a failover)', async () => {
    // Not the proxy this time: PostgreSQL terminates the bot's sessions (FATAL 57P01, as in a fast shutdown),
    // and takes new ones at once. Transactions die half-way; none may count as done, none may be answered twice.
    bot = await startBotProcess({ databaseUrl: db.url!, telegramApiRoot: fake.apiRoot, telegramToken: fake.token });
    await bot.ready();
    const used = Math.ceil(((BEFORE_MS + OUTAGE_MS + AFTER_MS) / 1000) * RATE_PER_SECOND);
    const reports = reportUpdates(department, department.units * department.tasksPerUnit, 900_001).slice(used, used + 240);
    const callsBefore = fake.callsOf('sendMessage').length;
    const admin = postgres(db.url!, { max: 1, onnotice: () => {} });
    let terminated = 0;
    let stop = false;
    const killer = (async () => {
      while (!stop) {
        // often enough that cuts land inside requests, which take a few milliseconds each
        await sleep(200);
        const rows =
          await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
        terminated += rows.length;
      }
    })();
    try {
      const slots = new Slots(MAX_CONNECTIONS);
      let failures = 0;
      const refused = new Set<number>();
      await Promise.all(
        reports.map(async (report, index) => {
          await sleep(index * 25);
          for (let attempt = 0; ; attempt += 1) {
            const delivery = await slots.run(() => postUpdate(bot!.webhookUrl, report.update, { timeoutMs: HANG_MS * 2 }));
            expect('status' in delivery, `${JSON.stringify(delivery)} ${bot!.rawErrors()}`).toBe(true);
            if (acknowledged(delivery)) return;
            refused.add(index);
            failures += 1;
            if (attempt > 50) throw new Error(`${report.marker} never acknowledged`);
            await sleep(200);
          }
        }),
      );
      stop = true;
      await killer;
      await waitForQuiet(fake, 3000, 60_000);
      // the cuts did land in the middle of requests (otherwise this proves nothing)
      expect(terminated).toBeGreaterThan(5);
      expect(failures).toBeGreaterThan(0);

      const stored = await storedEffects(db.url!);
      const calls = fake.callsOf('sendMessage').slice(callsBefore);
      for (const report of reports) {
        expect(stored.reportsBySource.get(report.source), report.marker).toBe(1);
        expect(stored.processed.get(String(report.update.update_id)), report.marker).toBe(1);
        expect(stored.auditedReports.get(stored.reportIdBySource.get(report.source)!), report.marker).toBe(1);
      }
      // At most one reply each, never an apology; exactly one unless a cut hit that update's own request (its
      // COMMIT may have landed with the answer lost: the redelivery then finds it done and stays silent).
      reports.forEach((report, index) => {
        const replies = repliesTo(calls, report.update).map((call) => String(call.payload.text));
        expect(replies.length, `${report.marker}: ${replies.join(' | ')}`).toBeLessThanOrEqual(1);
        if (!refused.has(index)) expect(replies.length, report.marker).toBe(1);
        if (replies[0]) expect(replies[0]).toMatch(/^Đã ghi nhận báo cáo/);
      });
      const silent = reports.filter((report) => repliesTo(calls, report.update).length === 0).length;
      expect(silent).toBeLessThanOrEqual(terminated);
      expect(calls.length).toBe(reports.length - silent);
      expect(bot.alive()).toBe(true);
      console.info(
        JSON.stringify({ updates: reports.length, sessionsTerminated: terminated, refusedAttempts: failures, unconfirmed: silent }),
      );
      expect(await bot.stop()).toBe(0);
    } finally {
      stop = true;
      await killer.catch(() => {});
      await admin.end();
    }
  }, 200_000);
});
