import ExcelJS from 'exceljs';
import { formatDateVi, type LocalDate, parts } from '../core/dates/local-date.js';
import type { ConsolidatedReport } from '../core/reports/consolidated-report.js';
import type { BucketTotals } from '../core/reports/status-bucket.js';
import type { Translate } from '../core/text/translate.js';
import {
  bucketLabel,
  evidenceDescription,
  evidenceIds,
  planReference,
  reportPeriodLabel,
  summaryLine,
  timelinessLabel,
} from './report-text.js';

// Excel counts days; a calendar day is midnight UTC, so no timezone can move it to the day before.
const excelDate = (date: LocalDate) => {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
};

const DATE_FORMAT = 'dd/mm/yyyy';
const RATE_FORMAT = '0.0%';
const BOLD = { bold: true } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const;

// Excel refuses sheet names longer than 31 characters or with any of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function styleHeader(row: ExcelJS.Row): void {
  row.font = BOLD;
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
}

/** Title lines above a table, each merged across its width. */
function headerBlock(sheet: ExcelJS.Worksheet, lines: ReadonlyArray<{ text: string; bold?: boolean; size?: number }>, width: number): void {
  for (const line of lines) {
    const row = sheet.addRow([line.text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { bold: line.bold ?? false, size: line.size ?? 11 };
    row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
    // merged cells do not grow to fit wrapped text; a long plan title gets room for two lines
    if (line.text.length > 120) row.height = 30;
  }
  sheet.addRow([]);
}

function printable(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

function addDetailSheet(workbook: ExcelJS.Workbook, report: ConsolidatedReport, t: Translate): void {
  const sheet = workbook.addWorksheet(sheetName(t('consolidated-xlsx-sheet')));
  sheet.columns = [
    { key: 'number', width: 6 },
    { key: 'unit', width: 30 },
    { key: 'code', width: 9 },
    { key: 'task', width: 50 },
    { key: 'due', width: 12, style: { numFmt: DATE_FORMAT } },
    { key: 'status', width: 24 },
    { key: 'percent', width: 11 },
    { key: 'reportDate', width: 13, style: { numFmt: DATE_FORMAT } },
    { key: 'timeliness', width: 17 },
    { key: 'text', width: 60 },
    { key: 'evidence', width: 36 },
    { key: 'evidenceIds', width: 30 },
  ];
  const width = sheet.columns.length;
  headerBlock(
    sheet,
    [
      { text: t('consolidated-xlsx-title'), bold: true, size: 14 },
      { text: planReference(t, report.plan), bold: true },
      {
        text: t('consolidated-xlsx-period', {
          period: reportPeriodLabel(t, report),
          from: formatDateVi(report.period.from),
          to: formatDateVi(report.period.to),
        }),
      },
      {
        text: t('consolidated-xlsx-as-of', {
          department: report.department?.name ?? t('consolidated-docx-department-fallback'),
          date: formatDateVi(report.today),
        }),
      },
      { text: summaryLine(t, report.totals) },
    ],
    width,
  );
  const header = sheet.addRow([
    t('consolidated-col-number'),
    t('consolidated-col-unit'),
    t('consolidated-col-code'),
    t('consolidated-col-task'),
    t('consolidated-col-due'),
    t('consolidated-col-status'),
    t('consolidated-col-percent'),
    t('consolidated-col-report-date'),
    t('consolidated-col-timeliness'),
    t('consolidated-col-report-text'),
    t('consolidated-col-evidence'),
    t('consolidated-col-evidence-ids'),
  ]);
  styleHeader(header);
  // The column titles stay in view while scrolling through hundreds of rows, and can filter them.
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
  sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: width } };
  // Printed, it is an A4 page turned landscape, every column on the page's width, the titles on each page.
  printable(sheet, header.number);

  let number = 0;
  for (const section of report.units) {
    for (const item of section.rows) {
      number += 1;
      const row = sheet.addRow({
        number,
        unit: section.unit.name,
        code: item.taskCode,
        task: item.title,
        due: item.dueDate ? excelDate(item.dueDate) : t('consolidated-due-none'),
        status: bucketLabel(t, item.bucket),
        percent: item.latestReport?.percent ?? null,
        reportDate: item.latestReport ? excelDate(item.latestReport.on) : null,
        timeliness: timelinessLabel(t, item),
        text: item.latestReport?.text ?? null,
        // what the files are and how to get them passed on (/minhchung); a platform's file id means nothing to a leader
        evidence: evidenceDescription(t, item, section.unit.code),
        evidenceIds: evidenceIds(t, item.evidence),
      });
      row.alignment = { vertical: 'top', wrapText: true };
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = BORDER;
      });
    }
  }
  if (report.units.length === 0) sheet.addRow([t('consolidated-no-rows')]);
}

const totalsCells = (totals: BucketTotals) => [
  totals.total,
  totals.doneOnTime,
  totals.doneLate,
  totals.openOnTime,
  totals.openOverdue,
  totals.noDeadline,
  totals.onTimeRate,
];

function addTotalsSheet(workbook: ExcelJS.Workbook, report: ConsolidatedReport, t: Translate): void {
  const sheet = workbook.addWorksheet(sheetName(t('consolidated-xlsx-totals-sheet')));
  sheet.columns = [
    { key: 'unit', width: 40 },
    ...['total', 'doneOnTime', 'doneLate', 'openOnTime', 'openOverdue', 'noDeadline'].map((key) => ({ key, width: 14 })),
    { key: 'rate', width: 14, style: { numFmt: RATE_FORMAT } },
  ];
  headerBlock(
    sheet,
    [
      { text: planReference(t, report.plan), bold: true },
      {
        text: t('consolidated-xlsx-period', {
          period: reportPeriodLabel(t, report),
          from: formatDateVi(report.period.from),
          to: formatDateVi(report.period.to),
        }),
      },
    ],
    sheet.columns.length,
  );
  const header = sheet.addRow([
    t('consolidated-col-unit'),
    t('consolidated-col-total'),
    t('consolidated-col-done-on-time'),
    t('consolidated-col-done-late'),
    t('consolidated-col-open-on-time'),
    t('consolidated-col-open-overdue'),
    t('consolidated-col-no-deadline'),
    t('consolidated-col-on-time-rate'),
  ]);
  styleHeader(header);
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
  printable(sheet, header.number);
  const lines = [
    ...report.units.map((section) => ({ label: section.unit.name, totals: section.totals, bold: false })),
    { label: t('consolidated-total-row'), totals: report.totals, bold: true },
  ];
  for (const line of lines) {
    const row = sheet.addRow([line.label, ...totalsCells(line.totals)]);
    if (line.bold) row.font = BOLD;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
    });
  }
}

/**
 * The consolidated report as a spreadsheet: "Tổng hợp", one row per unit × task with the status in words, the
 * latest report and whether it was on time; and "Theo đơn vị", the totals of each unit and of the whole plan.
 */
export async function renderReportXlsx(report: ConsolidatedReport, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = planReference(t, report.plan);
  addDetailSheet(workbook, report, t);
  addTotalsSheet(workbook, report, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
