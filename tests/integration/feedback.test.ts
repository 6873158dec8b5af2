import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyUnitImport, planUnitImport, readUnitRows } from '../../src/core/units/import-units.js';
import { runDigests } from '../../src/jobs/digest.job.js';
import { runReminders } from '../../src/jobs/reminders.job.js';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Friday 20/11/2026, 09:00 in Việt Nam.
const AT = '2026-11-20T09:00:00+07:00';
const TZ = 'Asia/Ho_Chi_Minh';
const PHONE = '0912 345 678';
const EMAIL = 'hoa.tran@gmail.com';
const NAME = 'Trần Thị Hoa';
const LEADERS = 'console:nhom-lanh-dao-so';
const BVDK = 'console:nhom-bvdk';

let t: TestApp;
/** Everything the bot says where a group can read it, in any test of this file, is checked for the complainants' contacts. */
const privacy = new PrivacyGuard();

const isGroup = (chat: string) => !chat.includes(':dm-');
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

async function say(text: string, options: Parameters<TestApp['say']>[1] = {}) {
  const result = await t.say(text, options);
  const chat = options.chat ?? (options.kind === 'private' ? 'dm' : BVDK);
  if ((options.kind ?? 'group') === 'group' && result.reply) privacy.inspect(chat, result.reply.text);
  for (const notice of result.notices) if (notice.chat && isGroup(notice.chat)) privacy.inspect(notice.chat, notice.message.text);
  return result;
}
const ask = async (text: string, options: Parameters<TestApp['say']>[1] = {}) => (await say(text, options)).reply?.text ?? '';
const handler = { user: 'xu-ly-pa' };
const dm = (user = 'dau-moi') => ({ user, kind: 'private' as const });

const jobDeps = () => ({ store: t.app.store, i18n: t.app.i18n, calendar: t.app.calendar, timezone: TZ });
/** Gives the complainant's contact in private, as the focal point would; from then on the group never reads the name. */
async function giveContact(code: string, contact: string, name: string) {
  expect(await ask(`/phananh lienhe ${code} ${contact}`, dm())).toContain('Đã lưu riêng thông tin liên hệ');
  privacy.register({ kind: 'name', value: name });
}

/** The reminder job at 08:00 of a day: what it queues for groups goes through the privacy check too. */
async function remindersOn(day: string) {
  const messages = await runReminders(jobDeps(), new Date(`${day}T08:00:00+07:00`));
  for (const message of messages) if (isGroup(message.chat)) privacy.inspect(message.chat, message.text);
  return messages;
}
const feedbackOnly = (messages: Array<{ key: string; chat: string; text: string }>) =>
  messages.filter((m) => m.key.startsWith('feedback-reminder:'));
const boxOnly = (messages: Array<{ key: string; chat: string; text: string }>) => messages.filter((m) => m.key.startsWith('box:'));

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  privacy.reset();
  // A name is the complainant's once it is given as their contact (before, it is only words of the content,
  // which the person logging it typed in the group themselves): the tests register it then.
  privacy.register({ kind: 'phone', value: PHONE }, { kind: 'email', value: EMAIL });
  await t.resetDemo({ timezone: TZ });
});
afterEach(() => {
  // The complainant's phone, e-mail and name never reach a group, whatever the test did.
  privacy.assertClean();
});

describe('/phananh intake', () => {
  it('logs a hotline call on one line with a yearly code and an SLA of 3 working days, hiding the phone in the group', async () => {
    const result = await say(`/phananh đường dây nóng Người nhà phản ánh chờ khám quá lâu ở khoa Nhi, gọi lại số ${PHONE}`);
    expect(result.reply?.text).toContain('Đã ghi sổ phản ánh PA-2026-0001.');
    expect(result.reply?.text).toContain('PA-2026-0001 · thủ tục hành chính · đường dây nóng · hạn xử lý thứ Tư, 25/11/2026 · tiếp nhận');
    expect(result.reply?.text).toContain('gọi lại số [đã ẩn]');
    // the guess is said, with how to correct it
    expect(result.reply?.text).toContain(
      'Trợ lý đoán loại: thủ tục hành chính; mức độ: bình thường. Nếu chưa đúng: /phananh PA-2026-0001 loai <loại> hoặc /phananh PA-2026-0001 muc <khẩn|thường>.',
    );
    // the handler hears about it in private, with the content as written
    const notice = result.notices.find((n) => n.member !== undefined);
    expect(notice?.message.text).toContain(PHONE);
    expect(await ask('/phananh hotline Lại thêm một phản ánh khác về bãi gửi xe thu tiền')).toContain('PA-2026-0002');
  });

  it('hides 84…, 0084… and +84… numbers and leaves amounts of money readable', async () => {
    privacy.register({ kind: 'phone', value: '84987654321' }, { kind: 'phone', value: '0084 977 111 222' });
    const reply = await ask('/phananh hotline Bị thu 150.000.000 đồng, hóa đơn 1.234.567.890; gọi 84987654321 hoặc 0084 977 111 222');
    expect(reply).toContain('«Bị thu 150.000.000 đồng, hóa đơn 1.234.567.890; gọi [đã ẩn] hoặc [đã ẩn]»');
  });

  it('walks the guided intake in private, keeping the complainant’s contact apart', async () => {
    expect(await ask('/phananh', dm())).toContain('Phản ánh nhận qua kênh nào?');
    expect(await ask('hom thu', dm())).toContain('Nhận phản ánh khi nào?');
    expect(await ask('19/11 15:00', dm())).toContain('Nội dung phản ánh');
    expect(await ask('Điều dưỡng khoa Nội quát mắng người bệnh lúc thay băng', dm())).toContain('Thuộc loại nào?');
    expect(await ask('thai do', dm())).toContain('Mức độ?');
    expect(await ask('1', dm())).toContain('Thông tin liên hệ của người phản ánh');
    privacy.register({ kind: 'name', value: NAME });
    const result = await say(`${NAME}, ${PHONE}, ${EMAIL}`, dm());
    const saved = result.reply?.text ?? '';
    expect(saved).toContain('PA-2026-0001 · thái độ phục vụ · hòm thư góp ý · hạn xử lý thứ Năm, 03/12/2026');
    // logged in private, the case is still the unit group's news: its code and redacted line, no contact
    const toGroup = result.notices.filter((n) => n.chat === 'console:nhom-bvdk').map((n) => n.message.text);
    expect(toGroup).toHaveLength(1);
    expect(toGroup[0]).toMatch(
      /ghi sổ phản ánh qua tin nhắn riêng với trợ lý:\nĐã ghi sổ phản ánh PA-2026-0001\.\nPA-2026-0001 · thái độ phục vụ · hòm thư góp ý/,
    );
    // a handler and the leaders read the whole case in private; the focal point in private and anyone in the group do not
    const full = await ask('/phananh xem PA-2026-0001', dm('xu-ly-pa'));
    expect(full).toContain(`Người phản ánh: ${NAME} · ${PHONE} · ${EMAIL}`);
    expect(await ask('/phananh xem PA-2026-0001', dm('lanh-dao-bvdk'))).toContain(PHONE);
    expect(await ask('/phananh xem PA-2026-0001', dm('lanh-dao-so'))).toContain(PHONE);
    expect(await ask('/phananh xem PA-2026-0001', dm())).not.toContain(PHONE);
    expect(await ask('/phananh xem PA-2026-0001', handler)).not.toContain(PHONE);
    expect(await ask('/phananh xem PA-2026-0001', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' })).toContain('không có vai trò');
  });

  it('does not show an administrator the complainant’s contact: administrators run the bot, not the cases', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    await giveContact('PA-2026-0001', `${NAME} ${PHONE}`, NAME);
    const admin = await ask('/phananh xem PA-2026-0001', dm('quan-tri'));
    expect(admin).toContain('PA-2026-0001 · thái độ phục vụ');
    expect(admin).not.toContain(PHONE);
    expect(admin).not.toContain(NAME);
  });

  it('asks for the contact in private when the case was logged in the group, and hides the name in the summary', async () => {
    await ask('/phananh hom thu Bà Trần Thị Hoa phàn nàn nhà vệ sinh khoa Nội bốc mùi; tran thi hoa goi lai nhe');
    // typed in the group by mistake: saved all the same, and its sender asked to recall the message (issue 17)
    expect(await ask(`/phananh lienhe PA-2026-0001 ${NAME} ${PHONE}`)).toMatch(
      /^Đã lưu riêng thông tin liên hệ cho PA-2026-0001[^]*thu hồi/,
    );
    await giveContact('PA-2026-0001', `${NAME} ${PHONE}`, NAME);
    // once the name is known as the complainant's, the group's views hide it, typed with or without diacritics
    const list = await ask('/phananh ds');
    expect(list).toContain('«Bà [đã ẩn] phàn nàn nhà vệ sinh khoa Nội bốc mùi; [đã ẩn] goi lai nhe»');
    expect(await ask('/phananh xem PA-2026-0001')).toContain('«Bà [đã ẩn] phàn nàn');
    expect(await ask('/phananh PA-2026-0001')).toContain('«Bà [đã ẩn] phàn nàn');
  });

  it('does not quote back words typed at the date step, where the complaint itself often lands, with its name and place', async () => {
    privacy.register({ kind: 'name', value: 'Trần Thị Mến' });
    await ask('/phananh', handler);
    await ask('1', handler); // box
    const reply = await ask('Bà Trần Thị Mến ở bản Nà Tăm phản ánh điều dưỡng khoa Nội quát mắng người bệnh', handler);
    expect(reply).toContain('Tôi không hiểu ngày vừa ghi (nội dung phản ánh sẽ hỏi ở bước sau)');
    expect(reply).not.toContain('Nà Tăm');
    // a mistyped date is still quoted, to be seen and fixed
    expect(await ask('32/13', handler)).toContain('Tôi không hiểu ngày “32/13”');
    expect(await ask('1', handler)).toContain('Nội dung phản ánh');
  });

  it('sets the SLA by channel and severity, and none for praise, which is acknowledged and never open', async () => {
    await ask('/phananh');
    await ask('2'); // hotline
    await ask('1'); // today
    await ask('Bệnh nhân cấp cứu chờ quá lâu không ai tiếp nhận');
    await ask('3');
    expect(await ask('2')).toContain('hạn xử lý thứ Sáu, 20/11/2026'); // urgent hotline: the same day
    const praise = await ask('/phananh truc tiep Cảm ơn các bác sĩ khoa Sản đã tận tình chăm sóc');
    expect(praise).toContain('PA-2026-0002 · khen ngợi · trực tiếp · không có hạn xử lý · đã ghi nhận');
    expect(praise).toContain('Lời khen đã được ghi nhận; không cần xử lý.');
    expect(praise).not.toContain('/phananh lienhe');
    expect(await ask('/phananh ds')).not.toContain('PA-2026-0002');
    expect(await ask('/xuly PA-2026-0002 đã xử lý Đã cảm ơn', handler)).toContain('PA-2026-0002 đã đóng');
  });

  it('takes an urgency word on the one-line form: an urgent hotline call is due the same day', async () => {
    const urgent = await ask('/phananh hotline khẩn Bệnh nhân cấp cứu nằm chờ ngoài hành lang không có bác sĩ');
    expect(urgent).toContain('PA-2026-0001 · khác · khẩn cấp · đường dây nóng · hạn xử lý thứ Sáu, 20/11/2026 · tiếp nhận');
    expect(urgent).toContain('«Bệnh nhân cấp cứu nằm chờ');
    expect(urgent).toContain('mức độ: khẩn cấp');
    expect(await ask('/phananh duong day nong khan cap Benh nhan nang cho chuyen vien qua lau')).toContain('hạn xử lý thứ Sáu, 20/11/2026');
    // "gặp" is the content's first word, not "gấp"
    const met = await ask('/phananh truc tiep gặp bác sĩ trực không được giải thích gì');
    expect(met).toContain('«gặp bác sĩ trực');
    expect(met).toContain('mức độ: bình thường');
  });

  it.each([
    ['/phananh hotline ok', 'Nội dung phản ánh còn trống hoặc quá ngắn'],
    ['/phananh fax Có phản ánh qua fax', 'Tôi không hiểu kênh “fax”'],
    ['/xuly PA-2026-9999 đã xử lý xong rồi', 'Không có phản ánh mã “PA-2026-9999”'],
    ['/phananh PA-2026-9999 loai ve sinh', 'Không có phản ánh mã “PA-2026-9999”'],
  ])('%s is refused with a clear answer and nothing stored', async (input, answer) => {
    const before = await t.db.counts();
    expect(await ask(input, { user: input.startsWith('/xuly') ? 'xu-ly-pa' : 'dau-moi' })).toContain(answer);
    expect(await t.db.counts()).toEqual(before);
  });

  it('keeps the day only when only the day was given: no invented time for a box letter (issue 21)', async () => {
    const intake = async (when: string, content: string) => {
      let saved = '';
      for (const answer of ['/phananh', '1', when, content, '4', '1', 'bỏ qua']) saved = await ask(answer, dm());
      return /Đã ghi sổ phản ánh (PA-\d{4}-\d{4})/.exec(saved)![1]!;
    };
    const dayOnly = await intake('18/11', 'Thư góp ý: nhà vệ sinh khoa Nhi chưa sạch');
    expect((await ask(`/phananh xem ${dayOnly}`, dm('xu-ly-pa'))).split('\n')[0]).toBe(`Phản ánh ${dayOnly}, tiếp nhận ngày 18/11/2026`);
    const timed = await intake('19/11 14:30', 'Thư góp ý: hành lang khoa Sản thiếu ghế chờ');
    expect(await ask(`/phananh xem ${timed}`, dm('xu-ly-pa'))).toMatch(
      /tiếp nhận lúc 14:30,? 19\/11\/2026|tiếp nhận lúc 19\/11\/2026 14:30/,
    );
  });

  it('reads the day a one-line intake says it came in: the deadline counts from it, the day kept without a time', async () => {
    const saved = await ask('/phananh hòm thư nhận ngày 18/11 Thư góp ý: nhà vệ sinh khoa Nhi chưa sạch');
    const code = /Đã ghi sổ phản ánh (PA-\d{4}-\d{4})/.exec(saved)![1]!;
    // a box case has 10 working days from the day received (Wed 18/11), not from the day typed (Fri 20/11)
    expect(saved).toContain('hạn xử lý thứ Tư, 02/12/2026');
    expect(saved).toContain('«Thư góp ý: nhà vệ sinh khoa Nhi chưa sạch»');
    expect((await ask(`/phananh xem ${code}`, dm('xu-ly-pa'))).split('\n')[0]).toBe(`Phản ánh ${code}, tiếp nhận ngày 18/11/2026`);
    const timed = await ask('/phananh hotline nhan ngay 19/11 14:30 bảo vệ cổng 2 thu tiền gửi xe cao hơn quy định');
    const timedCode = /Đã ghi sổ phản ánh (PA-\d{4}-\d{4})/.exec(timed)![1]!;
    expect(await ask(`/phananh xem ${timedCode}`, dm('xu-ly-pa'))).toMatch(
      /tiếp nhận lúc 14:30,? 19\/11\/2026|tiếp nhận lúc 19\/11\/2026 14:30/,
    );
    const yesterday = await ask('/phananh hotline tiep nhan hom qua người bệnh phản ánh phải chờ lâu ở quầy thu phí');
    const yesterdayCode = /Đã ghi sổ phản ánh (PA-\d{4}-\d{4})/.exec(yesterday)![1]!;
    expect(yesterday).toContain('«người bệnh phản ánh phải chờ lâu ở quầy thu phí»');
    expect((await ask(`/phananh xem ${yesterdayCode}`, dm('xu-ly-pa'))).split('\n')[0]).toBe(
      `Phản ánh ${yesterdayCode}, tiếp nhận ngày 19/11/2026`,
    );
    // a day to come is refused, nothing stored
    const before = await t.db.counts();
    expect(await ask('/phananh hòm thư nhận ngày 25/11 thư góp ý về bãi xe')).toContain('không thể ở tương lai');
    expect((await t.db.counts()).feedback_tickets).toBe(before.feedback_tickets);
    // a complaint that starts by when it happened keeps those words, and is received today
    const story = await ask('/phananh hotline ngày 15/11 tôi đưa con đi khám phải chờ 3 tiếng');
    expect(story).toContain('«ngày 15/11 tôi đưa con đi khám phải chờ 3 tiếng»');
  });

  it('refuses a received date in the future and people without the role', async () => {
    await ask('/phananh');
    await ask('1');
    expect(await ask('25/11')).toContain('không thể ở tương lai');
    const before = await t.db.counts();
    expect(await ask('/phananh hotline Phản ánh về thái độ bảo vệ', { user: 'nhan-vien' })).toContain(
      'Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh',
    );
    expect((await t.db.counts()).feedback_tickets).toBe(before.feedback_tickets);
  });
});

describe('correcting the category and severity', () => {
  it('recomputes the SLA date from the day received, starts the reminders over, and audits it', async () => {
    await ask('/phananh hom thu Khoa Ngoại không niêm yết giá dịch vụ'); // box, normal: 10 working days → 04/12
    expect(await ask('/phananh xem PA-2026-0001')).toContain('hạn xử lý thứ Sáu, 04/12/2026');
    expect(feedbackOnly(await remindersOn('2026-12-03')).map((m) => m.key)).toEqual([expect.stringMatching(/^feedback-reminder:before:/)]);
    t.clock.set('2026-11-23T10:00:00+07:00');
    const urgent = await ask('/phananh PA-2026-0001 muc khẩn');
    expect(urgent).toContain('Đã sửa PA-2026-0001: loại giá dịch vụ, BHYT, mức độ khẩn cấp.');
    // urgent box letters: one working day from Friday 20/11
    expect(urgent).toContain('hạn xử lý thứ Hai, 23/11/2026');
    expect(urgent).toContain('Hạn xử lý đã được tính lại');
    const category = await ask('/phananh PA-2026-0001 loai ve sinh moi truong', { user: 'xu-ly-pa' });
    expect(category).toContain('loại vệ sinh môi trường, mức độ khẩn cấp');
    const audit = rowsOf<{ action: string; data: { from: { severity: string }; to: { severity: string; slaDue: string } } }>(
      await t.db.db.execute(sql.raw(`select action, data from audit_log where action = 'feedback.reclassify' order by id`)),
    );
    expect(audit.map((a) => [a.data.from.severity, a.data.to.severity, a.data.to.slaDue])).toEqual([
      ['normal', 'urgent', '2026-11-23'],
      ['urgent', 'urgent', '2026-11-23'],
    ]);
    // the "before" mark of the old date is gone: the new date's ladder starts with "due" on the day
    expect(feedbackOnly(await remindersOn('2026-11-23')).map((m) => m.key)).toEqual([expect.stringMatching(/^feedback-reminder:due:/)]);
    // praise is closed as it is corrected to praise, and opened again when it is not praise after all
    expect(await ask('/phananh PA-2026-0001 loai khen ngoi')).toContain('không có hạn xử lý · đã ghi nhận');
    expect(await ask('/phananh PA-2026-0001 loai thu tuc')).toContain('· tiếp nhận');
  });

  it('refuses people who do not keep the book, an unknown word, and a change that changes nothing', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    const before = await t.db.counts();
    expect(await ask('/phananh PA-2026-0001 muc khan', { user: 'nhan-vien' })).toContain(
      'Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh',
    );
    expect(await ask('/phananh PA-2026-0001 loai bay ba')).toContain('Cách dùng: /phananh PA-2026-0001 loai');
    expect(await ask('/phananh PA-2026-0001 doi thanh khan')).toContain('Cách dùng: /phananh PA-2026-0001 loai');
    expect(await ask('/phananh PA-2026-0001 loai thai do')).toContain('PA-2026-0001 đã có đúng loại và mức độ đó');
    // a handling result says how /xuly records it, without the note typed with it (it may name people)
    const result = await ask('/phananh pa-2026-0001 xong đã gọi cho chị Lò Thị Hoa xin lỗi');
    expect(result).toBe('Kết quả xử lý ghi bằng lệnh /xuly (cán bộ xử lý phản ánh): /xuly PA-2026-0001 đã xử lý <nội dung đã xử lý>.');
    expect(await ask('pa 2026 1 đã xử lý xong, đã gọi điện giải thích cho người nhà')).toBe(result);
    // what was done, told without the words "xử lý"
    expect(await ask('PA-2026-0001 da goi dien xin loi nguoi benh, da kiem diem bac si')).toBe(result);
    expect(await ask('PA-2026-0001 đã trả lời người dân chưa?')).not.toContain('/xuly');
    // reopening or work under way, told in words, likewise
    expect(await ask('pa-2026-1 mo lai vi nguoi benh chua hai long')).toBe(
      'Kết quả xử lý ghi bằng lệnh /xuly (cán bộ xử lý phản ánh): /xuly PA-2026-0001 mở lại <nội dung đã xử lý>.',
    );
    expect(await ask('PA 2026 1 đang xử lý, đã mời người nhà lên làm việc')).toContain('/xuly PA-2026-0001 đang xử lý');
    expect(await t.db.counts()).toEqual(before);
  });
});

describe('duplicate guard', () => {
  it('asks whether a close match of the last 7 days is the same case, and links it if so', async () => {
    await ask('/phananh hotline Người nhà phản ánh chờ khám quá lâu ở khoa Nhi sáng nay');
    t.clock.advance(2 * 86_400_000);
    const question = await ask('/phananh hom thu Nguoi nha phan anh cho kham qua lau o khoa Nhi');
    expect(question).toContain('Có phải cùng một vụ việc?');
    expect(question).toContain('PA-2026-0001');
    expect(await ask('1')).toContain('Đã ghi PA-2026-0002 và gộp vào vụ việc PA-2026-0001.');
    await ask('/phananh hom thu Người nhà phản ánh chờ khám quá lâu ở khoa Nhi');
    expect(await ask('2')).toContain('Đã ghi sổ phản ánh PA-2026-0003.');
    const stats = await ask('/phananh thongke');
    expect(stats).toContain(': 2 vụ việc');
  });

  it('understands “có” and “không”, with or without diacritics, and keeps the case’s code when it asks again', async () => {
    await ask('/phananh hotline Người nhà phản ánh chờ khám quá lâu ở khoa Nhi sáng nay');
    await ask('/phananh hom thu Người nhà phản ánh chờ khám quá lâu ở khoa Nhi');
    // the auditor's path: a word the question did not expect, then "1"
    const again = await ask('hmm, để xem');
    expect(again).toContain('Có phải cùng vụ việc PA-2026-0001?');
    expect(again).toContain('1. Cùng vụ việc PA-2026-0001');
    expect(await ask('1')).toContain('Đã ghi PA-2026-0002 và gộp vào vụ việc PA-2026-0001.');
    await ask('/phananh hom thu Người nhà phản ánh chờ khám quá lâu ở khoa Nhi');
    expect(await ask('có')).toContain('Đã ghi PA-2026-0003 và gộp vào vụ việc PA-2026-0001.');
    await ask('/phananh hom thu Người nhà phản ánh chờ khám quá lâu ở khoa Nhi');
    expect(await ask('co')).toContain('gộp vào vụ việc PA-2026-0001');
    await ask('/phananh hom thu Người nhà phản ánh chờ khám quá lâu ở khoa Nhi');
    expect(await ask('khong')).toContain('Đã ghi sổ phản ánh PA-2026-0005.');
    await ask('/phananh hom thu Người nhà phản ánh chờ khám quá lâu ở khoa Nhi');
    expect(await ask('Không')).toContain('Đã ghi sổ phản ánh PA-2026-0006.');
    const linked = await Promise.all(['PA-2026-0002', 'PA-2026-0003', 'PA-2026-0004'].map((code) => t.app.store.feedback.findByCode(code)));
    const main = await t.app.store.feedback.findByCode('PA-2026-0001');
    expect(linked.map((ticket) => [ticket?.status, ticket?.duplicateOf])).toEqual(Array(3).fill(['linked', main!.id]));
  });

  it('shows the case it asks about as a group may see it: the complainant’s name hidden', async () => {
    await ask('/phananh hotline Bà Trần Thị Hoa phản ánh chờ khám quá lâu ở khoa Nhi sáng nay');
    await giveContact('PA-2026-0001', `${NAME} ${PHONE}`, NAME);
    const question = await ask('/phananh hom thu Ba Tran Thi Hoa phan anh cho kham qua lau o khoa Nhi');
    expect(question).toContain('«Bà [đã ẩn] phản ánh chờ khám');
    expect(await ask('có')).toContain('gộp vào vụ việc PA-2026-0001');
    // the duplicate names her too, typed without diacritics: the main case's contact hides it
    expect(await ask('/phananh xem PA-2026-0002')).toContain('«Ba [đã ẩn] phan anh');
  });
});

describe('/xuly', () => {
  it('moves a case along with the handler’s notes, on time or late, and can reopen it', async () => {
    await ask('/phananh hotline Bảo vệ thu tiền gửi xe cao hơn giá niêm yết');
    expect(await ask('/xuly PA-2026-0001 dang xu ly Đã liên hệ đội bảo vệ', handler)).toContain('tiếp nhận → đang xử lý');
    t.clock.set('2026-11-25T16:00:00+07:00');
    expect(await ask('/xuly PA-2026-0001 đã xử lý Đã hoàn tiền và nhắc nhở nhân viên', handler)).toContain(
      'đang xử lý → đã xử lý, đúng hạn',
    );
    expect(await ask('/xuly PA-2026-0001 đã xử lý lại', handler)).toContain('PA-2026-0001 đã đóng');
    expect(await ask('/xuly PA-2026-0001 mở lại Người nhà phản ánh tiếp', handler)).toContain('đã xử lý → đang xử lý');
    t.clock.set('2026-11-27T10:00:00+07:00');
    expect(await ask('/xuly PA-2026-0001 chuyển cơ quan khác Chuyển công an phường', handler)).toContain('chuyển cơ quan khác, trễ hạn');
    expect((await t.db.counts()).audit_log).toBeGreaterThanOrEqual(5);
  });

  it('tells the unit’s group about a case handled from a private chat', async () => {
    await ask('/phananh hotline Bảo vệ thu tiền gửi xe cao hơn giá niêm yết');
    const result = await say('/xuly PA-2026-0001 đã xử lý Đã hoàn tiền', dm('xu-ly-pa'));
    expect(result.reply?.text).toContain('tiếp nhận → đã xử lý');
    expect(result.notices.map((n) => n.chat)).toEqual(['console:nhom-bvdk']);
    expect(result.notices[0]?.message.text).toMatch(
      /cập nhật xử lý phản ánh qua tin nhắn riêng với trợ lý:\n.*PA-2026-0001.*tiếp nhận → đã xử lý/,
    );
    // typed in the group, the reply is all
    await ask('/phananh hotline Nhà vệ sinh khoa Nhi bị tắc');
    expect((await say('/xuly PA-2026-0002 đang xử lý Đã báo tổ bảo trì', handler)).notices).toEqual([]);
  });

  it('asks for the status and the note when they are missing', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    expect(await ask('/xuly PA-2026-0001', handler)).toContain('Cập nhật trạng thái của PA-2026-0001');
    expect(await ask('2', handler)).toContain('Nội dung đã xử lý');
    expect(await ask('Đã xin lỗi người bệnh', handler)).toContain('→ đã xử lý, đúng hạn');
  });

  it('offers its handler to record a handling result told in words, as written, without repeating its words', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    const offer = await ask('PA-2026-0001 đã xử lý xong, đã gọi cho chị Hoa 0912345678 xin lỗi', handler);
    expect(offer).toContain(
      'Bạn muốn ghi kết quả xử lý này (/xuly PA-2026-0001 da xu ly)? Chọn “Ghi kết quả” để lưu đúng như bạn viết làm nội dung xử lý.\n' +
        '1. Ghi kết quả (/xuly PA-2026-0001 da xu ly)\n2. Không, cảm ơn\nTrả lời 1 hoặc 2, hoặc gõ /huy để thôi.',
    );
    // the phone in the group's copy is asked to be recalled, and truly kept: the offer holds the words
    expect(offer).toContain(
      'vui lòng thu hồi tin nhắn vừa rồi vì có số điện thoại hoặc giấy tờ cá nhân; trợ lý đã lưu riêng thông tin đó.',
    );
    expect(offer).not.toMatch(/0912345678|Hoa/);
    expect(await ask('1', handler)).toContain('tiếp nhận → đã xử lý, đúng hạn');
    const notes = rowsOf<{ to: string; note: string }>(
      await t.db.db.execute(sql`select to_status as "to", note from feedback_actions order by id`),
    );
    expect(notes.at(-1)).toEqual({ to: 'resolved', note: 'đã xử lý xong, đã gọi cho chị Hoa 0912345678 xin lỗi' });
    // someone who may not record it is told how, as before
    expect(await ask('PA-2026-0001 đã xử lý xong', { user: 'dau-moi' })).toContain('Kết quả xử lý ghi bằng lệnh /xuly');
  });

  it('lets only a feedback handler close a case, and changes nothing otherwise', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    const before = await t.db.counts();
    expect(await ask('/xuly PA-2026-0001 đã xử lý xong', { user: 'dau-moi' })).toContain('Chỉ cán bộ xử lý phản ánh');
    expect(await ask('/xuly PA-2026-0001 đã xử lý xong', { user: 'lanh-dao-bvdk' })).toContain('Chỉ cán bộ xử lý phản ánh');
    expect(await t.db.counts()).toEqual(before);
  });
});

describe('a case in another unit’s group', () => {
  it('is neither shown nor changed there, even for someone who handles both units, and nothing is written', async () => {
    await ask('/phananh hotline Bảo vệ thu tiền gửi xe cao hơn giá niêm yết');
    // the BVĐK handler also handles CDC's feedback: the role passes in CDC's group, the place does not
    expect(await ask('/phanquyen xử lý phản ánh @xu-ly-pa CDC', { user: 'quan-tri', kind: 'private' })).toContain('xử lý phản ánh');
    const cdc = { user: 'xu-ly-pa', chat: 'console:nhom-cdc' };
    const before = await t.db.counts();
    const elsewhere =
      'Phản ánh PA-2026-0001 thuộc Bệnh viện Đa khoa tỉnh Lai Châu: hãy xem hoặc xử lý trong nhóm chat của đơn vị đó, hoặc nhắn riêng với trợ lý.';
    expect(await ask('/phananh xem PA-2026-0001', cdc)).toBe(elsewhere);
    expect(await ask('/phananh PA-2026-0001 loai ve sinh moi truong', cdc)).toBe(elsewhere);
    expect(await ask('/phananh PA-2026-0001 muc khan', cdc)).toBe(elsewhere);
    expect(await ask('/xuly PA-2026-0001 đã xử lý Đã hoàn tiền', cdc)).toBe(elsewhere);
    expect(await ask('/phananh xem PA-2026-0001', { user: 'lanh-dao-so', chat: 'console:nhom-cdc' })).toBe(elsewhere);
    expect(await t.db.counts()).toEqual(before);
    // in its own group and in private the same person acts on it
    expect(await ask('/phananh PA-2026-0001 muc khan', { user: 'xu-ly-pa' })).toContain('Đã sửa PA-2026-0001');
    expect(await ask('/xuly PA-2026-0001 đã xử lý Đã hoàn tiền', dm('xu-ly-pa'))).toContain('→ đã xử lý');
  });
});

describe('complaint box', () => {
  it('records openings, "0 thư" included, and says when the next is due', async () => {
    expect(await ask('/homthu')).toContain('Chưa có biên bản mở hòm thư nào.');
    expect(await ask('/homthu 0')).toContain('Đã ghi biên bản mở hòm thư ngày 20/11/2026: 0 thư (không ghi người chứng kiến).');
    expect(await ask('/homthu 3 18/11 Nguyễn Văn A, Trần Thị B')).toContain('ngày 18/11/2026: 3 thư; chứng kiến: Nguyễn Văn A, Trần Thị B');
    expect(await ask('/homthu')).toContain('Lần mở tiếp theo: 27/11/2026');
    t.clock.set('2026-12-01T09:00:00+07:00');
    expect(await ask('/homthu')).toContain('quá hạn mở 4 ngày');
    expect(await ask('/homthu nhieu')).toContain('Cách dùng: /homthu');
  });

  it('keeps the witnesses as named, without the label typed before them', async () => {
    expect(await ask('/homthu 3 chứng kiến: Nguyễn Văn A, Trần Thị B')).toBe(
      'Đã ghi biên bản mở hòm thư ngày 20/11/2026: 3 thư; chứng kiến: Nguyễn Văn A, Trần Thị B.',
    );
    expect((await t.app.store.feedback.lastBoxOpening((await t.app.store.units.findByCode('BVDK'))!.id))?.witnesses).toBe(
      'Nguyễn Văn A, Trần Thị B',
    );
    // a witness named Thu is a witness, not the word for letters
    expect(await ask('/homthu 2 thư 19/11 Nguyễn Thị Thu')).toContain('ngày 19/11/2026: 2 thư; chứng kiến: Nguyễn Thị Thu.');
  });

  it('reads an opening as people write it, and "7 ngày" as a cadence to set, changing nothing', async () => {
    expect(await ask('/homthu đã mở ngày 17/11 được 3 lá thư, chứng kiến: Lò Văn A')).toBe(
      'Đã ghi biên bản mở hòm thư ngày 17/11/2026: 3 thư; chứng kiến: Lò Văn A.',
    );
    expect(await ask('/homthu mo hom qua 2 thu')).toBe('Đã ghi biên bản mở hòm thư ngày 19/11/2026: 2 thư (không ghi người chứng kiến).');
    expect(await ask('/homthu 1 thư, 18/11, Nguyễn Văn B')).toContain('ngày 18/11/2026: 1 thư; chứng kiến: Nguyễn Văn B.');
    const before = await t.db.counts();
    expect(await ask('/homthu 7 ngay')).toContain('“7 ngày” là lịch mở hòm thư chứ không phải số thư. Đặt lịch: /homthu lich 7');
    expect(await ask('/homthu 7 ngày một lần')).toContain('/homthu lich 7');
    expect(await t.db.counts()).toEqual(before);
    // a witness whose name reads like "tuần" is a witness
    expect(await ask('/homthu 2 Tuan, Lò Văn Ngân')).toContain('2 thư; chứng kiến: Tuan, Lò Văn Ngân.');
  });

  it('refuses an opening in the future in its own words, and asks before a second opening the same day', async () => {
    const before = await t.db.counts();
    expect(await ask('/homthu 3 30/12')).toBe('Ngày mở hòm thư không thể ở tương lai. Hãy ghi ngày đã mở, ví dụ /homthu 3 20/11.');
    expect(await t.db.counts()).toEqual(before);
    await ask('/homthu 2 Nguyễn Văn A');
    const asked = await ask('/homthu 1 Nguyễn Văn A');
    expect(asked).toContain('Ngày 20/11/2026 đã có một biên bản mở hòm thư (2 thư). Ghi thêm một lần mở nữa trong ngày?');
    expect(asked).toContain('1. Ghi thêm lần mở này');
    expect(await ask('khong')).toBe('Không ghi thêm biên bản nào.');
    expect((await t.db.counts()).box_openings).toBe(before.box_openings! + 1);
    await ask('/homthu 1 Nguyễn Văn A');
    expect(await ask('có')).toContain('Đã ghi biên bản mở hòm thư ngày 20/11/2026: 1 thư');
    expect((await t.db.counts()).box_openings).toBe(before.box_openings! + 2);
  });

  it('has a cadence per unit, set by its focal point or deputy, that the reminders follow', async () => {
    await ask('/homthu 0');
    expect(await ask('/homthu lich 14')).toBe(
      'Đã đặt lịch mở hòm thư của Bệnh viện Đa khoa tỉnh Lai Châu: 14 ngày một lần. Lần mở tiếp theo: 04/12/2026.',
    );
    expect(await ask('/homthu')).toContain('Lần mở tiếp theo: 04/12/2026 (lịch: 14 ngày một lần).');
    // weekly, the default, would remind on 27/11; fortnightly reminds on 04/12
    expect(boxOnly(await remindersOn('2026-11-27')).filter((m) => m.chat === BVDK)).toEqual([]);
    expect(boxOnly(await remindersOn('2026-12-04')).filter((m) => m.chat === BVDK)).toHaveLength(1);
    expect(await ask('/homthu lich 2 tuan')).toContain('14 ngày một lần');
    expect(await ask('/homthu lich mac dinh', { user: 'pho-dau-moi' })).toContain('7 ngày một lần');
    expect(await ask('/homthu lich')).toContain('Lịch mở hòm thư của Bệnh viện Đa khoa tỉnh Lai Châu: 7 ngày một lần.');
    const before = await t.db.counts();
    expect(await ask('/homthu lich 3', { user: 'xu-ly-pa' })).toContain(
      'Lịch mở hòm thư do cán bộ đầu mối hoặc đầu mối dự phòng của đơn vị đặt',
    );
    expect(await ask('/homthu lich 3', { user: 'nhan-vien' })).toContain('Lệnh /homthu dành cho cán bộ đầu mối');
    expect(await ask('/homthu lich 3', { user: 'dau-moi-cdc', chat: 'console:nhom-bvdk' })).toContain(
      'Lệnh /homthu dành cho cán bộ đầu mối',
    );
    expect(await ask('/homthu lich 400')).toContain('từ 0 đến 366 ngày');
    expect(await ask('/homthu lich hom nao')).toContain('Cách dùng: /homthu lich');
    expect(await t.db.counts()).toEqual(before);
    expect(await ask('/homthu lich 0')).toContain('không có hòm thư góp ý');
    expect(await ask('/homthu')).toContain('Đơn vị không có lịch mở hòm thư góp ý.');
  });

  it('takes the cadence from the units CSV', async () => {
    const { rows, problems } = readUnitRows([
      ['code', 'name', 'short name', 'kind', 'parent code', 'box cadence'],
      ['BVDK', 'Bệnh viện Đa khoa tỉnh Lai Châu', 'BVĐK tỉnh', 'hospital', 'SYT', '30'],
    ]);
    expect(problems).toEqual([]);
    const planned = planUnitImport(rows, await t.app.store.units.list(), await t.app.store.feedback.boxCadences());
    expect(planned.plan.update.map((r) => r.code)).toEqual(['BVDK']);
    await applyUnitImport(t.app.store, planned.plan, null);
    expect(await ask('/homthu lich')).toContain('30 ngày một lần');
    const again = planUnitImport(rows, await t.app.store.units.list(), await t.app.store.feedback.boxCadences());
    expect(again.plan.unchanged).toBe(1);
  });
});

describe('statistics periods', () => {
  it('gives last year’s quarter and month in January, with the year written or not', async () => {
    t.clock.set('2026-12-10T09:00:00+07:00');
    await ask('/phananh hotline Bảo vệ thu tiền gửi xe cao hơn giá niêm yết');
    t.clock.set('2027-01-05T09:00:00+07:00');
    for (const period of ['quy 4/2026', 'quý IV/2026', 'quy 4', 'thang 12/2026', 'tháng 12 năm 2026', 'nam 2026']) {
      expect(await ask(`/phananh thongke ${period}`), period).toMatch(/ (quý IV|tháng 12|năm) ?\/?2026: 1 vụ việc/);
    }
    expect(await ask('/phananh thongke quy IV/2026')).toContain('quý IV/2026: 1 vụ việc');
    expect(await ask('/phananh thongke')).toContain('tháng 01/2027: 0 vụ việc');
    expect(await ask('/phananh thongke quy 9')).toContain('Cách dùng: /phananh thongke');
    // periods in words (issue 19): in January, "last quarter" and "last year" are the ones just ended
    for (const period of ['quý trước', 'quy truoc', 'năm ngoái', 'nam truoc', '6 tháng cuối năm 2026', 'tháng trước']) {
      expect(await ask(`/phananh thongke ${period}`), period).toMatch(
        / (quý IV\/2026|năm 2026|6 tháng cuối năm 2026|tháng 12\/2026): 1 vụ việc/,
      );
    }
    expect(await ask('/phananh thongke 6 thang dau nam')).toContain('6 tháng đầu năm 2027: 0 vụ việc');
  });
});

describe('SLA reminders', () => {
  it('follows the tasks’ ladder: handler and focal point before, the unit leader on the day, the leaders’ group after with the unit, each once', async () => {
    await ask(`/phananh hotline Bà Trần Thị Hoa phản ánh thái độ bác sĩ trực, số ${PHONE}`); // due Wed 25/11
    await giveContact('PA-2026-0001', NAME, NAME);
    const before = feedbackOnly(await remindersOn('2026-11-24'));
    expect(before.map((m) => m.chat)).toEqual([BVDK]);
    expect(before[0]!.text).toContain('Nhắc hạn xử lý phản ánh, @xu-ly-pa, @dau-moi');
    expect(before[0]!.text).toContain('«Bà [đã ẩn] phản ánh thái độ bác sĩ trực, số [đã ẩn]»');
    expect(feedbackOnly(await remindersOn('2026-11-24'))).toEqual([]); // the same day again: nothing twice
    t.clock.set('2026-11-25T09:00:00+07:00');
    await ask('/phananh hotline khẩn Bệnh nhân nặng chờ chuyển viện quá lâu', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' }); // CDC, due 25/11
    const onTheDay = feedbackOnly(await remindersOn('2026-11-25'));
    expect(onTheDay[0]!.text).toContain('Hôm nay là hạn xử lý các phản ánh sau, @lanh-dao-bvdk, @xu-ly-pa');
    const after = feedbackOnly(await remindersOn('2026-11-26'));
    expect(after.map((m) => m.chat)).toEqual([LEADERS]);
    expect(after[0]!.text).toContain('Báo cáo lãnh đạo Sở: 2 phản ánh đã quá hạn xử lý.');
    expect(after[0]!.text).toContain('PA-2026-0001 · BVĐK tỉnh · thái độ phục vụ');
    expect(after[0]!.text).toContain('PA-2026-0002 · CDC tỉnh · khác · khẩn cấp');
    expect(after[0]!.text).not.toContain('Trần Thị Hoa');
    expect(feedbackOnly(await remindersOn('2026-11-27'))).toEqual([]);
    await ask('/xuly PA-2026-0001 đã xử lý Đã xin lỗi', handler);
    expect(feedbackOnly(await remindersOn('2026-11-30'))).toEqual([]);
  });
});

describe('the hourly reminder run', () => {
  it('gives an urgent case logged after the morning run its "due today" notice the same day, once', async () => {
    const at = (hour: number) => new Date(`2026-11-25T${String(hour).padStart(2, '0')}:00:00+07:00`);
    await runReminders(jobDeps(), at(8));
    t.clock.set('2026-11-25T10:00:00+07:00');
    await ask('/phananh hotline khẩn Bệnh nhân nặng chờ chuyển viện quá lâu');
    const eleven = feedbackOnly(await runReminders(jobDeps(), at(11)));
    expect(eleven.map((m) => m.chat)).toEqual([BVDK]);
    expect(eleven[0]!.text).toContain('Hôm nay là hạn xử lý các phản ánh sau');
    expect(feedbackOnly(await runReminders(jobDeps(), at(12)))).toEqual([]);
  });
});

describe('a month of simulated time', () => {
  it('runs the log book for November with a holiday, box openings, reminders, a duplicate and a reopening, and the statistics match a hand count', async () => {
    const day = (d: number, h = 9) => t.clock.set(`2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+07:00`);
    const reminders: Array<{ key: string; chat: string; text: string }> = [];
    /** the reminder job every morning of the month, working day or not */
    let lastRun = 0;
    const runUpTo = async (d: number) => {
      for (let k = lastRun + 1; k <= d; k += 1) reminders.push(...(await remindersOn(`2026-11-${String(k).padStart(2, '0')}`)));
      lastRun = d;
    };
    privacy.register({ kind: 'phone', value: '84912345678' }, { kind: 'phone', value: '0987 654 321' });

    day(1, 10);
    // Friday 20/11 is announced as a day off: deadlines step over it
    expect(await ask('/ngaynghi thêm 20/11/2026 Nghỉ theo thông báo của UBND tỉnh', dm('quan-tri'))).toContain('20/11/2026');
    // Week 1
    await runUpTo(2);
    day(2);
    await ask('/phananh hotline Chờ lấy thuốc quá lâu ở quầy dược ngoại trú, gọi lại 84912345678'); // 0001 due Thu 05/11
    expect(await ask('/homthu 2 chứng kiến: Nguyễn Văn A, Trần Thị B')).toContain('02/11/2026: 2 thư');
    await runUpTo(3);
    day(3);
    await ask('/phananh hom thu Nhà vệ sinh khu khám bệnh thiếu nước'); // 0002 due Tue 17/11
    await runUpTo(4);
    day(4);
    await ask('/phananh truc tiep Cảm ơn kíp trực cấp cứu đêm 3/11'); // 0003 praise: acknowledged, no deadline
    await runUpTo(5);
    day(5, 15);
    await ask('/xuly PA-2026-0001 đã xử lý Bổ sung một quầy phát thuốc', handler); // on time (05/11)
    // Week 2
    await runUpTo(9);
    day(9);
    expect(await ask('/homthu 0')).toContain('09/11/2026: 0 thư');
    await ask('/phananh email Bệnh viện thu tiền dịch vụ cao hơn bảng giá'); // 0004 due Mon 16/11
    await runUpTo(10);
    day(10);
    await ask('/phananh cong Thủ tục nhập viện rườm rà, phải đi nhiều nơi'); // 0005 due Tue 17/11
    await runUpTo(12);
    day(12);
    await ask('/phananh hotline Ông Trần Văn Bình phản ánh điều dưỡng quát mắng bệnh nhân khoa Nội'); // 0006 due Tue 17/11
    await giveContact('PA-2026-0006', 'Ông Trần Văn Bình, 0987 654 321', 'Trần Văn Bình');
    await runUpTo(13);
    day(13);
    // the same case by letter, typed without diacritics: the group is asked, with the name hidden
    const duplicate = await ask('/phananh hom thu Ong Tran Van Binh phan anh dieu duong quat mang benh nhan khoa Noi');
    expect(duplicate).toContain('PA-2026-0006');
    expect(await ask('co')).toContain('Đã ghi PA-2026-0007 và gộp vào vụ việc PA-2026-0006.');
    // Week 3: the box is not opened on Monday 16/11 (due a week after 09/11)
    await runUpTo(16);
    day(16, 16);
    await ask('/xuly PA-2026-0004 đã xử lý Đã hoàn lại phần chênh lệch', handler); // on time (16/11)
    await runUpTo(18);
    day(18, 10);
    await ask('/xuly PA-2026-0002 đã xử lý Đã sửa đường ống nước', handler); // late (due 17/11)
    await ask('/xuly PA-2026-0006 không thuộc thẩm quyền Người phản ánh rút đơn', handler); // late (due 17/11)
    await ask('/phananh hotline khẩn Bệnh nhân cấp cứu chờ quá lâu không có bác sĩ'); // 0008 urgent: due the same day
    day(18, 16);
    await ask('/xuly PA-2026-0008 đã xử lý Đã bố trí bác sĩ trực cấp cứu', handler); // on time (18/11)
    await runUpTo(19);
    day(19);
    expect(await ask('/homthu 0 chung kien: Lo Van Sang')).toContain('19/11/2026: 0 thư; chứng kiến: Lo Van Sang');
    await ask('/phananh hotline Bảo vệ đỗ xe thu phí không có vé'); // 0009: 3 working days over the day off → Wed 25/11
    expect(await ask('/phananh xem PA-2026-0009')).toContain('hạn xử lý thứ Tư, 25/11/2026');
    // Week 4
    await runUpTo(23);
    day(23);
    await ask('/phananh hom thu Khoa Ngoại không niêm yết giá dịch vụ'); // 0010 due Mon 07/12
    await runUpTo(24);
    day(24);
    await ask('/xuly PA-2026-0004 mở lại Người bệnh báo chưa nhận được tiền', handler); // reopened past its deadline
    await runUpTo(25);
    day(25, 11);
    await ask('/xuly PA-2026-0009 chuyển cơ quan khác Chuyển công an phường', handler); // on time (25/11)
    await runUpTo(26);
    day(26);
    await ask('/xuly PA-2026-0004 đã xử lý Đã chuyển khoản hoàn tiền', handler); // closed again, now late (due 16/11)
    expect(await ask('/homthu 3 chứng kiến: Nguyễn Văn A')).toContain('26/11/2026: 3 thư');
    await runUpTo(30);
    // 0005 (due 17/11) stays open: overdue and open at the month's end.

    // Reminders, by hand: each case hears each step of its ladder once, on working days only.
    const steps = feedbackOnly(reminders).flatMap((m) =>
      [...m.text.matchAll(/PA-2026-(\d{4})/g)].map((code) => `${code[1]}:${m.key.split(':')[1]}:${m.key.split(':').at(-2)}`),
    );
    expect(steps.sort()).toEqual(
      [
        '0001:before:2026-11-04',
        '0001:due:2026-11-05',
        '0002:before:2026-11-16',
        '0002:due:2026-11-17',
        '0002:after:2026-11-18',
        '0004:before:2026-11-13',
        '0004:due:2026-11-16',
        '0004:after:2026-11-25', // reopened on 24/11, past its date: the leaders hear of it the next morning
        '0005:before:2026-11-16',
        '0005:due:2026-11-17',
        '0005:after:2026-11-18',
        '0006:before:2026-11-16',
        '0006:due:2026-11-17',
        '0006:after:2026-11-18',
        '0009:before:2026-11-24', // not 23/11: Friday 20/11 was a day off
        '0009:due:2026-11-25',
      ].sort(),
    );
    expect(
      reminders.some((m) => /2026-11-(01|07|08|14|15|20|21|22|28|29)$/.test(m.key.split(':').at(-2) ?? '') && m.key.startsWith('feedback')),
    ).toBe(false);
    // the box: reminded once when the weekly opening of 16/11 was missed, not every day after
    // the box, weekly: first asked for on 02/11, then due 09/11 and (opened 09/11) 16/11, missed and reminded once,
    // not every day after; opened 19/11, due 26/11
    expect(
      boxOnly(reminders)
        .filter((m) => m.chat === BVDK)
        .map((m) => m.key.split(':').at(-1)),
    ).toEqual(['first', '2026-11-09', '2026-11-16', '2026-11-26']);

    day(30, 17);
    const stats = await ask('/phananh thongke thang 11');
    // Hand count of the log book: 10 entries, 0007 merged into 0006, so 9 cases.
    expect(stats).toContain('tháng 11/2026: 9 vụ việc');
    expect(stats).toContain('Theo kênh: hòm thư góp ý 2 · đường dây nóng 4 · trực tiếp 1 · email 1 · cổng thông tin 1');
    expect(stats).toContain('Theo trạng thái: tiếp nhận 2 · đã xử lý 4 · chuyển cơ quan khác 1 · không thuộc thẩm quyền 1 · đã ghi nhận 1');
    // On time: 0001 (05/11 ≤ 05/11), 0008 (18/11 ≤ 18/11), 0009 (25/11 ≤ 25/11) = 3. Late: 0002, 0006 (18/11 > 17/11)
    // and 0004 (reopened, closed 26/11 > 16/11) = 3. Open and overdue: 0005 = 1. No deadline: 0003 (praise);
    // not due: 0010. 3 / (3 + 3 + 1) = 42,9 %.
    expect(stats).toContain('Tỷ lệ xử lý đúng hạn: 42,9% (đúng hạn 3, trễ hạn 3, quá hạn chưa xử lý 1)');
    expect(stats).toContain('Tồn đọng (quá hạn chưa xử lý, mọi thời điểm): 1 — PA-2026-0005');
    // A Department leader gets the same figures unit by unit (issue 21), and the table as a spreadsheet.
    const leaderStats = (await t.say('/phananh thongke thang 11', dm('lanh-dao-so'))).reply!;
    expect(leaderStats.text).toContain(
      'Theo đơn vị (nhận trong kỳ / đã xử lý xong / xong đúng hạn / quá hạn xử lý / đang mở):\n• BVĐK tỉnh: 9 / 7 / 3 / 1 / 2',
    );
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(leaderStats.files![0]!.data as unknown as ArrayBuffer);
    expect(leaderStats.files![0]!.name).toBe('thong-ke-phan-anh-2026-11-01.xlsx');
    expect(sheet.worksheets[0]!.getRow(4).values).toEqual([undefined, 1, 'Bệnh viện Đa khoa tỉnh Lai Châu', 9, 7, 3, 1, 2]);
    // The Monday digest counts the same open cases: 0005 and 0010, praise never among them.
    const digests = await runDigests(jobDeps(), new Date('2026-11-30T08:05:00+07:00'), { dryRun: true });
    for (const digest of digests) if (isGroup(digest.chat)) privacy.inspect(digest.chat, digest.text);
    const unit = digests.find((d) => d.chat === BVDK)?.text ?? '';
    expect(unit).toMatch(/Phản ánh đang mở: 2, quá hạn xử lý: 1 \(PA-2026-0005\)/);
    expect(privacy.inspected).toBeGreaterThan(40);
  });
});
