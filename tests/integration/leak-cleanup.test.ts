import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What the domain decides for a group message holding contact details, on a platform that cannot delete
 * others' messages (Zalo, the console: the sender is asked in one line to recall it) and on one that can
 * (Telegram: the dispatcher hands the adapter a clean-up, its redacted repost and the notice asking for the
 * right to delete). The case keeps the full text either way.
 */
describe('a group message holding contact details', () => {
  let t: TestApp;
  const privacy = new PrivacyGuard();
  beforeAll(async () => {
    t = await startTestApp({ at: '2026-11-20T09:00:00+07:00' });
    privacy.register({ kind: 'phone', value: '0912 345 678' }, { kind: 'id', value: '012345678901' });
  });
  afterAll(() => t.close());

  it('asks its sender to recall it where the bot cannot delete it, and the case holds the full text', async () => {
    const result = await t.say(
      '/phananh hotline Ông Nguyễn Văn Bình (SĐT 0912 345 678, CCCD 012345678901) phản ánh khoa Nội thu thêm tiền',
    );
    const text = result.reply?.text ?? '';
    privacy.inspect('console:nhom-bvdk', text);
    expect(text).toContain('«Ông [đã ẩn] (SĐT [đã ẩn], CCCD [đã ẩn]) phản ánh khoa Nội thu thêm tiền»');
    expect(text.split('\n').at(-1)).toMatch(
      /vui lòng thu hồi tin nhắn vừa rồi vì có số điện thoại hoặc giấy tờ cá nhân; trợ lý đã lưu riêng/,
    );
    expect(result.cleanup).toBeUndefined();
    expect((await t.app.store.feedback.findByCode('PA-2026-0001'))?.content).toContain('0912 345 678');
    privacy.assertClean();
  });

  it('hands a platform that can delete the clean-up instead: the message id, its redacted repost, the notice', async () => {
    const capabilities = { buttons: true, edit: true, files: true, threads: true, maxTextLength: 4096, deletesMessages: true };
    const result = await t.say('/phananh PA-2026-0001 gọi lại cho ông theo số +84 912.345.678', { capabilities });
    expect(result.reply?.text).not.toMatch(/thu hồi/);
    expect(result.cleanup?.repost.text).toContain('«/phananh PA-2026-0001 gọi lại cho ông theo số [đã ẩn]»');
    expect(result.cleanup?.askRight.text).toMatch(/cần quyền xóa tin nhắn/);
    privacy.inspect('console:nhom-bvdk', result.cleanup!.repost.text);
    privacy.assertClean();
  });

  it('leaves a message with no contact details, and private chats, alone', async () => {
    expect((await t.say('/phananh ds')).cleanup).toBeUndefined();
    expect(await t.ask('/phananh ds')).not.toMatch(/thu hồi/);
    expect(await t.ask('/phananh xem PA-2026-0001 0912 345 678', { user: 'dau-moi', kind: 'private' })).not.toMatch(/thu hồi/);
  });
});
