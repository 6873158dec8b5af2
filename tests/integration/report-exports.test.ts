import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsolidatedReport, type ConsolidatedReport } from '../../src/core/reports/consolidated-report.js';
import { leaderChartData } from '../../src/core/reports/leader-chart-data.js';
import { reportPeriod } from '../../src/core/reports/report-period.js';
import type { Translate } from '../../src/core/text/translate.js';
import { renderLeaderChart } from '../../src/exports/leader-chart.js';
import { administrativeNames, provinceOf, renderReportDocx } from '../../src/exports/report-docx.js';
import { renderReportXlsx } from '../../src/exports/report-xlsx.js';
import { BUTTON_CAPABILITIES, startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026; the demo's KH20-2026 for 2026 has 22 rows over 8 units (see consolidated-report.test.ts).
const AT = '2026-11-23T09:00:00+07:00';
const TZ = 'Asia/Ho_Chi_Minh';
let t: TestApp;
let vi: Translate;
let en: Translate;
let report: ConsolidatedReport;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  vi = t.app.i18n.translator('vi');
  en = t.app.i18n.translator('en');
  // one late completion, and progress with a photo and a file as evidence, so that every column has something to show
  const tasks = await t.ask('/nhiemvu');
  const nv1 = /\[(NV\d+)\] Rà soát/.exec(tasks)![1]!;
  expect(await t.ask(`/baocao ${nv1} hoàn thành Đã ban hành quy chế hoạt động`)).toContain('trễ 10 ngày');
  const nv5 = /\[(NV\d+)\] Sơ kết/.exec(tasks)![1]!;
  const withFiles = await t.say(`/baocao ${nv5} 50% đang tổng hợp số liệu các khoa`, {
    attachments: [
      { kind: 'photo', fileId: 'AgACAgUAAxkBAAIBp2', name: null },
      { kind: 'document', fileId: 'BQACAgUAAxkBAAIBq3', name: 'so-lieu-cac-khoa.xlsx' },
    ],
    capabilities: BUTTON_CAPABILITIES,
    botUsername: null,
  });
  expect(withFiles.reply?.text).toContain('Đã ghi nhận');
  report = await buildConsolidatedReport(t.app.store, {
    planCode: 'KH20-2026',
    period: reportPeriod('year', 2026),
    today: '2026-11-23',
    timezone: TZ,
    calendar: await t.app.calendar.current(),
  });
});
afterAll(() => t.close());

async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The values of a row, column A first. */
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

function headerRowOf(sheet: ExcelJS.Worksheet, first: string): number {
  for (let n = 1; n <= sheet.rowCount; n += 1) if (sheet.getRow(n).getCell(1).value === first) return n;
  throw new Error(`no row starting with ${first}`);
}

describe('renderReportXlsx', () => {
  it('writes "Tổng hợp": a header block, a frozen header row, and one row per unit × task', async () => {
    const workbook = await readWorkbook(await renderReportXlsx(report, vi));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo đơn vị']);
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH');
    expect(String(sheet.getCell('A2').value)).toMatch(/^Kế hoạch số 20\/KH-SYT ngày 07\/02\/2026 về Học tập và làm theo/);
    expect(sheet.getCell('A3').value).toBe('Kỳ báo cáo: năm 2026 (từ 01/01/2026 đến 31/12/2026)');
    expect(sheet.getCell('A4').value).toBe('Sở Y tế tỉnh Lai Châu · Số liệu đến ngày 23/11/2026');
    expect(sheet.getCell('A5').value).toContain('Tỷ lệ hoàn thành đúng hạn: 14,3%');

    const header = headerRowOf(sheet, 'STT');
    // printed on A4 landscape, all columns across one page, the column titles repeated on every page
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header}:${header}`,
    });
    expect(rowValues(sheet, header)).toEqual([
      'STT',
      'Đơn vị',
      'Mã NV',
      'Nhiệm vụ',
      'Hạn chót',
      'Tình trạng',
      'Tiến độ (%)',
      'Ngày báo cáo',
      'Đúng hạn / trễ hạn',
      'Nội dung báo cáo',
      'Minh chứng',
      'Tệp minh chứng đã lưu',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.getColumn(4).width).toBe(50);
    expect(sheet.rowCount - header).toBe(22);

    const rows = Array.from({ length: 22 }, (_, i) => sheet.getRow(header + 1 + i));
    // numbered as an official table is (STT), and no platform file id anywhere
    expect(rows.map((row) => row.getCell(1).value)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const late = rows.find(
      (row) => row.getCell(2).value === 'Bệnh viện Đa khoa tỉnh Lai Châu' && String(row.getCell(4).value).startsWith('Rà soát'),
    )!;
    expect(late.getCell(3).value).toMatch(/^NV\d+$/);
    expect(late.getCell(5).value).toEqual(new Date(Date.UTC(2026, 10, 13)));
    expect(late.getCell(5).numFmt).toBe('dd/mm/yyyy');
    expect(late.getCell(6).value).toBe('Hoàn thành trễ hạn');
    expect(late.getCell(7).value).toBe(100);
    expect(late.getCell(8).value).toEqual(new Date(Date.UTC(2026, 10, 23)));
    expect(late.getCell(9).value).toBe('Trễ 10 ngày');
    expect(late.getCell(10).value).toBe('Đã ban hành quy chế hoạt động');
    expect(late.getCell(11).value).toBeNull();

    // the evidence says what the files are, how to have them passed on, and whether the bot kept them
    const withEvidence = rows.find(
      (row) => row.getCell(2).value === 'Bệnh viện Đa khoa tỉnh Lai Châu' && String(row.getCell(4).value).startsWith('Sơ kết'),
    )!;
    const code = withEvidence.getCell(3).value;
    expect(withEvidence.getCell(11).value).toBe(`2 tệp: ảnh, so-lieu-cac-khoa.xlsx\nXem: /minhchung ${code} BVDK`);
    expect(withEvidence.getCell(12).value).toBe('console: đang tải về\nconsole: đang tải về');

    const overdue = rows.filter((row) => row.getCell(9).value === 'Quá hạn 10 ngày');
    expect(overdue).toHaveLength(5);
    const undated = rows.find((row) => row.getCell(2).value === 'Phòng Kế hoạch - Tài chính - Sở Y tế')!;
    expect([undated.getCell(5).value, undated.getCell(6).value, undated.getCell(7).value]).toEqual([
      'Không có hạn',
      'Không có thời hạn',
      null,
    ]);
  });

  it('writes "Theo đơn vị": the totals of each unit and of the plan, with the on-time rate', async () => {
    const sheet = (await readWorkbook(await renderReportXlsx(report, vi))).getWorksheet('Theo đơn vị')!;
    const header = headerRowOf(sheet, 'Đơn vị');
    expect(rowValues(sheet, header)).toEqual([
      'Đơn vị',
      'Tổng số',
      'Hoàn thành đúng hạn',
      'Hoàn thành trễ hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn chưa hoàn thành',
      'Không có thời hạn',
      'Tỷ lệ đúng hạn',
    ]);
    expect(rowValues(sheet, header + 2)).toEqual(['Bệnh viện Đa khoa tỉnh Lai Châu', 3, 0, 1, 2, 0, 0, 0]);
    // nothing done or overdue: no rate, an empty cell rather than 0 %
    expect(rowValues(sheet, header + 1)).toEqual(['Phòng Kế hoạch - Tài chính - Sở Y tế', 1, 0, 0, 0, 0, 1]);
    expect(sheet.getRow(header + 1).getCell(8).value).toBeNull();
    const last = rowValues(sheet, sheet.rowCount);
    expect(last).toEqual(['Toàn kế hoạch', 22, 1, 1, 14, 5, 1, 1 / 7]);
    expect(sheet.getRow(sheet.rowCount).getCell(8).numFmt).toBe('0.0%');
    expect(sheet.rowCount - header).toBe(report.units.length + 1);
  });

  it('speaks the reader’s language', async () => {
    const workbook = await readWorkbook(await renderReportXlsx(report, en));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'By unit']);
    const sheet = workbook.getWorksheet('Summary')!;
    expect(rowValues(sheet, headerRowOf(sheet, 'No.'))[5]).toBe('Status');
  });
});

/** The text of each paragraph of a Word document, and each table as rows of cell texts. */
function readDocx(buffer: Buffer): {
  paragraphs: string[];
  tables: string[][][];
  tableXml: string[];
  styles: string;
  body: string;
  headers: Record<string, string>;
} {
  const files = unzipSync(new Uint8Array(buffer));
  const body = strFromU8(files['word/document.xml']!);
  const headers = Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
  const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
    ),
  );
  const tableXml = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => table[0]);
  return { paragraphs, tables, tableXml, styles: strFromU8(files['word/styles.xml']!), body, headers };
}

describe('renderReportDocx', () => {
  it('drafts the report in the administrative style: header block, title, sections, a table per unit, signature', async () => {
    const doc = readDocx(await renderReportDocx(report, vi));
    // the superior body over the Department, read from its name; the number level with the place and date
    const [header] = doc.tables;
    expect(header).toEqual([
      ['UBND TỈNH LAI CHÂUSỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
      ['Số:        /BC-SYT', 'Lai Châu, ngày 23 tháng 11 năm 2026'],
    ]);
    const p = doc.paragraphs;
    const at = (text: string) => {
      const index = p.indexOf(text);
      expect(index, text).toBeGreaterThanOrEqual(0);
      return index;
    };
    const title = at('BÁO CÁO');
    // the period first, so that it never runs into a plan title ending in its own year ("… năm 2020, năm 2026")
    expect(p[title + 1]).toMatch(
      /^Kết quả năm 2026 thực hiện Kế hoạch số 20\/KH-SYT ngày 07\/02\/2026 về Học tập .* Xanh - Sạch - Đẹp năm 2026$/,
    );
    const sections = ['I. TÌNH HÌNH CHUNG', 'II. KẾT QUẢ CỦA TỪNG ĐƠN VỊ', 'III. TỒN TẠI, HẠN CHẾ', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'].map(at);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(p).toContain(
      'Kế hoạch có 5 nhiệm vụ trong kỳ, giao cho 8 đơn vị; tổng số 22 lượt nhiệm vụ (mỗi nhiệm vụ của mỗi đơn vị tính một lượt).',
    );
    expect(p.some((line) => line.startsWith('Tỷ lệ hoàn thành đúng hạn: 14,3% '))).toBe(true);

    // the totals table, then one table per unit in the order of the units' tree
    const totals = doc.tables[1]!;
    expect(totals.at(-1)).toEqual(['Toàn kế hoạch', '22', '1', '1', '14', '5', '1', '14,3%']);
    const unitHeading = at('2. Bệnh viện Đa khoa tỉnh Lai Châu');
    expect(p[unitHeading + 1]).toBe(
      '3 lượt nhiệm vụ; hoàn thành đúng hạn 0, trễ hạn 1, trong hạn 2, quá hạn 0, không có thời hạn 0; tỷ lệ đúng hạn: 0%.',
    );
    const bvdk = doc.tables[3]!;
    expect(bvdk[0]).toEqual(['TT', 'Mã NV', 'Nhiệm vụ', 'Hạn chót', 'Tình trạng', 'Kết quả báo cáo', 'Minh chứng']);
    expect(bvdk).toHaveLength(4);
    expect(bvdk[1]).toEqual([
      '1',
      expect.stringMatching(/^NV\d+$/),
      'Rà soát, kiện toàn Ban Chỉ đạo; ban hành quy chế hoạt động, phân công nhiệm vụ các thành viên',
      '13/11/2026',
      'Hoàn thành trễ 10 ngày',
      '100% ngày 23/11/2026: Đã ban hành quy chế hoạt động',
      'Không',
    ]);
    expect(bvdk[3]!.at(-1)).toBe('1 ảnh, 1 tệp');
    // a last day on a Sunday ends with Monday (Đ.148 k.5): both dates, the days left counted to the Monday
    expect(bvdk[2]!.slice(3, 6)).toEqual(['13/12/2026 (Chủ nhật) → 14/12/2026', 'Đang thực hiện trong hạn (còn 21 ngày)', 'Chưa báo cáo']);
    expect(doc.tables).toHaveLength(2 + report.units.length + 1);

    const issues = p.filter((line) => line.startsWith('- ') && line.includes('quá hạn 10 ngày (hạn 13/11/2026)'));
    expect(issues).toHaveLength(5);
    expect(p).toContain('Số lượt nhiệm vụ hoàn thành trễ hạn trong kỳ: 1.');
    expect(doc.tables.at(-1)![0]![0]).toBe('Nơi nhận:- UBND tỉnh (để báo cáo);- Ban Giám đốc Sở;- Các đơn vị trực thuộc;- Lưu: VT, TCCB.');
    // the signer's name: the demo's one Department leader
    expect(doc.tables.at(-1)![0]![1]).toBe('GIÁM ĐỐCLò Văn Thắng');
  });

  it('numbers the pages from the second, keeps dates on one line and the signature block on one page', async () => {
    const doc = readDocx(await renderReportDocx(report, vi));
    // NĐ 30: the page number centred in the top margin, not on the first page
    expect(doc.body).toContain('<w:titlePg/>');
    const references = [...doc.body.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]);
    expect(references.sort()).toEqual(['default', 'first']);
    const numbered = Object.values(doc.headers).filter((xml) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(xml));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    // a unit table's due-date column is wide enough for "22/11/2026" in 12 pt (1 400 twips)
    const unitTable = doc.tableXml[3]!;
    expect([...unitTable.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))[3]).toBeGreaterThanOrEqual(1400);
    // the signature block is one row that may not split, and the paragraph before it keeps with it
    const signature = doc.tableXml.at(-1)!;
    expect(signature.match(/<w:tr>/g) ?? signature.match(/<w:tr[ >]/g)).toHaveLength(1);
    expect(signature).toContain('<w:cantSplit/>');
    const before = doc.body.slice(0, doc.body.lastIndexOf('<w:tbl>'));
    expect(before.slice(before.lastIndexOf('<w:p>') >= 0 ? before.lastIndexOf('<w:p>') : before.lastIndexOf('<w:p '))).toContain(
      '<w:keepNext/>',
    );
  });

  it('sets A4 with the margins of Nghị định 30 and Times New Roman 14 pt', async () => {
    const doc = readDocx(await renderReportDocx(report, vi));
    expect(doc.body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc.body).toMatch(/<w:pgMar w:top="1133" w:right="850" w:bottom="1133" w:left="1700"/);
    expect(doc.styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/);
    expect(doc.body).not.toMatch(/w:ascii="(?!Times New Roman)/);
    // tables in 12 pt, through one paragraph style rather than on every run
    expect(doc.styles).toMatch(/<w:style w:type="paragraph" w:styleId="TableText">[\s\S]*?<w:sz w:val="24"\/>[\s\S]*?<\/w:style>/);
    expect(doc.body.match(/<w:pStyle w:val="TableText"\/>/g)?.length).toBeGreaterThan(22 * 7);
  });

  it('takes the header, the signer and the recipients from options, and writes early dates with a zero', async () => {
    const february = await buildConsolidatedReport(t.app.store, {
      planCode: 'QTUX-2026',
      period: reportPeriod('quarter', 2027, 1),
      today: '2027-02-05',
      timezone: TZ,
      calendar: await t.app.calendar.current(),
    });
    const doc = readDocx(
      await renderReportDocx(february, vi, {
        governingBody: 'UBND TỈNH LAI CHÂU',
        issuer: 'SỞ Y TẾ',
        recipients: ['- Bộ Y tế;', '- Lưu: VT.'],
        signer: { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Lò Văn Thắng' },
      }),
    );
    expect(doc.tables[0]).toEqual([
      ['UBND TỈNH LAI CHÂUSỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
      ['Số:        /BC-SYT', 'Lai Châu, ngày 05 tháng 02 năm 2027'],
    ]);
    expect(doc.paragraphs).toContain(
      'Kết quả quý I/2027 thực hiện Kế hoạch Triển khai thực hiện Thông tư quy định về Quy tắc ứng xử của công chức, viên chức, người lao động làm việc tại các cơ sở y tế năm 2026',
    );
    const other = readDocx(
      await renderReportDocx(february, vi, {
        governingBody: null,
        issuer: 'TRUNG TÂM Y TẾ HUYỆN TAM ĐƯỜNG',
        issuerCode: 'TTYT',
        place: 'Tam Đường',
      }),
    );
    expect(other.tables[0]).toEqual([
      ['TRUNG TÂM Y TẾ HUYỆN TAM ĐƯỜNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'],
      ['Số:        /BC-TTYT', 'Tam Đường, ngày 05 tháng 02 năm 2027'],
    ]);
    expect(doc.tables.at(-1)![0]).toEqual(['Nơi nhận:- Bộ Y tế;- Lưu: VT.', 'KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCLò Văn Thắng']);
  });

  it('reads the header lines from the Department’s name', () => {
    expect(administrativeNames('Sở Y tế tỉnh Lai Châu')).toEqual({
      governingBody: 'UBND TỈNH LAI CHÂU',
      issuer: 'SỞ Y TẾ',
      place: 'Lai Châu',
    });
    expect(administrativeNames('Sở Y tế thành phố Hà Nội')).toEqual({
      governingBody: 'UBND THÀNH PHỐ HÀ NỘI',
      issuer: 'SỞ Y TẾ',
      place: 'Hà Nội',
    });
    expect(administrativeNames('Sở Y tế TP. Cần Thơ')).toEqual({
      governingBody: 'UBND THÀNH PHỐ CẦN THƠ',
      issuer: 'SỞ Y TẾ',
      place: 'Cần Thơ',
    });
    // no kind of province to go by: no superior body guessed
    expect(administrativeNames('Sở Y tế Hà Nội')).toEqual({ governingBody: null, issuer: 'SỞ Y TẾ HÀ NỘI', place: 'Hà Nội' });
  });

  it('names the province from the Department', () => {
    expect(provinceOf('Sở Y tế tỉnh Lai Châu')).toBe('Lai Châu');
    expect(provinceOf('Sở Y tế Hà Nội')).toBe('Hà Nội');
    expect(provinceOf('Sở Y tế thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(provinceOf('Sở Y tế')).toBeNull();
  });
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderLeaderChart', () => {
  it('draws the demo’s completion bars and overdue trend into a PNG', async () => {
    const data = await leaderChartData(t.app.store, { today: '2026-11-23', timezone: TZ, weeks: 8, topUnits: 12 });
    const png = renderLeaderChart(data, vi);
    expect(pngSize(png)).toEqual({ width: 1000, height: 1100 });
    // bars, a line, axes and Vietnamese labels: tens of kilobytes, where a blank canvas of this size is a few
    expect(png.length).toBeGreaterThan(30_000);
    const blank = renderLeaderChart({ ...data, completion: [], otherUnits: 0, overdueTrend: [] }, vi);
    expect(blank.length).toBeLessThan(png.length * 0.6);
  });

  it('takes a size and a font file', async () => {
    const data = await leaderChartData(t.app.store, { today: '2026-11-23', timezone: TZ, weeks: 4, topUnits: 3 });
    const png = renderLeaderChart(data, en, { width: 640, height: 720, fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] });
    expect(pngSize(png)).toEqual({ width: 640, height: 720 });
    expect(png.length).toBeGreaterThan(15_000);
  });
});
