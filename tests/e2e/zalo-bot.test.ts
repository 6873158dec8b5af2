import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botSticker, botText, botUpdate, msgId } from '../support/zalo-events.js';
import { BOT_GROUP, startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

describe('Zalo Bot, long polling', () => {
  let h: ZaloHarness;
  const logLines: string[] = [];
  beforeAll(async () => {
    h = await startZaloHarness({ oa: false, bot: 'polling', logLines });
  });
  afterAll(() => h.stop());

  it('starts with getMe, clears any webhook, and polls one update at a time', async () => {
    await h.fake.waitFor(() => h.fake.calls.some((c) => c.path === 'bot:getUpdates'));
    expect(h.fake.calls.map((c) => c.path).slice(0, 3)).toEqual(['bot:getMe', 'bot:deleteWebhook', 'bot:getUpdates']);
    expect(h.fake.calls.find((c) => c.path === 'bot:getUpdates')!.body).toEqual({ timeout: '1' });
  });

  it('answers in a private chat with the name the platform gives', async () => {
    const replies = await h.botSay(botText(h.botPeople.focal.id, '/start', { name: 'Nguyễn Thị Lan' }));
    expect(replies).toEqual([expect.stringMatching(/^Xin chào Nguyễn Thị Lan!/)]);
    expect(replies[0]).toContain('Đây là trò chuyện riêng giữa bạn và trợ lý.');
  });

  it('answers a group message that mentions it, without the mention', async () => {
    const replies = await h.botSay(
      botText(h.botPeople.focal.id, `@${h.fake.bot.display_name} /nhiemvu`, { chatType: 'GROUP', chatId: BOT_GROUP }),
    );
    expect(replies[0]).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/);
  });

  it('answers /tracuu and a question that mentions it in a group, on the default database (one connection: no deadlock)', async () => {
    const group = { chatType: 'GROUP' as const, chatId: BOT_GROUP };
    const mention = `@${h.fake.bot.display_name}`;
    expect(await h.botSay(botText(h.botPeople.focal.id, `${mention} /tracuu trang phục y tế`, group))).toEqual([
      expect.stringContaining('Thông tư 45/2015/TT-BYT'),
    ]);
    const [answer] = await h.botSay(botText(h.botPeople.stranger.id, `${mention} thông tư nào quy định trang phục y tế?`, group));
    expect(answer).toContain('45/2015/TT-BYT');
  });

  it('takes a polled update whose text or name holds NUL or half a surrogate pair (PostgreSQL refuses both in jsonb)', async () => {
    const replies = await h.botSay(botText(h.botPeople.focal.id, '/start\u0000 \ud83d', { name: 'Lan\udc00\u0000' }));
    expect(replies).toEqual([expect.stringMatching(/^Xin chào Lan/)]);
  });

  it('processes an update delivered twice only once', async () => {
    const update = botText(h.botPeople.admin.id, '/start', { messageId: msgId() });
    expect(await h.botSay(update)).toHaveLength(1);
    const sends = h.fake.calls.filter((c) => c.path === 'bot:sendMessage').length;
    const counts = await h.db.counts();
    h.fake.pushBot(update);
    await h.botSay(botText(h.botPeople.admin.id, '/help'));
    expect(h.fake.calls.filter((c) => c.path === 'bot:sendMessage').length).toBe(sends + 1);
    expect((await h.db.counts()).processed_events).toBe(counts.processed_events! + 1);
  });

  it('re-asks politely when a sticker comes where text is expected (in a group, as a reply: only replies and mentions reach the bot there)', async () => {
    const group = { chatType: 'GROUP' as const, chatId: 'grp-new-8812' };
    const [question] = await h.botSay(botText(h.botPeople.admin.id, `@${h.fake.bot.display_name} /dangky`, group));
    expect(question).toContain('Nhóm này thuộc đơn vị nào?');
    // a sticker that answers nothing never reaches the bot
    const withheld = h.fake.botWithheld.length;
    expect(await h.botSay(botSticker(h.botPeople.admin.id, group))).toEqual([]);
    expect(h.fake.botWithheld).toHaveLength(withheld + 1);
    expect(await h.botSay(botSticker(h.botPeople.admin.id, group), { replyToBot: true })).toEqual([
      expect.stringContaining('Nhóm này thuộc đơn vị nào?'),
    ]);
    expect(await h.botSay(botText(h.botPeople.admin.id, 'CDC', group), { replyToBot: true })).toEqual([
      expect.stringContaining('Đã gắn nhóm này với Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC).'),
    ]);
  });

  it('ignores unknown events with one log line per event name', async () => {
    const counts = await h.db.counts();
    for (let i = 0; i < 2; i += 1) h.fake.pushBot(botUpdate('message.poll.received', h.botPeople.focal.id, {}));
    await h.botSay(botText(h.botPeople.focal.id, '/start'));
    expect((await h.db.counts()).zalo_inbound_events).toBe(counts.zalo_inbound_events! + 1);
    expect(logLines.filter((line) => line.includes('message.poll.received'))).toHaveLength(1);
  });

  it('splits long messages at 2 000 characters', async () => {
    const chat = h.botPeople.focal.id;
    const before = h.fake.botSentTo(chat).length;
    const text = Array.from({ length: 150 }, (_, i) => `${i + 1}. Trạm Y tế xã số ${i + 1} chưa báo cáo`).join('\n');
    await h.runtime.bot.deliver(`zalo-bot:${chat}`, { text });
    const parts = h.fake.botSentTo(chat).slice(before);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('\n')).toBe(text);

    // emoji count twice in UTF-16: a split by code points alone would send parts Zalo may refuse
    const emoji = '🎉'.repeat(2500);
    const sent = h.fake.botSentTo(chat).length;
    await h.runtime.bot.deliver(`zalo-bot:${chat}`, { text: emoji });
    expect(h.fake.botSentTo(chat).slice(sent).join('')).toBe(emoji);
  });

  it('finishes a long message refused on its second part from the outbox, without sending any part twice', async () => {
    const chat = h.botPeople.admin.id;
    const before = h.fake.botSentTo(chat).length;
    const text = Array.from({ length: 150 }, (_, i) => `${i + 1}. Trạm Y tế xã số ${i + 1} chưa báo cáo quý`).join('\n');
    h.fake.failBotNext('sendMessage', { status: 429, errorCode: 429, description: 'Too Many Requests', after: 1 });
    await h.runtime.bot.deliver(`zalo-bot:${chat}`, { text });
    expect(h.fake.botSentTo(chat).slice(before)).toHaveLength(1);
    h.clock.advance(61_000);
    await h.runtime.outbox.runOnce();
    const parts = h.fake.botSentTo(chat).slice(before);
    expect(parts.length).toBeGreaterThan(2);
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.join('\n')).toBe(text);
  });

  it('fails a message the platform refuses (400) at once, keeps the chat, and tells the administrators in private', async () => {
    const group = 'grp-refusing';
    await h.app.store.chats.bindToUnit(
      { ref: `zalo-bot:${group}`, platform: 'zalo-bot', kind: 'group', title: 'x' },
      (await h.app.store.units.findByCode('CDC'))!.id,
    );
    h.fake.failBotNext('sendMessage', { status: 400, errorCode: 400, description: 'Bad Request: message is not allowed' });
    await h.runtime.bot.deliver(`zalo-bot:${group}`, { text: 'Nhắc hạn' });
    expect((await h.app.store.chats.get(`zalo-bot:${group}`))?.active).toBe(true);
    const admin = h.botPeople.admin.id;
    const before = h.fake.botSentTo(admin).length;
    await h.runtime.outbox.runOnce();
    expect(h.fake.botSentTo(admin).slice(before)).toEqual([
      expect.stringMatching(/^Không gửi được một tin đến zalo-bot:grp-refusing .*message is not allowed/),
    ]);
    expect(h.fake.calls.filter((c) => c.path === 'bot:sendMessage' && c.body.chat_id === group)).toHaveLength(1);
  });

  it('defers a rate-limited reply to the outbox, and a 403 (the docs\' "internal server error") too, keeping the chat', async () => {
    h.fake.failBotNext('sendMessage', { status: 429, errorCode: 429, description: 'Too Many Requests' });
    const outbox = (await h.db.counts()).outbox;
    expect(await h.botSay(botText(h.botPeople.focal.id, '/start'))).toEqual([]);
    expect((await h.db.counts()).outbox).toBe(outbox! + 1);

    await h.app.store.chats.bindToUnit(
      { ref: 'zalo-bot:grp-left', platform: 'zalo-bot', kind: 'group', title: 'x' },
      (await h.app.store.units.findByCode('CDC'))!.id,
    );
    // The platform's error table: 403 "Internal server error". Dropping the chat for it would silence it for good.
    h.fake.failBotNext('sendMessage', { status: 403, errorCode: 403, description: 'Internal server error' });
    const queued = (await h.db.counts()).outbox!;
    await h.runtime.bot.deliver('zalo-bot:grp-left', { text: 'Nhắc hạn' });
    expect((await h.app.store.chats.get('zalo-bot:grp-left'))?.active).toBe(true);
    expect((await h.db.counts()).outbox).toBe(queued + 1); // tried again later from the outbox
  });
});

describe('Zalo Bot, webhook', () => {
  let h: ZaloHarness;
  beforeAll(async () => {
    h = await startZaloHarness({ oa: false, bot: 'webhook' });
  });
  afterAll(() => h.stop());

  it('sets its webhook with the secret and never polls', () => {
    expect(h.fake.botWebhook).toEqual({ url: `http://127.0.0.1:${h.port}/webhooks/zalo-bot`, secret: 'zalo-bot-webhook-secret' });
    expect(h.fake.calls.filter((c) => c.path === 'bot:getUpdates')).toHaveLength(0);
  });

  it('answers updates posted bare or wrapped in {ok, result}', async () => {
    expect(await h.botSay(botText(h.botPeople.focal.id, '/start'))).toHaveLength(1);
    const wrapped = botText(h.botPeople.focal.id, '/help');
    const before = h.fake.botSentTo(h.botPeople.focal.id).length;
    expect(await h.fake.deliverBot(wrapped, { wrap: true })).toBe(200);
    await h.processed('zalo-bot', (wrapped.message as { message_id: string }).message_id);
    expect(h.fake.botSentTo(h.botPeople.focal.id).slice(before)).toEqual([expect.stringContaining('Các lệnh bạn dùng được')]);
  });

  it('answers /tracuu and a mention question posted to the webhook (default database)', async () => {
    const group = { chatType: 'GROUP' as const, chatId: BOT_GROUP };
    const mention = `@${h.fake.bot.display_name}`;
    expect(await h.botSay(botText(h.botPeople.focal.id, `${mention} /tracuu trang phục y tế`, group))).toEqual([
      expect.stringContaining('Thông tư 45/2015/TT-BYT'),
    ]);
    const [answer] = await h.botSay(botText(h.botPeople.stranger.id, `${mention} thông tư nào quy định trang phục y tế?`, group));
    expect(answer).toContain('45/2015/TT-BYT');
  });

  it('refuses a wrong or missing secret with 401 storing nothing, and keeps a body it cannot read for an operator (200)', async () => {
    const before = await h.db.counts();
    const sends = h.fake.calls.length;
    const update = botText(h.botPeople.admin.id, '/start');
    expect(await h.fake.deliverBot(update, { secret: 'wrong-secret' })).toBe(401);
    expect(await h.fake.deliverBot(update, { secret: null })).toBe(401);
    expect(await h.db.counts()).toEqual(before);
    // with the secret it is the platform's: a 4xx would lose it, so it is answered 200 and kept, never acted on
    expect(await h.fake.deliverBot(update, { body: '{"event_name":' })).toBe(200);
    expect(await h.fake.deliverBot(update, { body: '{"message": {}}' })).toBe(200);
    expect(await h.fake.deliverBot(update, { body: '{"message": {}}' })).toBe(200); // the same body is kept once
    expect(await h.db.counts()).toEqual({ ...before, zalo_inbound_events: before.zalo_inbound_events! + 2 });
    expect(await h.runtime.inbound.events.unreadableCount()).toBe(2);
    const health = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(await health.json()).toEqual({ ok: true, unreadableEvents: 2 });
    expect(h.fake.calls.length).toBe(sends);
  });
});
