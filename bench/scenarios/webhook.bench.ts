import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import {
  cpuMs,
  type LoadResult,
  load,
  peakRssMb,
  SECRET,
  spawnBot,
  statementsSent,
  stop,
  waitForLine,
  webhookBotEnv,
} from '../support/bot-process.js';
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
    const countFile = path.join(tmpdir(), `tda-bench-statements-${process.pid}`);
    const bot = spawnBot('src/main.ts', { ...webhookBotEnv(fake, port, url), TDA_SQL_COUNT_FILE: countFile });
    let ours: LoadResult;
    let ourRss: number;
    let perUpdate: { sqlStatements: number; cpuMs: number };
    try {
      await waitForLine(bot.child, () => fake.webhook !== null, 60_000);
      await load(`http://127.0.0.1:${port}/webhooks/telegram`, warmUp, concurrency);
      const [statementsBefore, cpuBefore] = [await statementsSent(bot.child, countFile), cpuMs(bot.child.pid!)];
      ours = await load(`http://127.0.0.1:${port}/webhooks/telegram`, updates, concurrency);
      const [statementsAfter, cpuAfter] = [await statementsSent(bot.child, countFile), cpuMs(bot.child.pid!)];
      perUpdate = {
        sqlStatements: Number(((statementsAfter - statementsBefore) / total).toFixed(1)),
        cpuMs: Number(((cpuAfter - cpuBefore) / total).toFixed(2)),
      };
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

    // a fast figure from a bot that failed or dropped updates would be a lie
    if (ours.errors > 0 || stored !== warmUp.length + total)
      throw new Error(`the bot failed or dropped updates: ${ours.errors} errors, ${stored} of ${warmUp.length + total} reports stored`);

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
      // counted in the bot process over the measured updates (the warm-up excluded)
      sqlStatementsPerUpdate: perUpdate.sqlStatements,
      cpuMsPerUpdate: perUpdate.cpuMs,
      baseline: { updatesPerSecond: base.updatesPerSecond, p50Ms: base.p50Ms, p99Ms: base.p99Ms, peakRssMb: baseRss, errors: base.errors },
      ratioOfBaseline: Number((ours.updatesPerSecond / Math.max(1, base.updatesPerSecond)).toFixed(2)),
    };
  } finally {
    await fake.stop();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
