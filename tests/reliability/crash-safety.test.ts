import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FakeTelegram } from '../support/fake-telegram.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { type BotProcess, errorsIn, startBotProcess } from './support/bot-process.js';
import { type Department, reportUpdates, seedDepartment } from './support/department.js';
import { inProcessApp, repliesTo, shownPercent, storedEffects, waitForQuiet } from './support/inspect.js';
import { TelegramDeliveryQueue } from './support/webhook-client.js';

/**
 * Crash safety of the webhook path, on the real thing: `npm start`'s entry as a child process on PostgreSQL,
 * 2 000 one-line reports posted as Telegram posts them, SIGKILL in the middle, a restart, and Telegram's
 * redelivery of everything that did not get a 2xx: the fake platform's delivery queue keeps posting each update
 * to the URL the bot last set with setWebhook until it gets one, through the kill and the restart.
 *
 * What the design guarantees, and so what is asserted:
 * - effects exactly once: an update's processed mark, its report and its audit entry are written in one
 *   transaction, so after any crash an update has all of them or none; a redelivery of an update that was
 *   committed (its 2xx lost in the kill, or on the way back) finds the mark and changes nothing.
 * - replies at most once: the confirmation is sent after the commit, from memory, and never from a
 *   redelivery. An update committed just before the kill may therefore have no confirmation at all (the
 *   reply died with the process); none may have two. A lost confirmation is the price of never doubling one:
 *   the report itself is safe, and /nhiemvu shows it.
 */

const UPDATES = 2000;
const UNITS = 200;
const TASKS_PER_UNIT = 10;
const IN_FLIGHT = 50;
// "midway": enough acknowledged that the kill lands in steady state, with most of the load still to come
const KILL_AFTER_ACKS = 1000;

let fake: FakeTelegram;
let db: TestDatabase;
let department: Department;
const bots: BotProcess[] = [];

beforeAll(async () => {
  fake = await new FakeTelegram().start();
  db = await openTestDatabase();
  department = await seedDepartment(db.url!, { units: UNITS, tasksPerUnit: TASKS_PER_UNIT });
});

afterAll(async () => {
  for (const bot of bots) await bot.kill();
  await fake?.stop();
  await db?.close();
});

/** Waits until nothing is left to send in the outbox (a reply beyond Telegram's pace waits there for its turn). */
async function outboxDrained(url: string, timeoutMs: number) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ pending }] =
        (await sql`select count(*)::int as pending from outbox where sent_at is null and failed_at is null`) as unknown as [
          { pending: number },
        ];
      if (pending === 0) return;
      if (Date.now() > deadline) throw new Error(`${pending} messages still waiting in the outbox`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await sql.end();
  }
}

const startBot = async () => {
  const bot = await startBotProcess({ databaseUrl: db.url!, telegramApiRoot: fake.apiRoot, telegramToken: fake.token });
  bots.push(bot);
  await bot.ready();
  return bot;
};

describe.runIf(inject('testDatabase').driver === 'postgres')('a bot process killed with SIGKILL under webhook load', () => {
  it('stores every report exactly once, confirms none twice, and shows every confirmed one in /nhiemvu', async () => {
    const reports = reportUpdates(department, UPDATES, 700_001);
    const first = await startBot();

    // Telegram's side (support/webhook-client.ts): every update posted to whatever URL the bot last set with
    // setWebhook, several at once, and posted again after a pause until it gets a 2xx. A kill only rarely lands
    // between a commit and its 2xx (a few microseconds), so the network also loses the answer to some first
    // deliveries, as a broken connection does: those updates are committed, and Telegram sends them again.
    const answerLost = new Set(reports.map((_, i) => i).filter((i) => i % 10 === 3));
    let afterKill: Awaited<ReturnType<typeof storedEffects>> | null = null;
    let unacknowledged: number[] = [];
    let repliesBeforeRestart = 0;
    let second: BotProcess | null = null;
    // "midway": once enough are acknowledged that the kill lands in steady state, with most of the load to come.
    // What the kill leaves is read before the new process starts: committed updates whose 2xx never left, and
    // updates acknowledged whose confirmation had not gone out yet.
    let restarting: Promise<void> | null = null;
    const queue: TelegramDeliveryQueue = new TelegramDeliveryQueue(fake, {
      connections: IN_FLIGHT,
      // Telegram waits a while before it tries an update again, longer each time
      pauseMs: 4000,
      maxPauseMs: 8000,
      deadline: Date.now() + 240_000,
      loseFirstAnswer: (index) => answerLost.has(index),
      onAcknowledged: () => {
        if (queue.acknowledged.size < KILL_AFTER_ACKS || restarting) return;
        restarting = (async () => {
          await first.kill();
          unacknowledged = reports.map((_, i) => i).filter((i) => !queue.acknowledged.has(i));
          afterKill = await storedEffects(db.url!);
          repliesBeforeRestart = fake.callsOf('sendMessage').length;
          second = await startBot();
        })();
      },
    });
    // the queue ends only once the new process has acknowledged everything the kill left without a 2xx
    await queue.deliver(reports.map((report) => report.update));
    await restarting;
    expect(first.alive()).toBe(false);
    expect(second).not.toBeNull();
    const restarted = second as unknown as BotProcess;
    expect(fake.webhook?.url).toBe(restarted.webhookUrl);
    expect(reports.length - unacknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(unacknowledged.length).toBeGreaterThan(UPDATES / 3);
    const killed = afterKill as unknown as Awaited<ReturnType<typeof storedEffects>>;
    const committedUnacked = unacknowledged.filter((i) => killed.processed.has(String(reports[i]!.update.update_id)));
    // the redeliveries must include updates that already took effect, or they would prove little
    expect(committedUnacked.filter((i) => answerLost.has(i)).length).toBeGreaterThan(answerLost.size / 10);
    expect(killed.reportCount).toBeGreaterThanOrEqual(reports.length - unacknowledged.length); // a 2xx is only sent after the commit
    const attempts = queue.attempts;
    expect(attempts.every((n) => n >= 1)).toBe(true);
    expect(unacknowledged.every((i) => attempts[i]! >= 1)).toBe(true);
    // the confirmations the new process owes go out at Telegram's pace (30 a second), some from the outbox;
    // wait for the last
    await outboxDrained(db.url!, 150_000);
    await waitForQuiet(fake, 3000, 150_000);

    // Effects: exactly once, and never half of an update.
    const stored = await storedEffects(db.url!);
    expect(stored.reportCount).toBe(UPDATES);
    expect(stored.reportsPerOccurrence.every((n) => n === 1)).toBe(true);
    expect(stored.reportsPerOccurrence.length).toBe(UPDATES);
    expect(stored.processed.size).toBe(UPDATES);
    expect([...stored.processed.values()].every((n) => n === 1)).toBe(true);
    for (const report of reports) {
      expect(stored.reportsBySource.get(report.source), report.marker).toBe(1);
      expect(stored.processed.get(String(report.update.update_id)), report.marker).toBe(1);
      expect(stored.auditedReports.get(stored.reportIdBySource.get(report.source)!), report.marker).toBe(1);
    }
    expect(stored.auditedReports.size).toBe(UPDATES);
    const sql = postgres(db.url!, { max: 1, onnotice: () => {} });
    try {
      // each report carries the words of the update it came from, with its percent, nothing else's
      const rows = await sql<
        Array<{ source: string; percent: number; text: string }>
      >`select source_message_id as source, percent, text from reports`;
      const bySource = new Map(rows.map((row) => [row.source, row]));
      for (const report of reports) {
        const row = bySource.get(report.source)!;
        expect(row.percent).toBe(report.percent);
        expect(row.text).toContain(report.marker);
      }
      // nothing waits in the outbox: no confirmation was deferred and forgotten
      const [{ pending }] =
        (await sql`select count(*)::int as pending from outbox where sent_at is null and failed_at is null`) as unknown as [
          { pending: number },
        ];
      expect(pending).toBe(0);
    } finally {
      await sql.end();
    }

    // Replies: at most one per update, and each one a confirmation of that very report.
    const calls = fake.callsOf('sendMessage');
    let confirmed = 0;
    const confirmedReports: typeof reports = [];
    for (const report of reports) {
      const replies = repliesTo(calls, report.update);
      expect(replies.length, `${report.marker}: ${replies.map((r) => String(r.payload.text)).join(' | ')}`).toBeLessThanOrEqual(1);
      if (replies.length === 0) continue;
      confirmed += 1;
      confirmedReports.push(report);
      expect(String(replies[0]!.payload.text)).toMatch(
        new RegExp(`^Đã ghi nhận báo cáo của ĐV ${report.unit}: \\[NV${report.taskId}\\] .* \\(${report.percent}%\\)`),
      );
    }
    // every message the bot sent answers one of these updates: no apology, no stray second answer elsewhere
    expect(calls.length).toBe(confirmed);
    // the process that survived confirmed everything it committed itself
    const committedByFirst = new Set([...killed.processed.keys()]);
    for (const report of reports) {
      if (!committedByFirst.has(String(report.update.update_id))) expect(repliesTo(calls, report.update).length, report.marker).toBe(1);
    }

    // Every confirmed report is what /nhiemvu shows for its task in its unit.
    const inspect = await inProcessApp(db);
    const tasksByUnit = new Map<number, string>();
    for (const report of confirmedReports) {
      if (!tasksByUnit.has(report.unit)) tasksByUnit.set(report.unit, await inspect.tasksOf(report.unit));
      expect(shownPercent(tasksByUnit.get(report.unit)!, report), `${report.marker} in\n${tasksByUnit.get(report.unit)}`).toBe(
        report.percent,
      );
    }

    expect(errorsIn(restarted.logs())).toEqual([]);
    expect(restarted.alive()).toBe(true);
    await restarted.stop();

    // what the run went through, for whoever reads the output
    console.info(
      JSON.stringify({
        acknowledgedBeforeKill: reports.length - unacknowledged.length,
        committedBeforeKill: killed.reportCount,
        answersLost: answerLost.size,
        committedButUnacknowledged: committedUnacked.length,
        confirmationsBeforeKill: repliesBeforeRestart,
        redelivered: unacknowledged.length,
        redeliveryAttempts: attempts.reduce((a, b) => a + b, 0),
        confirmed,
        neverConfirmed: UPDATES - confirmed,
      }),
    );
  }, 400_000);
});
