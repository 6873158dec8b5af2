import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proposePlanFromData } from '../../src/core/plans/import/plan-file.js';
import { savePlanProposal } from '../../src/core/plans/import/save-plan.js';
import { materializeOccurrences } from '../../src/core/plans/materialize.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026: the demo's task due "this week" has Friday 27/11 as its last day.
const AT = '2026-11-23T09:00:00+07:00';
const ADMIN = { user: 'quan-tri', kind: 'private' as const };

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  t.clock.set(AT);
  await t.resetDemo();
});

describe('/ngaynghi', () => {
  it("lists the year's public holidays, Tết and Giỗ Tổ by the lunar calendar", async () => {
    const text = await t.ask('/ngaynghi 2026', ADMIN);
    expect(text).toContain('Ngày nghỉ và ngày làm bù năm 2026:');
    expect(text).toContain('17/02/2026 · Tết Nguyên đán · nghỉ, theo Bộ luật Lao động');
    expect(text).toContain('26/04/2026 · Giỗ Tổ Hùng Vương');
    expect(text).toContain('27/04/2026 · Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(text).toContain('02/09/2026 · Quốc khánh');
    // the current year when none is given
    expect(await t.ask('/ngaynghi', ADMIN)).toBe(text);
  });

  it('an announced day off moves a last day to the next working day (Đ.148 k.5), from the next message on', async () => {
    expect(await t.ask('/nhiemvu')).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày) ·');

    const set = await t.ask('/ngaynghi thêm 27/11/2026 Nghỉ theo thông báo của UBND tỉnh', ADMIN);
    expect(set).toBe('Đã ghi 27/11/2026 là ngày nghỉ: Nghỉ theo thông báo của UBND tỉnh. Hạn chót tính theo lịch mới ngay từ bây giờ.');
    // before the change: "nộp chậm nhất thứ Năm, 26/11/2026 (còn 3 ngày)", an announced day off pulled it forward
    expect(await t.ask('/nhiemvu')).toContain('hạn 27/11 (Nghỉ theo thông báo của UBND tỉnh) → nộp đến hết thứ Hai 30/11 (còn 7 ngày)');

    // a make-up Saturday is a working day: the last day ends with it; removing the note restores the date
    expect(await t.ask('/ngaynghi làm bù 28/11/2026 Làm bù cho ngày 27/11', ADMIN)).toContain('ngày làm việc (làm bù)');
    expect(await t.ask('/nhiemvu')).toContain('hạn 27/11 (Nghỉ theo thông báo của UBND tỉnh) → nộp đến hết thứ Bảy 28/11 (còn 5 ngày)');
    expect(await t.ask('/ngaynghi xóa 27/11/2026', ADMIN)).toBe(
      'Đã xóa ghi chú ngày 27/11/2026 (Nghỉ theo thông báo của UBND tỉnh); ngày này tính lại theo lịch thường.',
    );
    expect(await t.ask('/nhiemvu')).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày) ·');
    expect(await t.ask('/ngaynghi 2026', ADMIN)).toContain('28/11/2026 · Làm bù cho ngày 27/11 · ngày làm việc (làm bù), theo thông báo');
  });

  it('re-dates the open deadlines counted in working days when a day off is added or removed, not the closed ones', async () => {
    const units = await t.app.store.units.list();
    const proposal = proposePlanFromData(
      {
        title: 'Báo cáo tiêm chủng',
        year: 2026,
        tasks: [
          {
            title: 'Báo cáo tiêm chủng tháng',
            rule: { kind: 'after_period', period: 'month', offset: 5, unit: 'working_days' },
            assign: ['BVDK'],
          },
        ],
      },
      { units, referenceDate: '2026-11-23' },
    );
    if (!proposal.ok) throw new Error('bad plan');
    await savePlanProposal(t.app.store, proposal.proposal, {
      sourceText: null,
      today: '2026-11-23',
      calendar: await t.app.calendar.current(),
      actorId: null,
    });
    // November ends on Monday 30/11; five working days after: 1, 2, 3, 4 and 7 December
    expect(await t.ask('/hanchot 30')).toContain('hạn thứ Hai, 07/12/2026');
    const set = await t.ask('/ngaynghi thêm 02/12/2026 Nghỉ theo thông báo', ADMIN);
    expect(set).toContain('Đã tính lại hạn chót của 1 lượt nhiệm vụ đang mở có hạn tính theo ngày làm việc.');
    const moved = await t.ask('/hanchot 30');
    expect(moved).toContain('Báo cáo tiêm chủng tháng\n   hạn thứ Ba, 08/12/2026');
    expect(moved).not.toContain('07/12/2026');
    expect(await t.ask('/ngaynghi xóa 02/12/2026', ADMIN)).toContain('Đã tính lại hạn chót của 1 lượt');
    expect(await t.ask('/hanchot 30')).toContain('Báo cáo tiêm chủng tháng\n   hạn thứ Hai, 07/12/2026');
    // once done, an occurrence keeps the date it was judged against
    const code = /\[(NV\d+)\] Báo cáo tiêm chủng tháng/.exec(await t.ask('/nhiemvu'))![1]!;
    expect(await t.ask(`/baocao ${code} xong đã gửi báo cáo tháng 11`)).toContain('hoàn thành đúng hạn');
    expect(await t.ask('/ngaynghi thêm 03/12/2026 Nghỉ theo thông báo', ADMIN)).not.toContain('Đã tính lại');
    const result = await t.db.db.execute(
      sql.raw(
        "select o.period, o.due_date::text as due, o.status from occurrences o join assignments a on a.id = o.assignment_id join tasks k on k.id = a.task_id where k.title = 'Báo cáo tiêm chủng tháng' order by o.period",
      ),
    );
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    expect(rows).toEqual([
      { period: '2026-11', due: '2026-12-07', status: 'done' },
      // the next month's, opened by the closing report: 31/12 + 5 working days, 1/1 being a holiday
      { period: '2026-12', due: '2027-01-08', status: 'open' },
    ]);
  });

  it('the daily job re-dates them too when the table was changed some other way', async () => {
    const units = await t.app.store.units.list();
    const proposal = proposePlanFromData(
      {
        title: 'Báo cáo quý',
        year: 2026,
        tasks: [{ title: 'Báo cáo giám sát quý', deadline: 'trong 5 ngày làm việc sau khi kết thúc quý', assign: ['BVDK'] }],
      },
      { units, referenceDate: '2026-11-23' },
    );
    if (!proposal.ok) throw new Error('bad plan');
    await savePlanProposal(t.app.store, proposal.proposal, {
      sourceText: null,
      today: '2026-11-23',
      calendar: await t.app.calendar.current(),
      actorId: null,
    });
    // Q4 ends on Thursday 31/12; 1/1 is a holiday: 4, 5, 6, 7 and 8 January
    expect(await t.ask('/hanchot 60')).toContain('Báo cáo giám sát quý\n   hạn thứ Sáu, 08/01/2027');
    await t.app.store.calendarDays.upsert({ date: '2027-01-04', kind: 'day_off', name: 'Nghỉ bù' });
    await materializeOccurrences(t.app.store, '2026-11-24', await t.app.calendar.current());
    expect(await t.ask('/hanchot 60')).toContain('Báo cáo giám sát quý\n   hạn thứ Hai, 11/01/2027');
  });

  it('refuses what is not a day, a name or a note, and changes nothing', async () => {
    const before = await t.db.counts();
    expect(await t.ask('/ngaynghi thêm 31/02/2026 Nghỉ', ADMIN)).toBe(
      '“31/02/2026” không phải một ngày hợp lệ; hãy ghi dạng 13/02/2026 (từ năm 2000 đến 2100).',
    );
    expect(await t.ask('/ngaynghi thêm 30/12/2026', ADMIN)).toBe('Cần ghi tên hoặc lý do của ngày này, ví dụ “Nghỉ bù Tết”.');
    expect(await t.ask('/ngaynghi xóa 01/01/2027', ADMIN)).toBe('Ngày 01/01/2027 chưa có ghi chú nào để xóa.');
    // a day off on a day already off, a make-up day on a working day: said so, nothing stored
    expect(await t.ask('/ngaynghi thêm 13/12/2026 Nghỉ', ADMIN)).toBe(
      'Ngày 13/12/2026 đã là ngày nghỉ cuối tuần: không cần ghi thêm, lịch không thay đổi. Nếu ngày này là ngày làm bù, dùng /ngaynghi làm bù 13/12/2026 <tên>.',
    );
    expect(await t.ask('/ngaynghi thêm 02/09/2026 Nghỉ lễ', ADMIN)).toBe(
      'Ngày 02/09/2026 đã là ngày nghỉ lễ theo Bộ luật Lao động (Quốc khánh): không cần ghi thêm, lịch không thay đổi.',
    );
    expect(await t.ask('/ngaynghi làm bù 15/12/2026 Làm bù', ADMIN)).toBe(
      'Ngày 15/12/2026 đã là ngày làm việc: không cần ghi ngày làm bù, lịch không thay đổi.',
    );
    expect(await t.ask('/ngaynghi thêm', ADMIN)).toContain('Lệnh chưa đúng cú pháp');
    expect(await t.ask('/ngaynghi năm-nay', ADMIN)).toContain('Lệnh chưa đúng cú pháp');
    const { identities: _a, members: _b, ...afterRest } = await t.db.counts();
    const { identities: _c, members: _d, ...beforeRest } = before;
    expect(afterRest).toEqual(beforeRest);
  });

  it('is for administrators only', async () => {
    const before = (await t.db.counts()).calendar_days;
    expect(await t.ask('/ngaynghi thêm 30/12/2026 Nghỉ', { user: 'dau-moi' })).toContain('Chỉ quản trị viên mới dùng được lệnh /ngaynghi');
    expect((await t.db.counts()).calendar_days).toBe(before);
  });
});

describe('the calendar source', () => {
  it('keeps one calendar while the table is unchanged and rebuilds it after any change, from any writer', async () => {
    const first = await t.app.calendar.current();
    expect(await t.app.calendar.current()).toBe(first);
    expect(first.isWorkingDay('2026-12-31')).toBe(true);
    // written straight to the table, as the command line or another replica would
    await t.app.store.calendarDays.upsert({ date: '2026-12-31', kind: 'day_off', name: 'Nghỉ cuối năm' });
    const second = await t.app.calendar.current();
    expect(second).not.toBe(first);
    expect(second.isWorkingDay('2026-12-31')).toBe(false);
    expect(second.dayOffName('2026-12-31')).toEqual({ announced: 'Nghỉ cuối năm' });
    await t.app.store.calendarDays.upsert({ date: '2026-12-31', kind: 'working_day', name: 'Đi làm' });
    expect((await t.app.calendar.current()).isWorkingDay('2026-12-31')).toBe(true);
    await t.app.store.calendarDays.remove('2026-12-31');
    expect((await t.app.calendar.current()).dayOffName('2026-12-31')).toBeNull();
  });
});
