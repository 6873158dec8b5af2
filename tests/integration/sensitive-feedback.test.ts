import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { casePage, feedbackBook } from '../../src/core/feedback/queries.js';
import { runReminders } from '../../src/jobs/reminders.job.js';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 17, part 4: a case of "tiêu cực, nhũng nhiễu" (a bribe, harassment, a threat) is detected from its words,
 * with or without diacritics, is always urgent, and a group reads of it only "đã tiếp nhận một phản ánh cần xử lý
 * riêng (PA-…)": no summary, no category, in the intake's answer, in lists, reminders, statistics and on the
 * dashboard's pages. The whole case goes in private to the unit's leader and the feedback handlers of the unit and
 * the Department. A handler can mark any case so afterwards (/xuly PA-… nhạy cảm). Part 2: a contact typed in a
 * group by mistake is saved all the same, and the message cleaned up.
 */

// Friday 20/11/2026, 09:00 in Việt Nam.
const AT = '2026-11-20T09:00:00+07:00';
const TZ = 'Asia/Ho_Chi_Minh';
const BVDK = 'console:nhom-bvdk';
const NEUTRAL = 'Đã tiếp nhận một phản ánh cần xử lý riêng (PA-2026-0001).';
const DELETES = { buttons: true, edit: true, files: true, threads: true, maxTextLength: 4096, deletesMessages: true };

let t: TestApp;
const privacy = new PrivacyGuard();
const isGroup = (chat: string) => !chat.includes(':dm-');

async function say(text: string, options: Parameters<TestApp['say']>[1] = {}) {
  const result = await t.say(text, options);
  const chat = options.chat ?? (options.kind === 'private' ? 'dm' : BVDK);
  if ((options.kind ?? 'group') === 'group' && result.reply) privacy.inspect(chat, result.reply.text);
  if (result.cleanup) privacy.inspect(chat, result.cleanup.repost.text);
  for (const notice of result.notices) if (notice.chat && isGroup(notice.chat)) privacy.inspect(notice.chat, notice.message.text);
  return result;
}
const ask = async (text: string, options: Parameters<TestApp['say']>[1] = {}) => (await say(text, options)).reply?.text ?? '';
const dm = (user = 'dau-moi') => ({ user, kind: 'private' as const });
const memberOf = async (user: string) => (await t.app.store.members.resolveActor(consoleUser(user), new Date(AT))).memberId;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo({ timezone: TZ });
  privacy.reset();
  // what the complaints below are about: not one of these words may reach a group
  privacy.register(
    { kind: 'content', value: 'phong bì' },
    { kind: 'content', value: 'đòi tiền' },
    { kind: 'content', value: 'tiêu cực' },
    { kind: 'content', value: 'nhũng nhiễu' },
    { kind: 'content', value: 'khoa Ngoại' },
    { kind: 'content', value: 'hai triệu' },
    { kind: 'phone', value: '0912 345 678' },
    { kind: 'name', value: 'Trần Thị Hoa' },
  );
});

describe('a case about a bribe', () => {
  it('typed in a group without diacritics: logged urgent and sensitive; the group reads only the neutral line', async () => {
    const result = await say('/phananh hotline bac si khoa Ngoai doi phong bi hai trieu moi mo cho me toi');
    const text = result.reply?.text ?? '';
    expect(text.split('\n')[0]).toBe(NEUTRAL);
    expect(text).not.toMatch(/tiêu cực|loại|khẩn/);
    // the console cannot delete the message: its sender is asked to recall it
    expect(text).toMatch(/thu hồi tin nhắn vừa rồi: phản ánh này cần xử lý riêng/);
    const ticket = await t.app.store.feedback.findByCode('PA-2026-0001');
    expect(ticket).toMatchObject({ sensitive: true, severity: 'urgent', category: 'misconduct' });
    expect(ticket?.content).toContain('doi phong bi');

    // in private, in full: the unit's leader and handler, and (the Department naming no feedback handler yet) its leader
    const leader = await memberOf('lanh-dao-bvdk');
    const handler = await memberOf('xu-ly-pa');
    const department = await memberOf('dau-moi-cdc');
    const departmentLeader = await memberOf('lanh-dao-so');
    expect(result.notices.map((notice) => notice.member).sort()).toEqual([leader, handler, departmentLeader].sort());
    for (const notice of result.notices) expect(notice.message.text).toContain('doi phong bi hai trieu');
    privacy.assertClean();

    // once the Department has a feedback handler (a role on the Sở itself), it is theirs
    const syt = (await t.app.store.units.findByCode('SYT'))!;
    await t.app.store.members.grant(department, { role: 'feedback_handler', unitId: syt.id }, null);
    const second = await say('/phananh truc tiep Dieu duong khoa Ngoai goi y dua tien boi duong moi tiem');
    expect(second.reply?.text.split('\n')[0]).toBe('Đã tiếp nhận một phản ánh cần xử lý riêng (PA-2026-0002).');
    expect(second.notices.map((notice) => notice.member).sort()).toEqual([leader, handler, department].sort());
    privacy.assertClean();
  });

  it('on a platform that deletes messages: the message goes and its repost says nothing of the case', async () => {
    const result = await say('/phananh hotline Điều dưỡng khoa Ngoại đòi tiền hai triệu mới cho nhập viện', { capabilities: DELETES });
    expect(result.reply?.text.split('\n')[0]).toBe(NEUTRAL);
    expect(result.cleanup?.repost.text).toMatch(/đã gửi một phản ánh cần xử lý riêng/);
    expect(result.cleanup?.repost.text).not.toMatch(/Ngoại|tiền/);
    privacy.assertClean();
  });

  it('stays neutral in every later group-bound text: lists, the case, statistics, reminders, the dashboard', async () => {
    await say('/phananh hotline Bác sĩ khoa Ngoại đòi phong bì hai triệu', { capabilities: DELETES });
    await say('/phananh hom thu Nhà vệ sinh khoa Nội bốc mùi');
    const list = await ask('/phananh ds');
    expect(list).toMatch(/PA-2026-0001 · cần xử lý riêng · /);
    expect(list).toContain('«Nhà vệ sinh khoa Nội bốc mùi»');
    expect(await ask('/phananh xem PA-2026-0001')).toMatch(/^PA-2026-0001 · cần xử lý riêng · /);
    const stats = await ask('/phananh thongke');
    expect(stats).toMatch(/cần xử lý riêng 1/);
    expect(stats).not.toMatch(/tiêu cực/);
    const reminded: string[] = [];
    const deps = { store: t.app.store, i18n: t.app.i18n, calendar: t.app.calendar, timezone: TZ };
    for (const day of ['2026-11-20', '2026-11-23', '2026-11-24'])
      for (const message of await runReminders(deps, new Date(`${day}T08:00:00+07:00`)))
        if (isGroup(message.chat) && message.key.startsWith('feedback-reminder:')) {
          privacy.inspect(message.chat, message.text);
          reminded.push(message.text);
        }
    expect(reminded.join('\n')).toMatch(/PA-2026-0001 · (BVĐK tỉnh · )?cần xử lý riêng/);
    // /xuly in the group: the status moves, the note is not echoed, the message is cleaned up
    const handled = await say('/xuly PA-2026-0001 dang xu ly da moi bac si khoa Ngoai len lam viec ve phong bi', { user: 'xu-ly-pa' });
    expect(handled.reply?.text).toMatch(/Đã cập nhật PA-2026-0001/);
    expect(handled.reply?.text).toMatch(/thu hồi/);
    // handled from private: the group's echo is the neutral line
    const echoed = await say('/xuly PA-2026-0001 da xu ly da thu hoi phong bi, ky luat khien trach', dm('xu-ly-pa'));
    expect(echoed.notices.filter((notice) => notice.chat === BVDK)).toHaveLength(1);
    // the full case stays readable in private by those who handle it
    expect(await ask('/phananh xem PA-2026-0001', dm('xu-ly-pa'))).toContain('Bác sĩ khoa Ngoại đòi phong bì hai triệu');
    privacy.assertClean();

    // the dashboard's list and case pages: neither summary nor category nor notes
    const book = await feedbackBook(t.app.store, {
      unitIds: null,
      period: { kind: 'month', year: 2026, month: 11, from: '2026-11-01', to: '2026-12-01' },
      today: '2026-11-20',
      timezone: TZ,
      calendar: await t.app.calendar.current(),
      placeholder: '[đã ẩn]',
    });
    const views = Object.values(book.cases).flat();
    expect(views.find((view) => view.code === 'PA-2026-0001')).toMatchObject({ sensitive: true, summary: null, category: null });
    expect(views.find((view) => view.code === 'PA-2026-0002')?.summary).toBe('Nhà vệ sinh khoa Nội bốc mùi');
    const page = await casePage(t.app.store, {
      code: 'PA-2026-0001',
      viewer: await t.app.store.members.resolveActor(consoleUser('dau-moi'), new Date(AT)),
      placeholder: '[đã ẩn]',
    });
    expect(page.ok && page.value.view.summary).toBeNull();
    expect(page.ok && page.value.history.map((step) => step.note)).toEqual([null, null]);
  });

  it('is a category the intake offers, and choosing it makes the case sensitive and urgent', async () => {
    await ask('/phananh hotline', dm());
    const question = await ask('Nhân viên thu ngân gây khó dễ, bắt nộp thêm mới làm hồ sơ', dm());
    expect(question).toMatch(/\d\. tiêu cực, nhũng nhiễu/);
    // no severity question: such a case is always urgent; then the contact, skipped
    expect(await ask('tieu cuc', dm())).not.toMatch(/mức độ/i);
    const saved = await say('không', dm());
    expect(saved.reply?.text).toMatch(
      /^Đã tiếp nhận một phản ánh cần xử lý riêng \(PA-2026-0001\)\.\n.*tiêu cực, nhũng nhiễu: được xử lý khẩn và riêng/,
    );
    const echo = saved.notices.find((notice) => notice.chat === BVDK);
    expect(echo?.message.text.split('\n')[1]).toBe(NEUTRAL);
    expect(await t.app.store.feedback.findByCode('PA-2026-0001')).toMatchObject({
      sensitive: true,
      severity: 'urgent',
      category: 'misconduct',
    });
    privacy.assertClean();
  });

  it('can be marked afterwards by a handler (nhạy cảm, with or without diacritics); groups then see the neutral line', async () => {
    await say('/phananh hom thu Thu ngân khoa Ngoại thu thêm hai triệu không có hóa đơn');
    expect(await ask('/phananh ds')).toContain('khoa Ngoại');
    privacy.reset();
    privacy.register({ kind: 'content', value: 'khoa Ngoại' }, { kind: 'content', value: 'hai triệu' });
    // not for someone who does not handle feedback
    expect(await ask('/xuly PA-2026-0001 nhay cam', { user: 'dau-moi' })).toMatch(/cán bộ xử lý phản ánh/);
    expect((await t.app.store.feedback.findByCode('PA-2026-0001'))?.sensitive).toBe(false);
    const marked = await ask('/xuly PA-2026-0001 nhạy cảm', { user: 'xu-ly-pa' });
    expect(marked).toMatch(/^Đã chuyển PA-2026-0001 sang xử lý riêng/);
    expect(marked).toMatch(/PA-2026-0001 · cần xử lý riêng · /);
    expect(await ask('/xuly PA-2026-0001 nhay cam', { user: 'xu-ly-pa' })).toBe('PA-2026-0001 đã là phản ánh cần xử lý riêng.');
    expect(await ask('/phananh ds')).toMatch(/PA-2026-0001 · cần xử lý riêng/);
    expect(await t.app.store.feedback.findByCode('PA-2026-0001')).toMatchObject({ sensitive: true, severity: 'urgent' });
    // a reclassification in the group does not name the category of a sensitive case
    expect(await ask('/phananh PA-2026-0001 loai gia', { user: 'xu-ly-pa' })).not.toMatch(/giá dịch vụ/);
    privacy.assertClean();
  });
});

describe('a contact typed in a group by mistake (/phananh lienhe)', () => {
  it('is saved to the case, and the message cleaned up: a recall asked, or deleted without a repost of it', async () => {
    await say('/phananh hom thu Nhà vệ sinh khoa Nội bốc mùi');
    const recall = await ask('/phananh lienhe PA-2026-0001 Trần Thị Hoa 0912 345 678');
    expect(recall).toMatch(/^Đã lưu riêng thông tin liên hệ cho PA-2026-0001/);
    expect(recall).toMatch(/vui lòng thu hồi tin nhắn vừa rồi vì có thông tin liên hệ của người phản ánh/);
    expect(await t.app.store.feedback.contactOf((await t.app.store.feedback.findByCode('PA-2026-0001'))!.id)).toMatchObject({
      name: 'Trần Thị Hoa',
      phone: expect.stringMatching(/0912\s?345\s?678/),
    });
    const deleted = await say('/phananh lienhe PA-2026-0001 Trần Thị Hoa, hoa@gmail.com', { capabilities: DELETES });
    expect(deleted.cleanup?.repost.text).toMatch(/đã gửi thông tin liên hệ của người phản ánh; trợ lý đã lưu riêng/);
    expect((await t.app.store.feedback.contactOf((await t.app.store.feedback.findByCode('PA-2026-0001'))!.id))?.email).toBe(
      'hoa@gmail.com',
    );
    // another unit's group: refused, nothing changed
    expect(await ask('/phananh lienhe PA-2026-0001 Lê Văn Tám 0987 654 321', { chat: 'console:nhom-cdc', user: 'xu-ly-pa' })).toMatch(
      /PA-2026-0001/,
    );
    expect((await t.app.store.feedback.contactOf((await t.app.store.feedback.findByCode('PA-2026-0001'))!.id))?.name).toBe('Trần Thị Hoa');
    privacy.assertClean();
  });
});
