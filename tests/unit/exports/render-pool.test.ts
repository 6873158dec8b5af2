import { getPriority } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConsolidatedReport, ConsolidatedUnit } from '../../../src/core/reports/consolidated-report.js';
import { totalsOf } from '../../../src/core/reports/status-bucket.js';
import { createRenderPool, RENDER_NICENESS } from '../../../src/exports/render-pool.js';
import { createLogger } from '../../../src/logger.js';
import { projectRoot } from '../../../src/paths.js';

const pool = createRenderPool({ localesDir: path.join(projectRoot, 'locales'), defaultLocale: 'vi', logger: createLogger('silent') });
afterAll(() => pool.close());

describe('the file renderer', () => {
  it('draws a spreadsheet in its own process, at a lower priority than the bot, and ends when closed', async () => {
    expect(pool.pid()).toBeNull();
    const [file] = await pool.render({
      kind: 'feedback-stats',
      title: 'Thống kê phản ánh tháng 11/2026',
      fileName: 'thong-ke-phan-anh-2026-11-01.xlsx',
      rows: [],
      locale: 'vi',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.data as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell('A1').text).toContain('Thống kê phản ánh tháng 11/2026');
    const pid = pool.pid();
    expect(pid).not.toBeNull();
    expect(pid).not.toBe(process.pid);
    expect(getPriority(pid!)).toBe(Math.min(19, getPriority() + RENDER_NICENESS));
    await pool.close();
    expect(pool.pid()).toBeNull();
    expect(() => process.kill(pid!, 0)).toThrow();
  });

  it('draws a large report sent in parts whole, in its units’ order, and keeps two jobs’ parts apart', async () => {
    const unit = (n: number, prefix: string): ConsolidatedUnit => {
      const code = `${prefix}${String(n).padStart(3, '0')}`;
      const row = {
        occurrenceId: n,
        taskId: 1,
        taskCode: 'NV1',
        title: 'Báo cáo kết quả thực hiện',
        period: '2026-Q4',
        dueDate: '2026-12-15',
        deadline: null,
        bucket: 'open_on_time' as const,
        completedOn: null,
        daysLate: null,
        daysLeft: 9,
        latestReport: null,
        evidenceCount: 0,
        evidence: [],
      };
      return { unit: { id: n, code, name: `Đơn vị ${code}`, shortName: null }, rows: [row], totals: totalsOf([row]) };
    };
    const report = (prefix: string, count: number): ConsolidatedReport => {
      const units = Array.from({ length: count }, (_, i) => unit(i + 1, prefix));
      return {
        plan: {
          id: 1,
          symbol: '99/KH-SYT',
          code: 'KH99',
          title: 'Kế hoạch thử',
          shortTitle: null,
          issuer: null,
          issuedOn: null,
          year: 2026,
        },
        period: { length: 'quarter', year: 2026, number: 4, from: '2026-10-01', to: '2026-12-31' },
        today: '2026-12-06',
        timezone: 'Asia/Ho_Chi_Minh',
        department: null,
        departmentLeader: null,
        units,
        totals: totalsOf(units.flatMap((u) => u.rows)),
        taskCount: 1,
      } as ConsolidatedReport;
    };
    const unitNames = async (data: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
      const names: string[] = [];
      for (const sheet of workbook.worksheets)
        sheet.eachRow((row) => row.eachCell((cell) => /^Đơn vị [AB]\d{3}$/.test(cell.text) && names.push(cell.text)));
      return [...new Set(names)];
    };
    // 70 units go in three parts; 30 in two: both at once, so that their parts interleave
    const [[big], [small]] = await Promise.all([
      pool.render({ kind: 'consolidated', format: 'xlsx', report: report('A', 70), locale: 'vi' }),
      pool.render({ kind: 'consolidated', format: 'xlsx', report: report('B', 30), locale: 'vi' }),
    ]);
    expect(await unitNames(big!.data)).toEqual(Array.from({ length: 70 }, (_, i) => `Đơn vị A${String(i + 1).padStart(3, '0')}`));
    expect(await unitNames(small!.data)).toEqual(Array.from({ length: 30 }, (_, i) => `Đơn vị B${String(i + 1).padStart(3, '0')}`));
  });
});
