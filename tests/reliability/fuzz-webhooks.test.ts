import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { callbackQuery, groupMessage, person, privateMessage } from '../support/telegram-updates.js';
import { botImage, botText, oaGroupImage, oaGroupText, oaUserText } from '../support/zalo-events.js';
import { BOT_GROUP, OA_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';
import { changedTables, databaseState, type DatabaseState } from './support/auth-harness.js';
import { adversarialText } from './support/fuzz-arbitraries.js';
import { type RawBody, rawBodies } from './support/raw-bodies.js';

/*
 * Issue 9, part 5, at the HTTP layer: random and mutated raw bodies posted to each webhook endpoint over real
 * HTTP, with the platform's credentials (the secret header; for the Zalo OA a signature made with Zalo's
 * formula over the very bytes sent), so that the body is really read and parsed. Whatever the body:
 * - the answer is 2xx or 4xx, never 5xx (the database is up; 5xx tells the platform to retry, forever);
 * - a refused body (4xx) leaves every table's content as it was and makes the bot call no platform;
 * - the process keeps serving: /healthz answers 200 and a real update is still answered afterwards.
 * Bounded runs with fast-check's random seed; a failure prints the seed and the shrunk body.
 */

const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 60);

interface Endpoint {
  url: string;
  headers(body: Buffer): Record<string, string>;
  calls(): number;
  /** waits until what a 2xx body started (processing, replies) is over */
  settle(taken: boolean): Promise<void>;
  state(): Promise<DatabaseState>;
}

async function postRaw(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: new Uint8Array(body),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Waits until `count()` has not moved for `quietMs`. */
async function quiet(count: () => number, quietMs: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let seen = count();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error('the bot kept calling the platform');
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (count() !== seen) {
      seen = count();
      since = Date.now();
    }
  }
}

/** Posts every generated body and checks the three promises above; returns how many were refused and taken. */
async function fuzz(endpoint: Endpoint, bodies: fc.Arbitrary<RawBody>, options: { refusesSomeCredentialed?: boolean } = {}) {
  let state = await endpoint.state();
  const tally = { refused: 0, taken: 0 };
  await fc.assert(
    fc.asyncProperty(bodies, async ({ how, bytes }) => {
      const calls = endpoint.calls();
      const status = await postRaw(endpoint.url, endpoint.headers(bytes), bytes);
      expect((status >= 200 && status < 300) || (status >= 400 && status < 500), `${how}: ${status}`).toBe(true);
      await endpoint.settle(status < 300);
      const after = await endpoint.state();
      if (status >= 400) {
        tally.refused += 1;
        expect(changedTables(state, after), `${how}: refused with ${status}, yet stored`).toEqual([]);
        expect(endpoint.calls(), `${how}: refused with ${status}, yet the bot called the platform`).toBe(calls);
      } else {
        tally.taken += 1;
      }
      state = after;
    }),
    { numRuns: RUNS },
  );
  // both kinds were sent: bodies refused, and bodies read through to the pipeline. A Zalo webhook answers 200 to
  // whatever comes with the platform's credentials (Zalo resends nothing after another answer): an unreadable
  // body is kept for an operator there, so refusals are rarer (the OA's: only a body whose signature fails).
  if (options.refusesSomeCredentialed !== false) expect(tally.refused).toBeGreaterThan(RUNS / 4);
  expect(tally.taken).toBeGreaterThan(0);
  return tally;
}

describe('raw bodies posted to the Telegram webhook', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness({ webhook: true });
  });
  afterAll(() => h?.stop());

  it('answers 2xx or 4xx, stores nothing it refuses, and keeps serving', async () => {
    const ids = fc.integer({ min: 1, max: 2 ** 31 - 1 });
    const realistic = fc.oneof(
      fc.tuple(ids, adversarialText).map(([id, text]) => groupMessage(id, GROUP, h.people.focal, text)),
      fc.tuple(ids, adversarialText).map(([id, text]) => groupMessage(id, GROUP, h.people.focal, `/baocao NV16 50% ${text}`)),
      fc.tuple(ids, adversarialText).map(([id, text]) => privateMessage(id, h.people.stranger, text)),
      fc.tuple(ids, fc.string()).map(([id, data]) => callbackQuery(id, GROUP, h.people.admin, data)),
      // a newcomer whose name and group title are anything at all: both are stored
      fc.tuple(ids, fc.integer({ min: 10_000, max: 2 ** 40 }), adversarialText, adversarialText).map(([id, userId, name, title]) => {
        const update = groupMessage(id, GROUP, person(userId, name, undefined, name), '/start');
        (update.message!.chat as { title: string }).title = title;
        return update;
      }),
    );
    const endpoint: Endpoint = {
      url: h.fake.webhook!.url,
      headers: () => ({ 'x-telegram-bot-api-secret-token': h.fake.webhook!.secret! }),
      calls: () => h.fake.calls.length,
      // a taken update is answered in the background, after the 200
      settle: (taken) => quiet(() => h.fake.calls.length, taken ? 150 : 30),
      state: () => databaseState(h.db.db),
    };
    await fuzz(endpoint, rawBodies(realistic, ['update_id', 'message_id', 'date', 'id', 'text', 'chat', 'from', 'message']));

    expect((await fetch(`http://127.0.0.1:${h.runtime.port}/healthz`)).status).toBe(200);
    // (in private: the group has had more answers than Telegram lets a bot send it in a minute)
    const someone = person(4242, 'Người mới');
    expect(await h.fake.deliver(privateMessage(h.fake.updateId(), someone, '/start'))).toBe(200);
    await h.fake.waitFor(() => h.fake.sentTo(someone.id).length === 1);
  });
});

describe('raw bodies posted to the Zalo OA and Zalo Bot webhooks', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    h = await startZaloHarness({ bot: 'webhook' });
    await h.fake.waitFor(() => h.fake.refreshCalls().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterAll(() => h?.stop());

  const settle = async (taken: boolean) => {
    await h.runtime.zaloOa?.idle();
    await h.runtime.zaloBot?.idle();
    await quiet(() => h.fake.calls.length, taken ? 100 : 30);
  };

  it('OA: answers 2xx or 4xx, stores nothing it refuses, and keeps serving', { timeout: 300_000 }, async () => {
    const at = () => ({ at: h.clock.now() });
    const realistic = fc.oneof(
      adversarialText.map((text) => oaGroupText(OA_GROUP, h.people.focal.id, text, at())),
      adversarialText.map((text) => oaGroupText(OA_GROUP, h.people.focal.id, `/baocao NV16 40% ${text}`, at())),
      adversarialText.map((text) => oaUserText(h.people.stranger.id, text, at())),
      adversarialText.map((text) => oaGroupImage(OA_GROUP, h.people.focal.id, text, at())),
    );
    // Zalo signs whatever it sends: app id + the bytes + the event's timestamp + the OA secret key. A body that
    // lost its timestamp cannot be signed by that formula; it is signed with the current one, and must get 401.
    const timestamp = () => String(h.clock.now().getTime());
    const endpoint: Endpoint = {
      url: h.oaWebhookUrl,
      headers: (body) => ({
        'x-zevent-signature': createHash('sha256')
          .update(Buffer.concat([Buffer.from(h.fake.appId), body, Buffer.from(timestamp()), Buffer.from(h.fake.oaSecretKey)]))
          .digest('hex'),
      }),
      calls: () => h.fake.calls.length,
      settle,
      state: () => databaseState(h.db.db),
    };
    await fuzz(endpoint, rawBodies(realistic, ['timestamp', 'event_name', 'msg_id', 'text', 'sender', 'recipient', 'message', 'id']), {
      refusesSomeCredentialed: false,
    });
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
    expect(await h.oaGroupSay(OA_GROUP, h.people.focal, '/start')).toHaveLength(1);
  });

  it('keeps the counterexamples found while fuzzing', async () => {
    // PostgreSQL's jsonb refuses NUL and half a surrogate pair, both valid JSON: the insert of the received
    // event failed, the webhook answered 500, and Zalo would have sent the event again and again.
    const nul = oaGroupText(OA_GROUP, h.people.focal.id, '/start\u0000', { at: h.clock.now() });
    expect(await h.oaPost(nul)).toBe(200);
    const surrogate = botText(h.botPeople.stranger.id, '/start \ud916');
    expect(await h.fake.deliverBot(surrogate)).toBe(200);
    await h.processed('zalo-bot', (surrogate.message as { message_id: string }).message_id);
    // A value 100 000 levels deep overflowed the stack of JSON.stringify when the event was stored: 500.
    const deep = JSON.stringify(botText(h.botPeople.stranger.id, '/start')).replace(
      '"text":"/start"',
      `"text":${'['.repeat(100_000)}1${']'.repeat(100_000)}`,
    );
    // now read as not JSON: kept for an operator (the secret says it is the platform's) and answered 200
    const unreadable = await h.runtime.inbound.events.unreadableCount();
    expect(await h.fake.deliverBot({}, { body: deep })).toBe(200);
    expect(await h.runtime.inbound.events.unreadableCount()).toBe(unreadable + 1);
  });

  it('Zalo Bot: answers 2xx or 4xx, stores nothing it refuses, and keeps serving', async () => {
    const mention = `@${h.fake.bot.display_name}`;
    const group = { chatType: 'GROUP' as const, chatId: BOT_GROUP };
    const realistic = fc.oneof(
      adversarialText.map((text) => botText(h.botPeople.focal.id, `${mention} ${text}`, group)),
      adversarialText.map((text) => botText(h.botPeople.focal.id, `${mention} /baocao NV16 30% ${text}`, group)),
      adversarialText.map((text) => botText(h.botPeople.stranger.id, text)),
      adversarialText.map((text) => botImage(h.botPeople.focal.id, `${mention} ${text}`, group)),
      adversarialText.map((text) => ({ ok: true, result: botText(h.botPeople.stranger.id, text) })),
    );
    const endpoint: Endpoint = {
      url: h.fake.botWebhook!.url,
      headers: () => ({ 'x-bot-api-secret-token': h.fake.botWebhook!.secret }),
      calls: () => h.fake.calls.length,
      settle,
      state: () => databaseState(h.db.db),
    };
    await fuzz(endpoint, rawBodies(realistic, ['event_name', 'message_id', 'date', 'id', 'text', 'chat', 'from', 'message']), {
      refusesSomeCredentialed: false,
    });
    expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
    expect(await h.botSay(botText(h.botPeople.stranger.id, '/start'))).toHaveLength(1);
  });
});
