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
 * The console demo, one occurrence whose stated last day is a day off, every view: /nhiemvu, /hanchot, the unit's
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
