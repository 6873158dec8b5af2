import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrivacyGuard } from '../../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, webOf, type WebClient } from '../../support/web.js';

/*
 * Issue 24, item 3: the pages over the query layer (/, /phan-anh, /don-vi, /han-chot), asked in-process on
 * both drivers. Every page's text goes through the privacy guard with the complainant of a real case.
 */

const AT = '2026-11-23T09:00:00+07:00';
const COMPLAINANT = { name: 'Nguyễn Văn Khách', phone: '0912 345 678' };
let t: TestApp;
let leader: WebClient;
let focal: WebClient;
let caseCode: string;
const guard = new PrivacyGuard();

async function read(client: WebClient, path: string, status = 200): Promise<string> {
  const response = await client.request(path);
  expect(response.status, path).toBe(status);
  const text = await pageText(response);
  guard.inspect(path, text);
  return text;
}

const csrfOf = (html: string) => /name="csrf" value="([\w-]+)"/.exec(html)![1]!;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  guard.register({ kind: 'name', value: COMPLAINANT.name }, { kind: 'phone', value: COMPLAINANT.phone });
  const intake = await t.ask(
    `/phananh hòm thư Ông ${COMPLAINANT.name} (${COMPLAINANT.phone}) phản ánh bảo vệ cổng số 2 thu tiền gửi xe cao hơn quy định`,
    {
      user: 'dau-moi',
    },
  );
  caseCode = /Đã ghi sổ phản ánh (\S+)\./.exec(intake)![1]!;
  await t.ask(`/phananh lienhe ${caseCode} ${COMPLAINANT.name} ${COMPLAINANT.phone}`, { user: 'dau-moi', kind: 'private' });
  leader = webOf(t).client();
  await leader.signInAs('lanh-dao-so');
  focal = webOf(t).client();
  await focal.signInAs('dau-moi');
});
afterAll(() => t?.close());

describe('/ Tổng quan', () => {
  it('shows the Department at a glance with the same figures as /tonghop', async () => {
    const text = await read(leader, '/');
    const chat = await t.ask('/tonghop', { user: 'lanh-dao-so', kind: 'private' });
    // the chat's figures: 8 on time, 0 late, 29 open in time, 34 overdue, 19%
    expect(chat).toContain('hoàn thành đúng hạn 8 · hoàn thành trễ 0 · đang mở trong hạn 29 · quá hạn 34 — tỷ lệ đúng hạn 19%');
    expect(text).toContain('Quá hạn 34');
    expect(text).toContain('Tỉ lệ đúng hạn 19% 8 trên 42 kỳ có hạn từ 24/11/2025');
    expect(text).toContain('Đến hạn trong 7 ngày làm việc tới 9');
    expect(text).toContain('Đang xử lý 1 Tồn đọng (quá hạn xử lý) 0 Đến hạn hôm nay 0');
    // units most overdue first, in the chart and in the table with the same numbers
    expect(text).toContain('BV Phổi 0 0 4 6 269 ngày TTYT Phong Thổ 0 0 4 6 269 ngày');
    expect(text.indexOf('BV Phổi 0 0 4 6')).toBeLessThan(text.indexOf('CDC tỉnh 4 0 5 2 4 ngày'));
    // the heat map: units × 12 weeks, its last column (today) the same overdue count as the table above
    const page = await (await leader.request('/')).text();
    const heat = page.slice(page.indexOf('<table class="heat">'));
    expect(text).toContain('Quá hạn theo tuần');
    const phoi = /<a href="\/don-vi\/BVPHOI">BV Phổi<\/a><\/th>([\s\S]*?)<\/tr>/.exec(heat)![1]!;
    const counts = [...phoi.matchAll(/heat-\d">(\d+)</g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(12);
    expect(counts.at(-1)).toBe(6);
    // who still owes a report, as the digest says it
    expect(chat).toMatch(
      /\[NV11\] Báo cáo sơ kết, tổng kết thực hiện Quy tắc ứng xử về Ban Chỉ đạo Sở… — quá hạn \d+ ngày \(hạn thứ Năm, 19\/11\/2026\): đã báo cáo 0\/7/,
    );
    // a last day on a day off: both days, on the page as in the chat
    expect(chat).toContain('hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06');
    expect(text).toContain('hạn 14/06 (Chủ nhật) → nộp đến hết thứ Hai 15/06');
    expect(text).toContain('Báo cáo sơ kết, tổng kết thực hiện Quy tắc ứng xử về Ban Chỉ đạo Sở Y tế (qua phòng TCCB) 2026 19/11/2026 0/7');
    const html = await (await leader.request('/')).text();
    expect(html).toMatch(/<svg\s+role="img"\s+aria-labelledby="bieu-do-caption"/);
    expect(html).toContain('<a href="/cach-tinh#ti-le-dung-han">Tỉ lệ đúng hạn</a>');
    expect(html).toContain('<a href="/don-vi/BVPHOI">BV Phổi</a>');
  });

  it('narrows to a unit (a permalink) and to what a unit officer sees, without the Department-wide reporting list', async () => {
    const text = await read(leader, '/?don-vi=CDC');
    expect(text).toContain('Đang xem: Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu và 0 đơn vị trực thuộc.');
    expect(text).toContain('Quá hạn 2');
    expect(text).toContain('Tỉ lệ đúng hạn 66,7% 4 trên 6 kỳ');
    expect(text).not.toContain('BV Phổi');
    expect(text).not.toContain('Ai còn nợ báo cáo');
    const own = await read(focal, '/');
    expect(own).toContain('Bạn xem được 1 đơn vị');
    expect(own).toContain('Đang xử lý 1');
    expect(own).not.toContain('BV Phổi');
  });
});

describe('/phan-anh', () => {
  it('lists cases by their place against the time limit, only as a group sees them', async () => {
    const text = await read(leader, '/phan-anh');
    expect(text).toContain('Số liệu của tháng 11/2026.');
    expect(text).toContain('Tiếp nhận trong kỳ 1');
    expect(text).toContain('Quá hạn xử lý (0)');
    expect(text).toContain(
      `Còn hạn (1) Mã Đơn vị Nội dung (đã ẩn thông tin người phản ánh) Loại Hạn xử lý Tình trạng ${caseCode} BVĐK tỉnh Ông [đã ẩn]`,
    );
    expect(text).toContain('bảo vệ cổng số 2 thu tiền gửi xe cao hơn quy định giá dịch vụ, BHYT · hòm thư góp ý 07/12/2026 tiếp nhận');
    // the period filter takes the words of /phananh thongke; another unit has none of them
    expect(await read(leader, '/phan-anh?ky=quy+3%2F2026')).toContain('Số liệu của quý III/2026. Tiếp nhận trong kỳ 0');
    expect(await read(leader, '/phan-anh?don-vi=CDC')).not.toContain(caseCode);
    const html = await (await leader.request('/phan-anh')).text();
    expect(html).toContain(`<a href="/phan-anh/${caseCode}">${caseCode}</a>`);
  });

  it('shows the full text and the contact only to a reader allowed in private chat, after a click that writes an audit row', async () => {
    const audited = async () =>
      (await t.db.db.execute(sql`select count(*)::int as n from audit_log where action = 'feedback.contact_viewed'`)) as unknown as {
        rows?: Array<{ n: number }>;
      } & Array<{ n: number }>;
    const count = async () => {
      const result = await audited();
      return Number((result.rows ?? result)[0]!.n);
    };
    const before = await count();
    // the focal point keeps the book but is no reader of contacts: no button
    const focalText = await read(focal, `/phan-anh/${caseCode}`);
    expect(focalText).toContain('Nội dung đã ẩn tên và liên hệ của người phản ánh, như trong nhóm.');
    expect(focalText).not.toContain('Xem nội dung đầy đủ');
    // and a forged click is refused, writing nothing
    const forged = await focal.request(`/phan-anh/${caseCode}/xem-day-du`, {
      form: { csrf: csrfOf(await (await focal.request('/')).text()) },
    });
    expect(forged.status).toBe(403);
    expect(await count()).toBe(before);
    // the Department leader sees the button; opening the page writes nothing
    const page = await (await leader.request(`/phan-anh/${caseCode}`)).text();
    expect(page).toContain('Xem nội dung đầy đủ và liên hệ');
    expect(await count()).toBe(before);
    // a post without the form token is refused
    expect((await leader.request(`/phan-anh/${caseCode}/xem-day-du`, { form: { csrf: 'x' } })).status).toBe(403);
    expect(await count()).toBe(before);
    const revealed = await leader.request(`/phan-anh/${caseCode}/xem-day-du`, { form: { csrf: csrfOf(page) } });
    expect(revealed.status).toBe(200);
    const full = await pageText(revealed);
    expect(full).toContain(`Người phản ánh: ${COMPLAINANT.name} · ${COMPLAINANT.phone}`);
    expect(await count()).toBe(before + 1);
    // the one asserted exception to the privacy guard: the case page of an allowed reader, after the click
    expect(full).toContain(COMPLAINANT.name);
  });

  it('answers a case that does not exist, and a case of another unit, as a unit officer would be answered in chat', async () => {
    expect(await read(leader, '/phan-anh/PA-2026-9999', 404)).toContain('Không tìm thấy trang');
    expect(await read(leader, '/phan-anh/khong-phai-ma', 404)).toContain('Không tìm thấy trang');
    const cdc = webOf(t).client();
    await cdc.signInAs('dau-moi-cdc');
    expect(await read(cdc, `/phan-anh/${caseCode}`, 403)).toContain('Không có quyền xem trang này');
  });
});

describe('/han-chot', () => {
  it('lists the next 30 days of deadlines day by day, with the days off and each one’s state', async () => {
    const text = await read(leader, '/han-chot?don-vi=BVDK');
    // from today (Monday 23/11), as the title says, not from the weekend before it
    expect(text).toContain('4 kỳ báo cáo đến hạn. Hạn chót từ 23/11/2026 đến 23/12/2026, theo ngày');
    expect(text).toContain('thứ Sáu, 27/11/2026 Bệnh viện Đa khoa tỉnh Lai Châu Sơ kết, tổng kết và báo cáo kết quả triển khai kế hoạch');
    expect(text).toContain('Còn 4 ngày');
    // a deadline on a Saturday ends with the Monday after it (BLDS 2015 Đ.148 k.5), as /hanchot says it
    expect(text).toContain(
      'thứ Bảy, 05/12/2026 nghỉ cuối tuần Bệnh viện Đa khoa tỉnh Lai Châu Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị',
    );
    expect(text).toContain('Còn 14 ngày');
    const chat = await t.ask('/hanchot 30', { user: 'dau-moi', chat: 'console:nhom-bvdk' });
    expect(chat).toContain('(4)');
  });
});

describe('/don-vi/<mã>', () => {
  it('shows a unit: its people, open work with each state, reports, feedback (redacted), box and documents', async () => {
    const text = await read(leader, '/don-vi/BVDK');
    expect(text).toContain('Trực thuộc Sở Y tế tỉnh Lai Châu');
    expect(text).toContain('Cán bộ đầu mối Nguyễn Thị Lan Người thay khi vắng Phạm Thu Hà Lãnh đạo đơn vị Nguyễn Văn Hùng');
    expect(text).toContain('Nhiệm vụ đang mở (11, quá hạn 4)');
    expect(text).toContain(
      'Rà soát, kiện toàn Ban Chỉ đạo; ban hành quy chế hoạt động, phân công nhiệm vụ các thành viên 20/KH-SYT — 13/11/2026 Quá hạn 10 ngày 70% · Đang thực hiện · 09:30 17/11/2026',
    );
    expect(text).toContain('Còn 4 ngày');
    expect(text).toContain('1 vụ việc đang xử lý, 0 vụ quá hạn.');
    expect(text).toMatch(new RegExp(`${caseCode}\\s?: Ông \\[đã ẩn\\]`));
    // the same count of overdue work as /quahan in the unit's group
    expect(await t.ask('/quahan', { user: 'dau-moi', chat: 'console:nhom-bvdk' })).toContain('(4)');
    // one's own unit, yes; another unit, no; a unit that does not exist, 404
    expect(await read(focal, '/don-vi/bvdk')).toContain('Nhiệm vụ đang mở (11, quá hạn 4)');
    expect(await read(focal, '/don-vi/CDC', 403)).toContain('Không có quyền xem trang này');
    expect(await read(focal, '/don-vi/XYZ', 404)).toContain('Không có đơn vị mã XYZ.');
  });
});

describe('/ke-hoach/<mã>', () => {
  it('shows units × tasks for a period, each cell coloured and labelled, with totals, filters and permalinks', async () => {
    const text = await read(leader, '/ke-hoach/KH20-2026?ky=2026');
    expect(text).toContain('8 đơn vị, 5 nhiệm vụ.');
    // the plan's tasks in the plan's order, whichever unit lists one first
    expect(text).toContain('Đơn vị NV1 NV2 NV3 NV4 NV5 Cộng đơn vị');
    // the same lateness as the unit's page and /quahan: NV1 is 10 days late at BVĐK
    // (a Department leader may remind a unit from its red cell: "Nhắc")
    expect(text).toContain('BVĐK tỉnh Quá hạn 10 ngày Nhắc Giải trình Còn 21 ngày — — Còn 4 ngày xong 0/3, quá hạn 1');
    expect(text).toContain('CDC tỉnh Xong — Còn 7 ngày — Còn 4 ngày xong 1/3, quá hạn 0');
    const html = await (await leader.request('/ke-hoach/KH20-2026?ky=2026')).text();
    expect(html).toMatch(/<a class="cell bad" href="\/ky-bao-cao\/\d+"\s*>Quá hạn 10 ngày<\/a/);
    // filters: overdue only, a kind of unit, a unit
    const overdue = await read(leader, '/ke-hoach/KH20-2026?ky=2026&qua-han=1');
    expect(overdue).toContain('6 đơn vị, 1 nhiệm vụ.');
    expect(overdue).not.toContain('CDC tỉnh');
    expect(await read(leader, '/ke-hoach/KH20-2026?ky=2026&loai=health_center')).toContain('3 đơn vị, 3 nhiệm vụ.');
    // a unit officer sees their unit's row only
    const own = await read(focal, '/ke-hoach/KH20-2026?ky=2026');
    expect(own).toContain('1 đơn vị, 3 nhiệm vụ.');
    expect(own).not.toContain('BV Phổi');
    expect(await read(leader, '/ke-hoach/KHONG-CO', 404)).toContain('Không tìm thấy trang');
    // without a period: this quarter, the plan being this year's, said in the filter to change it
    const html2 = await (await leader.request('/ke-hoach/KH20-2026')).text();
    expect(html2).toContain('name="ky" value="2026-Q4"');
  });

  it('opens a cell: the occurrence with its state, latest report and evidence, for those who may see the unit', async () => {
    const ownGrid = await (await focal.request('/ke-hoach/KH20-2026?ky=2026')).text();
    const ownId = /href="\/ky-bao-cao\/(\d+)"\s*>Quá hạn 10 ngày/.exec(ownGrid)![1];
    const text = await read(focal, `/ky-bao-cao/${ownId}`);
    expect(text).toContain('Rà soát, kiện toàn Ban Chỉ đạo');
    expect(text).toContain('Hạn 13/11/2026 · Quá hạn 10 ngày Báo cáo gần nhất 70% · Đang thực hiện');
    const cdcGrid = await (await leader.request('/ke-hoach/KH20-2026?ky=2026&don-vi=CDC')).text();
    const cdcId = /href="\/ky-bao-cao\/(\d+)"/.exec(cdcGrid)![1];
    expect(await read(focal, `/ky-bao-cao/${cdcId}`, 403)).toContain('Không có quyền xem trang này');
    expect(await read(focal, '/ky-bao-cao/999999', 404)).toContain('Không tìm thấy trang');
  });
});

describe('/bao-cao exports', () => {
  it('previews the consolidated report as /xuatbaocao builds it, and downloads the same files drawn by the renderer process', async () => {
    const empty = await read(leader, '/bao-cao');
    expect(empty).toContain('Chọn một kế hoạch và kỳ báo cáo');
    const text = await read(leader, '/bao-cao?ke-hoach=KH20-2026&ky=qu%C3%BD+IV%2F2026');
    const chat = await t.ask('/xuatbaocao KH20-2026 quý IV/2026', { user: 'lanh-dao-so', kind: 'private' });
    // the same heading, scope and summary lines as the chat's answer
    for (const line of chat.split('\n').slice(0, 3)) expect(text).toContain(line.replace(/^📑 /, ''));
    const page = await (await leader.request('/bao-cao?ke-hoach=KH20-2026&ky=qu%C3%BD+IV%2F2026')).text();
    const xlsxLink = /href="(\/bao-cao\/tai-ve\?[^"]*dinh-dang=xlsx[^"]*)"/.exec(page)![1]!.replace(/&amp;/g, '&');
    const xlsx = await leader.request(xlsxLink);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-kh20-2026-quy-iv-2026.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(String(workbook.getWorksheet('Tổng hợp')!.getCell('A3').value)).toBe('Kỳ báo cáo: quý IV/2026 (từ 01/10/2026 đến 31/12/2026)');
    const docx = await leader.request(xlsxLink.replace('dinh-dang=xlsx', 'dinh-dang=docx'));
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-kh20-2026-quy-iv-2026.docx"');
    expect(new Uint8Array(await docx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    // the feedback statistics as a spreadsheet: counts by unit, no case content
    const stats = await leader.request('/bao-cao/phan-anh.xlsx?ky=th%C3%A1ng+11');
    expect(stats.headers.get('content-disposition')).toBe('attachment; filename="thong-ke-phan-anh-2026-11-01.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await stats.arrayBuffer());
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.join(' ')).toContain('Bệnh viện Đa khoa tỉnh Lai Châu 1');
    guard.inspect('/bao-cao/phan-anh.xlsx', cells.join(' '));
  });

  it('is for leaders: a unit leader gets their branch, a focal point is refused, a bad plan is explained', async () => {
    const unitLeader = webOf(t).client();
    await unitLeader.signInAs('lanh-dao-tamduong');
    const branch = await read(unitLeader, '/bao-cao?ke-hoach=KH20-2026&ky=2026');
    expect(branch).toContain('1 đơn vị,');
    expect(branch).not.toContain('CDC tỉnh');
    expect(await read(focal, '/bao-cao', 403)).toContain('Không có quyền xem trang này');
    expect((await focal.request('/bao-cao/tai-ve?ke-hoach=KH20-2026&dinh-dang=xlsx')).status).toBe(403);
    expect(await read(leader, '/bao-cao?ke-hoach=KHONG-CO')).toContain('Không có kế hoạch “KHONG-CO”');
    // a download whose plan is not found goes back to the page, which says why
    const missing = await leader.request('/bao-cao/tai-ve?ke-hoach=KHONG-CO&dinh-dang=xlsx');
    expect(missing.status).toBe(303);
  });
});

describe('privacy', () => {
  it('no page shows the complainant (but the revealed case page, asserted above)', () => {
    expect(guard.inspected).toBeGreaterThan(0);
    guard.assertClean();
  });
});
