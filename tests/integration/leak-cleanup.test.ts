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

  it('does not say a phone is kept when the words holding it were not: the message goes, and what it held with it', async () => {
    const asked = await t.say('NV5 thế nào rồi? có gì gọi em 0912 345 678');
    const text = asked.reply?.text ?? '';
    privacy.inspect('console:nhom-bvdk', text);
    expect(text.split('\n').at(-1)).toBe(
      'Nguyễn Thị Lan vui lòng thu hồi tin nhắn vừa rồi vì có số điện thoại hoặc giấy tờ cá nhân mà cả nhóm đọc được. Thông tin của người phản ánh xin nhắn riêng cho trợ lý.',
    );
    const capabilities = { buttons: true, edit: true, files: true, threads: true, maxTextLength: 4096, deletesMessages: true };
    const deleted = await t.say('NV5 thế nào rồi? có gì gọi em 0912 345 678', { capabilities });
    expect(deleted.cleanup?.repost.text).toMatch(/^Nguyễn Thị Lan đã gửi \(số điện thoại, số giấy tờ đã được ẩn khỏi nhóm; /);
    expect(deleted.cleanup?.repost.text).not.toMatch(/lưu riêng/);
    privacy.inspect('console:nhom-bvdk', deleted.cleanup!.repost.text);
    privacy.assertClean();
  });

  it('logs a case told in free text as written when its sender chooses to, so that cleaning the group loses nothing', async () => {
    privacy.register({ kind: 'name', value: 'Lò Văn Bình' });
    const told = 'có người gọi đường dây nóng phản ánh bác sĩ khoa Nội thái độ không tốt, người gọi là ông Lò Văn Bình sđt 0912 345 678';
    const offer = await t.say(told);
    const text = offer.reply?.text ?? '';
    privacy.inspect('console:nhom-bvdk', text);
    expect(text).toContain('1. Ghi phản ánh (/phananh hotline)');
    expect(text).not.toContain('bác sĩ khoa Nội');
    expect(text.split('\n').at(-1)).toMatch(/trợ lý đã lưu riêng thông tin đó\.$/);
    const saved = (await t.say('1')).reply?.text ?? '';
    privacy.inspect('console:nhom-bvdk', saved);
    const code = /PA-\d{4}-\d{4}/.exec(saved)?.[0];
    expect(code, saved).toBeDefined();
    expect((await t.app.store.feedback.findByCode(code!))?.content).toBe(told);
    privacy.assertClean();
  });

  it('leaves a message with no contact details, and private chats, alone', async () => {
    expect((await t.say('/phananh ds')).cleanup).toBeUndefined();
    expect(await t.ask('/phananh ds')).not.toMatch(/thu hồi/);
    expect(await t.ask('/phananh xem PA-2026-0001 0912 345 678', { user: 'dau-moi', kind: 'private' })).not.toMatch(/thu hồi/);
  });
});
