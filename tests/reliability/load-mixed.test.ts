import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { groupMessage, person } from '../support/telegram-updates.js';
import { focalOf, groupOf, seedDepartment, type Department } from './support/department.js';
import { GUARDED_WEBHOOK_SECRET, type GuardedTelegram, startGuardedTelegram } from './support/guarded-telegram.js';
import { repliesTo } from './support/inspect.js';

/**
 * A burst that mixes what a Department's groups send at the start of a working day: /tracuu questions,
 * questions that mention the bot, and one-line /baocao reports — 200 updates posted to the Telegram webhook all
 * at once, on PostgreSQL with a pool of 5 connections, so that 200 message transactions compete for 5
 * connections. A read on the root database inside a message's transaction (the lookup before commit 2806200)
 * needs a sixth connection while holding one: once five such messages hold the pool, they wait for each other
 * forever and every webhook hangs. What must hold: every update is answered with a 2xx and gets exactly its
 * answer, /healthz keeps answering 200 throughout, and the transaction guard saw no root-database call inside
 * a transaction (support/transaction-guard.ts: it fails at the first one, however lucky the timing).
 */

const UPDATES = 200;
const UNITS = 100;
// Telegram gives up on a webhook request after about a minute; a deadlocked pool never answers at all
const REQUEST_TIMEOUT_MS = 60_000;

let h: GuardedTelegram;
let department: Department;

beforeAll(async () => {
  h = await startGuardedTelegram({
    seed: async (db) => {
      department = await seedDepartment(db.url!, { units: UNITS, tasksPerUnit: 2 });
    },
    // replies beyond Telegram's pace wait in the outbox: send them soon, so that every answer is counted
    outboxIntervalMs: 500,
  });
}, 180_000);
afterAll(() => h?.stop());

type Kind = 'lookup' | 'mention' | 'report';

interface Sent {
  kind: Kind;
  update: Update;
  unit: number;
}

function burst(): Sent[] {
  const bot = h.fake.bot.username;
  return Array.from({ length: UPDATES }, (_, i) => {
    const unit = (i % UNITS) + 1;
    const from = person(focalOf(unit), `Đầu mối ${unit}`, `dm${unit}`);
    const kind: Kind = (['lookup', 'mention', 'report'] as const)[i % 3]!;
    const text =
      kind === 'lookup'
        ? '/tracuu thông tư nào quy định về trang phục y tế?'
        : kind === 'mention'
          ? `@${bot} hòm thư góp ý ở cơ sở y tế theo văn bản nào?`
          : `/baocao NV${department.taskId(Math.floor(i / UNITS) + 1)} ${10 + (i % 80)}% đợt tải ${i}`;
    return { kind, unit, update: groupMessage(900_000 + i, groupOf(unit), from, text) };
  });
}

async function post(update: Update): Promise<number | string> {
  try {
    const response = await fetch(`${h.base}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': GUARDED_WEBHOOK_SECRET },
      body: JSON.stringify(update),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

describe.runIf(inject('testDatabase').driver === 'postgres')(
  `${UPDATES} questions, mentions and reports at once, 5 database connections`,
  () => {
    it('answers every update, keeps /healthz at 200, and never uses the root database inside a message transaction', async () => {
      const sent = burst();
      let done = false;
      const health: Array<{ status: number | string; ms: number }> = [];
      const watching = (async () => {
        while (!done) {
          const started = performance.now();
          const status = await fetch(`${h.base}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
            .then(async (response) => (await response.arrayBuffer(), response.status))
            .catch((error: unknown) => (error instanceof Error ? error.name : String(error)));
          health.push({ status, ms: performance.now() - started });
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      })();

      const started = performance.now();
      const statuses = await Promise.all(sent.map((one) => post(one.update)));
      const burstMs = performance.now() - started;
      done = true;
      await watching;

      expect(h.guard.violations).toEqual([]);
      // the guard was on the messages' path; updates arriving together shared transactions (group commit)
      expect(h.guard.transactions()).toBeGreaterThan(0);
      expect(h.guard.transactions()).toBeLessThan(UPDATES);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      expect(health.length).toBeGreaterThan(0);
      expect(health.filter((sample) => sample.status !== 200)).toEqual([]);

      // Each update gets its one answer (at Telegram's pace: some wait their turn in the outbox).
      const answered = () => sent.filter((one) => repliesTo(h.fake.callsOf('sendMessage'), one.update).length > 0).length;
      await h.fake.waitFor(() => answered() === UPDATES, 90_000);
      for (const one of sent) {
        const replies = repliesTo(h.fake.callsOf('sendMessage'), one.update).map((call) => String(call.payload.text));
        expect(replies, `${one.kind} from unit ${one.unit}`).toHaveLength(1);
        const expected = { lookup: /45\/2015\/TT-BYT/, mention: /25\/2015\/TT-BYT/, report: /^Đã ghi nhận báo cáo của ĐV \d+/ }[one.kind];
        expect(replies[0], `${one.kind} from unit ${one.unit}`).toMatch(expected);
      }
      expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
      console.info(
        JSON.stringify({
          updates: UPDATES,
          burstSeconds: Math.round(burstMs / 100) / 10,
          healthSamples: health.length,
          slowestHealthMs: Math.round(Math.max(...health.map((sample) => sample.ms))),
          transactions: h.guard.transactions(),
        }),
      );
    }, 240_000);
  },
);
