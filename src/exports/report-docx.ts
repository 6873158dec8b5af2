import { AlignmentType, Document, Packer, type Paragraph, type Table } from 'docx';
import { formatDateVi, parts } from '../core/dates/local-date.js';
import type { ConsolidatedReport, ConsolidatedRow, ConsolidatedUnit } from '../core/reports/consolidated-report.js';
import type { BucketTotals } from '../core/reports/status-bucket.js';
import type { Translate } from '../core/text/translate.js';
import {
  administrativeDay,
  administrativeMonth,
  centered,
  type CellContent,
  dataTable,
  DOCUMENT_STYLES,
  layoutTable,
  PAGE,
  pageNumberHeaders,
  paragraph,
  rule,
  run,
  TEXT_WIDTH,
} from './docx/administrative.js';
import { bucketLabel, dueLabel, evidenceKinds, planReference, rateLabel, reportPeriodLabel } from './report-text.js';

export interface ReportDocxOptions {
  /**
   * the superior body above the issuer, e.g. "UBND TỈNH LAI CHÂU"; default: from the Department's name ("Sở Y
   * tế tỉnh Lai Châu" → "UBND TỈNH LAI CHÂU"); null: no such line
   */
  governingBody?: string | null;
  /** the issuer's name in the header; default: "SỞ Y TẾ" under a superior body, else the Department's name in capitals */
  issuer?: string;
  /** the issuer's abbreviation in the number, "Số: …/BC-SYT"; default SYT */
  issuerCode?: string;
  /** the place before the date; default: the province in the Department's name ("Sở Y tế tỉnh Lai Châu" → "Lai Châu") */
  place?: string;
  /** the "Nơi nhận" lines; default: the locale's list */
  recipients?: readonly string[];
  /**
   * who signs: title lines (default "GIÁM ĐỐC"; "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" for a deputy), and the name;
   * default: the Department's leader when the bot knows exactly one, else a dotted line to write it on
   */
  signer?: { title?: string; name?: string };
}

const HEADER_LEFT = 4000;
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
const SIGNATURE_LEFT = 4600;
const SIGNATURE_RIGHT = TEXT_WIDTH - SIGNATURE_LEFT;
// Room inside a cell once its margins are taken off, for centring the short rules.
const CELL_INSET = 216;

/** "Sở Y tế tỉnh Lai Châu" → "Lai Châu"; "Sở Y tế Hà Nội" → "Hà Nội". */
export function provinceOf(departmentName: string): string | null {
  const rest = departmentName
    .trim()
    .replace(/^sở y tế\s*/iu, '')
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '')
    .trim();
  return rest.length > 0 ? rest : null;
}

/**
 * The header lines NĐ 30 asks for, read from the Department's name: "Sở Y tế tỉnh Lai Châu" is issued as "SỞ Y
 * TẾ" under "UBND TỈNH LAI CHÂU", from "Lai Châu". A name of another shape keeps its own words, with no
 * superior body guessed.
 */
// not \b: JavaScript's word boundary knows only ASCII letters, and "tế" ends in one it does not
const DEPARTMENT_OF_HEALTH = /^sở y tế(\s|$)/iu;

export function administrativeNames(departmentName: string): { governingBody: string | null; issuer: string; place: string | null } {
  const name = departmentName.trim().replace(/\s+/g, ' ');
  const match = /^sở y tế (tỉnh|thành phố|tp\.?) (.+)$/iu.exec(name);
  if (!match) return { governingBody: null, issuer: name.toLocaleUpperCase('vi'), place: provinceOf(name) };
  const kind = match[1]!.toLocaleLowerCase('vi') === 'tỉnh' ? 'tỉnh' : 'thành phố';
  return { governingBody: `UBND ${kind} ${match[2]}`.toLocaleUpperCase('vi'), issuer: 'SỞ Y TẾ', place: match[2]! };
}

function headerBlock(report: ConsolidatedReport, t: Translate, options: ReportDocxOptions): Table {
  const department = report.department?.name ?? t('consolidated-docx-department-fallback');
  const derived = administrativeNames(department);
  const governingBody = options.governingBody === undefined ? derived.governingBody : options.governingBody;
  // Under a superior body the Department is named without its province, as that body already says it.
  const issuer =
    options.issuer ?? (governingBody && DEPARTMENT_OF_HEALTH.test(department.trim()) ? 'SỞ Y TẾ' : department.toLocaleUpperCase('vi'));
  const place = options.place ?? derived.place ?? t('consolidated-docx-place-unknown');
  const { year, month, day } = parts(report.today);
  const agency: Paragraph[] = [
    ...(governingBody ? [centered(governingBody, { size: 13 })] : []),
    centered(issuer, { size: 13, bold: true }),
    rule(1300, HEADER_LEFT - CELL_INSET),
  ];
  const nation: Paragraph[] = [
    centered(t('consolidated-docx-nation'), { size: 12, bold: true }),
    centered(t('consolidated-docx-motto'), { size: 13, bold: true }),
    rule(3300, HEADER_RIGHT - CELL_INSET),
  ];
  // The number and the place and date share a row, so they stand level whether or not a superior body is named.
  const number = [centered(t('consolidated-docx-number', { code: options.issuerCode ?? 'SYT' }), { size: 13 })];
  const placeDate = [
    centered(
      t('consolidated-docx-place-date', { place, day: administrativeDay(day), month: administrativeMonth(month), year: String(year) }),
      { size: 13, italics: true },
    ),
  ];
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [agency, nation],
      [number, placeDate],
    ],
  );
}

const heading = (text: string) => paragraph(text, { bold: true, indent: true, before: 120, keepNext: true });

const totalsArgs = (totals: BucketTotals) => ({
  total: totals.total,
  doneOnTime: totals.doneOnTime,
  doneLate: totals.doneLate,
  openOnTime: totals.openOnTime,
  openOverdue: totals.openOverdue,
  noDeadline: totals.noDeadline,
});

function totalsTable(report: ConsolidatedReport, t: Translate): Table {
  const narrow = 880;
  const columns = [
    { header: t('consolidated-col-unit'), width: TEXT_WIDTH - narrow * 7 },
    ...(
      [
        'consolidated-col-total',
        'consolidated-col-done-on-time',
        'consolidated-col-done-late',
        'consolidated-col-open-on-time',
        'consolidated-col-open-overdue',
        'consolidated-col-no-deadline',
        'consolidated-col-on-time-rate',
      ] as const
    ).map((key) => ({ header: t(key), width: narrow, align: AlignmentType.CENTER })),
  ];
  const line = (label: string, totals: BucketTotals): CellContent[] => [
    label,
    ...[totals.total, totals.doneOnTime, totals.doneLate, totals.openOnTime, totals.openOverdue, totals.noDeadline].map(String),
    rateLabel(t, totals),
  ];
  return dataTable(
    columns,
    [...report.units.map((section) => line(section.unit.name, section.totals)), line(t('consolidated-total-row'), report.totals)],
    true,
  );
}

function generalSection(report: ConsolidatedReport, t: Translate): Array<Paragraph | Table> {
  const { totals } = report;
  return [
    heading(t('consolidated-docx-section-general')),
    paragraph(t('consolidated-docx-general-scope', { tasks: report.taskCount, units: report.units.length, total: totals.total }), {
      indent: true,
    }),
    paragraph(t('consolidated-docx-general-results', totalsArgs(totals)), { indent: true }),
    paragraph(
      totals.onTimeRate === null
        ? t('consolidated-docx-general-rate-none')
        : t('consolidated-docx-general-rate', { rate: rateLabel(t, totals) }),
      { indent: true },
    ),
    paragraph(t('consolidated-docx-totals-caption'), { indent: true, keepNext: true }),
    totalsTable(report, t),
  ];
}

function reportCell(t: Translate, row: ConsolidatedRow): string {
  const report = row.latestReport;
  if (!report) return t('consolidated-docx-no-report');
  const args = { percent: report.percent, date: formatDateVi(report.on) };
  return report.text ? t('consolidated-docx-report-cell', { ...args, text: report.text }) : t('consolidated-docx-report-cell-bare', args);
}

function statusCell(t: Translate, row: ConsolidatedRow): CellContent {
  // "Quá hạn 10 ngày, chưa hoàn thành" rather than the bucket and then its days in brackets
  if (row.daysLate && row.bucket === 'open_overdue') return t('consolidated-docx-status-overdue', { days: row.daysLate });
  if (row.daysLate && row.bucket === 'done_late') return t('consolidated-docx-status-late', { days: row.daysLate });
  if (row.daysLeft !== null && row.bucket === 'open_on_time') return t('consolidated-docx-status-pending', { days: row.daysLeft });
  return bucketLabel(t, row.bucket);
}

// "22/11/2026" in 12 pt Times takes about 1 120 twips, plus the cell's margins: a column of 1 400 keeps a
// date on one line (at 1 250 Word and LibreOffice broke it as "22/11/202" and "6").
const UNIT_COLUMNS = { index: 520, code: 750, task: 2550, due: 1400, status: 1500, evidence: 900 };

function unitTable(section: ConsolidatedUnit, t: Translate): Table {
  const w = UNIT_COLUMNS;
  const columns = [
    { header: t('consolidated-col-index'), width: w.index, align: AlignmentType.CENTER },
    { header: t('consolidated-col-code'), width: w.code, align: AlignmentType.CENTER },
    { header: t('consolidated-col-task'), width: w.task },
    { header: t('consolidated-col-due'), width: w.due, align: AlignmentType.CENTER },
    { header: t('consolidated-col-status'), width: w.status },
    { header: t('consolidated-col-report'), width: TEXT_WIDTH - w.index - w.code - w.task - w.due - w.status - w.evidence },
    { header: t('consolidated-col-evidence'), width: w.evidence, align: AlignmentType.CENTER },
  ];
  const rows = section.rows.map((row, i) => [
    String(i + 1),
    row.taskCode,
    row.title,
    dueLabel(t, row),
    statusCell(t, row),
    reportCell(t, row),
    evidenceKinds(t, row.evidence) || t('consolidated-evidence-none'),
  ]);
  return dataTable(columns, rows);
}

function unitsSection(report: ConsolidatedReport, t: Translate): Array<Paragraph | Table> {
  const parts: Array<Paragraph | Table> = [heading(t('consolidated-docx-section-units'))];
  if (report.units.length === 0) parts.push(paragraph(t('consolidated-no-rows'), { indent: true }));
  report.units.forEach((section, i) => {
    parts.push(
      paragraph(t('consolidated-docx-unit-heading', { index: i + 1, unit: section.unit.name }), {
        bold: true,
        indent: true,
        before: 120,
        keepNext: true,
      }),
      paragraph(t('consolidated-docx-unit-summary', { ...totalsArgs(section.totals), rate: rateLabel(t, section.totals) }), {
        indent: true,
        keepNext: true,
      }),
      unitTable(section, t),
    );
  });
  return parts;
}

function issuesSection(report: ConsolidatedReport, t: Translate): Paragraph[] {
  const date = formatDateVi(report.today);
  const overdue = report.units.flatMap((section) =>
    section.rows.filter((row) => row.bucket === 'open_overdue').map((row) => ({ unit: section.unit.name, row })),
  );
  const lines = overdue.map(({ unit, row }) =>
    paragraph(
      t('consolidated-docx-issue-line', { unit, code: row.taskCode, task: row.title, days: row.daysLate ?? 0, due: dueLabel(t, row) }),
      { indent: true },
    ),
  );
  return [
    heading(t('consolidated-docx-section-issues')),
    paragraph(overdue.length > 0 ? t('consolidated-docx-issues-intro', { date }) : t('consolidated-docx-issues-none', { date }), {
      indent: true,
    }),
    ...lines,
    ...(report.totals.doneLate > 0
      ? [paragraph(t('consolidated-docx-late-count', { count: report.totals.doneLate }), { indent: true })]
      : []),
    paragraph(t('consolidated-docx-issues-placeholder'), { indent: true, italics: true }),
  ];
}

function signatureBlock(report: ConsolidatedReport, t: Translate, options: ReportDocxOptions): Table {
  const recipients = options.recipients ?? t('consolidated-docx-recipients-default').split('\n');
  const titleLines = (options.signer?.title ?? t('consolidated-docx-signer')).split('\n');
  const name = options.signer?.name ?? report.departmentLeader ?? t('consolidated-docx-signer-name-missing');
  const left = [
    paragraph([run(t('consolidated-docx-recipients'), { bold: true, italics: true, size: 12 })], { align: AlignmentType.LEFT, after: 0 }),
    ...recipients.map((line) => paragraph(line.trim(), { size: 11, align: AlignmentType.LEFT, after: 0 })),
  ];
  const right = [
    ...titleLines.map((line) => centered(line.trim(), { bold: true })),
    // NĐ 30 leaves room for the signature and the seal between the title and the name.
    centered('', { after: 1400 }),
    centered(name, { bold: true }),
  ];
  // one row that cannot split: "Nơi nhận" and the signature stay together on one page
  return layoutTable([SIGNATURE_LEFT, SIGNATURE_RIGHT], [[left, right]]);
}

/**
 * The consolidated report as a Word document in the administrative style of Nghị định 30/2020/NĐ-CP: the
 * header block, "BÁO CÁO" with its summary line, I. the overall picture with the on-time rate and a table of
 * units, II. each unit's table, III. the overdue items (and room for the officer's analysis), IV. proposals
 * left for the officer, "Nơi nhận" and the signature block. A draft ready to be numbered and signed.
 */
export async function renderReportDocx(report: ConsolidatedReport, t: Translate, options: ReportDocxOptions = {}): Promise<Buffer> {
  const subtitle = t('consolidated-docx-subtitle', { plan: planReference(t, report.plan), period: reportPeriodLabel(t, report) });
  const department = report.department?.name ?? t('consolidated-docx-department-fallback');
  const document = new Document({
    creator: department,
    title: subtitle,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        // titlePage: the first page takes the empty header, the others their number
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin }, titlePage: true },
        headers: pageNumberHeaders(),
        children: [
          headerBlock(report, t, options),
          centered(t('consolidated-docx-title'), { bold: true, before: 360 }),
          centered(subtitle, { bold: true }),
          rule(2400, TEXT_WIDTH),
          paragraph(
            t('consolidated-docx-intro', {
              plan: planReference(t, report.plan),
              department,
              period: reportPeriodLabel(t, report),
              date: formatDateVi(report.today),
            }),
            { indent: true },
          ),
          ...generalSection(report, t),
          ...unitsSection(report, t),
          ...issuesSection(report, t),
          heading(t('consolidated-docx-section-proposals')),
          // kept with the signature block, which never starts a page alone
          paragraph(t('consolidated-docx-proposals-placeholder'), { indent: true, italics: true, after: 240, keepNext: true }),
          signatureBlock(report, t, options),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
