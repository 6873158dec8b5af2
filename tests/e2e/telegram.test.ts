import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTelegram } from '../support/fake-telegram.js';
import { GROUP, OTHER_GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import {
  botMembership,
  callbackQuery,
  groupMessage,
  migratedFromGroup,
  migratedToSupergroup,
  person,
  privateMessage,
} from '../support/telegram-updates.js';

const lastSent = (h: TelegramHarness, chatId: number) =>
  h.fake
    .callsOf('sendMessage')
    .filter((c) => Number(c.payload.chat_id) === chatId && !c.payload.__failed)
    .at(-1);

/** Sends an update through long polling and waits until the bot has answered it (or for `calls` calls). */
async function poll(h: TelegramHarness, update: Parameters<FakeTelegram['push']>[0], expectedSends = 1) {
  const delivered = () => h.fake.callsOf('sendMessage').filter((c) => !c.payload.__failed).length;
  const before = delivered();
  h.fake.push(update);
  await h.fake.waitFor(() => delivered() >= before + expectedSends);
}

describe('Telegram, long polling', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness();
  });
  afterAll(() => h.stop());

  it('starts with getMe, menus in Vietnamese and English for groups and private chats, and polling', async () => {
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates'));
    expect(h.fake.callsOf('getMe')).toHaveLength(1);
    const menus = h.fake.callsOf('setMyCommands');
    expect(menus).toHaveLength(4);
    const groupVi = menus.find((m) => (m.payload.scope as { type: string }).type === 'all_group_chats' && !m.payload.language_code);
    expect(groupVi?.payload.commands).toEqual(
      expect.arrayContaining([{ command: 'nhiemvu', description: 'Nhiệm vụ đang mở của đơn vị và hạn chót' }]),
    );
    const privateEn = menus.find(
      (m) => (m.payload.scope as { type: string }).type === 'all_private_chats' && m.payload.language_code === 'en',
    );
    expect((privateEn?.payload.commands as Array<{ command: string }>).map((c) => c.command)).not.toContain('dangky'); // group only
    expect(h.fake.callsOf('getUpdates')[0]?.payload.allowed_updates).toEqual(['message', 'callback_query', 'my_chat_member']);
  });

  it('answers a command in the group, in HTML, threaded under the message', async () => {
    const update = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/nhiemvu');
    await poll(h, update);
    const sent = lastSent(h, GROUP)!;
    expect(sent.payload.text).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/);
    expect(sent.payload.parse_mode).toBe('HTML');
    expect(sent.payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
  });

  it('answers /tracuu and a question that mentions it, on the default database (one connection: no deadlock)', async () => {
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/tracuu trang phục y tế'));
    expect(lastSent(h, GROUP)!.payload.text).toContain('Thông tư 45/2015/TT-BYT');
    await poll(
      h,
      groupMessage(h.fake.updateId(), GROUP, h.people.stranger, `@${h.fake.bot.username} thông tư nào quy định trang phục y tế?`),
    );
    expect(lastSent(h, GROUP)!.payload.text).toContain('45/2015/TT-BYT');
  });

  it('hears nothing of group chatter in privacy mode, and ignores it when it sees everything (an administrator of the group)', async () => {
    const chatter = groupMessage(h.fake.updateId(), GROUP, h.people.focal, 'Chiều nay họp giao ban nhé cả nhà');
    expect(h.fake.push(chatter)).toBe(false);
    h.fake.adminIn.add(GROUP);
    try {
      const sends = h.fake.callsOf('sendMessage').length;
      const seen = groupMessage(h.fake.updateId(), GROUP, h.people.focal, 'Thông tư nào quy định trang phục y tế nhỉ?');
      expect(h.fake.push(seen)).toBe(true);
      await h.fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates' && Number(c.payload.offset) > seen.update_id));
      expect(h.fake.callsOf('sendMessage').length).toBe(sends);
    } finally {
      h.fake.adminIn.delete(GROUP);
    }
  });

  it('accepts /cmd@thisbot and ignores /cmd@otherbot', async () => {
    const before = h.fake.callsOf('sendMessage').length;
    h.fake.push(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help@some_other_bot'));
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help@troly_daumoi_bot'));
    expect(h.fake.callsOf('sendMessage').length).toBe(before + 1);
    expect(String(lastSent(h, GROUP)!.payload.text)).toContain('Các lệnh bạn dùng được');
  });

  it('escapes user text in HTML replies', async () => {
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/nhiemvu <b>X</b>&'));
    expect(lastSent(h, GROUP)!.payload.text).toContain('&lt;B&gt;X&lt;/B&gt;&amp;');
  });

  it('offers choices as buttons and takes the pressed button as the answer', async () => {
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.admin, '/phanquyen @lan_bvdk'));
    const question = lastSent(h, GROUP)!;
    expect(question.payload.text).toBe('Giao vai trò nào cho Nguyễn Thị Lan?');
    const keyboard = (question.payload.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> })
      .inline_keyboard;
    expect(keyboard.flat().map((b) => b.callback_data)).toContain('deputy');
    const answered = h.fake.callsOf('answerCallbackQuery').length;
    await poll(h, callbackQuery(h.fake.updateId(), GROUP, h.people.admin, 'deputy'));
    expect(lastSent(h, GROUP)!.payload.text).toContain('Đã giao vai trò cán bộ đầu mối dự phòng');
    // The spinner on the button stops once the answer is handled.
    await h.fake.waitFor(() => h.fake.callsOf('answerCallbackQuery').length === answered + 1);
  });

  it('asks a typed question with force_reply, so the answer reaches a bot in privacy mode', async () => {
    await poll(h, groupMessage(h.fake.updateId(), OTHER_GROUP, h.people.admin, '/dangky'));
    const question = lastSent(h, OTHER_GROUP)!;
    expect(question.payload.reply_markup).toEqual({ force_reply: true, selective: true });
    // typed plain, the answer never reaches a bot in privacy mode; the app sends it as a reply to the question
    expect(h.fake.push(groupMessage(h.fake.updateId(), OTHER_GROUP, h.people.admin, 'CDC'))).toBe(false);
    const asked = question.result as { message_id: number; text: string };
    const reply = groupMessage(h.fake.updateId(), OTHER_GROUP, h.people.admin, 'CDC', {
      replyTo: {
        message_id: asked.message_id,
        date: 0,
        chat: { id: OTHER_GROUP, type: 'supergroup', title: 'x' },
        from: h.fake.bot,
        text: asked.text,
      } as never,
    });
    await poll(h, reply);
    expect(lastSent(h, OTHER_GROUP)!.payload.text).toContain('Đã gắn nhóm này với Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC).');
  });

  it('keeps replies in the forum topic they were asked in', async () => {
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help', { thread: 42 }));
    expect(lastSent(h, GROUP)!.payload.message_thread_id).toBe(42);
  });

  it('treats a forum topic as part of its group: the unit’s commands answer in the topic, and removal silences every topic', async () => {
    const forum = -1006666666666;
    const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${forum}`, platform: 'telegram', kind: 'group', title: 'Diễn đàn BVĐK' }, bvdk.id);
    await poll(h, groupMessage(h.fake.updateId(), forum, h.people.focal, '/nhiemvu', { thread: 42 }));
    const answer = lastSent(h, forum)!;
    expect(answer.payload.text).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/);
    expect(answer.payload.message_thread_id).toBe(42);
    // the binding is the group's, whatever topic it was asked from
    expect((await h.app.store.chats.get(`telegram:${forum}:42`))?.unitId).toBe(bvdk.id);

    h.fake.push(botMembership(h.fake.updateId(), forum, h.people.admin, h.fake.bot, 'removed'));
    await expect.poll(async () => (await h.app.store.chats.get(`telegram:${forum}`))?.active).toBe(false);
    const sends = h.fake.callsOf('sendMessage').length;
    await h.runtime.bot.deliver(`telegram:${forum}:42`, { text: 'không được gửi vào chủ đề của nhóm đã rời' });
    expect(h.fake.callsOf('sendMessage').length).toBe(sends);
  });

  it('keeps a photo sent with a report: downloaded at receipt, and uploaded to a leader who asks once Telegram no longer serves it', async () => {
    h.fake.putFile('AgACAgUAAxkBAAIBlarge', Buffer.from('ảnh tập huấn, 960×1280'), 'photos/file_7.jpg');
    const caption = '/baocao NV2 100% Đã thành lập tổ công tác xã hội';
    const report = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '', {
      extra: {
        text: undefined,
        caption,
        caption_entities: [{ type: 'bot_command', offset: 0, length: '/baocao'.length }],
        photo: [
          { file_id: 'AgACAgUAAxkBAAIBsmall', file_unique_id: 'e1s', width: 90, height: 120 },
          { file_id: 'AgACAgUAAxkBAAIBlarge', file_unique_id: 'e1l', width: 960, height: 1280 },
        ],
      },
    });
    await poll(h, report);
    expect(lastSent(h, GROUP)!.payload.text).toMatch(/^Đã ghi nhận báo cáo của BVĐK tỉnh: \[NV2\].*Kèm 1 tệp minh chứng\.$/);
    // the largest size, through getFile and the file path
    expect(await h.runtime.evidence.runOnce()).toBe(1);
    expect(h.fake.callsOf('getFile').at(-1)!.payload).toMatchObject({ file_id: 'AgACAgUAAxkBAAIBlarge' });
    expect(h.fake.fileDownloads).toContain('photos/file_7.jpg');
    h.fake.forgetFile('AgACAgUAAxkBAAIBlarge');

    const leader = person(1004, 'Lò Văn Sở');
    const actor = await h.app.store.members.resolveActor({ platform: 'telegram', id: '1004', displayName: 'Lò Văn Sở' }, h.clock.now());
    await h.app.store.members.grant(actor.memberId, { role: 'department_leader', unitId: null }, null);
    const photos = h.fake.callsOf('sendPhoto').length;
    await poll(h, privateMessage(h.fake.updateId(), leader, '/minhchung NV2 BVDK'));
    expect(lastSent(h, 1004)!.payload.text).toContain('Minh chứng của Bệnh viện Đa khoa tỉnh Lai Châu cho [NV2]');
    await h.fake.waitFor(() => h.fake.callsOf('sendPhoto').length === photos + 1);
    const sent = h.fake.callsOf('sendPhoto').at(-1)!;
    // the kept bytes, uploaded: Telegram's id no longer works
    expect(sent.payload.__failed).toBeUndefined();
    expect(h.fake.uploadsTo(1004).at(-1)).toMatchObject({ name: 'file_7.jpg', data: Buffer.from('ảnh tập huấn, 960×1280') });
  });

  it('answers in private chat', async () => {
    await poll(h, privateMessage(h.fake.updateId(), h.people.focal, '/start'));
    expect(lastSent(h, 1001)!.payload.text).toContain('Đây là trò chuyện riêng');
  });

  it('processes a redelivered update once: no second change, no second message', async () => {
    const update = groupMessage(h.fake.updateId(), OTHER_GROUP, h.people.admin, '/dangky BVPHOI');
    await poll(h, update);
    const sends = h.fake.callsOf('sendMessage').length;
    const audit = (await h.db.counts()).audit_log;
    h.fake.push(update); // the same update_id again, as after a restart
    await poll(h, groupMessage(h.fake.updateId(), OTHER_GROUP, h.people.focal, '/start'));
    expect(h.fake.callsOf('sendMessage').length).toBe(sends + 1);
    expect((await h.db.counts()).audit_log).toBe(audit);
  });

  it('introduces itself when added to a group, and stops writing to a group it was removed from', async () => {
    const chatId = -1005555555555;
    await poll(h, botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'added', 'Nhóm TTYT Phong Thổ'));
    expect(lastSent(h, chatId)!.payload.text).toContain('Quản trị viên hãy gõ /dangky &lt;mã đơn vị&gt;');
    expect((await h.app.store.chats.get(`telegram:${chatId}`))?.active).toBe(true);

    h.fake.push(botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'removed'));
    await h.fake.waitFor(() => false, 300).catch(() => {});
    await expect.poll(async () => (await h.app.store.chats.get(`telegram:${chatId}`))?.active).toBe(false);
    const sends = h.fake.callsOf('sendMessage').length;
    await h.runtime.bot.deliver(`telegram:${chatId}`, { text: 'không được gửi' });
    expect(h.fake.callsOf('sendMessage').length).toBe(sends);
  });

  it('lets the binding follow a group upgraded to a supergroup', async () => {
    const oldId = -4001;
    const newId = -1004001;
    const cdc = (await h.app.store.units.findByCode('CDC'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${oldId}`, platform: 'telegram', kind: 'group', title: 'CDC' }, cdc.id);
    h.fake.push(migratedToSupergroup(h.fake.updateId(), oldId, newId, h.people.admin));
    await expect.poll(async () => (await h.app.store.chats.get(`telegram:${newId}`))?.unitId).toBe(cdc.id);
    expect(await h.app.store.chats.get(`telegram:${oldId}`)).toBeNull();
  });

  it('keeps the binding of an upgraded group whichever way Telegram orders "joined the supergroup" and the migration', async () => {
    const cdc = (await h.app.store.units.findByCode('CDC'))!;
    // Telegram also says the bot joined the new supergroup: here before the migration, then after it.
    for (const [oldId, newId, joinFirst] of [
      [-4002, -1004002, true],
      [-4003, -1004003, false],
    ] as const) {
      await h.app.store.chats.bindToUnit({ ref: `telegram:${oldId}`, platform: 'telegram', kind: 'group', title: 'CDC' }, cdc.id);
      const joined = botMembership(h.fake.updateId(), newId, h.people.admin, h.fake.bot, 'added', 'CDC');
      if (joinFirst) await poll(h, joined);
      h.fake.push(migratedToSupergroup(h.fake.updateId(), oldId, newId, h.people.admin));
      h.fake.push(migratedFromGroup(h.fake.updateId(), oldId, newId, h.people.admin));
      await expect.poll(async () => (await h.app.store.chats.get(`telegram:${newId}`))?.unitId).toBe(cdc.id);
      const introsBefore = h.fake.sentTo(newId).length;
      if (!joinFirst) {
        // updates are handled in order: once a later command is answered, the join was handled
        h.fake.push(joined);
        await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start'));
        // the bot was there already: no second introduction, no "/dangky" for a bound group
        expect(h.fake.sentTo(newId).length).toBe(introsBefore);
      }
      const record = await h.app.store.chats.get(`telegram:${newId}`);
      expect(record).toMatchObject({ unitId: cdc.id, active: true });
      expect(await h.app.store.chats.get(`telegram:${oldId}`)).toBeNull();
    }
  });

  it('sends a queued message to the supergroup its group became, and moves the binding there', async () => {
    const [oldId, newId] = [-4004, -1004004];
    const cdc = (await h.app.store.units.findByCode('CDC'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${oldId}`, platform: 'telegram', kind: 'group', title: 'CDC' }, cdc.id);
    h.fake.failNext('sendMessage', {
      status: 400,
      body: {
        ok: false,
        error_code: 400,
        description: 'Bad Request: group chat was upgraded to a supergroup chat',
        parameters: { migrate_to_chat_id: newId },
      },
    });
    await h.app.store.outbox.enqueue([{ key: 'digest:upgraded-group', chat: `telegram:${oldId}`, text: 'Bản tin tuần của CDC' }]);
    await h.runtime.outbox.runOnce();
    expect(h.fake.sentTo(newId)).toEqual(['Bản tin tuần của CDC']);
    expect((await h.app.store.chats.get(`telegram:${newId}`))?.unitId).toBe(cdc.id);
    expect(await h.app.store.chats.get(`telegram:${oldId}`)).toBeNull();
  });

  it('tells an anonymous admin why it cannot act, and ignores edits and channel posts', async () => {
    const anonymous = groupMessage(
      h.fake.updateId(),
      GROUP,
      { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' },
      '/nhiemvu',
      {
        extra: { sender_chat: { id: GROUP, type: 'supergroup', title: 'Nhóm BVĐK tỉnh' } },
      },
    );
    // exactly as Telegram sends it: from = GroupAnonymousBot, a bot, with sender_chat = the group
    await poll(h, anonymous);
    expect(lastSent(h, GROUP)!.payload.text).toContain('gửi ẩn danh');

    const sends = h.fake.callsOf('sendMessage').length;
    const edited = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help');
    h.fake.push({ update_id: edited.update_id, edited_message: { ...edited.message!, edit_date: 1 } } as never);
    h.fake.push({
      update_id: h.fake.updateId(),
      channel_post: { message_id: 1, date: 0, chat: { id: -100777, type: 'channel', title: 'Kênh' }, text: '/help' },
    } as never);
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start'));
    expect(h.fake.callsOf('sendMessage').length).toBe(sends + 1);
  });

  it('waits out a short 429 and sends; defers a long one to the outbox instead of losing it', async () => {
    h.fake.tooManyRequests('sendMessage', 1);
    await poll(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start'));
    const attempts = h.fake
      .callsOf('sendMessage')
      .filter((c) => Number(c.payload.chat_id) === GROUP)
      .slice(-2);
    expect(attempts[0]?.payload.__failed).toBe(true);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);

    h.fake.tooManyRequests('sendMessage', 30);
    const before = h.fake.sentTo(GROUP).length;
    const queuedBefore = (await h.db.counts()).outbox ?? 0;
    h.fake.push(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help'));
    await expect.poll(async () => (await h.db.counts()).outbox, { timeout: 10_000 }).toBe(queuedBefore + 1);
    expect(h.fake.sentTo(GROUP).length).toBe(before);
    expect(await h.runtime.outbox.runOnce()).toBe(0); // not yet: Telegram said 30 s
    h.clock.advance(31_000);
    expect(await h.runtime.outbox.runOnce()).toBe(1);
    expect(h.fake.sentTo(GROUP).at(-1)).toContain('Các lệnh bạn dùng được');
    expect(await h.runtime.outbox.runOnce()).toBe(0);
  });
});

describe('Telegram, webhook', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness({ webhook: true });
  });
  afterAll(() => h.stop());

  it('sets the webhook with its secret and the update types it handles, without polling', () => {
    expect(h.fake.webhook).toEqual({
      url: `http://127.0.0.1:${h.runtime.port}/webhooks/telegram`,
      secret: 'test-webhook-secret-123',
      allowedUpdates: ['message', 'callback_query', 'my_chat_member'],
    });
    expect(h.fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('answers an update posted with the right secret, and only once when Telegram retries', async () => {
    const update = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/nhiemvu');
    const before = h.fake.sentTo(GROUP).length;
    expect(await h.fake.deliver(update)).toBe(200);
    // The webhook is answered once the update is stored; the reply follows right after.
    await h.fake.waitFor(() => h.fake.sentTo(GROUP).length === before + 1);
    expect(h.fake.sentTo(GROUP).at(-1)).toMatch(/^Nhiệm vụ đang mở/);
    const sends = h.fake.callsOf('sendMessage').length;
    expect(await h.fake.deliver(update)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.callsOf('sendMessage').length).toBe(sends);
  });

  it('answers /tracuu and a question that mentions it, on the default database (one connection: no deadlock)', async () => {
    const before = h.fake.sentTo(GROUP).length;
    expect(await h.fake.deliver(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/tracuu trang phục y tế'))).toBe(200);
    expect(
      await h.fake.deliver(
        groupMessage(h.fake.updateId(), GROUP, h.people.stranger, `@${h.fake.bot.username} thông tư nào quy định trang phục y tế?`),
      ),
    ).toBe(200);
    await h.fake.waitFor(() => h.fake.sentTo(GROUP).length === before + 2);
    const [lookup, question] = h.fake.sentTo(GROUP).slice(before);
    expect(lookup).toContain('Thông tư 45/2015/TT-BYT');
    expect(question).toContain('45/2015/TT-BYT');
  });

  it('offers choices as buttons and takes the pressed button (a callback posted to the webhook) as the answer', async () => {
    const before = h.fake.sentTo(GROUP).length;
    expect(await h.fake.deliver(groupMessage(h.fake.updateId(), GROUP, h.people.admin, '/phanquyen @lan_bvdk'))).toBe(200);
    await h.fake.waitFor(() => h.fake.sentTo(GROUP).length === before + 1);
    const question = h.fake
      .callsOf('sendMessage')
      .filter((c) => Number(c.payload.chat_id) === GROUP)
      .at(-1)!;
    const keyboard = (question.payload.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat();
    expect(keyboard.map((b) => b.callback_data)).toContain('deputy');
    const answered = h.fake.callsOf('answerCallbackQuery').length;
    const botMessageId = (question.result as { message_id: number }).message_id;
    expect(await h.fake.deliver(callbackQuery(h.fake.updateId(), GROUP, h.people.admin, 'deputy', { botMessageId }))).toBe(200);
    await h.fake.waitFor(() => h.fake.sentTo(GROUP).length === before + 2);
    expect(h.fake.sentTo(GROUP).at(-1)).toContain('Đã giao vai trò cán bộ đầu mối dự phòng');
    await h.fake.waitFor(() => h.fake.callsOf('answerCallbackQuery').length === answered + 1);
  });

  it('answers the webhook at once when the reply meets a 5xx, and delivers the reply from the outbox', async () => {
    h.fake.failNext('sendMessage', { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } });
    const before = h.fake.sentTo(GROUP).length;
    const outbox = (await h.db.counts()).outbox!;
    expect(await h.fake.deliver(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help'))).toBe(200);
    await expect.poll(async () => (await h.db.counts()).outbox).toBe(outbox + 1);
    expect(h.fake.sentTo(GROUP)).toHaveLength(before);
    h.clock.advance(31_000);
    expect(await h.runtime.outbox.runOnce()).toBe(1);
    expect(h.fake.sentTo(GROUP).slice(before)).toEqual([expect.stringContaining('Các lệnh bạn dùng được')]);
  });

  it('refuses a wrong or missing secret with 401 and changes nothing', async () => {
    const before = await h.db.counts();
    const update = groupMessage(h.fake.updateId(), OTHER_GROUP, h.people.admin, '/dangky CDC');
    expect(await h.fake.deliver(update, { secret: 'wrong-secret-000000000' })).toBe(401);
    expect(await h.fake.deliver(update, { secret: null })).toBe(401);
    expect(await h.db.counts()).toEqual(before);
    expect(h.fake.sentTo(OTHER_GROUP)).toHaveLength(0);
  });

  it('rejects oversized, mistyped and malformed bodies before acting', async () => {
    const update = groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start');
    expect(await h.fake.deliver(update, { body: JSON.stringify({ ...update, pad: 'x'.repeat(1_100_000) }) })).toBe(413);
    expect(await h.fake.deliver(update, { contentType: 'text/plain' })).toBe(415);
    expect(await h.fake.deliver(update, { body: '{"update_id": 1, "message": ' })).toBe(400);
    expect(await h.fake.deliver(update, { body: '{"message": {}}' })).toBe(400);
  });

  it('ignores updates it does not understand with 200, so Telegram does not retry them', async () => {
    expect(await h.fake.deliver({ update_id: h.fake.updateId(), poll: { id: '1' } } as never)).toBe(200);
    expect(await h.fake.deliver({ update_id: h.fake.updateId(), message: { message_id: 1 } } as never)).toBe(200);
  });

  it('answers 5xx while the database is unavailable, so Telegram delivers the update again', async () => {
    const down = await startTelegramHarness({ webhook: true });
    await down.db.close();
    expect(await down.fake.deliver(groupMessage(down.fake.updateId(), GROUP, down.people.focal, '/start'))).toBe(500);
    await down.runtime.stop();
    await down.fake.stop();
  });
});
