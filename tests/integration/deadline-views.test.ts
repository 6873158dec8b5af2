import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarSource } from '../../src/core/calendar/calendar-source.js';
import type { WorkingCalendar } from '../../src/core/calendar/working-calendar.js';
import { formatDateVi, isoWeekday } from '../../src/core/dates/local-date.js';
import { deadlineStatus } from '../../src/core/deadlines/deadline.js';
import { buildConsolidatedReport } from '../../src/core/reports/consolidated-report.js';
import { reportPeriod } from '../../src/core/reports/report-period.js';
import type { Translate } from '../../src/core/text/translate.js';
import { renderReportXlsx } from '../../src/exports/report-xlsx.js';
import { runDigests } from '../../src/jobs/digest.job.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * The console demo, one occurrence whose stated last day is a day off, every view: /nhiemvu (a unit's, a task's), /hanchot, the unit's
 * Monday digest, the leaders' "who has reported" list and the consolidated .xlsx must give the same effective
 * deadline (the next working day, Bộ luật Dân sự 2015 Đ.148 k.5) and the same days left. Fixed clock: Monday
 * 30/11/2026, 08:05, when the digests go out; the demo is loaded at that time.
 */
const AT = '2026-11-30T08:05:00+07:00';
const TODAY = '2026-11-30';
const TZ = 'Asia/Ho_Chi_Minh';
const CDC = { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' };
const LEADERS = 'console:nhom-lanh-dao-so';
let t: TestApp;
let vi: Translate;
let calendar: WorkingCalendar;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  vi = t.app.i18n.translator('vi');
  calendar = await t.app.calendar.current();
});
afterAll(() => t.close());

/** The line of a list (a task's two lines joined) that names the task `code`. */
function lineOf(text: string, code: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(`[${code}]`));
  if (index < 0) throw new Error(`no [${code}] in:\n${text}`);
  // /nhiemvu and /hanchot give the date on the line below the title
  return /^\s/.test(lines[index + 1] ?? 'x') ? `${lines[index]} ${lines[index + 1]}` : lines[index]!;
}

describe('one occurrence, every view', () => {
  it('gives the same effective deadline and days left in /nhiemvu, /hanchot, the digests and the consolidated .xlsx', async () => {
    // the CDC's task due on Saturday 05/12: found in the demo, and checked to be on a day off
    const report = await buildConsolidatedReport(t.app.store, {
      planCode: 'KH20-2026',
      period: reportPeriod('year', 2026),
      today: TODAY,
      timezone: TZ,
      calendar,
    });
    const cdc = report.units.find((entry) => entry.unit.name.includes('Kiểm soát bệnh tật'))!.unit;
    const row = report.units
      .flatMap((entry) => (entry.unit.id === cdc.id ? entry.rows : []))
      .find((r) => r.bucket === 'open_on_time' && r.dueDate !== null && !calendar.isWorkingDay(r.dueDate));
    expect(row, 'the demo has an open CDC occurrence whose stated last day is a day off').toBeDefined();
    const code = row!.taskCode;
    const { deadline, state } = deadlineStatus({ dueDate: row!.dueDate }, TODAY, calendar);
    expect(state.kind).toBe('upcoming');
    const daysLeft = state.kind === 'upcoming' ? state.daysLeft : -1;
    expect(deadline!.effective > deadline!.stated).toBe(true);
    const stated = formatDateVi(deadline!.stated).slice(0, 5);
    const effective = `${vi(`weekday-${isoWeekday(deadline!.effective)}`)} ${formatDateVi(deadline!.effective).slice(0, 5)}`;
    // "hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12" and "còn 7 ngày", the same everywhere
    const both = `hạn ${stated} (${vi(`weekday-${isoWeekday(deadline!.stated)}`)}) → nộp đến hết ${effective}`;
    const left = `còn ${daysLeft} ngày`;
    expect(both).toBe('hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12');

    const views: Record<string, string> = {};
    views['/nhiemvu'] = lineOf(await t.ask('/nhiemvu', CDC), code);
    views['/hanchot'] = lineOf(await t.ask('/hanchot', CDC), code);
    views[`/hanchot ${daysLeft}`] = lineOf(await t.ask(`/hanchot ${daysLeft}`, CDC), code);
    // where the one task stands: the CDC's line, in its group and in the leaders' group among every unit's
    const unitLine = (text: string) => text.split('\n').find((line) => line.startsWith('• CDC')) ?? `no CDC line in:\n${text}`;
    views[`/nhiemvu ${code}`] = unitLine(await t.ask(`/nhiemvu ${code}`, CDC));
    views[`/nhiemvu ${code} (leaders)`] = unitLine(await t.ask(`/nhiemvu ${code}`, { user: 'lanh-dao-so', chat: LEADERS }));
    const deps = { store: t.app.store, i18n: t.app.i18n, calendar: createCalendarSource(t.app.store.calendarDays), timezone: TZ };
    const digests = await runDigests(deps, new Date(AT), { dryRun: true });
    views['unit digest'] = lineOf(digests.find((m) => m.chat === CDC.chat)!.text, code);
    views['leaders digest'] = lineOf(digests.find((m) => m.chat === LEADERS)!.text, code);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderReportXlsx(report, vi)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    const cells: string[] = [];
    sheet.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      if (values[1] === cdc.name && values[2] === code)
        cells.push(values.map((v) => (v instanceof Date ? v.toISOString() : String(v))).join(' | '));
    });
    expect(cells).toHaveLength(1);
    views['.xlsx'] = cells[0]!;
    expect(views['.xlsx']).toContain(`${deadline!.stated}T00:00:00.000Z`);

    for (const [view, text] of Object.entries(views)) {
      expect(text, view).toContain(both);
      expect(text, view).toContain(left);
      // and nothing calls it late
      expect(text, view).not.toMatch(/quá hạn|trễ/i);
    }
  });
});

describe('where one task stands (/nhiemvu NV5)', () => {
  it("names who still owes it with their latest report and who has done it, on time or late, in the asker's view", async () => {
    const BVDK = { user: 'dau-moi', chat: 'console:nhom-bvdk' };
    const code = 'NV5';
    expect(await t.ask(`/baocao ${code} xong, đã gửi báo cáo số 15/BC-BV`, BVDK)).toContain('Hoàn thành');
    expect(await t.ask(`/baocao ${code} 40% đang tổng hợp số liệu các khoa`, CDC)).toContain('40%');

    const leader = await t.ask(`/nhiemvu ${code}`, { user: 'lanh-dao-so', kind: 'private' });
    const lines = leader.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^\\[${code}\\] Sơ kết`));
    expect(leader).toMatch(/^Chưa hoàn thành \(6 đơn vị\):$/m);
    expect(lines.find((line) => line.startsWith('• CDC'))).toMatch(/ · báo cáo 30\/11: 40%$/);
    expect(lines.find((line) => line.startsWith('• BV Phổi'))).toMatch(/ · chưa báo cáo$/);
    expect(lines.some((line) => line.startsWith('• BVĐK'))).toBe(false);
    expect(lines.at(-1)).toBe('Đã hoàn thành (1 đơn vị): BVĐK tỉnh (30/11/2026, đúng hạn)');

    // the unit's group: the unit alone
    expect(await t.ask(`/nhiemvu ${code.toLowerCase()}`, BVDK)).toBe(
      `${lines[0]}\nĐã hoàn thành (1 đơn vị): BVĐK tỉnh (30/11/2026, đúng hạn)`,
    );
    const cdc = await t.ask(`/nhiemvu ${code}`, CDC);
    expect(cdc).toContain('Chưa hoàn thành (1 đơn vị):');
    expect(cdc).not.toMatch(/BVĐK|BV Phổi/);
    // a code nobody follows, a task the unit was not given
    expect(await t.ask('/nhiemvu NV999', CDC)).toBe('Không có nhiệm vụ NV999 đang theo dõi. Gõ /nhiemvu để xem các nhiệm vụ đang mở.');
    expect(await t.ask('/nhiemvu NV2', { user: 'lanh-dao-so', kind: 'private' })).not.toContain('CDC');
    expect(await t.ask('/nhiemvu NV2', CDC)).toBe('Nhiệm vụ NV2 không được giao cho Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu.');
  });
});
