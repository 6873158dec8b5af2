import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runZaloCli } from '../../src/adapters/zalo-oa/oa.cli.js';
import { parseConfig } from '../../src/config.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { botText, OA_ID, oaEvent, oaGroupText } from '../support/zalo-events.js';
import { BOT_GROUP, OA_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

// What the audit of the Zalo code against Zalo's documentation found would break on the real platform
// (reference: the team's zalo-audit), each shown against the fake Zalo speaking as the docs say Zalo does.

const rows = async <T>(h: ZaloHarness, query: ReturnType<typeof sql>): Promise<T[]> => {
  const result = await h.db.db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
};
// what was queued for the OA administrator's private chat (the harness has a second administrator, on the Zalo Bot)
const outboxLike = (h: ZaloHarness, pattern: string) =>
  rows<{ key: string; chat_ref: string; text: string }>(
    h,
    sql`select key, chat_ref, payload->>'text' as text from outbox
      where key like ${pattern} and chat_ref = ${`zalo-oa:user-${h.people.admin.id}`} order by id`,
  );

describe('an OA whose app lacks the permission to read the OA (getoa refused)', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    const fake = await new FakeZalo().start();
    // "Quyền quản lý thông tin OA" not granted: Zalo answers -223 to getoa
    fake.failOaNext('/v2.0/oa/getoa', { error: -223, message: 'OA has not authorized this API for the app' });
    h = await startZaloHarness({ bot: false, fake, runtime: { zaloOa: { timeoutMs: 2_000, identityRetryMs: 300 } } });
  });
  afterAll(async () => {
    await h.stop();
    await h.fake.stop();
  });

  it('starts all the same, answers in its groups, alerts the administrators once, and reads getoa again later', async () => {
    expect(h.runtime.zaloOa?.identity).toBeNull();
    expect(await h.oaGroupSay(OA_GROUP, h.people.focal, '/nhiemvu')).toEqual([expect.stringContaining('Nhiệm vụ đang mở')]);
    const alerts = await outboxLike(h, 'zalo-oa-alert:%:start-permission:%');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain('Quyền quản lý thông tin OA');
    await expect.poll(() => h.runtime.zaloOa?.identity?.oaId, { timeout: 5_000 }).toBe(OA_ID);
    expect(await outboxLike(h, 'zalo-oa-alert:%')).toHaveLength(1);
  });
});

describe('an OA whose getoa names the id "oaid", as a bare number of 18 digits', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    const fake = await new FakeZalo().start();
    fake.getoaShape = 'oaid-number';
    h = await startZaloHarness({ bot: false, fake });
  });
  afterAll(async () => {
    await h.stop();
    await h.fake.stop();
  });

  it('reads the id as text, digit for digit, and so knows its own messages', async () => {
    expect(h.runtime.zaloOa?.identity).toMatchObject({ oaId: OA_ID, name: h.fake.oaName });
    expect(Number(OA_ID).toString()).not.toBe(OA_ID); // a double would have changed it
    // the OA's own message under a user event name, its id a bare number: ignored, not answered
    const own = oaGroupText(OA_GROUP, OA_ID, '/nhiemvu', { at: h.clock.now() });
    const body = JSON.stringify(own).replace(`"sender":{"id":"${OA_ID}"}`, `"sender":{"id":${OA_ID}}`);
    const before = h.fake.sentToGroup(OA_GROUP).length;
    expect(await h.oaPost(own, { body })).toBe(200);
    await h.processed('zalo-oa', (own.message as { msg_id: string }).msg_id);
    expect(h.fake.sentToGroup(OA_GROUP)).toHaveLength(before);
  });
});

describe('the OA webhook answers 200 to whatever Zalo sends, and loses nothing', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    h = await startZaloHarness({ bot: false });
  });
  afterAll(() => h.stop());

  it("answers the console's unsigned check of the URL with 200 and does nothing; refuses any other unsigned post", async () => {
    const before = await h.db.counts();
    expect(await h.fake.checkOaWebhookUrl(h.oaWebhookUrl)).toBe(200);
    const event = oaGroupText(OA_GROUP, h.people.admin.id, '/dangky CDC', { at: h.clock.now() });
    expect((await h.fake.postOaEvent(h.oaWebhookUrl, event, { signature: null })).status).toBe(401);
    expect((await h.fake.postOaEvent(h.oaWebhookUrl, event, { signature: null, body: '{"event_name":"x"}' })).status).toBe(401);
    expect(await h.db.counts()).toEqual(before);
  });

  it('takes a retry whose num_retry header a proxy dropped, by its timestamp; a replay of it changes nothing', async () => {
    // first sent 35 minutes ago; Zalo could not connect then, and resends it with the original timestamp
    const event = oaGroupText(OA_GROUP, h.people.focal.id, '/baocao NV16 40% đã họp triển khai', {
      at: new Date(h.clock.now().getTime() - 35 * 60_000),
    });
    const sent = h.fake.sentToGroup(OA_GROUP).length;
    expect((await h.fake.resendOaEvent(h.oaWebhookUrl, event, 3, { proxyDropsHeader: true })).status).toBe(200);
    await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    expect(h.fake.sentToGroup(OA_GROUP).slice(sent)).toEqual([expect.stringContaining('40%')]);
    const counts = await h.db.counts();
    expect((await h.fake.resendOaEvent(h.oaWebhookUrl, event, 4, { proxyDropsHeader: true })).status).toBe(200);
    await h.runtime.zaloOa?.idle();
    expect(await h.db.counts()).toEqual(counts);
    expect(h.fake.sentToGroup(OA_GROUP)).toHaveLength(sent + 1);
  });

  it('reads ids sent as numbers, and keeps a signed event of an unknown shape for an operator, counted on /healthz', async () => {
    // the sender's id as a bare number beyond a double's precision: the schema of old answered 400
    const event = oaGroupText(OA_GROUP, h.people.focal.id, '/nhiemvu', { at: h.clock.now() });
    const body = JSON.stringify(event).replace(`"sender":{"id":"${h.people.focal.id}"}`, `"sender":{"id":${h.people.focal.id}}`);
    const before = h.fake.sentToGroup(OA_GROUP).length;
    expect(await h.oaPost(event, { body })).toBe(200);
    await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    expect(h.fake.sentToGroup(OA_GROUP).slice(before)).toEqual([expect.stringContaining('Nhiệm vụ đang mở')]);

    const strange = { ...oaGroupText(OA_GROUP, h.people.focal.id, 'x', { at: h.clock.now() }), message: { text: 'không có mã tin' } };
    expect(await h.oaPost(strange)).toBe(200);
    const notJson = oaEvent('user_send_text', { at: h.clock.now() });
    expect(await h.oaPost(notJson, { body: `{"timestamp":"${String(notJson.timestamp)}","event_name":` })).toBe(200);
    expect(h.fake.sentToGroup(OA_GROUP)).toHaveLength(before + 1);
    const health = await (await fetch(`http://127.0.0.1:${h.port}/healthz`)).json();
    expect(health).toEqual({ ok: true, unreadableEvents: 2 });
    const out: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => out.push(line) };
    expect(await runZaloCli(h.app, ['unreadable'], io, 'vi')).toBe(0);
    expect(out).toEqual([expect.stringContaining('"event_name":'), expect.stringContaining('không có mã tin')]);
  });

  it('puts a caption on every image it sends into a group, as Zalo requires there', async () => {
    const photo = { kind: 'photo' as const, fileId: 'https://photo-stal.zdn.vn/full/evidence.jpg' };
    await h.runtime.bot.deliver(`zalo-oa:${OA_GROUP}`, { text: 'Minh chứng', attachments: [photo] });
    const sent = h.fake.successful('/v3.0/oa/group/message').at(-1)!;
    expect(sent.body.message).toMatchObject({ text: 'Ảnh đính kèm', attachment: { payload: { template_type: 'media' } } });
    expect((await h.app.store.chats.get(`zalo-oa:${OA_GROUP}`))?.active).toBe(true);
  });

  it('names the person who withdrew their consent (user_withdraw carries user_id), tells the administrators, and lists what is held', async () => {
    const withdraw = oaEvent('user_withdraw', { at: h.clock.now() }, { user_id: h.people.focal.id, user_id_by_app: '3344556677' });
    expect(await h.oaPost(withdraw)).toBe(200);
    await expect.poll(() => outboxLike(h, 'zalo-oa-withdraw:%')).toHaveLength(1);
    const [alert] = await outboxLike(h, 'zalo-oa-withdraw:%');
    expect(alert!.key).toContain(h.people.focal.id);
    expect(alert!.text).toContain(h.people.focal.id);
    expect(alert!.text).toContain(h.people.focal.name);
    expect(alert!.text).toContain(`npm run cli -- zalo withdraw-report ${h.people.focal.id}`);
    const out: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => out.push(line) };
    expect(await runZaloCli(h.app, ['withdraw-report', h.people.focal.id], io, 'vi')).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(h.people.focal.name);
    expect(text).toMatch(/Vai trò: focal_point \(BVDK\)/);
    expect(text).toMatch(/Báo cáo đã gửi: [1-9]/);
    const json: string[] = [];
    await runZaloCli(h.app, ['withdraw-report', h.people.focal.id, '--json'], { out: (l) => json.push(l), err: () => {} }, 'vi');
    expect(JSON.parse(json[0]!)).toMatchObject({ externalId: h.people.focal.id, member: { displayName: h.people.focal.name } });
  });

  it('alerts the administrators once when Zalo says the app was removed (-219), and keeps an expired group (-237) bound', async () => {
    for (let i = 0; i < 2; i += 1) {
      h.fake.failOaNext('/v3.0/oa/group/message', { error: -219, message: 'Application is removed or disabled' });
      await h.runtime.bot.deliver(`zalo-oa:${OA_GROUP}`, { text: `Nhắc hạn ${i}` });
    }
    await expect.poll(() => outboxLike(h, 'zalo-oa-alert:%:app_removed:%')).toHaveLength(1);
    h.fake.failOaNext('/v3.0/oa/group/message', { error: -237, message: 'Group is disabled' });
    await h.runtime.bot.deliver(`zalo-oa:${OA_GROUP}`, { text: 'Bản tin' });
    expect((await h.app.store.chats.get(`zalo-oa:${OA_GROUP}`))?.active).toBe(true);
    await expect.poll(() => outboxLike(h, 'zalo-oa-alert:%:group_disabled:%')).toHaveLength(1);
  });
});

describe('the Zalo Bot in production', () => {
  it('is mentioned by the name people see, not by the handle getMe gives, even when that name is not configured', async () => {
    const h = await startZaloHarness({ oa: false, bot: 'polling', env: { ZALO_BOT_NAME: '' } });
    try {
      const group = { chatType: 'GROUP' as const, chatId: BOT_GROUP };
      expect(await h.botSay(botText(h.botPeople.focal.id, `@${h.fake.bot.display_name} /nhiemvu`, group))).toEqual([
        expect.stringContaining('Nhiệm vụ đang mở'),
      ]);
    } finally {
      await h.stop();
    }
  });

  it('uses a webhook when the server has a public https address, with a secret every replica derives alike', () => {
    const base = { ZALO_BOT_TOKEN: '7305812945601234:fake-bot-secret-token' };
    const parsed = parseConfig({ ...base, WEB_BASE_URL: 'https://troly.soyte.laichau.gov.vn/' });
    const again = parseConfig({ ...base, WEB_BASE_URL: 'https://troly.soyte.laichau.gov.vn' });
    if (!parsed.ok || !again.ok) throw new Error('config refused');
    expect(parsed.config.zaloBot?.webhook?.url).toBe('https://troly.soyte.laichau.gov.vn/webhooks/zalo-bot');
    expect(parsed.config.zaloBot?.webhook?.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(again.config.zaloBot?.webhook?.secret).toBe(parsed.config.zaloBot?.webhook?.secret);
    // no public address (or a plain-http one, which Zalo does not call): long polling, as for local use
    const local = parseConfig({ ...base, WEB_BASE_URL: 'http://127.0.0.1:8080' });
    expect(local.ok && local.config.zaloBot?.webhook).toBeNull();
  });
});
