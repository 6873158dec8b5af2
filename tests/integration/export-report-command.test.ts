import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CAPABILITIES, startTestApp, type TestApp } from '../support/test-app.js';

// Monday 23/11/2026 on the demo Department.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ at: '2026-11-23T09:00:00+07:00' });
});
afterAll(() => t.close());

const leader = { user: 'lanh-dao-so', kind: 'private' as const };

describe('/xuatbaocao', () => {
  it('answers a leader with the summary and both files, the plan and the period read in either order', async () => {
    const result = await t.say('/xuatbaocao quý IV/2026 kh20-2026', leader);
    const text = result.reply!.text;
    expect(text.split('\n')[0]).toBe(
      '📑 Báo cáo tổng hợp kết quả quý IV/2026 thực hiện Kế hoạch số 20/KH-SYT ngày 07/02/2026 về Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, dân chủ cơ sở, Quy tắc ứng xử, đổi mới phong cách, thái độ phục vụ, cơ sở y tế Xanh - Sạch - Đẹp năm 2026 (số liệu đến ngày 23/11/2026).',
    );
    expect(text).toMatch(/^\d+ đơn vị, \d+ nhiệm vụ\.$/m);
    expect(text).toContain('Tỷ lệ hoàn thành đúng hạn:');
    const files = result.reply!.files!;
    expect(files.map((f) => [f.kind, f.name])).toEqual([
      ['document', 'bao-cao-kh20-2026-quy-iv-2026.xlsx'],
      ['document', 'bao-cao-kh20-2026-quy-iv-2026.docx'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files[0]!.data as unknown as ArrayBuffer);
    expect(String(workbook.getWorksheet('Tổng hợp')!.getCell('A3').value)).toBe('Kỳ báo cáo: quý IV/2026 (từ 01/10/2026 đến 31/12/2026)');
  });

  it('asks which plan when several have open work, and names the codes', async () => {
    expect(await t.ask('/xuatbaocao', leader)).toBe(
      'Xuất báo cáo cho kế hoạch nào? Hãy ghi mã kế hoạch: KH20-2026, DANVAN-2026, CT30-2026, QTUX-2026, CCHC-2026. Ví dụ: /xuatbaocao <mã> quý IV/2026',
    );
  });

  it('gives a unit leader the report of the units they lead, and no other', async () => {
    const result = await t.say('/xuatbaocao KH20-2026', { user: 'lanh-dao-tamduong', kind: 'private' });
    expect(result.reply!.text).toMatch(/^1 đơn vị, \d+ nhiệm vụ\.$/m);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.reply!.files![0]!.data as unknown as ArrayBuffer);
    const units = new Set<unknown>();
    workbook.getWorksheet('Tổng hợp')!.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') units.add(row.getCell(2).value);
    });
    expect([...units]).toEqual(['Trung tâm Y tế Tam Đường']);
  });

  it('finds a plan by words of its title, as leaders name it (issue 21), and lists the plans several words fit', async () => {
    const result = await t.say('/xuatbaocao KH dân vận 2025', leader);
    expect(result.reply!.text.split('\n')[0]).toMatch(/^📑 Báo cáo tổng hợp kết quả năm 2025 thực hiện Kế hoạch .*công tác dân vận/);
    expect(result.reply!.files!.map((f) => f.name)).toEqual(['bao-cao-danvan-2026-nam-2025.xlsx', 'bao-cao-danvan-2026-nam-2025.docx']);
    const several = (await t.ask('/xuatbaocao ke hoach tac ung xu', leader)).split('\n');
    expect(several[0]).toBe('Có 3 kế hoạch khớp với “ke hoach tac ung xu”. Bạn chọn kế hoạch nào?');
    expect(several.slice(1, 4).map((line) => line.split(' — ')[0])).toEqual(['1. KH20-2026', '2. DANVAN-2026', '3. QTUX-2026']);
    // the number chosen runs the same request with that plan, the period kept
    const chosen = await t.say('2', leader);
    expect(chosen.reply!.text.split('\n')[0]).toMatch(/^📑 Báo cáo tổng hợp kết quả năm 2026 thực hiện Kế hoạch .*công tác dân vận/);
  });

  it('takes the plan code as the answer to its question, keeping the period already given', async () => {
    expect(await t.ask('/xuatbaocao quý IV/2026', leader)).toContain('Xuất báo cáo cho kế hoạch nào?');
    const answer = await t.say('kh20-2026', leader);
    expect(answer.reply!.text.split('\n')[0]).toMatch(/^📑 Báo cáo tổng hợp kết quả quý IV\/2026 thực hiện Kế hoạch số 20\/KH-SYT/);
    expect(answer.reply!.files!.map((f) => f.name)).toEqual(['bao-cao-kh20-2026-quy-iv-2026.xlsx', 'bao-cao-kh20-2026-quy-iv-2026.docx']);
    // answered, the question is over: the next words are a question for the lookup again
    expect(await t.ask('kh20-2026', leader)).not.toContain('Báo cáo tổng hợp');
  });

  it('warns that a period still to come has no results yet', async () => {
    const text = await t.ask('/xuatbaocao kh20-2026 năm 2027', leader);
    expect(text).toContain('⚠️ Kỳ này bắt đầu từ 01/01/2027, chưa tới');
    expect(await t.ask('/xuatbaocao kh20-2026 năm 2026', leader)).not.toContain('chưa tới');
  });

  it('says so when the period has no task, and sends no file', async () => {
    const result = await t.say('/xuatbaocao CT30-2026 năm 2019', leader);
    expect(result.reply!.text).toContain(
      'Kế hoạch không có nhiệm vụ nào trong kỳ này. Hãy chọn kỳ khác, ví dụ: /xuatbaocao CT30-2026 năm 2026.',
    );
    expect(result.reply!.files).toBeUndefined();
  });

  it('suggests last year when this whole year has nothing, rather than the same empty year', async () => {
    await t.app.store.plans.createPlan({
      symbol: null,
      code: 'CU-2025',
      title: 'Kế hoạch đã xong năm 2025',
      shortTitle: null,
      issuer: null,
      issuedOn: null,
      year: 2025,
      sourceText: null,
    });
    const result = await t.say('/xuatbaocao CU-2025', leader);
    expect(result.reply!.text).toContain('Hãy chọn kỳ khác, ví dụ: /xuatbaocao CU-2025 năm 2025.');
    expect(result.reply!.files).toBeUndefined();
  });

  it('answers a period or a plan it cannot read with what to type, writing nothing', async () => {
    const before = await t.db.counts();
    expect(await t.ask('/xuatbaocao KH20-2026 quý 7', leader)).toBe(
      'Không hiểu kỳ báo cáo “quý 7”. Hãy ghi ví dụ: năm 2026, quý IV/2026, tháng 11/2026, 6 tháng đầu năm 2026.',
    );
    expect(await t.ask('/xuatbaocao KH-KHONG-CO', leader)).toMatch(/^Không có kế hoạch “KH-KHONG-CO”\. Các kế hoạch đang có: KH20-2026/);
    expect(await t.db.counts()).toEqual(before);
  });

  it('is for the Department’s leaders: a focal point is told who may, and gets no file', async () => {
    const result = await t.say('/xuatbaocao KH20-2026');
    expect(result.reply!.text).toBe(
      'Lệnh /xuatbaocao dành cho lãnh đạo Sở, quản trị viên, và lãnh đạo đơn vị cho các đơn vị mình phụ trách.',
    );
    expect(result.reply!.files).toBeUndefined();
  });

  it('gives a unit leader /tonghop of their own branch: only the units they lead appear (issue 21)', async () => {
    const whole = await t.ask('/tonghop', leader);
    expect(whole.split('\n')[0]).toBe('Bản tin lãnh đạo tuần 48/2026 — toàn ngành');
    const branch = await t.say('/tonghop', { user: 'lanh-dao-tamduong', kind: 'private' });
    const text = branch.reply!.text;
    // TTYT Tam Đường leads its commune stations; the hospital and the CDC are not theirs to see
    expect(text.split('\n')[0]).toMatch(/^Tổng hợp tuần 48\/2026 — TTYT Tam Đường và \d+ đơn vị trực thuộc$/);
    expect(whole).toMatch(/BVĐK tỉnh|CDC/);
    expect(text).not.toMatch(/BVĐK tỉnh|CDC|Sìn Hồ|Phong Thổ/);
    expect(branch.reply!.files!.map((f) => f.name)).toEqual(['bieu-do-2026-11-23.png']);
    // the figures are the branch's: no more overdue than the whole Department
    const overdue = (s: string) => Number(/quá hạn (\d+) —/.exec(s)?.[1]);
    expect(overdue(text)).toBeLessThan(overdue(whole));
    expect(await t.ask('/tonghop', { user: 'dau-moi-tamduong', kind: 'private' })).toContain('dành cho lãnh đạo Sở');
  });

  it('names the files a platform cannot take instead of dropping them in silence', async () => {
    const wordOnly = {
      ...CONSOLE_CAPABILITIES,
      uploads: [{ mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'], maxBytes: 5_000_000 }],
    };
    const result = await t.say('/xuatbaocao KH20-2026', { ...leader, capabilities: wordOnly });
    expect(result.reply!.files!.map((f) => f.name)).toEqual(['bao-cao-kh20-2026-nam-2026.docx']);
    expect(result.reply!.text).toContain('Không gửi được tệp bao-cao-kh20-2026-nam-2026.xlsx qua nền tảng này.');
    const none = await t.say('/tonghop', { ...leader, capabilities: { ...CONSOLE_CAPABILITIES, uploads: [] } });
    expect(none.reply!.files).toBeUndefined();
    expect(none.reply!.text).toMatch(/Không gửi được tệp bieu-do-2026-11-23\.png qua nền tảng này\./);
  });
});

describe('/xuatbaocao with the report settings of the configuration', () => {
  let configured: TestApp;
  beforeAll(async () => {
    configured = await startTestApp({
      at: '2026-11-23T09:00:00+07:00',
      env: {
        REPORT_SUPERIOR_AGENCY: 'UBND TỈNH LAI CHÂU',
        REPORT_AGENCY: 'SỞ Y TẾ',
        REPORT_AGENCY_CODE: 'SYT',
        REPORT_PLACE: 'Lai Châu',
        REPORT_SIGNER_TITLE: 'KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC',
        REPORT_SIGNER_NAME: 'Vàng Thị Mai',
        REPORT_RECIPIENTS: '- Bộ Y tế (để báo cáo);|- UBND tỉnh (để báo cáo);|- Lưu: VT, TCCB.',
      },
    });
  });
  afterAll(() => configured.close());

  it('puts the configured issuer, signer and recipients in the Word draft', async () => {
    const result = await configured.say('/xuatbaocao KH20-2026 năm 2026', leader);
    const docx = result.reply!.files!.find((f) => f.name.endsWith('.docx'))!;
    const xml = strFromU8(unzipSync(new Uint8Array(docx.data))['word/document.xml']!);
    const text = (fragment: string) => [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(text(tables[0]!)).toBe(
      'UBND TỈNH LAI CHÂUSỞ Y TẾCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcSố:        /BC-SYTLai Châu, ngày 23 tháng 11 năm 2026',
    );
    expect(text(tables.at(-1)!)).toBe(
      'Nơi nhận:- Bộ Y tế (để báo cáo);- UBND tỉnh (để báo cáo);- Lưu: VT, TCCB.KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCVàng Thị Mai',
    );
  });
});
