import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { botMembership, callbackQuery, groupMessage, migratedFromGroup, migratedToSupergroup } from '../support/telegram-updates.js';

/**
 * The cases the long-polling suite (telegram.test.ts) covers, delivered the other way: each update is POSTed
 * to the bot's webhook as Telegram does it, and the webhook's answer, the Bot API calls that follow and the
 * database are checked.
 */

const sendsTo = (h: TelegramHarness, chatId: number) =>
  h.fake.callsOf('sendMessage').filter((c) => Number(c.payload.chat_id) === chatId && !c.payload.__failed);
const lastSent = (h: TelegramHarness, chatId: number) => sendsTo(h, chatId).at(-1);
const successfulSends = (h: TelegramHarness) => h.fake.callsOf('sendMessage').filter((c) => !c.payload.__failed).length;

/** Posts an update to the webhook, expects Telegram to be told 200, and waits for `expectedSends` more messages. */
async function post(h: TelegramHarness, update: Update, expectedSends = 1): Promise<void> {
  const before = successfulSends(h);
  expect(await h.fake.deliver(update)).toBe(200);
  await h.fake.waitFor(() => successfulSends(h) >= before + expectedSends);
}

/** Posts an update after which nothing should be sent; a later command, answered, shows it was handled. */
async function postSilently(h: TelegramHarness, update: Update, chatId = GROUP): Promise<void> {
  const sends = h.fake.callsOf('sendMessage').length;
  expect(await h.fake.deliver(update)).toBe(200);
  await post(h, groupMessage(h.fake.updateId(), chatId, h.people.focal, '/start'));
  expect(h.fake.callsOf('sendMessage').length).toBe(sends + 1);
}

describe('Telegram, webhook: commands addressed to a bot, topics, group lifecycle, 429', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness({ webhook: true });
  });
  afterAll(() => h.stop());

  it('listens by webhook, not by polling', () => {
    expect(h.fake.webhook?.url).toBe(`http://127.0.0.1:${h.runtime.port}/webhooks/telegram`);
    expect(h.fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('accepts /cmd@thisbot (in any letter case) and ignores /cmd@otherbot, even when it sees every message', async () => {
    const before = sendsTo(h, GROUP).length;
    // In privacy mode Telegram does not even post a command meant for another bot.
    expect(await h.fake.deliver(groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help@some_other_bot'))).toBe('withheld');
    await post(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help@troly_daumoi_bot'));
    expect(sendsTo(h, GROUP)).toHaveLength(before + 1);
    expect(String(lastSent(h, GROUP)!.payload.text)).toContain('Các lệnh bạn dùng được');

    await post(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/nhiemvu@TroLy_DauMoi_Bot'));
    expect(String(lastSent(h, GROUP)!.payload.text)).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/);

    // An administrator of the group sees everything: the other bot's command is posted, and must be left alone.
    h.fake.adminIn.add(GROUP);
    try {
      await postSilently(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/help@some_other_bot'));
      await postSilently(h, groupMessage(h.fake.updateId(), GROUP, h.people.admin, '/dangky@some_other_bot CDC'));
    } finally {
      h.fake.adminIn.delete(GROUP);
    }
    // the /dangky meant for the other bot did not rebind the group
    const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
    expect((await h.app.store.chats.get(`telegram:${GROUP}`))?.unitId).toBe(bvdk.id);
  });

  it('keeps replies in the forum topic they were asked in, buttons included, and removal silences every topic', async () => {
    const forum = -1006666666661;
    const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${forum}`, platform: 'telegram', kind: 'group', title: 'Diễn đàn BVĐK' }, bvdk.id);

    const asked = groupMessage(h.fake.updateId(), forum, h.people.focal, '/nhiemvu', { thread: 42 });
    await post(h, asked);
    const answer = lastSent(h, forum)!;
    expect(answer.payload.text).toMatch(/^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu/);
    expect(answer.payload.message_thread_id).toBe(42);
    expect(answer.payload.reply_parameters).toEqual({ message_id: asked.message!.message_id, allow_sending_without_reply: true });
    // the binding is the group's, whatever topic it was asked from
    expect((await h.app.store.chats.get(`telegram:${forum}:42`))?.unitId).toBe(bvdk.id);

    // another topic gets its answer in that topic, not in the first one
    await post(h, groupMessage(h.fake.updateId(), forum, h.people.focal, '/help', { thread: 77 }));
    expect(lastSent(h, forum)!.payload.message_thread_id).toBe(77);

    // a question with buttons asked in a topic, and the pressed button's answer, stay in the topic
    await post(h, groupMessage(h.fake.updateId(), forum, h.people.admin, '/phanquyen @lan_bvdk', { thread: 42 }));
    const question = lastSent(h, forum)!;
    expect(question.payload.text).toBe('Giao vai trò nào cho Nguyễn Thị Lan?');
    expect(question.payload.message_thread_id).toBe(42);
    const answered = h.fake.callsOf('answerCallbackQuery').length;
    const botMessageId = (question.result as { message_id: number }).message_id;
    await post(h, callbackQuery(h.fake.updateId(), forum, h.people.admin, 'deputy', { thread: 42, botMessageId }));
    const done = lastSent(h, forum)!;
    expect(done.payload.text).toContain('Đã giao vai trò cán bộ đầu mối dự phòng');
    expect(done.payload.message_thread_id).toBe(42);
    await h.fake.waitFor(() => h.fake.callsOf('answerCallbackQuery').length === answered + 1);

    // removed from the group: the webhook is answered once that is stored, and no topic is written to again
    expect(await h.fake.deliver(botMembership(h.fake.updateId(), forum, h.people.admin, h.fake.bot, 'removed'))).toBe(200);
    expect((await h.app.store.chats.get(`telegram:${forum}`))?.active).toBe(false);
    const sends = h.fake.callsOf('sendMessage').length;
    await h.runtime.bot.deliver(`telegram:${forum}:42`, { text: 'không được gửi vào chủ đề của nhóm đã rời' });
    await h.runtime.bot.deliver(`telegram:${forum}`, { text: 'không được gửi vào nhóm đã rời' });
    expect(h.fake.callsOf('sendMessage').length).toBe(sends);
  });

  it('introduces itself when added to a group, stops writing once removed, and a redelivered removal changes nothing', async () => {
    const chatId = -1005555555551;
    const added = botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'added', 'Nhóm TTYT Phong Thổ');
    await post(h, added);
    expect(sendsTo(h, chatId)).toHaveLength(1);
    expect(lastSent(h, chatId)!.payload.text).toContain('Quản trị viên hãy gõ /dangky &lt;mã đơn vị&gt;');
    expect(await h.app.store.chats.get(`telegram:${chatId}`)).toMatchObject({ active: true, unitId: null, title: 'Nhóm TTYT Phong Thổ' });
    // Telegram retries the post: no second introduction
    expect(await h.fake.deliver(added)).toBe(200);

    const removed = botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'removed');
    expect(await h.fake.deliver(removed)).toBe(200);
    expect((await h.app.store.chats.get(`telegram:${chatId}`))?.active).toBe(false);
    const audit = (await h.db.counts()).audit_log;
    expect(await h.fake.deliver(removed)).toBe(200);
    expect((await h.db.counts()).audit_log).toBe(audit);

    const sends = h.fake.callsOf('sendMessage').length;
    await h.runtime.bot.deliver(`telegram:${chatId}`, { text: 'không được gửi' });
    // a message queued for it before the removal is not sent either
    await h.app.store.outbox.enqueue([{ key: 'digest:removed-group', chat: `telegram:${chatId}`, text: 'Bản tin tuần' }]);
    await h.runtime.outbox.runOnce();
    expect(h.fake.callsOf('sendMessage').length).toBe(sends);
    expect(sendsTo(h, chatId)).toHaveLength(1);

    // added back: active again, and introduced again
    await post(h, botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'added', 'Nhóm TTYT Phong Thổ'));
    expect((await h.app.store.chats.get(`telegram:${chatId}`))?.active).toBe(true);
    expect(sendsTo(h, chatId)).toHaveLength(2);
  });

  it('introduces itself by the unit’s name in a bound group it is added back to', async () => {
    const chatId = -1005555555552;
    const cdc = (await h.app.store.units.findByCode('CDC'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${chatId}`, platform: 'telegram', kind: 'group', title: 'CDC' }, cdc.id);
    await h.app.store.chats.setActive(`telegram:${chatId}`, false);
    await post(h, botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'added', 'CDC'));
    expect(String(lastSent(h, chatId)!.payload.text)).toContain('Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu');
    expect(await h.app.store.chats.get(`telegram:${chatId}`)).toMatchObject({ unitId: cdc.id, active: true });
  });

  it('lets the binding follow a group upgraded to a supergroup, once the webhook has answered', async () => {
    const [oldId, newId] = [-4101, -1004101];
    const cdc = (await h.app.store.units.findByCode('CDC'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${oldId}`, platform: 'telegram', kind: 'group', title: 'CDC' }, cdc.id);
    const sends = h.fake.callsOf('sendMessage').length;
    expect(await h.fake.deliver(migratedToSupergroup(h.fake.updateId(), oldId, newId, h.people.admin))).toBe(200);
    expect((await h.app.store.chats.get(`telegram:${newId}`))?.unitId).toBe(cdc.id);
    expect(await h.app.store.chats.get(`telegram:${oldId}`)).toBeNull();
    // the second half (the new supergroup's first message) finds the binding moved already
    expect(await h.fake.deliver(migratedFromGroup(h.fake.updateId(), oldId, newId, h.people.admin))).toBe(200);
    expect(await h.app.store.chats.get(`telegram:${newId}`)).toMatchObject({ unitId: cdc.id, active: true });
    expect(h.fake.callsOf('sendMessage').length).toBe(sends);

    // the unit's commands now answer in the supergroup
    await post(h, groupMessage(h.fake.updateId(), newId, h.people.admin, '/nhiemvu'));
    expect(String(lastSent(h, newId)!.payload.text)).toMatch(/^Nhiệm vụ đang mở của Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu/);
  });

  it('keeps the binding whichever way Telegram orders "joined the supergroup" and the migration', async () => {
    const cdc = (await h.app.store.units.findByCode('CDC'))!;
    for (const [oldId, newId, joinFirst] of [
      [-4102, -1004102, true],
      [-4103, -1004103, false],
    ] as const) {
      await h.app.store.chats.bindToUnit({ ref: `telegram:${oldId}`, platform: 'telegram', kind: 'group', title: 'CDC' }, cdc.id);
      const joined = botMembership(h.fake.updateId(), newId, h.people.admin, h.fake.bot, 'added', 'CDC');
      if (joinFirst) await post(h, joined);
      expect(await h.fake.deliver(migratedToSupergroup(h.fake.updateId(), oldId, newId, h.people.admin))).toBe(200);
      expect(await h.fake.deliver(migratedFromGroup(h.fake.updateId(), oldId, newId, h.people.admin))).toBe(200);
      const intros = sendsTo(h, newId).length;
      if (!joinFirst) {
        // the bot was there already: no second introduction, no "/dangky" for a bound group
        expect(await h.fake.deliver(joined)).toBe(200);
        await post(h, groupMessage(h.fake.updateId(), GROUP, h.people.focal, '/start'));
        expect(sendsTo(h, newId)).toHaveLength(intros);
      }
      expect(await h.app.store.chats.get(`telegram:${newId}`)).toMatchObject({ unitId: cdc.id, active: true });
      expect(await h.app.store.chats.get(`telegram:${oldId}`)).toBeNull();
    }
  });

  it('carries a question waiting in the old group over to the supergroup: its button is answered there', async () => {
    const [oldId, newId] = [-4104, -1004104];
    const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${oldId}`, platform: 'telegram', kind: 'group', title: 'BVĐK' }, bvdk.id);
    await h.app.store.members.resolveActor(
      { platform: 'telegram', id: '1005', displayName: 'Hoàng Văn Tú', username: 'tu_bvdk' },
      h.clock.now(),
    );
    await post(h, groupMessage(h.fake.updateId(), oldId, h.people.admin, '/phanquyen @tu_bvdk'));
    expect(lastSent(h, oldId)!.payload.text).toBe('Giao vai trò nào cho Hoàng Văn Tú?');
    expect(await h.fake.deliver(migratedToSupergroup(h.fake.updateId(), oldId, newId, h.people.admin))).toBe(200);
    await post(h, callbackQuery(h.fake.updateId(), newId, h.people.admin, 'deputy'));
    expect(lastSent(h, newId)!.payload.text).toContain('Đã giao vai trò cán bộ đầu mối dự phòng');
  });

  it('answers the webhook before waiting out a short 429, then sends', async () => {
    const chatId = -1007777777771;
    const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${chatId}`, platform: 'telegram', kind: 'group', title: 'BVĐK' }, bvdk.id);
    h.fake.tooManyRequests('sendMessage', 1);
    const outbox = (await h.db.counts()).outbox ?? 0;
    expect(await h.fake.deliver(groupMessage(h.fake.updateId(), chatId, h.people.focal, '/start'))).toBe(200);
    // Telegram has its answer; the reply is still waiting out the 429 (a second)
    expect(sendsTo(h, chatId)).toHaveLength(0);
    await h.fake.waitFor(() => sendsTo(h, chatId).length === 1);
    const attempts = h.fake.callsOf('sendMessage').filter((c) => Number(c.payload.chat_id) === chatId);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.payload.__failed).toBe(true);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(attempts[1]!.payload.text).toBe(attempts[0]!.payload.text);
    expect((await h.db.counts()).outbox ?? 0).toBe(outbox);
  });

  it('defers a reply that meets a long 429 to the outbox, and sends it once the wait is over', async () => {
    const chatId = -1007777777772;
    const bvdk = (await h.app.store.units.findByCode('BVDK'))!;
    await h.app.store.chats.bindToUnit({ ref: `telegram:${chatId}`, platform: 'telegram', kind: 'group', title: 'BVĐK' }, bvdk.id);
    h.fake.tooManyRequests('sendMessage', 30);
    const outbox = (await h.db.counts()).outbox ?? 0;
    const update = groupMessage(h.fake.updateId(), chatId, h.people.focal, '/help');
    expect(await h.fake.deliver(update)).toBe(200);
    await expect.poll(async () => (await h.db.counts()).outbox, { timeout: 10_000 }).toBe(outbox + 1);
    expect(sendsTo(h, chatId)).toHaveLength(0);
    // Telegram retrying the post does not queue the reply twice
    expect(await h.fake.deliver(update)).toBe(200);
    expect((await h.db.counts()).outbox).toBe(outbox + 1);

    expect(await h.runtime.outbox.runOnce()).toBe(0); // not yet: Telegram said 30 s
    h.clock.advance(31_000);
    expect(await h.runtime.outbox.runOnce()).toBe(1);
    const sent = lastSent(h, chatId)!;
    expect(String(sent.payload.text)).toContain('Các lệnh bạn dùng được');
    // still a reply to the message it answers
    expect(sent.payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
    expect(await h.runtime.outbox.runOnce()).toBe(0);
    expect(sendsTo(h, chatId)).toHaveLength(1);
  });

  it('answers the webhook before an introduction waits out a short 429, then introduces itself', async () => {
    const chatId = -1005555555554;
    h.fake.tooManyRequests('sendMessage', 1);
    const started = Date.now();
    expect(await h.fake.deliver(botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'added', 'Nhóm mới'))).toBe(200);
    // Telegram has its answer at once; holding it for the second would hold the chat's next updates
    expect(Date.now() - started).toBeLessThan(800);
    expect(sendsTo(h, chatId)).toHaveLength(0);
    await h.fake.waitFor(() => sendsTo(h, chatId).length === 1);
    expect(String(lastSent(h, chatId)!.payload.text)).toContain('Quản trị viên hãy gõ /dangky');
  });

  it('defers an introduction that meets a long 429 to the outbox', async () => {
    const chatId = -1005555555553;
    h.fake.tooManyRequests('sendMessage', 30);
    const outbox = (await h.db.counts()).outbox ?? 0;
    expect(await h.fake.deliver(botMembership(h.fake.updateId(), chatId, h.people.admin, h.fake.bot, 'added', 'Nhóm mới'))).toBe(200);
    await expect.poll(async () => (await h.db.counts()).outbox).toBe(outbox + 1);
    expect(sendsTo(h, chatId)).toHaveLength(0);
    expect((await h.app.store.chats.get(`telegram:${chatId}`))?.active).toBe(true);
    h.clock.advance(31_000);
    expect(await h.runtime.outbox.runOnce()).toBe(1);
    expect(String(lastSent(h, chatId)!.payload.text)).toContain('Quản trị viên hãy gõ /dangky');
  });
});
