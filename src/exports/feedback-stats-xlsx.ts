import ExcelJS from 'exceljs';
import type { UnitFeedbackRow } from '../core/feedback/queries.js';
import type { Translate } from '../core/text/translate.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The feedback statistics unit by unit, as a leader files them: a title, the period, then one numbered row per
 * unit (received, closed, closed on time, overdue, open) and the totals. Counts only: no case, no complainant.
 */
export async function renderFeedbackStatsXlsx(
  input: { title: string; rows: ReadonlyArray<UnitFeedbackRow & { unitName: string }> },
  t: Translate,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('feedback-xlsx-sheet').slice(0, 31));
  sheet.columns = [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 12 }];
  sheet.addRow([input.title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow([
    t('consolidated-col-number'),
    t('consolidated-col-unit'),
    t('feedback-xlsx-received'),
    t('feedback-xlsx-closed'),
    t('feedback-xlsx-on-time'),
    t('feedback-xlsx-overdue'),
    t('feedback-xlsx-open'),
  ]);
  header.font = { bold: true };
  const sum = { received: 0, closed: 0, closedOnTime: 0, overdue: 0, open: 0 };
  input.rows.forEach((row, i) => {
    sheet.addRow([i + 1, row.unitName, row.received, row.closed, row.closedOnTime, row.overdue, row.open]);
    for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += row[key];
  });
  sheet.addRow(['', t('feedback-xlsx-total'), sum.received, sum.closed, sum.closedOnTime, sum.overdue, sum.open]).font = { bold: true };
  for (let n = header.number; n <= sheet.rowCount; n += 1) {
    sheet.getRow(n).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
