import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatJoined } from '../../../src/core/chats/lifecycle.js';
import { PrivacyGuard } from '../../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, webOf, type WebClient } from '../../support/web.js';

/*
 * Issue 24, items 1 and 3: the page frame and /quan-tri, asked in-process on both drivers. Every page's text
 * goes through the privacy guard with the complainant of a real case: no page of the frame may show a
 * complainant's name or contact, not even an administrator's, not even in a failed private notice.
 */

const AT = '2026-11-23T09:00:00+07:00';
const COMPLAINANT = { name: 'Nguyễn Văn Khách', phone: '0912 345 678' };
let t: TestApp;
let admin: WebClient;
const guard = new PrivacyGuard();

/** Fetches a page and hands its text to the privacy guard; returns the text. */
async function read(client: WebClient, path: string, status = 200): Promise<string> {
  const response = await client.request(path);
  expect(response.status, path).toBe(status);
  const text = await pageText(response);
  guard.inspect(path, text);
  return text;
}

beforeAll(async () => {
  t = await startTestApp({ at: AT });
  guard.register({ kind: 'name', value: COMPLAINANT.name }, { kind: 'phone', value: COMPLAINANT.phone });
  // a case with a complainant, whose contact goes to the handler in private
  const intake = await t.ask('/phananh hòm thư Bảo vệ cổng số 2 thu tiền gửi xe cao hơn quy định', { user: 'dau-moi' });
  const code = /Đã ghi sổ phản ánh (\S+)\./.exec(intake)![1]!;
  await t.ask(`/phananh lienhe ${code} ${COMPLAINANT.name} ${COMPLAINANT.phone}`, { user: 'dau-moi', kind: 'private' });
  // the Department leader and the handler have written to the bot privately; the others never have
  await t.ask('/start', { user: 'lanh-dao-so', kind: 'private' });
  await t.ask('/start', { user: 'xu-ly-pa', kind: 'private' });
  // a group the bot was added to and nobody bound
  await chatJoined(t.app.store, { ref: 'console:nhom-moi-24', platform: 'console', kind: 'group', title: 'Nhóm giao ban khoa Nội' });
  // last week's digest of BVĐK's group
  await t.app.store.digests.claimRuns(['console:nhom-bvdk'], '2026-W47');
  // a private notice to the handler that failed (it carries the contact: the page must not show it), and a
  // digest whose sending is in doubt
  const failedNotice = `failed:${code}`;
  await t.app.store.outbox.enqueue([
    { key: `notice:${failedNotice}`, chat: 'console:dm-xu-ly-pa', text: `Liên hệ: ${COMPLAINANT.name} ${COMPLAINANT.phone}` },
    { key: 'digest:console:nhom-cdc:2026-W47', chat: 'console:nhom-cdc', text: 'Bản tin tuần' },
  ]);
  const rows = (await t.db.db.execute(sql`select id, key from outbox order by id`)) as unknown;
  const list = (Array.isArray(rows) ? rows : (rows as { rows: Array<{ id: number; key: string }> }).rows) as Array<{
    id: number;
    key: string;
  }>;
  const byKey = new Map(list.map((row) => [row.key, Number(row.id)]));
  await t.app.store.outbox.markFailed(byKey.get(`notice:${failedNotice}`)!, t.clock.now(), 'Forbidden: bot was blocked by the user');
  await t.app.store.outbox.markFailed(
    byKey.get('digest:console:nhom-cdc:2026-W47')!,
    t.clock.now(),
    'in doubt: the replica sending it stopped before the platform answered',
  );
  // the Zalo OA's token pair, refreshed 80 days ago: its refresh token runs out in 10 days
  await t.db.db.execute(
    sql`insert into zalo_tokens (app_id, access_token, refresh_token, access_expires_at, refreshed_at) values ('1234567890', 'a-token', 'r-token', ${'2026-11-24T10:00:00+07:00'}::timestamptz, ${'2026-09-04T09:00:00+07:00'}::timestamptz)`,
  );
  admin = webOf(t).client();
  await admin.signInAs('quan-tri');
});
afterAll(() => t?.close());

describe('/quan-tri', () => {
  it('shows an administrator what keeps the bot from reaching people, read from the database', async () => {
    const text = await read(admin, '/quan-tri');
    expect(text).toContain('Quản trị: tình trạng hệ thống');
    // groups: bound ones with their unit and last digest, the unbound one with how to bind it
    expect(text).toMatch(/Nhóm đã gắn với đơn vị \(\d+\)/);
    expect(text).toContain('Nhóm BVĐK tỉnh Console (dùng thử) Bệnh viện Đa khoa tỉnh Lai Châu (BVDK) kỳ 2026-W47');
    expect(text).toContain(
      'Nhóm chưa gắn với đơn vị nào (1) Nhóm chưa gắn với đơn vị nào Nhóm Nền tảng Bản tin gần nhất Tình trạng Nhóm giao ban khoa Nội',
    );
    expect(text).toContain('/dangky <mã đơn vị>');
    // units without a focal point: the offices and stations of the demo have none; BVĐK has one
    expect(text).toMatch(/Đơn vị chưa có cán bộ đầu mối \(\d+\)/);
    expect(text).toContain('Trạm Y tế xã Bản Bo (TYT-BANBO)');
    expect(text.slice(text.indexOf('Đơn vị chưa có cán bộ đầu mối'), text.indexOf('Đơn vị chưa có lịch mở hòm thư'))).not.toContain(
      '(BVDK)',
    );
    // people who never wrote privately: BVĐK's leader; not the Department leader, the handler, the focal point
    // (who gave the contact in private) nor the administrator (who asked for a sign-in link there)
    const people = text.slice(text.indexOf('Người có vai trò chưa từng nhắn riêng'), text.indexOf('Tin nhắn gửi lỗi'));
    expect(people).toContain('Nguyễn Văn Hùng lãnh đạo đơn vị (BVDK) Console (dùng thử)');
    for (const wrote of ['Lò Văn Thắng', 'Trần Quốc Minh', 'Nguyễn Thị Lan']) expect(people).not.toContain(wrote);
    // the failed and the in-doubt message: kind, chat and error, never the text
    expect(text).toMatch(/Tin nhắn gửi lỗi hoặc không rõ đã tới chưa \(2\)/);
    expect(text).toContain('Forbidden: bot was blocked by the user');
    expect(text).toContain('Nhóm CDC tỉnh digest Không rõ đã tới chưa');
    // the Zalo token: the refresh token expires in 10 days
    expect(text).toContain('1234567890 10:00 24/11/2026 03/12/2026 Sắp hết hạn: cần cấp quyền lại');
  });

  it('narrows to a unit and the units below it (a permalink), leaving out what belongs to no unit', async () => {
    const text = await read(admin, '/quan-tri?don-vi=ttyt-td');
    expect(text).toContain('Đang xem: Trung tâm Y tế Tam Đường và các đơn vị trực thuộc.');
    expect(text).toContain('Trạm Y tế xã Bản Bo (TYT-BANBO)');
    expect(text).not.toContain('Nhóm BVĐK tỉnh');
    expect(text).not.toContain('Nhóm chưa gắn với đơn vị nào');
    expect(text).not.toContain('Token Zalo OA');
    const html = await (await admin.request('/quan-tri?don-vi=TTYT-TD')).text();
    expect(html).toMatch(/<option value="TTYT-TD" selected>/);
  });

  it('is for administrators only: the Department leader is told whom it is for', async () => {
    const leader = webOf(t).client();
    await leader.signInAs('lanh-dao-so');
    const text = await read(leader, '/quan-tri', 403);
    expect(text).toContain('Trang này dành cho quản trị viên.');
    // and the navigation does not offer it
    expect(await read(leader, '/')).not.toContain('Quản trị');
    expect(await read(admin, '/')).toContain('Quản trị');
  });
});

describe('the page frame', () => {
  it('is Vietnamese first, with English from the same messages, chosen by a link that comes back to the page', async () => {
    const browser = webOf(t).client();
    await browser.signInAs('quan-tri');
    const vi = await (await browser.request('/cach-tinh')).text();
    expect(vi).toMatch(/^<!doctype html>\s*<html lang="vi">/);
    expect(vi).toContain('<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>');
    expect(vi).toContain('href="/ngon-ngu/en?quay-lai=%2Fcach-tinh"');
    const switched = await browser.request('/ngon-ngu/en?quay-lai=%2Fcach-tinh');
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/cach-tinh');
    const en = await browser.request('/cach-tinh');
    const html = await en.text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>How we count</h1>');
    // never a redirect to another site
    expect((await browser.request('/ngon-ngu/vi?quay-lai=%2F%2Fevil.example')).headers.get('location')).toBe('/');
    expect((await browser.request('/ngon-ngu/vi?quay-lai=https%3A%2F%2Fevil.example')).headers.get('location')).toBe('/');
  });

  it('"Cách tính" defines each figure under its own anchor, with this server’s feedback time limits', async () => {
    const custom = await startTestApp({ at: AT, env: { FEEDBACK_SLA: 'hotline=2,box=7' } });
    try {
      const browser = webOf(custom).client();
      await browser.signInAs('dau-moi');
      const html = await (await browser.request('/cach-tinh')).text();
      for (const id of ['trang-thai', 'ti-le-dung-han', 'ngay-lam-viec', 'thoi-han-phan-anh', 'ton-dong', 'khung-lanh-dao'])
        expect(html).toContain(`<dt id="${id}">`);
      const text = await pageText(new Response(html));
      expect(text).toContain('Tỉ lệ đúng hạn = số kỳ xong đúng hạn ÷ (xong đúng hạn + xong trễ hạn + chưa xong mà đã quá hạn)');
      expect(text).toContain('đường dây nóng 2 ngày làm việc trong ngày');
      expect(text).toContain('hòm thư góp ý 7 ngày làm việc 1 ngày làm việc');
    } finally {
      await custom.close();
    }
  });

  it('answers a page that does not exist, and a unit that does not exist, in Vietnamese with what to do', async () => {
    expect(await read(admin, '/khong-co-trang-nay', 404)).toContain('Không tìm thấy trang Địa chỉ này không có trang nào.');
    expect(await read(admin, '/quan-tri?don-vi=XYZ', 404)).toContain('Không có đơn vị mã XYZ.');
    expect(await read(admin, `/quan-tri?don-vi=${'A'.repeat(500)}`, 404)).toContain('Không tìm thấy đơn vị');
    // someone not signed in is sent to the page that says how to sign in
    const stranger = webOf(t).client();
    const redirected = await stranger.request('/quan-tri');
    expect(redirected.status).toBe(303);
    expect(redirected.headers.get('location')).toBe('/dang-nhap');
    expect(await read(stranger, '/dang-nhap')).toContain('hãy nhắn riêng với trợ lý lệnh /dangnhap');
  });

  it('sends headers that keep pages out of caches, frames and referrers', async () => {
    const response = await admin.request('/quan-tri');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    const css = await admin.request('/tai-nguyen/giao-dien.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('@media print');
  });

  it('no page shows the complainant (every page read above went through the privacy guard)', () => {
    expect(guard.inspected).toBeGreaterThanOrEqual(8);
    guard.assertClean();
  });
});
