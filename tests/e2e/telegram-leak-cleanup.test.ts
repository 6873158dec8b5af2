import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { GROUP, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { groupMessage } from '../support/telegram-updates.js';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
const PHONE = '0912 345 678';

/**
 * A group message holding a complainant's phone is cleaned up on Telegram: the bot deletes it (the fake Bot API
 * records deleteMessage), posts its redacted version in its place, and the case keeps the full text. Without
 * the right to delete, the group is told once how to give it.
 */
describe('Telegram: a leaked message is deleted and reposted redacted', () => {
  let h: TelegramHarness;
  const privacy = new PrivacyGuard();
  beforeAll(async () => {
    h = await startTelegramHarness({ groupMessagesPerMinute: 1000 });
    privacy.register({ kind: 'phone', value: PHONE }, { kind: 'phone', value: '+84 987.654.321' });
  });
  afterAll(() => h.stop());

  async function send(text: string) {
    const before = h.fake.calls.length;
    const updateId = h.fake.updateId();
    const update = groupMessage(updateId, GROUP, h.people.focal, text);
    h.fake.push(update);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates' && Number(c.payload.offset) > updateId));
    const calls = h.fake.calls.slice(before);
    for (const call of calls)
      if (call.method === 'sendMessage' && Number(call.payload.chat_id) < 0)
        privacy.inspect(String(call.payload.chat_id), String(call.payload.text));
    return { messageId: update.message!.message_id, calls };
  }

  it('deletes a /phananh holding a phone, posts it redacted, and the case holds the full text', async () => {
    const { messageId, calls } = await send(`/phananh hotline Người nhà phản ánh chờ khám lâu ở khoa Nhi, gọi lại ${PHONE}`);
    const deletions = calls.filter((c) => c.method === 'deleteMessage');
    expect(deletions.map((c) => [Number(c.payload.chat_id), Number(c.payload.message_id)])).toEqual([[GROUP, messageId]]);
    const texts = calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === GROUP).map((c) => String(c.payload.text));
    expect(texts.some((text) => text.includes('đã được trợ lý lưu riêng') && text.includes('gọi lại [đã ẩn]'))).toBe(true);
    expect(texts.some((text) => text.includes('Đã ghi sổ phản ánh PA-2026-0001.'))).toBe(true);
    // the message is gone before the answer comes, which Telegram still threads (allow_sending_without_reply)
    expect(calls.findIndex((c) => c.method === 'deleteMessage')).toBeLessThan(
      calls.findIndex((c) => c.method === 'sendMessage' && String(c.payload.text).includes('Đã ghi sổ')),
    );
    const ticket = await h.app.store.feedback.findByCode('PA-2026-0001');
    expect(ticket?.content).toContain(PHONE);
    privacy.assertClean();
  });

  it('does not delete a message with no contact details', async () => {
    const { calls } = await send('/phananh ds');
    expect(calls.filter((c) => c.method === 'deleteMessage')).toHaveLength(0);
  });

  it('saves a contact typed in the group by mistake (/phananh lienhe), deletes the message and reposts nothing of it', async () => {
    privacy.register({ kind: 'name', value: 'Trần Thị Hoa' });
    const { messageId, calls } = await send(`/phananh lienhe PA-2026-0001 Trần Thị Hoa ${PHONE}`);
    const deletions = calls.filter((c) => c.method === 'deleteMessage');
    expect(deletions.map((c) => [Number(c.payload.chat_id), Number(c.payload.message_id)])).toEqual([[GROUP, messageId]]);
    const texts = calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === GROUP).map((c) => String(c.payload.text));
    expect(texts.some((text) => text.includes('đã gửi thông tin liên hệ của người phản ánh; trợ lý đã lưu riêng'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Đã lưu riêng thông tin liên hệ cho PA-2026-0001'))).toBe(true);
    const ticket = await h.app.store.feedback.findByCode('PA-2026-0001');
    const contact = await h.app.store.feedback.contactOf(ticket!.id);
    expect(contact?.name).toBe('Trần Thị Hoa');
    expect(contact?.phone?.replace(/\D/g, '')).toBe('0912345678');
    privacy.assertClean();
  });

  it('deletes a case about a bribe typed in the group; the group reads only that a case is handled privately', async () => {
    privacy.register({ kind: 'content', value: 'phong bi' }, { kind: 'content', value: 'khoa Ngoai' });
    const { messageId, calls } = await send('/phananh hotline bac si khoa Ngoai doi phong bi moi mo');
    expect(calls.filter((c) => c.method === 'deleteMessage').map((c) => Number(c.payload.message_id))).toEqual([messageId]);
    const texts = calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === GROUP).map((c) => String(c.payload.text));
    expect(texts.some((text) => text.includes('đã gửi một phản ánh cần xử lý riêng'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Đã tiếp nhận một phản ánh cần xử lý riêng (PA-2026-0002).'))).toBe(true);
    expect((await h.app.store.feedback.findByCode('PA-2026-0002'))?.sensitive).toBe(true);
    privacy.assertClean();
  });

  it('without the right to delete, tells the group once how to give it, and still answers', async () => {
    h.fake.badRequest('deleteMessage', "message can't be deleted");
    h.fake.badRequest('deleteMessage', "message can't be deleted");
    const first = await send('/xuly PA-2026-0001 đang xử lý đã liên hệ theo số +84 987.654.321');
    await send('/xuly PA-2026-0001 đang xử lý gọi lại lần hai +84 987.654.321');
    expect(first.calls.some((c) => c.method === 'deleteMessage')).toBe(true);
    // answered all the same (here: the focal point is no handler), threaded under the message that stays
    const answer = first.calls.find((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === GROUP);
    expect((answer?.payload.reply_parameters as { message_id?: number } | undefined)?.message_id).toBe(first.messageId);
    const asked = rowsOf<{ key: string }>(await h.db.db.execute(sql`select key from outbox where key like 'delete-right:%'`));
    expect(asked.map((row) => row.key)).toEqual([`delete-right:telegram:${GROUP}`]);
    await h.runtime.outbox.runOnce();
    const told = h.fake.callsOf('sendMessage').filter((c) => String(c.payload.text).includes('cần quyền xóa tin nhắn'));
    expect(told).toHaveLength(1);
    privacy.assertClean();
  });
});
