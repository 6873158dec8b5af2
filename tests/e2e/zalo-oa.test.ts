import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oaEcho, oaEvent, oaGroupSticker, oaGroupText } from '../support/zalo-events.js';
import { OA_GROUP, OA_OTHER_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

const tokenRow = async (h: ZaloHarness) => {
  const result = await h.db.db.execute(sql`select access_token, refresh_token, access_expires_at from zalo_tokens`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Array<{
    access_token: string;
    refresh_token: string;
    access_expires_at: unknown;
  }>;
  return rows[0]!;
};

describe('Zalo OA', () => {
  let h: ZaloHarness;
  const logLines: string[] = [];
  beforeAll(async () => {
    h = await startZaloHarness({ bot: false, logLines });
    await h.fake.waitFor(() => h.fake.refreshCalls().length === 1);
  });
  afterAll(() => h.stop());

  it('starts with getoa and renews the pair the environment gave, saving the new one', async () => {
    expect(h.fake.calls.filter((c) => c.path === '/v2.0/oa/getoa')).toHaveLength(1);
    const refresh = h.fake.refreshCalls()[0]!;
    expect(refresh.body).toMatchObject({ refresh_token: h.seed.refreshToken, app_id: h.fake.appId, grant_type: 'refresh_token' });
    await expect.poll(async () => (await tokenRow(h)).refresh_token).not.toBe(h.seed.refreshToken);
    expect(logLines.join('\n')).not.toContain(h.seed.refreshToken);
    expect(logLines.join('\n')).not.toContain((await tokenRow(h)).access_token);
  });

  it('answers a command in an OA group through group/message with the access_token header', async () => {
    const replies = await h.oaGroupSay(OA_GROUP, h.people.focal, '/nhiemvu');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/);
    const send = h.fake.successful('/v3.0/oa/group/message').at(-1)!;
    expect(send.accessToken).toBe((await tokenRow(h)).access_token);
    expect(send.body.recipient).toEqual({ group_id: OA_GROUP });
  });

  it('answers /tracuu and a question that mentions the OA, on the default database (one connection: no deadlock)', async () => {
    expect(await h.oaGroupSay(OA_GROUP, h.people.focal, '/tracuu trang phục y tế')).toEqual([
      expect.stringContaining('Thông tư 45/2015/TT-BYT'),
    ]);
    const [answer] = await h.oaGroupSay(OA_GROUP, h.people.stranger, `@${h.fake.oaName} thông tư nào quy định trang phục y tế?`);
    expect(answer).toContain('45/2015/TT-BYT');
  });

  it('answers in a one-to-one chat through message/cs', async () => {
    expect(await h.oaPrivateSay(h.people.focal, '/start')).toEqual([
      expect.stringContaining('Đây là trò chuyện riêng giữa bạn và trợ lý.'),
    ]);
  });

  it('accepts the signature with or without "mac=", and answers within two seconds', async () => {
    for (const prefix of [true, false]) {
      const event = oaGroupText(OA_GROUP, h.people.focal.id, '/start', { at: h.clock.now() });
      const { status, ms } = await h.fake.postOaEvent(h.oaWebhookUrl, event, { prefix });
      expect(status).toBe(200);
      expect(ms).toBeLessThan(2000);
      await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    }
  });

  it('refuses a missing or wrong signature with 401 and stores nothing; drops a signed event older than the retry window', async () => {
    const before = await h.db.counts();
    const sends = h.fake.calls.length;
    const event = oaGroupText(OA_OTHER_GROUP, h.people.admin.id, '/dangky CDC', { at: h.clock.now() });
    expect((await h.fake.postOaEvent(h.oaWebhookUrl, event, { signature: null })).status).toBe(401);
    expect((await h.fake.postOaEvent(h.oaWebhookUrl, event, { signature: `mac=${'0'.repeat(64)}` })).status).toBe(401);
    expect((await h.fake.postOaEvent(h.oaWebhookUrl, event, { secretKey: h.fake.appSecret })).status).toBe(401); // the app secret is not the OA key
    // Zalo's retries end within two hours: older, it is a replay (200, so that nothing is resent, and dropped)
    const old = oaGroupText(OA_OTHER_GROUP, h.people.admin.id, '/dangky CDC', { at: new Date(h.clock.now().getTime() - 4 * 3_600_000) });
    expect((await h.fake.postOaEvent(h.oaWebhookUrl, old)).status).toBe(200);
    expect(await h.db.counts()).toEqual(before);
    expect(h.fake.calls.length).toBe(sends);
  });

  it("takes Zalo's own retry of an older event (num_retry), and a replay changes nothing", async () => {
    const event = oaGroupText(OA_OTHER_GROUP, h.people.admin.id, '/dangky BVPHOI', { at: new Date(h.clock.now().getTime() - 35 * 60_000) });
    expect(await h.oaPost(event, { headers: { num_retry: '3' } })).toBe(200);
    await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    expect(h.fake.sentToGroup(OA_OTHER_GROUP).at(-1)).toContain('Đã gắn nhóm này với Bệnh viện Phổi tỉnh Lai Châu (BVPHOI).');
    const counts = await h.db.counts();
    const sends = h.fake.sentToGroup(OA_OTHER_GROUP).length;
    expect(await h.oaPost(event, { headers: { num_retry: '4' } })).toBe(200);
    expect(await h.db.counts()).toEqual(counts);
    expect(h.fake.sentToGroup(OA_OTHER_GROUP)).toHaveLength(sends);
  });

  it("ignores the OA's own echoes, and unknown events with one log line per event name", async () => {
    const before = await h.db.counts();
    const sends = h.fake.calls.length;
    expect(await h.oaPost(oaEcho(OA_GROUP, '/nhiemvu', { at: h.clock.now() }))).toBe(200);
    expect(await h.oaPost(oaEvent('user_send_hologram', { at: h.clock.now() }))).toBe(200);
    expect(await h.oaPost(oaEvent('user_send_hologram', { at: new Date(h.clock.now().getTime() + 1) }))).toBe(200);
    expect(await h.db.counts()).toEqual(before);
    expect(h.fake.calls.length).toBe(sends);
    expect(logLines.filter((line) => line.includes('user_send_hologram'))).toHaveLength(1);
  });

  it('stays silent on group chatter, and re-asks politely when a sticker comes where text is expected', async () => {
    expect(await h.oaGroupSay(OA_GROUP, h.people.focal, 'Chào cả nhà, chiều nay họp giao ban nhé')).toEqual([]);
    const asked = await h.oaGroupSay(OA_OTHER_GROUP, h.people.admin, '/dangky');
    expect(asked[0]).toContain('Nhóm này thuộc đơn vị nào?');
    const before = h.fake.sentToGroup(OA_OTHER_GROUP).length;
    const sticker = oaGroupSticker(OA_OTHER_GROUP, h.people.admin.id, { at: h.clock.now() });
    expect(await h.oaPost(sticker)).toBe(200);
    await h.processed('zalo-oa', (sticker.message as { msg_id: string }).msg_id);
    expect(h.fake.sentToGroup(OA_OTHER_GROUP).slice(before)).toEqual([expect.stringContaining('Nhóm này thuộc đơn vị nào?')]);
    await h.oaGroupSay(OA_OTHER_GROUP, h.people.admin, '/huy');
  });

  it('names the person whose message a command quotes', async () => {
    const quoted = oaGroupText(OA_GROUP, h.people.stranger.id, 'Em là cán bộ mới của khoa', { at: h.clock.now() });
    await h.oaPost(quoted);
    const messageId = (quoted.message as { msg_id: string }).msg_id;
    await h.processed('zalo-oa', messageId);
    const [done] = await h.oaGroupSay(OA_GROUP, h.people.admin, '/phanquyen nhân viên', { quote: messageId });
    expect(done).toBe('Đã giao vai trò cán bộ, nhân viên của Bệnh viện Đa khoa tỉnh Lai Châu cho Khách.');
  });

  it('offers choices as numbered text and takes the number as the answer', async () => {
    const [question] = await h.oaGroupSay(OA_GROUP, h.people.admin, `/phanquyen ${h.people.stranger.id}`);
    expect(question).toMatch(/^Giao vai trò nào cho Khách\?\n1\. cán bộ đầu mối\n2\. /);
    expect(question).toMatch(/\nTrả lời 1, 2, .* hoặc \d+, hoặc gõ \/huy để thôi\.$/);
    const number = /^(\d+)\. cán bộ đầu mối dự phòng/m.exec(question!)![1]!;
    // the answer quotes the bot's question, as a member replying in Zalo would
    const [done] = await h.oaGroupSay(OA_GROUP, h.people.admin, number, { quote: h.fake.lastGroupMessageId(OA_GROUP)! });
    expect(done).toContain('Đã giao vai trò cán bộ đầu mối dự phòng');
  });

  it('splits a long message at 2 000 characters', async () => {
    const sends = h.fake.sentToGroup(OA_GROUP).length;
    const text = Array.from({ length: 120 }, (_, i) => `${i + 1}. Đơn vị thứ ${i + 1} chưa nộp báo cáo tháng`).join('\n');
    await h.runtime.bot.deliver(`zalo-oa:${OA_GROUP}`, { text });
    const parts = h.fake.sentToGroup(OA_GROUP).slice(sends);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect([...part].length).toBeLessThanOrEqual(2000);
    expect(parts.join('\n')).toBe(text);
  });

  it('finishes a long message refused on its second part (a rate limit) from the outbox, without sending any part twice', async () => {
    const sends = h.fake.sentToGroup(OA_GROUP).length;
    const text = Array.from({ length: 120 }, (_, i) => `${i + 1}. Trạm Y tế xã thứ ${i + 1} chưa nộp báo cáo quý`).join('\n');
    h.fake.failOaNext('/v3.0/oa/group/message', { error: -32, message: 'Request exceeds the limit per minute', after: 1 });
    await h.runtime.bot.deliver(`zalo-oa:${OA_GROUP}`, { text });
    expect(h.fake.sentToGroup(OA_GROUP).slice(sends)).toHaveLength(1);
    h.clock.advance(61_000);
    await h.runtime.outbox.runOnce();
    const parts = h.fake.sentToGroup(OA_GROUP).slice(sends);
    expect(parts.length).toBeGreaterThan(2);
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.join('\n')).toBe(text);
  });

  it('refreshes once and retries when Zalo says the access token expired', async () => {
    const refreshes = h.fake.refreshCalls().length;
    const old = await tokenRow(h);
    h.fake.expireAccessTokens();
    expect(await h.oaGroupSay(OA_GROUP, h.people.focal, '/start')).toHaveLength(1);
    expect(h.fake.refreshCalls()).toHaveLength(refreshes + 1);
    const attempts = h.fake.calls.filter((c) => c.path === '/v3.0/oa/group/message').slice(-2);
    expect(attempts.map((c) => c.error)).toEqual([-220, 0]);
    expect((await tokenRow(h)).access_token).not.toBe(old.access_token);
  });

  it('refreshes ahead of expiry, about every 12 hours, and not before', async () => {
    const tokens = h.runtime.zaloOa!.tokens;
    expect(await tokens.refreshIfDue()).toBe('fresh');
    h.clock.advance(11 * 3_600_000);
    expect(await tokens.refreshIfDue()).toBe('fresh');
    h.clock.advance(2 * 3_600_000);
    expect(await tokens.refreshIfDue()).toBe('refreshed');
    expect(await tokens.refreshIfDue()).toBe('fresh');
  });

  it('defers a reply to the outbox when Zalo is slow, while the webhook still answers at once', async () => {
    h.fake.slow('/v3.0/oa/group/message', 3000);
    const before = (await h.db.counts()).outbox;
    const event = oaGroupText(OA_GROUP, h.people.focal.id, '/help', { at: h.clock.now() });
    const { status, ms } = await h.fake.postOaEvent(h.oaWebhookUrl, event);
    expect(status).toBe(200);
    expect(ms).toBeLessThan(1000);
    await h.processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
    expect((await h.db.counts()).outbox).toBe(before! + 1);
    h.fake.slow('/v3.0/oa/group/message', 0);
    h.clock.advance(31_000);
    const sends = h.fake.sentToGroup(OA_GROUP).length;
    expect(await h.runtime.outbox.runOnce()).toBe(1);
    expect(h.fake.sentToGroup(OA_GROUP).slice(sends)).toEqual([expect.stringContaining('Các lệnh bạn dùng được')]);
  });

  it('reads errors that come with HTTP 200: a rate limit defers, a group the OA does not own goes inactive', async () => {
    h.fake.failOaNext('/v3.0/oa/group/message', { error: -32, message: 'Request exceeds the limit per minute' });
    const outbox = (await h.db.counts()).outbox;
    expect(await h.oaGroupSay(OA_GROUP, h.people.focal, '/start')).toEqual([]);
    expect((await h.db.counts()).outbox).toBe(outbox! + 1);

    const stray = 'c0c0c0c0c0c0c0c0c0c0';
    await h.app.store.chats.bindToUnit(
      { ref: `zalo-oa:${stray}`, platform: 'zalo-oa', kind: 'group', title: 'Nhóm cá nhân' },
      (await h.app.store.units.findByCode('CDC'))!.id,
    );
    await h.runtime.bot.deliver(`zalo-oa:${stray}`, { text: 'Nhắc hạn' });
    expect(h.fake.calls.at(-1)).toMatchObject({ path: '/v3.0/oa/group/message', error: -403 });
    expect((await h.app.store.chats.get(`zalo-oa:${stray}`))?.active).toBe(false);
    expect(logLines.some((line) => line.includes('groups the OA created'))).toBe(true);
  });

  it('stops writing to a group the OA dissolved', async () => {
    const gone = 'd1d1d1d1d1d1d1d1d1d1';
    h.fake.addGroup(gone, 'Nhóm cũ');
    await h.app.store.chats.bindToUnit(
      { ref: `zalo-oa:${gone}`, platform: 'zalo-oa', kind: 'group', title: 'Nhóm cũ' },
      (await h.app.store.units.findByCode('BVPHOI'))!.id,
    );
    expect(await h.oaPost(oaEvent('delete_group', { at: h.clock.now() }, { group_id: gone }))).toBe(200);
    await expect.poll(async () => (await h.app.store.chats.get(`zalo-oa:${gone}`))?.active).toBe(false);
  });

  it('does not retry a private message to someone outside the 7-day window, and says why in the log', async () => {
    h.fake.outsideWindow.add(h.people.stranger.id);
    const chat = `zalo-oa:user-${h.people.stranger.id}`;
    await h.runtime.bot.deliver(chat, { text: 'Nhắc hạn riêng' });
    expect(h.fake.calls.at(-1)).toMatchObject({ path: '/v3.0/oa/message/cs', error: -230 });
    const queued = await h.db.db.execute(sql`select key from outbox where chat_ref = ${chat}`);
    expect(Array.isArray(queued) ? queued : (queued as unknown as { rows: unknown[] }).rows).toEqual([]);
    expect(logLines.some((line) => line.includes('7 days'))).toBe(true);
    // the administrators hear that it could not go, in private
    const notice = await h.db.db.execute(
      sql`select payload->>'text' as text from outbox where key like 'failed:%' and payload->>'text' like ${`%${chat}%`}`,
    );
    expect((Array.isArray(notice) ? notice : (notice as unknown as { rows: unknown[] }).rows).length).toBeGreaterThan(0);
  });
});

describe('Zalo OA, database unavailable', () => {
  it('answers the webhook with 5xx, so that nothing is acknowledged that was not stored', async () => {
    const down = await startZaloHarness({ bot: false });
    await down.fake.waitFor(() => down.fake.refreshCalls().length === 1);
    await down.runtime.zaloOa!.idle();
    await down.db.close();
    const event = oaGroupText(OA_GROUP, down.people.focal.id, '/start', { at: down.clock.now() });
    expect((await down.fake.postOaEvent(down.oaWebhookUrl, event)).status).toBe(500);
    await down.runtime.stop();
    await down.fake.stop();
  });
});

describe('Zalo OA, a refresh token used twice', () => {
  it('alerts the administrators in chat and in the log with how to re-authorize', async () => {
    const logLines: string[] = [];
    const h = await startZaloHarness({ bot: false, logLines });
    try {
      await h.fake.waitFor(() => h.fake.refreshCalls().length === 1);
      await expect.poll(async () => (await tokenRow(h)).refresh_token).not.toBe(h.seed.refreshToken);
      // Another process (a copy of the database, a second deployment) used the stored refresh token first.
      h.fake.markRefreshTokenUsed((await tokenRow(h)).refresh_token);
      h.fake.expireAccessTokens();
      expect(await h.oaGroupSay(OA_GROUP, h.people.focal, '/start')).toEqual([]);
      expect(h.fake.refreshCalls().at(-1)!.error).toBe(-14020);
      expect(logLines.some((line) => line.includes('npm run cli -- zalo auth') && line.includes('refresh_reused'))).toBe(true);
      const result = await h.db.db.execute(
        sql`select key, chat_ref, payload from outbox where key like 'zalo-oa-token-alert:%' order by chat_ref`,
      );
      const alerts = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as Array<{
        chat_ref: string;
        payload: { text: string };
      }>;
      expect(alerts.map((a) => a.chat_ref)).toEqual(['zalo-bot:2001', `zalo-oa:user-${h.people.admin.id}`]);
      expect(alerts[0]!.payload.text).toContain('npm run cli -- zalo auth');
      // A second failure the same day queues nothing more.
      await h.oaGroupSay(OA_GROUP, h.people.focal, '/help');
      h.clock.advance(120_000);
      await h.oaGroupSay(OA_GROUP, h.people.focal, '/help');
      const again = await h.db.db.execute(sql`select count(*)::int as n from outbox where key like 'zalo-oa-token-alert:%'`);
      expect(Number(((Array.isArray(again) ? again : (again as unknown as { rows: unknown[] }).rows)[0] as { n: number }).n)).toBe(2);
    } finally {
      await h.stop();
    }
  });
});
