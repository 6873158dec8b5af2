import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { FakeTelegram } from '../../tests/support/fake-telegram.js';
import {
  cpuMs,
  databaseCpuMs,
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
import { botDatabaseUrl, databaseUrl, freePort, reportUpdate, seedReportingDepartment } from '../support/reporting-department.js';

/**
 * Webhook mode on PostgreSQL: concurrent one-line /baocao updates from 1 000 units' groups, against the same
 * load on a bare grammY bot that answers "ok".
 *
 * The two are measured in alternating rounds (ours, then the bare bot, five times), each bot started afresh
 * for its round, and the ratio is the median of the rounds' ratios. This machine's speed drifts by a fifth
 * within a minute (other work on its host): one run of each, a minute apart, gave ratios from 0.21 to 0.31
 * for the same code, and single rounds of one run from 0.22 to 0.42. Adjacent rounds see the same machine.
 */
export async function webhookBenchmark({ quick }: { quick: boolean }) {
  const units = 1000;
  const tasksPerUnit = 5;
  const rounds = quick ? 1 : 5;
  const perRound = quick ? 1500 : 4000;
  const concurrency = 64;
  const name = `tda_bench_${process.pid}`;
  const { server, url } = databaseUrl(name);
  // TCP on the loopback, or the server's Unix socket when asked (BENCH_DATABASE_TRANSPORT=unix-socket); the
  // bench's own connections (seeding, counting) keep TCP
  const botDatabase = botDatabaseUrl(url);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const fake = await new FakeTelegram().start();
  try {
    const department = await seedReportingDepartment(url, units, tasksPerUnit);
    // every update a new id (a redelivered one is answered from its processed mark, not handled again)
    let nextId = 1;
    const batch = (size: number) =>
      Array.from({ length: size }, () => {
        const id = nextId++;
        return reportUpdate(department, units, tasksPerUnit, id, id);
      });
    const WARM_UP = quick ? 300 : 1000;
    const sql = postgres(url, { max: 1, onnotice: () => {} });

    const countFile = path.join(tmpdir(), `tda-bench-statements-${process.pid}`);
    const ourRounds: Array<LoadResult & { sqlStatements: number; cpuMs: number; databaseCpuMs: number; rss: number }> = [];
    const baseRounds: Array<LoadResult & { rss: number }> = [];
    let sent = 0;

    const ourRound = async () => {
      const port = await freePort();
      const bot = spawnBot('src/main.ts', { ...webhookBotEnv(fake, port, botDatabase.url), TDA_SQL_COUNT_FILE: countFile });
      try {
        await waitForLine(bot.child, () => fake.webhook?.url.includes(`:${port}/`) === true, 60_000);
        await load(`http://127.0.0.1:${port}/webhooks/telegram`, batch(WARM_UP), concurrency);
        const [statementsBefore, cpuBefore, databaseBefore] = [
          await statementsSent(bot.child, countFile),
          cpuMs(bot.child.pid!),
          databaseCpuMs(),
        ];
        const result = await load(`http://127.0.0.1:${port}/webhooks/telegram`, batch(perRound), concurrency);
        const [statementsAfter, cpuAfter, databaseAfter] = [
          await statementsSent(bot.child, countFile),
          cpuMs(bot.child.pid!),
          databaseCpuMs(),
        ];
        sent += WARM_UP + perRound;
        ourRounds.push({
          ...result,
          sqlStatements: (statementsAfter - statementsBefore) / perRound,
          cpuMs: (cpuAfter - cpuBefore) / perRound,
          databaseCpuMs: (databaseAfter - databaseBefore) / perRound,
          rss: peakRssMb(bot.child.pid!),
        });
        if (process.env.BENCH_DEBUG) process.stderr.write(bot.output().slice(-3000));
      } finally {
        await stop(bot.child);
      }
    };

    const baseRound = async () => {
      const basePort = await freePort();
      const baseline = spawnBot('bench/support/baseline-bot.ts', {
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        PORT: String(basePort),
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      });
      try {
        await waitForLine(baseline.child, () => baseline.output().includes('ready'), 30_000);
        await load(`http://127.0.0.1:${basePort}/`, batch(WARM_UP), concurrency);
        const result = await load(`http://127.0.0.1:${basePort}/`, batch(perRound), concurrency);
        baseRounds.push({ ...result, rss: peakRssMb(baseline.child.pid!) });
      } finally {
        await stop(baseline.child);
      }
    };

    let stored: number;
    try {
      for (let round = 0; round < rounds; round += 1) {
        // Each round starts as the first does: the replies an earlier round deferred past Telegram's 30 a second
        // (thousands) would otherwise be sent during this one, by a bot measured on other work.
        await sql`delete from outbox`;
        await ourRound();
        await baseRound();
      }
      [{ n: stored }] = (await sql`select count(*)::int as n from reports`) as unknown as [{ n: number }];
    } finally {
      await sql.end();
    }
    const errors = ourRounds.reduce((sum, round) => sum + round.errors, 0);
    // a fast figure from a bot that failed or dropped updates would be a lie
    if (errors > 0 || stored !== sent)
      throw new Error(`the bot failed or dropped updates: ${errors} errors, ${stored} of ${sent} reports stored`);

    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    const ratios = ourRounds.map((ours, i) => ours.updatesPerSecond / Math.max(1, baseRounds[i]!.updatesPerSecond));
    const of = <T>(results: T[], pick: (result: T) => number, digits = 1) => Number(median(results.map(pick)).toFixed(digits));
    return {
      units,
      databaseTransport: botDatabase.transport,
      updates: rounds * perRound,
      rounds,
      concurrency,
      // the warm-ups' reports are stored too
      reportsStored: stored,
      errors,
      updatesPerSecond: Math.round(of(ourRounds, (r) => r.updatesPerSecond)),
      p50Ms: of(ourRounds, (r) => r.p50Ms),
      p99Ms: of(ourRounds, (r) => r.p99Ms),
      peakRssMb: Math.max(...ourRounds.map((r) => r.rss)),
      // counted in the bot process over the measured updates (the warm-ups excluded)
      sqlStatementsPerUpdate: of(ourRounds, (r) => r.sqlStatements),
      cpuMsPerUpdate: of(ourRounds, (r) => r.cpuMs, 2),
      // PostgreSQL's processes over the same updates (the machine's only other load is the load generator)
      databaseCpuMsPerUpdate: of(ourRounds, (r) => r.databaseCpuMs, 2),
      baseline: {
        updatesPerSecond: Math.round(of(baseRounds, (r) => r.updatesPerSecond)),
        p50Ms: of(baseRounds, (r) => r.p50Ms),
        p99Ms: of(baseRounds, (r) => r.p99Ms),
        peakRssMb: Math.max(...baseRounds.map((r) => r.rss)),
        errors: baseRounds.reduce((sum, round) => sum + round.errors, 0),
      },
      ratioOfBaseline: Number(median(ratios).toFixed(2)),
      // each round: ours, then the bare bot right after
      roundRatios: ratios.map((ratio) => Number(ratio.toFixed(2))),
      roundUpdatesPerSecond: { ours: ourRounds.map((r) => r.updatesPerSecond), baseline: baseRounds.map((r) => r.updatesPerSecond) },
    };
  } finally {
    await fake.stop();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
