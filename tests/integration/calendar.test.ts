import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
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
  await t.db.reset();
  t.clock.set(AT);
  await loadDemo(t.app.store, { clock: t.clock, timezone: 'Asia/Ho_Chi_Minh' });
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

  it('an announced day off moves a due date to the working day before, from the next message on', async () => {
    expect(await t.ask('/nhiemvu')).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày) ·');

    const set = await t.ask('/ngaynghi thêm 27/11/2026 Nghỉ theo thông báo của UBND tỉnh', ADMIN);
    expect(set).toBe('Đã ghi 27/11/2026 là ngày nghỉ: Nghỉ theo thông báo của UBND tỉnh. Hạn chót tính theo lịch mới ngay từ bây giờ.');
    expect(await t.ask('/nhiemvu')).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày) — ngày nghỉ (Nghỉ theo thông báo của UBND tỉnh), nộp trước thứ Năm, 26/11/2026');

    // a Saturday made a working day does not move anything earlier; removing the note restores the date
    expect(await t.ask('/ngaynghi làm bù 28/11/2026 Làm bù cho ngày 27/11', ADMIN)).toContain('ngày làm việc (làm bù)');
    expect(await t.ask('/ngaynghi xóa 27/11/2026', ADMIN)).toBe('Đã xóa ghi chú ngày 27/11/2026 (Nghỉ theo thông báo của UBND tỉnh); ngày này tính lại theo lịch thường.');
    expect(await t.ask('/nhiemvu')).toContain('hạn thứ Sáu, 27/11/2026 (còn 4 ngày) ·');
    expect(await t.ask('/ngaynghi 2026', ADMIN)).toContain('28/11/2026 · Làm bù cho ngày 27/11 · ngày làm việc (làm bù), theo thông báo');
  });

  it('refuses what is not a day, a name or a note, and changes nothing', async () => {
    const before = await t.db.counts();
    expect(await t.ask('/ngaynghi thêm 31/02/2026 Nghỉ', ADMIN)).toBe('“31/02/2026” không phải một ngày hợp lệ; hãy ghi dạng 13/02/2026 (từ năm 2000 đến 2100).');
    expect(await t.ask('/ngaynghi thêm 30/12/2026', ADMIN)).toBe('Cần ghi tên hoặc lý do của ngày này, ví dụ “Nghỉ bù Tết”.');
    expect(await t.ask('/ngaynghi xóa 01/01/2027', ADMIN)).toBe('Ngày 01/01/2027 chưa có ghi chú nào để xóa.');
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
    expect(second.dayOffName('2026-12-31')).toBe('Nghỉ cuối năm');
    await t.app.store.calendarDays.upsert({ date: '2026-12-31', kind: 'working_day', name: 'Đi làm' });
    expect((await t.app.calendar.current()).isWorkingDay('2026-12-31')).toBe(true);
    await t.app.store.calendarDays.remove('2026-12-31');
    expect((await t.app.calendar.current()).dayOffName('2026-12-31')).toBeNull();
  });
});
