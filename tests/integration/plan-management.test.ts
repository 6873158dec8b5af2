import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { weekendOnlyCalendar } from '../../src/core/calendar/working-calendar.js';
import { formatDateVi } from '../../src/core/dates/local-date.js';
import { materializeOccurrences } from '../../src/core/plans/materialize.js';
import { auditLog, outbox, reports } from '../../src/db/schema/index.js';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Issue 18 items 6 and 7: a saved plan can be read, corrected, cut down and archived; units are told of new tasks.
const AT = '2026-11-23T09:00:00+07:00';
const TODAY = '2026-11-23';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
});

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
const privately = (user: string) => ({ user, chat: `console:dm-${user}`, kind: 'private' as const });
// what goes to a unit's group passes the privacy guard (no complainant's contact ever does)
const guard = new PrivacyGuard();
const ADMIN = privately('quan-tri');
const unitId = async (code: string) => (await t.app.store.units.findByCode(code))!.id;
/** The task's occurrences for one unit: period, due date, status. */
async function occurrencesOf(taskId: number, unitCode: string) {
  const rows = await t.db.db.execute(
    sql`select o.period, o.due_date::text as "dueDate", o.status from occurrences o join assignments a on a.id = o.assignment_id
        where a.task_id = ${taskId} and a.unit_id = ${await unitId(unitCode)} order by o.id`,
  );
  return rowsOf<{ period: string; dueDate: string | null; status: string }>(rows);
}
const outboxTo = async (chat: string) =>
  (await t.db.db.select().from(outbox).where(eq(outbox.chatRef, chat))).map((m) => String(m.payload.text));
/** Everything a failed change must leave alone. */
async function snapshot() {
  const counts = await t.db.counts();
  const tasks = await t.db.db.execute(sql`select id, title, rule, recipient, removed_at from tasks order by id`);
  const occ = await t.db.db.execute(sql`select id, status, due_date from occurrences order by id`);
  const { conversation_states: _c, identities: _i, members: _m, ...rest } = counts;
  return { rest, tasks: rowsOf(tasks), occ: rowsOf(occ) };
}

describe('/kehoach: reading the plans', () => {
  it('lists the plans with their task, open and overdue counts to any member, counted in the units they see', async () => {
    const whole = await t.ask('/kehoach', ADMIN);
    expect(whole).toContain('• KH20-2026 — KH 20/KH-SYT năm 2026 (ví dụ): 5 nhiệm vụ, 21 lượt đang mở, 6 quá hạn');
    const list = await t.ask('/kehoach', privately('dau-moi'));
    expect(list.split('\n')[0]).toBe('Các kế hoạch đang theo dõi (5):');
    // a hospital's focal point counts the hospital's work, not the Department's
    expect(list).toContain('• KH20-2026 — KH 20/KH-SYT năm 2026 (ví dụ): 5 nhiệm vụ, 3 lượt đang mở, 1 quá hạn');
    expect(list).toContain('Xem một kế hoạch: /kehoach <mã kế hoạch>.');
  });

  it('shows a plan by its code or by words of its title, with or without diacritics', async () => {
    const shown = await t.ask('/kehoach kh20-2026', privately('dau-moi'));
    expect(shown.split('\n')[0]).toMatch(/^Kế hoạch KH20-2026: Học tập và làm theo/);
    expect(shown).toContain('Số: 20/KH-SYT · Cơ quan ban hành: Sở Y tế tỉnh Lai Châu · Năm: 2026 · 5 nhiệm vụ');
    expect(shown).toContain('[NV3] Xây dựng kế hoạch truyền thông');
    expect(shown).toContain('   Đơn vị (1): CDC');
    expect(shown).toContain('   Hạn: chậm nhất ngày 28/11/2026');
    // a focal point is not shown how administrators edit
    expect(shown).not.toContain('Quản trị viên sửa');
    expect(await t.ask('/kehoach', ADMIN)).toContain('KH20-2026');
    const byWords = await t.ask('/kehoach dan van', privately('dau-moi'));
    expect(byWords.split('\n')[0]).toMatch(/^Kế hoạch DANVAN-2026:/);
    expect(await t.ask('/kehoach dân vận', ADMIN)).toContain('Quản trị viên sửa: /kehoach sua NV…');
    // "xem" as people write it
    expect((await t.ask('/kehoach xem KH20-2026', privately('dau-moi'))).split('\n')[0]).toMatch(/^Kế hoạch KH20-2026:/);
    expect((await t.ask('/kehoach xem', privately('dau-moi'))).split('\n')[0]).toMatch(/^Các kế hoạch đang theo dõi/);
  });

  it('says on which working day a deadline that falls on a day off really ends, in the plan and after a change', async () => {
    // Saturday 19/12/2026: it ends on Monday 21/12, as /nhiemvu says
    const reply = await t.ask('/kehoach sua NV3 han chậm nhất ngày 19/12/2026', ADMIN);
    expect(reply).toContain('Hạn: chậm nhất ngày 19/12/2026; hạn 19/12 (thứ Bảy) → nộp đến hết thứ Hai 21/12');
    expect(await t.ask('/kehoach KH20-2026', ADMIN)).toContain('hạn 19/12 (thứ Bảy) → nộp đến hết thứ Hai 21/12');
    expect(await t.ask('/nhiemvu', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' })).toContain(
      'hạn 19/12 (thứ Bảy) → nộp đến hết thứ Hai 21/12',
    );
  });

  it('answers an unknown plan politely with the plans there are', async () => {
    expect(await t.ask('/kehoach KH999-2031', ADMIN)).toBe(
      'Không có kế hoạch “KH999-2031”. Các kế hoạch đang có: KH20-2026, DANVAN-2026, CT30-2026, QTUX-2026, CCHC-2026.',
    );
  });
});

describe('/kehoach sửa: correcting a saved task', () => {
  it('renames a task, sets its recipient, audited', async () => {
    const reply = await t.ask('/kehoach sửa NV3 tên Xây dựng kế hoạch truyền thông về thái độ phục vụ', ADMIN);
    expect(reply.split('\n')[0]).toBe('Đã sửa tên của nhiệm vụ NV3 (kế hoạch KH20-2026):');
    expect(reply).toContain('[NV3] Xây dựng kế hoạch truyền thông về thái độ phục vụ');
    const recipient = await t.ask('/kehoach sua nv3 nguoinhan Phòng Nghiệp vụ Y', ADMIN);
    expect(recipient).toContain('Gửi báo cáo về: Phòng Nghiệp vụ Y');
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'plan.task.change'));
    expect(audit.map((a) => (a.data as { field: string }).field)).toEqual(['title', 'recipient']);
    expect(audit[0]!.data).toMatchObject({ task: 'NV3', after: 'Xây dựng kế hoạch truyền thông về thái độ phục vụ' });
  });

  it("takes a change written after the plan's code, only for that plan's tasks and only from an administrator", async () => {
    const reply = await t.ask('/kehoach KH20-2026 sua NV3 ten Kế hoạch truyền thông thái độ phục vụ', ADMIN);
    expect(reply.split('\n')[0]).toBe('Đã sửa tên của nhiệm vụ NV3 (kế hoạch KH20-2026):');
    // NV16 is another plan's: nothing changes
    const before = await t.ask('/kehoach CCHC-2026', ADMIN);
    expect(await t.ask('/kehoach KH20-2026 sua NV16 ten Tên khác', ADMIN)).toBe(
      'NV16 không thuộc kế hoạch KH20-2026. Xem các nhiệm vụ của kế hoạch: /kehoach KH20-2026.',
    );
    expect(await t.ask('/kehoach KH20-2026 bo NV16', ADMIN)).toContain('NV16 không thuộc kế hoạch KH20-2026');
    expect(await t.ask('/kehoach CCHC-2026', ADMIN)).toBe(before);
    expect(await t.ask('/kehoach KH20-2026 sua NV3 ten Tên khác', privately('dau-moi'))).toContain('Chỉ quản trị viên');
    // words of a title that hold a verb are still a search for a plan, open to any member
    expect(await t.ask('/kehoach KH sua chua', privately('dau-moi'))).toContain('Không có kế hoạch “KH sua chua”');
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'plan.task.change'));
    expect(audit).toHaveLength(1);
  });

  it('changes a deadline: open occurrences follow the new rule, closed ones and reports stay', async () => {
    const [open] = await occurrencesOf(3, 'CDC');
    expect(open).toEqual({ period: 'once', dueDate: '2026-11-28', status: 'open' });
    const occurrence = (await t.app.store.plans.openOccurrences({ unitIds: [await unitId('CDC')], taskIds: [3] }))[0]!;
    await t.app.store.reports.add({
      occurrenceId: occurrence.occurrenceId,
      reporterId: null,
      percent: 40,
      status: 'in_progress',
      text: 'đang soạn',
      sourceMessageId: null,
    });
    const reply = await t.ask('/kehoach sua NV3 han chậm nhất ngày 15/12/2026', ADMIN);
    expect(reply).toContain('Đã sửa hạn của nhiệm vụ NV3 (kế hoạch KH20-2026):');
    expect(reply).toContain('Hạn: chậm nhất ngày 15/12/2026');
    expect(reply).not.toContain('đã qua');
    // the same period, re-dated: the report stays on it
    expect(await occurrencesOf(3, 'CDC')).toEqual([{ period: 'once', dueDate: '2026-12-15', status: 'open' }]);
    expect((await t.db.db.select().from(reports)).some((r) => r.occurrenceId === occurrence.occurrenceId)).toBe(true);
    // a quarterly rule: the once-off occurrence (reported on) is cancelled, the quarter's opened
    const quarterly = await t.ask('/kehoach sua NV3 han trước ngày 20 của tháng cuối quý', ADMIN);
    expect(quarterly).toContain('Đã sửa hạn');
    const rows = await occurrencesOf(3, 'CDC');
    expect(rows).toContainEqual({ period: 'once', dueDate: '2026-12-15', status: 'cancelled' });
    expect(rows).toContainEqual({ period: '2026-Q4', dueDate: '2026-12-19', status: 'open' });
    expect(await t.db.db.select().from(reports).where(eq(reports.occurrenceId, occurrence.occurrenceId))).toHaveLength(1);
  });

  it('dates "trong 10 ngày làm việc kể từ ngày ký" from the plan’s signing on the Department’s calendar', async () => {
    // KH20-2026 was signed on 07/02/2026; Tết falls within the ten working days after it
    const due = (await t.app.calendar.current()).addWorkingDays('2026-02-07', 10);
    expect(due).not.toBe(weekendOnlyCalendar.addWorkingDays('2026-02-07', 10));
    const reply = await t.ask('/kehoach sua NV3 han trong 10 ngay lam viec ke tu ngay ky', ADMIN);
    expect(reply).toContain('Đã sửa hạn của nhiệm vụ NV3 (kế hoạch KH20-2026):');
    expect(reply).toContain(`Hạn: chậm nhất ngày ${formatDateVi(due)}`);
    // a day long past: said, since the task is overdue at once
    expect(reply).toContain(`Lưu ý: hạn này (${formatDateVi(due)}) đã qua, nên nhiệm vụ quá hạn ngay.`);
    expect(await occurrencesOf(3, 'CDC')).toEqual([{ period: 'once', dueDate: due, status: 'open' }]);
  });

  it('gives a task to other units: new ones get an occurrence and one message in their group, the old one stops', async () => {
    const reply = await t.ask('/kehoach sua NV3 donvi BVDK, BVYHCT', ADMIN);
    expect(reply).toContain('Đã sửa đơn vị thực hiện của nhiệm vụ NV3 (kế hoạch KH20-2026):');
    expect(reply).toContain('Đơn vị (2): BVDK, BVYHCT');
    expect(reply).toContain('Đã báo 2 nhóm của các đơn vị mới được giao.');
    expect(await occurrencesOf(3, 'BVDK')).toEqual([{ period: 'once', dueDate: '2026-11-28', status: 'open' }]);
    expect(await occurrencesOf(3, 'CDC')).toEqual([{ period: 'once', dueDate: '2026-11-28', status: 'cancelled' }]);
    const [message, ...more] = await outboxTo('console:nhom-bvdk');
    expect(more).toEqual([]);
    expect(message).toBe(
      [
        '📋 Bệnh viện Đa khoa tỉnh Lai Châu được giao 1 nhiệm vụ mới:',
        '• [NV3] Xây dựng kế hoạch truyền thông "Đổi mới tác phong, thái độ phục vụ của viên chức y tế" — hạn: 30/11/2026',
        'Báo cáo tiến độ: /baocao <mã nhiệm vụ> <phần trăm> <nội dung>, ví dụ: /baocao NV3 50% đang triển khai.',
      ].join('\n'),
    );
    guard.inspect('console:nhom-bvdk', message!);
    guard.assertClean();
    // the materializing job does not bring the task back to CDC
    await materializeOccurrences(t.app.store, TODAY);
    expect(await occurrencesOf(3, 'CDC')).toEqual([{ period: 'once', dueDate: '2026-11-28', status: 'cancelled' }]);
    expect((await t.ask('/nhiemvu CDC', ADMIN)).includes('NV3')).toBe(false);
  });

  it('refuses bad input politely and changes nothing', async () => {
    const before = await snapshot();
    expect(await t.ask('/kehoach sua NV999 ten Gì đó', ADMIN)).toBe(
      'Không có nhiệm vụ NV999 (hoặc nhiệm vụ đã bị bỏ). Xem mã nhiệm vụ bằng /kehoach <mã kế hoạch>.',
    );
    expect(await t.ask('/kehoach sua NV3 donvi Bệnh viện Sao Hỏa', ADMIN)).toMatch(
      /^Không tìm thấy đơn vị nào ứng với “Bệnh viện Sao Hỏa”, nên chưa sửa gì\./,
    );
    expect(await t.ask('/kehoach sua NV3 han khi nào rảnh thì làm', ADMIN)).toMatch(
      /^Chưa đọc được hạn từ “khi nào rảnh thì làm”, nên chưa sửa gì\./,
    );
    expect(await t.ask('/kehoach sua NV3', ADMIN)).toMatch(/^Cách sửa: \/kehoach sua NV7 ten/);
    expect(await t.ask('/kehoach sua NV3 mau xanh', ADMIN)).toMatch(/^Cách sửa:/);
    // not an administrator
    expect(await t.ask('/kehoach sua NV3 ten Tên khác', privately('dau-moi'))).toContain('Chỉ quản trị viên mới sửa');
    expect(await t.ask('/kehoach bo NV3', privately('dau-moi'))).toContain('Chỉ quản trị viên mới sửa');
    expect(await snapshot()).toEqual(before);
  });
});

describe('/kehoach bỏ and lưu trữ: with a yes first', () => {
  it('removes a task after "Có": open occurrences cancelled, reports kept, gone from the plan', async () => {
    const occurrence = (await t.app.store.plans.openOccurrences({ unitIds: [await unitId('CDC')], taskIds: [3] }))[0]!;
    await t.app.store.reports.add({
      occurrenceId: occurrence.occurrenceId,
      reporterId: null,
      percent: 30,
      status: 'in_progress',
      text: 'đang làm',
      sourceMessageId: null,
    });
    const ask = await t.ask('/kehoach bỏ NV3', ADMIN);
    expect(ask).toMatch(/^Bỏ nhiệm vụ NV3 “Xây dựng kế hoạch truyền thông[^”]*” của kế hoạch KH20-2026\?/);
    expect(await t.ask('không', ADMIN)).toBe('Đã thôi, không thay đổi gì.');
    expect(await occurrencesOf(3, 'CDC')).toEqual([{ period: 'once', dueDate: '2026-11-28', status: 'open' }]);
    await t.ask('/kehoach bo nv3', ADMIN);
    expect(await t.ask('có', ADMIN)).toMatch(/^Đã bỏ nhiệm vụ NV3 “.*”: hủy 1 lượt hạn đang mở; báo cáo đã gửi vẫn được giữ\.$/);
    expect(await occurrencesOf(3, 'CDC')).toEqual([{ period: 'once', dueDate: '2026-11-28', status: 'cancelled' }]);
    expect(await t.db.db.select().from(reports).where(eq(reports.occurrenceId, occurrence.occurrenceId))).toHaveLength(1);
    expect(await t.ask('/kehoach KH20-2026', ADMIN)).not.toContain('[NV3]');
    expect(await t.ask('/kehoach', ADMIN)).toContain('• KH20-2026 — KH 20/KH-SYT năm 2026 (ví dụ): 4 nhiệm vụ, 20 lượt đang mở');
    expect(await t.ask('/kehoach sua NV3 ten Lại', ADMIN)).toMatch(/^Không có nhiệm vụ NV3/);
    const audit = await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'plan.task.remove'));
    expect(audit).toHaveLength(1);
  });

  it('archives a plan after "Có": hidden from the list, no open occurrence left, none opened again', async () => {
    expect(await t.ask('/kehoach lưu trữ CCHC-2026', ADMIN)).toMatch(/^Lưu trữ kế hoạch CCHC-2026 “.*”\? 15 lượt hạn đang mở sẽ bị hủy/);
    expect(await t.ask('Có', ADMIN)).toBe('Đã lưu trữ kế hoạch CCHC-2026: hủy 15 lượt hạn đang mở, không còn nhắc hạn.');
    expect(await t.ask('/kehoach', ADMIN)).not.toContain('CCHC-2026');
    expect(await t.ask('/kehoach tatca', ADMIN)).toContain(
      '• CCHC-2026 — KH tuyên truyền CCHC năm 2026 (ví dụ): 3 nhiệm vụ, 0 lượt đang mở, 0 quá hạn (đã lưu trữ)',
    );
    expect(await t.ask('/kehoach CCHC-2026', ADMIN)).toContain('(Kế hoạch này đã được lưu trữ: không còn nhắc hạn.)');
    const archived = await t.ask('/kehoach tất cả CCHC-2026', ADMIN);
    expect(archived).toContain('(Kế hoạch này đã được lưu trữ: không còn nhắc hạn.)');
    const task = /\[(NV\d+)\]/.exec(archived)![1]!;
    expect(await t.ask(`/kehoach sua ${task} ten Khác`, ADMIN)).toBe(`Nhiệm vụ ${task} thuộc kế hoạch đã lưu trữ nên không sửa được.`);
    t.clock.set('2027-02-10T09:00:00+07:00');
    await materializeOccurrences(t.app.store, '2027-02-10');
    const open = await t.db.db.execute(
      sql`select count(*)::int as n from occurrences o join assignments a on a.id = o.assignment_id join tasks k on k.id = a.task_id
          join plans p on p.id = k.plan_id where p.code = 'CCHC-2026' and o.status = 'open'`,
    );
    expect(rowsOf<{ n: number }>(open)[0]!.n).toBe(0);
    expect(await t.ask('/kehoach luutru CCHC-2026', ADMIN)).toBe('Kế hoạch CCHC-2026 đã được lưu trữ từ trước.');
  });
});

describe('units are told of their new tasks', () => {
  it('a plan saved in chat sends each unit group one message with its tasks, first deadlines and /baocao', async () => {
    const text = `Số: 45/KH-SYT                    Lai Châu, ngày 12 tháng 10 năm 2026

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2026

II. NỘI DUNG
1. Giám sát, báo cáo dịch
- Trung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch sốt xuất huyết hằng tháng, gửi về Sở Y tế trước ngày 5 của tháng sau.
2. Truyền thông
- Các đơn vị trực thuộc tổ chức chiến dịch diệt lăng quăng, bọ gậy chậm nhất ngày 15/12/2026.
`;
    expect(await t.ask(`/nhapkehoach ${text}`, ADMIN)).toContain('Lưu kế hoạch và 2 nhiệm vụ?');
    expect(await t.ask('Lưu', ADMIN)).toMatch(/^Đã lưu kế hoạch/);
    const cdc = await outboxTo('console:nhom-cdc');
    expect(cdc).toHaveLength(1);
    expect(cdc[0]).toMatch(/^📋 Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu có 2 nhiệm vụ mới theo kế hoạch 45\/KH-SYT:\n/);
    expect(cdc[0]).toMatch(/• \[NV\d+\] .*sốt xuất huyết.* — hạn: 0\d\/12\/2026/);
    expect(cdc[0]).toMatch(/• \[NV\d+\] .*diệt lăng quăng.* — hạn: 15\/12\/2026/);
    expect(cdc[0]).toMatch(/ví dụ: \/baocao NV\d+ 50% đang triển khai\.$/);
    const bvdk = await outboxTo('console:nhom-bvdk');
    expect(bvdk).toHaveLength(1);
    expect(bvdk[0]).toContain('có 1 nhiệm vụ mới');
    for (const message of [...cdc, ...bvdk]) guard.inspect('unit group', message);
    guard.assertClean();
    expect(guard.inspected).toBeGreaterThan(0);
    // the leaders' group is not a unit's group
    expect(await outboxTo('console:nhom-lanh-dao-so')).toEqual([]);
  });
});

const DENGUE = (tasks: string) => `Số: 45/KH-SYT                    Lai Châu, ngày 12 tháng 10 năm 2026

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2026

II. NỘI DUNG
${tasks}
`;
const FIRST = DENGUE(`1. Giám sát, báo cáo dịch
- Trung tâm Kiểm soát bệnh tật tỉnh báo cáo tình hình dịch sốt xuất huyết hằng tháng, gửi về Sở Y tế trước ngày 5 của tháng sau.
2. Truyền thông
- Các đơn vị trực thuộc tổ chức chiến dịch diệt lăng quăng, bọ gậy chậm nhất ngày 15/12/2026.`);
const CORRECTED = DENGUE(`1. Truyền thông
- Các đơn vị trực thuộc tổ chức chiến dịch diệt lăng quăng, bọ gậy chậm nhất ngày 20/12/2026.
2. Điều trị
- Các bệnh viện tập huấn phác đồ điều trị sốt xuất huyết chậm nhất ngày 10/12/2026.`);

describe('replacing a saved plan by a corrected version', () => {
  it('in chat: "thay thế" shows what is added, removed and changed, and a yes applies it keeping reports', async () => {
    await t.ask(`/nhapkehoach ${FIRST}`, ADMIN);
    const saved = await t.ask('Lưu', ADMIN);
    const code = /^Đã lưu kế hoạch (\S+):/.exec(saved)![1]!;
    const before = await t.ask(`/kehoach ${code}`, ADMIN);
    const campaign = Number(/\[NV(\d+)\] Tổ chức chiến dịch diệt lăng quăng/.exec(before)![1]);
    const monthly = Number(/\[NV(\d+)\] .*tình hình dịch sốt xuất huyết/.exec(before)![1]);
    const [open] = await t.app.store.plans.openOccurrences({ unitIds: [await unitId('BVDK')], taskIds: [campaign] });
    await t.app.store.reports.add({
      occurrenceId: open!.occurrenceId,
      reporterId: null,
      percent: 60,
      status: 'in_progress',
      text: 'đã phát động',
      sourceMessageId: null,
    });
    await t.db.db.delete(outbox);

    const offer = await t.ask(`/nhapkehoach ${CORRECTED}`, ADMIN);
    expect(offer).toContain(`Kế hoạch này đã được nhập trước đây (mã ${code}); không nhập lại.`);
    expect(offer).toContain('trả lời “thay thế” để xem những gì sẽ thay đổi');
    const counts = await snapshot();
    const diff = await t.ask('thay the', ADMIN);
    expect(diff).toContain(`Thay thế kế hoạch ${code}: thêm 1, bỏ 1, sửa 1, giữ nguyên 0 nhiệm vụ.`);
    expect(diff).toContain(`− Bỏ: [NV${monthly}]`);
    expect(diff).toContain(`~ Sửa: [NV${campaign}] Tổ chức chiến dịch diệt lăng quăng`);
    expect(diff).toContain('   hạn: chậm nhất ngày 15/12/2026 → chậm nhất ngày 20/12/2026');
    expect(diff).toMatch(/\+ Thêm: Tập huấn phác đồ điều trị sốt xuất huyết — chậm nhất ngày 10\/12\/2026 → BVDK/);
    expect(await snapshot()).toEqual(counts);
    const done = await t.ask('có', ADMIN);
    expect(done).toMatch(
      new RegExp(`^Đã thay thế kế hoạch ${code}: thêm 1, bỏ 1, sửa 1 nhiệm vụ; đã báo \\d+ nhóm đơn vị về nhiệm vụ mới\\.$`),
    );

    // the campaign keeps its code, its occurrence (re-dated) and its report
    expect(await occurrencesOf(campaign, 'BVDK')).toEqual([{ period: 'once', dueDate: '2026-12-20', status: 'open' }]);
    expect(await t.db.db.select().from(reports).where(eq(reports.occurrenceId, open!.occurrenceId))).toHaveLength(1);
    expect((await occurrencesOf(monthly, 'CDC')).every((o) => o.status === 'cancelled')).toBe(true);
    const after = await t.ask(`/kehoach ${code}`, ADMIN);
    expect(after).not.toContain(`[NV${monthly}]`);
    expect(after).toContain('Tập huấn phác đồ điều trị sốt xuất huyết');
    const bvdk = await outboxTo('console:nhom-bvdk');
    expect(bvdk).toHaveLength(1);
    expect(bvdk[0]).toContain('Tập huấn phác đồ điều trị sốt xuất huyết — hạn: 10/12/2026');
    expect(await t.db.db.select().from(auditLog).where(eq(auditLog.action, 'plan.replace'))).toHaveLength(1);
  });

  it('in chat: "hủy" or "không" changes nothing', async () => {
    await t.ask(`/nhapkehoach ${FIRST}`, ADMIN);
    await t.ask('Lưu', ADMIN);
    const counts = await snapshot();
    await t.ask(`/nhapkehoach ${CORRECTED}`, ADMIN);
    expect(await t.ask('hủy', ADMIN)).toBe('Đã hủy, không lưu gì.');
    await t.ask(`/nhapkehoach ${CORRECTED}`, ADMIN);
    await t.ask('thay thế', ADMIN);
    expect(await t.ask('không', ADMIN)).toBe('Đã hủy, không lưu gì.');
    expect(await snapshot()).toEqual(counts);
  });
});
