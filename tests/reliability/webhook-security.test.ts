import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signOaBody } from '../../src/adapters/zalo-oa/oa.webhook.js';
import { GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { groupMessage } from '../support/telegram-updates.js';
import { botText, msgId, oaGroupText } from '../support/zalo-events.js';
import { BOT_GROUP, OA_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';
import { changedTables, databaseState, type DatabaseState } from './support/auth-harness.js';

const MB = 1024 * 1024;

interface RawResult {
  /** the status line's code, or null when the connection ended without an answer */
  status: number | null;
  /** body bytes the client managed to hand to its socket before the server hung up */
  written: number;
  /** ms from the first byte sent to the status line */
  answeredAfterMs: number | null;
}

/**
 * One HTTP/1.1 request over a bare socket, so that a test controls exactly what is sent and when: headers
 * alone (a declared length with no body yet), or a body streamed with back-pressure until the server hangs up.
 * fetch() cannot show that the server answered before the body was sent.
 */
function rawPost(
  port: number,
  path: string,
  headers: Record<string, string>,
  body: { bytes: number; chunked: boolean } | null,
  waitMs = 3000,
): Promise<RawResult> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let written = 0;
    let answeredAt: number | null = null;
    let closed = false;
    const started = performance.now();
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (data: Buffer) => {
      response += data.toString('latin1');
      if (answeredAt === null && /^HTTP\/1\.1 \d{3}/.test(response)) answeredAt = performance.now() - started;
    });
    // EPIPE or ECONNRESET once the server hangs up mid-body: exactly what some cases expect.
    socket.on('error', () => {});
    socket.on('close', () => {
      closed = true;
      clearTimeout(timer);
      const status = /^HTTP\/1\.1 (\d{3})/.exec(response)?.[1];
      resolve({ status: status ? Number(status) : null, written, answeredAfterMs: answeredAt });
    });
    const head = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join(
      '\r\n',
    );
    socket.write(head);
    if (!body) return;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = async () => {
      while (!closed && !socket.destroyed && written < body.bytes) {
        const piece = body.chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
        written += chunk.length;
        if (!socket.write(piece)) await new Promise<void>((resume) => socket.once('drain', resume).once('close', resume));
      }
      if (!closed && !socket.destroyed && body.chunked) socket.write('0\r\n\r\n');
    };
    void pump();
  });
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers, body });
  await response.arrayBuffer();
  return response.status;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/*
 * "No effect" means the content of every table, not only its row count: a replay that updated a row (a
 * report's percent, a ticket's status, a chat's binding) keeps every count and must still fail here.
 */
function unchanged(before: DatabaseState, after: DatabaseState, except: readonly string[] = []): string[] {
  return changedTables(before, after).filter((table) => !except.includes(table));
}

describe('webhook security: Telegram', () => {
  let h: TelegramHarness;
  let url: string;
  let port: number;
  const SECRET = 'test-webhook-secret-123';
  const json = { 'content-type': 'application/json' };
  const sends = () => h.fake.callsOf('sendMessage').length;

  beforeAll(async () => {
    h = await startTelegramHarness({ webhook: true });
    url = h.fake.webhook!.url;
    port = h.runtime.port!;
  });
  afterAll(() => h.stop());

  it('refuses a missing or wrong secret with 401 and changes nothing', async () => {
    const before = await databaseState(h.db.db);
    const calls = h.fake.calls.length;
    const body = JSON.stringify(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/baocao NV16 50% Đã xây dựng dự thảo'));
    expect(await post(url, body, json)).toBe(401);
    expect(await post(url, body, { ...json, 'x-telegram-bot-api-secret-token': 'test-webhook-secret-124' })).toBe(401); // same length
    expect(await post(url, body, { ...json, 'x-telegram-bot-api-secret-token': 'x' })).toBe(401);
    expect(await post(url, body, { ...json, 'x-telegram-bot-api-secret-token': '' })).toBe(401);
    await settle();
    expect(unchanged(before, await databaseState(h.db.db))).toEqual([]);
    expect(h.fake.calls.length).toBe(calls);
  });

  it('refuses a wrong secret from its header alone, before reading a body', async () => {
    // The body is announced but never sent: only an answer from the headers can arrive.
    const result = await rawPost(
      port,
      '/webhooks/telegram',
      {
        'content-type': 'application/json',
        'content-length': String(512 * 1024),
        'x-telegram-bot-api-secret-token': 'wrong-secret-000000',
      },
      null,
    );
    expect(result.status).toBe(401);
    expect(result.answeredAfterMs).toBeLessThan(1000);
  });

  it('processes an update once: a replay of the same update_id changes nothing and sends nothing', async () => {
    const update = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/baocao NV16 50% Đã xây dựng dự thảo kế hoạch tuyên truyền');
    const sent = sends();
    expect(await h.fake.deliver(update)).toBe(200);
    await h.fake.waitFor(() => sends() === sent + 1);
    expect(h.fake.sentTo(GROUP).at(-1)).toContain('Đã ghi nhận báo cáo của BVĐK tỉnh');
    await settle();
    const after = await databaseState(h.db.db);
    // The same update again, and again with its report changed (a replay must not take the new words either)
    for (let i = 0; i < 3; i += 1) expect(await h.fake.deliver(update)).toBe(200);
    const altered = structuredClone(update);
    altered.message!.text = '/baocao NV16 100% Đã hoàn thành';
    expect(await h.fake.deliver(altered)).toBe(200);
    // A later update's answer proves the replays had their chance to answer first.
    const sentinel = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start');
    expect(await h.fake.deliver(sentinel)).toBe(200);
    await h.fake.waitFor(() => sends() >= sent + 2);
    await settle();
    expect(sends()).toBe(sent + 2);
    // every row of every table as it was, but for the sentinel's processed mark
    const now = await databaseState(h.db.db);
    expect(unchanged(after, now, ['processed_events'])).toEqual([]);
    expect(now.counts.processed_events).toBe(after.counts.processed_events! + 1);
  });

  it('refuses the wrong content type with 415, and malformed JSON with 400, and keeps serving', async () => {
    const before = await databaseState(h.db.db);
    const calls = h.fake.calls.length;
    const update = JSON.stringify(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start'));
    const secret = { 'x-telegram-bot-api-secret-token': SECRET };
    expect(await post(url, update, { ...secret, 'content-type': 'text/plain' })).toBe(415);
    expect(await post(url, update, { ...secret, 'content-type': 'application/x-www-form-urlencoded' })).toBe(415);
    expect(await post(url, update, { ...secret, 'content-type': 'application/jsonp' })).toBe(415);
    expect((await rawPost(port, '/webhooks/telegram', { ...secret, 'content-length': String(update.length) }, null, 1000)).status).toBe(
      415,
    ); // no content type at all
    for (const bad of [
      '{"update_id": 1, "message": ',
      '',
      'null',
      '[]',
      '"update"',
      '{"update_id":"1"}',
      '{"update_id":1e400}',
      '\u0000\u0001',
    ]) {
      expect(await post(url, bad, { ...secret, ...json })).toBe(400);
    }
    await settle();
    expect(unchanged(before, await databaseState(h.db.db))).toEqual([]);
    expect(h.fake.calls.length).toBe(calls);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('refuses a declared body over 1 MB with 413 at once, before any of it is sent', async () => {
    const result = await rawPost(
      port,
      '/webhooks/telegram',
      { 'content-type': 'application/json', 'content-length': String(MB + 1), 'x-telegram-bot-api-secret-token': SECRET },
      null,
    );
    expect(result.status).toBe(413);
    expect(result.answeredAfterMs).toBeLessThan(1000);
  });

  it('cuts off a chunked body at 1 MB with 413, long before the client has finished sending', async () => {
    const before = await databaseState(h.db.db);
    const total = 64 * MB;
    const result = await rawPost(
      port,
      '/webhooks/telegram',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked', 'x-telegram-bot-api-secret-token': SECRET },
      { bytes: total, chunked: true },
      20_000,
    );
    expect(result.status).toBe(413);
    // Socket buffers on both sides hold a few megabytes; a server that read the whole body would take all 64.
    expect(result.written).toBeLessThan(total / 2);
    expect(unchanged(before, await databaseState(h.db.db))).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('takes a body just under the limit (the limit is 1 MB, not less)', async () => {
    const update = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start', { extra: { caption: 'x'.repeat(MB - 2048) } as never });
    expect(await h.fake.deliver(update)).toBe(200);
  });
});

describe('webhook security: Zalo OA and Zalo Bot', () => {
  let h: ZaloHarness;
  let oaUrl: string;
  let botUrl: string;
  const json = { 'content-type': 'application/json' };

  beforeAll(async () => {
    h = await startZaloHarness({ bot: 'webhook' });
    // The start-up token refresh writes to the database: let it finish before counting rows.
    await h.fake.waitFor(() => h.fake.refreshCalls().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    oaUrl = h.oaWebhookUrl;
    botUrl = h.fake.botWebhook!.url;
  });
  afterAll(() => h.stop());

  // every table's content, and every call the bot made to either platform
  const snapshot = async () => ({ state: await databaseState(h.db.db), calls: h.fake.calls.length });
  const expectNoEffect = async (before: Awaited<ReturnType<typeof snapshot>>) => {
    const after = await snapshot();
    expect(unchanged(before.state, after.state)).toEqual([]);
    expect(after.calls).toBe(before.calls);
  };

  it('OA: refuses a missing, malformed or wrong signature, and one made with the app secret, with 401 and no effect', async () => {
    const before = await snapshot();
    const event = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 50% Đã xây dựng dự thảo', { at: h.clock.now() });
    expect((await h.fake.postOaEvent(oaUrl, event, { signature: null })).status).toBe(401);
    expect((await h.fake.postOaEvent(oaUrl, event, { signature: 'mac=' })).status).toBe(401);
    expect((await h.fake.postOaEvent(oaUrl, event, { signature: 'not-hex-at-all' })).status).toBe(401);
    expect((await h.fake.postOaEvent(oaUrl, event, { signature: 'f'.repeat(64) })).status).toBe(401);
    expect((await h.fake.postOaEvent(oaUrl, event, { secretKey: h.fake.appSecret })).status).toBe(401);
    // Signed over another body: the signature binds the exact bytes.
    const tampered = JSON.stringify({ ...event, message: { ...(event.message as object), text: '/baocao NV16 100% xong' } });
    const signatureOfOriginal = signOaBody(h.fake.appId, h.fake.oaSecretKey, JSON.stringify(event), String(event.timestamp));
    expect((await h.fake.postOaEvent(oaUrl, event, { body: tampered, signature: signatureOfOriginal })).status).toBe(401);
    await settle();
    await expectNoEffect(before);
  });

  it("OA: drops a signed event older (or newer) than Zalo's retry window, with 200 so that nothing is resent, and no effect", async () => {
    const before = await snapshot();
    const now = h.clock.now().getTime();
    for (const at of [now - 4 * 3_600_000, now + 4 * 3_600_000]) {
      const event = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 50% cũ', { at: new Date(at) });
      expect((await h.fake.postOaEvent(oaUrl, event)).status).toBe(200);
    }
    // A "retry" header changes nothing: the window is Zalo's retry schedule, whatever the headers say.
    const ancient = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 50% rất cũ', { at: new Date(now - 24 * 3_600_000) });
    expect((await h.fake.postOaEvent(oaUrl, ancient, { headers: { num_retry: '1' } })).status).toBe(200);
    await settle();
    await expectNoEffect(before);
  });

  it('OA: a replayed msg_id, even re-signed with a fresh timestamp, changes nothing', async () => {
    const id = msgId();
    const event = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 60% Đã trình dự thảo', { at: h.clock.now(), msgId: id });
    const replies = h.fake.sentToGroup(OA_GROUP).length;
    expect(await h.oaPost(event)).toBe(200);
    await h.processed('zalo-oa', id);
    expect(h.fake.sentToGroup(OA_GROUP)).toHaveLength(replies + 1);
    const after = await snapshot();
    expect(await h.oaPost(event)).toBe(200);
    const resigned = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 60% Đã trình dự thảo', {
      at: new Date(h.clock.now().getTime() + 1000),
      msgId: id,
    });
    expect(await h.oaPost(resigned)).toBe(200);
    // the same message id with other words, correctly signed: still the message already processed
    const altered = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 100% Đã hoàn thành', {
      at: new Date(h.clock.now().getTime() + 2000),
      msgId: id,
    });
    expect(await h.oaPost(altered)).toBe(200);
    await settle();
    await expectNoEffect(after);
  });

  it('OA: checks the signature over the raw body before parsing it: a bad one is 401 whatever the body', async () => {
    const before = await snapshot();
    const at = String(h.clock.now().getTime());
    const bodies = [
      '{"event_name":',
      '',
      'null',
      '[]',
      '"x"',
      '\u0000',
      `{"timestamp":"${at}","event_name":`,
      `{"timestamp":"${at}"}`,
      '\u00ff\u00fe{',
    ];
    for (const body of bodies) {
      for (const signature of [null, '0'.repeat(64), `mac=${'a'.repeat(64)}`, signOaBody(h.fake.appId, h.fake.appSecret, body, at)]) {
        // the one exception: nothing at all, unsigned, is the console checking the URL (200, nothing done)
        const expected = body === '' && signature === null ? 200 : 401;
        expect(
          (await h.fake.postOaEvent(oaUrl, { timestamp: at }, { body, signature })).status,
          `${JSON.stringify(body)} signed ${signature}`,
        ).toBe(expected);
      }
    }
    // a body signed over a timestamp it carries somewhere else than as the event's own: 401
    const event = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 50% x', { at: h.clock.now() });
    const smuggled = JSON.stringify({ ...event, timestamp: String(h.clock.now().getTime() - 3_600_000), extra: { timestamp: at } });
    expect((await h.fake.postOaEvent(oaUrl, { timestamp: at }, { body: smuggled })).status).toBe(401);
    await settle();
    await expectNoEffect(before);
    // signed by Zalo's formula over its own timestamp, but not an event the bot can read: 200 (Zalo resends nothing
    // after another answer, so a 4xx would lose it), kept apart for an operator, acted on never
    const unreadable = await h.runtime.inbound.events.unreadableCount();
    for (const body of [
      `{"timestamp":"${at}","event_name":`,
      `{"timestamp":"${at}"}`,
      `[{"timestamp":"${at}"}]`,
      `{"timestamp":${at},"event_name":5}`,
    ]) {
      expect((await h.fake.postOaEvent(oaUrl, { timestamp: at }, { body })).status, body).toBe(200);
    }
    await settle();
    expect(await h.runtime.inbound.events.unreadableCount()).toBe(unreadable + 4);
    const after = await snapshot();
    expect(unchanged(before.state, after.state)).toEqual(['zalo_inbound_events']);
    expect(after.calls).toBe(before.calls);
  });

  it('Zalo Bot: refuses a missing or wrong secret with 401 and no effect, before reading the body', async () => {
    const before = await snapshot();
    const update = botText(h.botPeople.focal.id, `@${h.fake.bot.display_name} /baocao NV16 50% x`, {
      chatType: 'GROUP',
      chatId: BOT_GROUP,
    });
    expect(await h.fake.deliverBot(update, { secret: null })).toBe(401);
    expect(await h.fake.deliverBot(update, { secret: 'zalo-bot-webhook-secres' })).toBe(401);
    expect(await h.fake.deliverBot(update, { secret: 'zalo' })).toBe(401);
    const announced = await rawPost(
      h.port,
      '/webhooks/zalo-bot',
      { 'content-type': 'application/json', 'content-length': String(512 * 1024), 'x-bot-api-secret-token': 'wrong' },
      null,
    );
    expect(announced.status).toBe(401);
    await settle();
    await expectNoEffect(before);
  });

  it('Zalo Bot: a replayed message_id changes nothing', async () => {
    const update = botText(h.botPeople.focal.id, `@${h.fake.bot.display_name} /baocao NV16 70% Đã ban hành`, {
      chatType: 'GROUP',
      chatId: BOT_GROUP,
    });
    expect(await h.botSay(update)).toEqual([expect.stringContaining('Đã ghi nhận báo cáo của BVĐK tỉnh')]);
    const after = await snapshot();
    expect(await h.fake.deliverBot(update)).toBe(200);
    expect(await h.fake.deliverBot(update, { wrap: true })).toBe(200);
    await h.runtime.zaloBot!.idle();
    await settle();
    await expectNoEffect(after);
  });

  it('Zalo Bot: a message more than a day old is dropped unstored (200, so that the platform stops sending it); hours old, it is taken', async () => {
    const before = await snapshot();
    const now = h.clock.now().getTime();
    const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000);
    const group = { chatType: 'GROUP' as const, chatId: BOT_GROUP };
    const stale = botText(h.botPeople.focal.id, `@${h.fake.bot.display_name} /baocao NV16 80% báo cáo cũ`, { ...group, at: at(25) });
    expect(await h.fake.deliverBot(stale)).toBe(200);
    expect(await h.fake.deliverBot(stale, { wrap: true })).toBe(200);
    expect(await h.fake.deliverBot(botText(h.botPeople.focal.id, '/start', { at: at(24 * 30) }))).toBe(200);
    await h.runtime.zaloBot!.idle();
    await settle();
    await expectNoEffect(before);
    // within the day (a platform retrying after an outage): taken, once
    const late = botText(h.botPeople.focal.id, `@${h.fake.bot.display_name} /baocao NV16 80% gửi lại sau sự cố`, { ...group, at: at(3) });
    expect(await h.botSay(late)).toEqual([expect.stringContaining('Đã ghi nhận báo cáo của BVĐK tỉnh')]);
  });

  for (const route of ['/webhooks/zalo-oa', '/webhooks/zalo-bot'] as const) {
    const authHeaders = (): Record<string, string> =>
      route === '/webhooks/zalo-bot' ? { 'x-bot-api-secret-token': 'zalo-bot-webhook-secret' } : { 'x-zevent-signature': '0'.repeat(64) };

    it(`${route}: 415 for the wrong content type; malformed JSON unsigned is 401, with the secret it is kept (200); no crash`, async () => {
      const before = await snapshot();
      const url = route === '/webhooks/zalo-oa' ? oaUrl : botUrl;
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        expect(await post(url, '{}', { ...authHeaders(), 'content-type': type })).toBe(415);
      }
      for (const bad of ['{"event_name":', '', 'null', '[]', '"x"', '\u0000']) {
        const status = await post(url, bad, { ...authHeaders(), ...json });
        // the OA's signature covers the body, and these are signed by no one: refused before they are parsed;
        // the Zalo Bot's secret says they are the platform's: kept for an operator, never acted on
        expect(status).toBe(route === '/webhooks/zalo-oa' ? 401 : 200);
      }
      await settle();
      const after = await snapshot();
      expect(unchanged(before.state, after.state)).toEqual(route === '/webhooks/zalo-oa' ? [] : ['zalo_inbound_events']);
      expect(after.calls).toBe(before.calls);
      expect((await fetch(`http://127.0.0.1:${h.port}/healthz`)).status).toBe(200);
    });

    it(`${route}: 413 for a body over 1 MB, declared or streamed, without reading it whole`, async () => {
      const before = await snapshot();
      const declared = await rawPost(
        h.port,
        route,
        { ...authHeaders(), 'content-type': 'application/json', 'content-length': String(2 * MB) },
        null,
      );
      expect(declared.status).toBe(413);
      expect(declared.answeredAfterMs).toBeLessThan(1000);
      const total = 64 * MB;
      const streamed = await rawPost(
        h.port,
        route,
        { ...authHeaders(), 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        { bytes: total, chunked: true },
        20_000,
      );
      expect(streamed.status).toBe(413);
      expect(streamed.written).toBeLessThan(total / 2);
      await expectNoEffect(before);
    });
  }
});
