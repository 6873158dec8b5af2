import { getPriority } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
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
});
