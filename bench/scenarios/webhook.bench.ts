import postgres from 'postgres';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import { type LoadResult, load, peakRssMb, SECRET, spawnBot, stop, waitForLine } from '../support/bot-process.js';
import { databaseUrl, freePort, reportUpdate, seedReportingDepartment } from '../support/reporting-department.js';

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
