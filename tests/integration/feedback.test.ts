import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Friday 20/11/2026, 09:00 in Việt Nam.
const AT = '2026-11-20T09:00:00+07:00';
const PHONE = '0912 345 678';
const EMAIL = 'hoa.tran@gmail.com';

let t: TestApp;
/** Everything the bot said in a group during a test: the privacy check reads it all. */
let groupTexts: string[] = [];

async function say(text: string, options: Parameters<TestApp['say']>[1] = {}) {
  const result = await t.say(text, options);
  const inGroup = (options.kind ?? 'group') === 'group';
  if (inGroup && result.reply) groupTexts.push(result.reply.text);
  for (const notice of result.notices) if (notice.chat && !notice.chat.includes(':dm-')) groupTexts.push(notice.message.text);
  return result;
}
const ask = async (text: string, options: Parameters<TestApp['say']>[1] = {}) => (await say(text, options)).reply?.text ?? '';

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.reset();
  t.clock.set(AT);
  groupTexts = [];
  await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' });
});
afterEach(() => {
  // The complainant's phone and e-mail never reach a group, whatever the test did.
  for (const text of groupTexts) {
    expect(text).not.toContain(PHONE.replace(/ /g, ''));
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(EMAIL);
  }
});

describe('/phananh intake', () => {
  it('logs a hotline call on one line with a yearly code and an SLA of 3 working days, hiding the phone in the group', async () => {
    const result = await say(`/phananh đường dây nóng Người nhà phản ánh chờ khám quá lâu ở khoa Nhi, gọi lại số ${PHONE}`);
    expect(result.reply?.text).toContain('Đã ghi sổ phản ánh PA-2026-0001.');
    expect(result.reply?.text).toContain('PA-2026-0001 · thủ tục hành chính · đường dây nóng · hạn xử lý thứ Tư, 25/11/2026 · tiếp nhận');
    expect(result.reply?.text).toContain('gọi lại số [đã ẩn]');
    // the handler hears about it in private, with the content as written
    const handler = result.notices.find((n) => n.member !== undefined);
    expect(handler?.message.text).toContain(PHONE);
    expect(await ask('/phananh hotline Lại thêm một phản ánh khác về bãi gửi xe thu tiền')).toContain('PA-2026-0002');
  });

  it('walks the guided intake in private, keeping the complainant’s contact apart', async () => {
    const dm = { kind: 'private' as const };
    expect(await ask('/phananh', dm)).toContain('Phản ánh nhận qua kênh nào?');
    expect(await ask('hom thu', dm)).toContain('Nhận phản ánh khi nào?');
    expect(await ask('19/11 15:00', dm)).toContain('Nội dung phản ánh');
    expect(await ask('Điều dưỡng khoa Nội quát mắng người bệnh lúc thay băng', dm)).toContain('Thuộc loại nào?');
    expect(await ask('1', dm)).toContain('Mức độ?');
    expect(await ask('1', dm)).toContain('Thông tin liên hệ của người phản ánh');
    const saved = await ask(`Trần Thị Hoa, ${PHONE}, ${EMAIL}`, dm);
    expect(saved).toContain('PA-2026-0001 · thái độ phục vụ · hòm thư góp ý · hạn xử lý thứ Năm, 03/12/2026');
    // a handler reads the whole case in private; the focal point in private and anyone in the group do not
    const full = await ask('/phananh xem PA-2026-0001', { user: 'xu-ly-pa', kind: 'private' });
    expect(full).toContain(`Người phản ánh: Trần Thị Hoa · ${PHONE} · ${EMAIL}`);
    expect(await ask('/phananh xem PA-2026-0001', dm)).not.toContain(PHONE);
    expect(await ask('/phananh xem PA-2026-0001', { user: 'xu-ly-pa' })).not.toContain(PHONE);
    expect(await ask('/phananh xem PA-2026-0001', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' })).toContain('không có vai trò');
  });

  it('asks for the contact in private when the case was logged in the group, and hides the name in the summary', async () => {
    await ask('/phananh hom thu Bà Trần Thị Hoa phàn nàn nhà vệ sinh khoa Nội bốc mùi');
    expect(await ask(`/phananh lienhe PA-2026-0001 Trần Thị Hoa ${PHONE}`)).toContain('chỉ gửi qua tin nhắn riêng');
    expect(await ask(`/phananh lienhe PA-2026-0001 Trần Thị Hoa ${PHONE}`, { kind: 'private' })).toContain('Đã lưu riêng thông tin liên hệ');
    // once the name is known as the complainant's, the group's views hide it
    const list = await ask('/phananh ds');
    expect(list).toContain('«Bà [đã ẩn] phàn nàn nhà vệ sinh khoa Nội bốc mùi»');
    expect(list).not.toContain('Trần Thị Hoa');
  });

  it('sets the SLA by channel and severity, and none for praise', async () => {
    await ask('/phananh');
    await ask('2'); // hotline
    await ask('1'); // today
    await ask('Bệnh nhân cấp cứu chờ quá lâu không ai tiếp nhận');
    await ask('3');
    expect(await ask('2')).toContain('hạn xử lý thứ Sáu, 20/11/2026'); // urgent hotline: the same day
    expect(await ask('/phananh truc tiep Cảm ơn các bác sĩ khoa Sản đã tận tình chăm sóc')).toContain('khen ngợi · trực tiếp · không có hạn xử lý');
  });

  it.each([
    ['/phananh hotline ok', 'Nội dung phản ánh còn trống hoặc quá ngắn'],
    ['/phananh fax Có phản ánh qua fax', 'Tôi không hiểu kênh “fax”'],
    ['/xuly PA-2026-9999 đã xử lý xong rồi', 'Không có phản ánh mã “PA-2026-9999”'],
  ])('%s is refused with a clear answer and nothing stored', async (input, answer) => {
    const before = await t.db.counts();
    expect(await ask(input, { user: input.startsWith('/xuly') ? 'xu-ly-pa' : 'dau-moi' })).toContain(answer);
    expect(await t.db.counts()).toEqual(before);
  });

  it('refuses a received date in the future and people without the role', async () => {
    await ask('/phananh');
    await ask('1');
    expect(await ask('25/11')).toContain('không thể ở tương lai');
    const before = await t.db.counts();
    expect(await ask('/phananh hotline Phản ánh về thái độ bảo vệ', { user: 'nhan-vien' })).toContain('Chỉ cán bộ đầu mối, đầu mối dự phòng hoặc cán bộ xử lý phản ánh');
    expect((await t.db.counts()).feedback_tickets).toBe(before.feedback_tickets);
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
});

describe('/xuly', () => {
  it('moves a case along with the handler’s notes, on time or late, and can reopen it', async () => {
    await ask('/phananh hotline Bảo vệ thu tiền gửi xe cao hơn giá niêm yết');
    expect(await ask('/xuly PA-2026-0001 dang xu ly Đã liên hệ đội bảo vệ', { user: 'xu-ly-pa' })).toContain('tiếp nhận → đang xử lý');
    t.clock.set('2026-11-25T16:00:00+07:00');
    expect(await ask('/xuly PA-2026-0001 đã xử lý Đã hoàn tiền và nhắc nhở nhân viên', { user: 'xu-ly-pa' })).toContain('đang xử lý → đã xử lý, đúng hạn');
    expect(await ask('/xuly PA-2026-0001 đã xử lý lại', { user: 'xu-ly-pa' })).toContain('PA-2026-0001 đã đóng');
    expect(await ask('/xuly PA-2026-0001 mở lại Người nhà phản ánh tiếp', { user: 'xu-ly-pa' })).toContain('đã xử lý → đang xử lý');
    t.clock.set('2026-11-27T10:00:00+07:00');
    expect(await ask('/xuly PA-2026-0001 chuyển cơ quan khác Chuyển công an phường', { user: 'xu-ly-pa' })).toContain('chuyển cơ quan khác, trễ hạn');
    expect((await t.db.counts()).audit_log).toBeGreaterThanOrEqual(5);
  });

  it('asks for the status and the note when they are missing', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    expect(await ask('/xuly PA-2026-0001', { user: 'xu-ly-pa' })).toContain('Cập nhật trạng thái của PA-2026-0001');
    expect(await ask('2', { user: 'xu-ly-pa' })).toContain('Nội dung đã xử lý');
    expect(await ask('Đã xin lỗi người bệnh', { user: 'xu-ly-pa' })).toContain('→ đã xử lý, đúng hạn');
  });

  it('lets only a feedback handler close a case, and changes nothing otherwise', async () => {
    await ask('/phananh hotline Phàn nàn về thái độ nhân viên thu ngân');
    const before = await t.db.counts();
    expect(await ask('/xuly PA-2026-0001 đã xử lý xong', { user: 'dau-moi' })).toContain('Chỉ cán bộ xử lý phản ánh');
    expect(await ask('/xuly PA-2026-0001 đã xử lý xong', { user: 'lanh-dao-bvdk' })).toContain('Chỉ cán bộ xử lý phản ánh');
    expect(await t.db.counts()).toEqual(before);
  });
});

describe('complaint box', () => {
  it('records openings, "0 thư" included, and says when the next is due', async () => {
    expect(await ask('/homthu')).toContain('Chưa có biên bản mở hòm thư nào.');
    expect(await ask('/homthu 0')).toContain('Đã ghi biên bản mở hòm thư ngày 20/11/2026: 0 thư');
    expect(await ask('/homthu 3 18/11 Nguyễn Văn A, Trần Thị B')).toContain('ngày 18/11/2026: 3 thư; chứng kiến: Nguyễn Văn A, Trần Thị B');
    expect(await ask('/homthu')).toContain('Lần mở tiếp theo: 27/11/2026');
    t.clock.set('2026-12-01T09:00:00+07:00');
    expect(await ask('/homthu')).toContain('quá hạn mở 4 ngày');
    expect(await ask('/homthu 3 30/12')).toContain('không thể ở tương lai');
    expect(await ask('/homthu nhieu')).toContain('Cách dùng: /homthu');
  });
});

describe('a month of simulated time', () => {
  it('gives the statistics a hand count gives', async () => {
    const day = (d: number, h = 9) => t.clock.set(`2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+07:00`);
    const handler = { user: 'xu-ly-pa' };
    // Week 1
    day(2);
    await ask('/phananh hotline Chờ lấy thuốc quá lâu ở quầy dược ngoại trú'); // 0001 due Thu 05/11
    day(3);
    await ask('/phananh hom thu Nhà vệ sinh khu khám bệnh thiếu nước'); // 0002 due Tue 17/11
    day(4);
    await ask('/phananh truc tiep Cảm ơn kíp trực cấp cứu đêm 3/11'); // 0003 praise, no deadline
    day(5, 15);
    await ask('/xuly PA-2026-0001 đã xử lý Bổ sung một quầy phát thuốc', handler); // on time (05/11)
    // Week 2
    day(9);
    await ask('/phananh email Bệnh viện thu tiền dịch vụ cao hơn bảng giá'); // 0004 due Mon 16/11
    day(10);
    await ask('/phananh cong Thủ tục nhập viện rườm rà, phải đi nhiều nơi'); // 0005 due Tue 17/11
    day(12);
    await ask('/phananh hotline Điều dưỡng quát mắng bệnh nhân khoa Nội'); // 0006 due Tue 17/11
    // Week 3
    day(16, 16);
    await ask('/xuly PA-2026-0004 đã xử lý Đã hoàn lại phần chênh lệch', handler); // on time (16/11)
    day(18, 10);
    await ask('/xuly PA-2026-0002 đã xử lý Đã sửa đường ống nước', handler); // late (due 17/11)
    await ask('/xuly PA-2026-0006 không thuộc thẩm quyền Người phản ánh rút đơn', handler); // late (due 17/11)
    day(19);
    await ask('/phananh hotline Bảo vệ đỗ xe thu phí không có vé'); // 0007 due Tue 24/11
    // Week 4
    day(24, 11);
    await ask('/xuly PA-2026-0007 chuyển cơ quan khác Chuyển công an phường', handler); // on time (24/11)
    day(26);
    await ask('/phananh hom thu Khoa Ngoại không niêm yết giá dịch vụ'); // 0008 due Thu 10/12
    // 0005 (due 17/11) stays open: overdue and open at the month's end.

    day(30, 17);
    const stats = await ask('/phananh thongke thang 11');
    expect(stats).toContain('tháng 11/2026: 8 vụ việc');
    expect(stats).toContain('Theo kênh: hòm thư góp ý 2 · đường dây nóng 3 · trực tiếp 1 · email 1 · cổng thông tin 1');
    expect(stats).toContain('Theo trạng thái: tiếp nhận 3 · đã xử lý 3 · chuyển cơ quan khác 1 · không thuộc thẩm quyền 1');
    // Hand count: closed on time 0001, 0004, 0007 = 3; closed late 0002, 0006 = 2; open overdue 0005 = 1;
    // 0003 (praise) has no deadline and 0008 is not due yet. 3 / (3 + 2 + 1) = 50 %.
    expect(stats).toContain('Tỷ lệ xử lý đúng hạn: 50% (đúng hạn 3, trễ hạn 2, quá hạn chưa xử lý 1)');
    expect(stats).toContain('Tồn đọng (quá hạn chưa xử lý, mọi thời điểm): 1 — PA-2026-0005');
  });
});

describe('SLA reminders', () => {
  it('reminds the handler in the unit’s group the working day before and on the day, and tells the leaders after, without the phone', async () => {
    const { runReminders } = await import('../../src/jobs/reminders.job.js');
    const deps = { store: t.app.store, i18n: t.app.i18n, calendar: t.app.calendar, timezone: 'Asia/Ho_Chi_Minh' };
    await ask(`/phananh hotline Người nhà phản ánh thái độ bác sĩ trực, số ${PHONE}`); // due Wed 25/11
    const feedbackOnly = (messages: Array<{ key: string; chat: string; text: string }>) => messages.filter((m) => m.key.startsWith('feedback-reminder:'));
    const before = feedbackOnly(await runReminders(deps, new Date('2026-11-24T08:00:00+07:00')));
    expect(before.map((m) => m.chat)).toEqual(['console:nhom-bvdk']);
    expect(before[0]!.text).toContain('Nhắc hạn xử lý phản ánh, @xu-ly-pa');
    expect(before[0]!.text).toContain('PA-2026-0001');
    const onTheDay = feedbackOnly(await runReminders(deps, new Date('2026-11-25T08:00:00+07:00')));
    expect(onTheDay[0]!.text).toContain('Hôm nay là hạn xử lý các phản ánh sau');
    const after = feedbackOnly(await runReminders(deps, new Date('2026-11-26T08:00:00+07:00')));
    expect(after.map((m) => m.chat)).toEqual(['console:nhom-lanh-dao-so']);
    expect(after[0]!.text).toContain('một phản ánh đã quá hạn xử lý');
    groupTexts.push(...before.map((m) => m.text), ...onTheDay.map((m) => m.text), ...after.map((m) => m.text));
    await ask('/xuly PA-2026-0001 đã xử lý Đã xin lỗi', { user: 'xu-ly-pa' });
    expect(feedbackOnly(await runReminders(deps, new Date('2026-11-27T08:00:00+07:00')))).toEqual([]);
  });
});
