import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { projectRoot } from '../../src/paths.js';
import { dashboardListener } from '../../src/web/serve.js';
import type { SessionNotice } from '../../src/web/web-app.js';
import { stripTags } from '../support/html-text.js';
import { PrivacyGuard } from '../support/privacy-guard.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { linkIn } from '../support/web.js';

/*
 * Issue 24, item 4: the dashboard in a real browser. Debian's Chromium (/usr/bin/chromium; .ci/run installs
 * it) driven by playwright-core, which never downloads a browser. A person asks the bot for a link in a
 * private chat, opens it, signs in with the button, reads /quan-tri and "Cách tính", meets a refusal, and signs
 * out. On every page axe-core checks WCAG 2.1 A and AA (0 violations), the privacy guard reads the text, and a
 * screenshot is kept in test-artifacts/dashboard/ (git ignores it) for a person to look at.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(projectRoot, 'test-artifacts', 'dashboard');
const AT = '2026-11-23T09:00:00+07:00';
const COMPLAINANT = { name: 'Trần Thị Phản Ánh', phone: '0987 654 321' };

interface AxeResults {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  passes: unknown[];
}

let t: TestApp;
let http: HttpServer;
let base: string;
let browser: Browser;
let axeSource: string;
const notices: SessionNotice[] = [];
const guard = new PrivacyGuard();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  t = await startTestApp({ at: AT, env: { PORT: '0' } });
  const fallback = dashboardListener(t.app, async (notice) => {
    notices.push(notice);
  });
  http = createHttpServer({ port: 0, host: '127.0.0.1', routes: [], logger: t.app.logger, health: async () => true, fallback });
  const { port } = await http.listen();
  t.app.webAddress!.listening(port);
  base = t.app.webAddress!.base();
  // a real case with a complainant: nothing of them may appear on any page
  guard.register({ kind: 'name', value: COMPLAINANT.name }, { kind: 'phone', value: COMPLAINANT.phone });
  const intake = await t.ask('/phananh đường dây nóng Nhân viên khoa Khám bệnh thái độ không đúng mực', { user: 'dau-moi' });
  const code = /Đã ghi sổ phản ánh (\S+)\./.exec(intake)![1]!;
  await t.ask(`/phananh lienhe ${code} ${COMPLAINANT.name} ${COMPLAINANT.phone}`, { user: 'dau-moi', kind: 'private' });
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // as root in a container: no sandbox; /dev/shm is small there
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await t?.close();
});

/** Runs axe-core on the page (WCAG 2.1 A and AA), screenshots it, and reads its text through the privacy guard. */
async function check(page: Page, name: string, how: { revealedCase?: boolean } = {}): Promise<AxeResults> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  // the one page allowed to show the complainant: a case an allowed reader revealed (asserted where it is opened)
  if (!how.revealedCase) guard.inspect(name, stripTags(await page.content()));
  await page.evaluate(axeSource);
  // evaluated as text in the page (the test's own TypeScript has no DOM types)
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };
  const results = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as AxeResults;
  const problems = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  expect(problems, `${name}: accessibility violations`).toEqual([]);
  expect(results.passes.length, `${name}: axe checked nothing`).toBeGreaterThan(5);
  return results;
}

describe.skipIf(!existsSync(CHROMIUM))('the dashboard in Chromium', () => {
  it('signs in from the link the bot gave, shows /quan-tri and "Cách tính", refuses politely, and signs out', async () => {
    // scripts are not this site's (CSP script-src 'none'): axe is evaluated through the DevTools protocol
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      const reply = await t.ask('/dangnhap', { user: 'quan-tri', kind: 'private' });
      const link = linkIn(reply)!;
      expect(link.startsWith(`${base}/dang-nhap?t=`)).toBe(true);

      // someone not signed in who opens a page is shown how to sign in
      await page.goto(`${base}/quan-tri`);
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Đăng nhập');
      await check(page, '01-dang-nhap-huong-dan');

      await page.goto(link);
      await expect(page.getByText('Đăng nhập với tư cách Trần Quốc Minh — quản trị viên').count()).resolves.toBe(1);
      await check(page, '02-xac-nhan-dang-nhap');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(`${base}/`);
      expect(notices.at(-1)?.chatRef).toBe('console:dm-quan-tri');
      const cookies = await context.cookies();
      expect(cookies.find((cookie) => cookie.name === 'tdm-phien')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      await expect(page.getByText('Xin chào Trần Quốc Minh.').count()).resolves.toBe(1);
      await check(page, '03-bat-dau');

      // the navigation leads to /quan-tri; a filter narrows it to a unit and the address keeps it
      await page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Quản trị' }).click();
      await page.waitForURL(`${base}/quan-tri`);
      await expect(page.getByRole('heading', { name: /Nhóm đã gắn với đơn vị/ }).count()).resolves.toBe(1);
      await check(page, '04-quan-tri');
      await page.getByLabel('Đơn vị', { exact: true }).selectOption('TTYT-TD');
      await page.getByRole('button', { name: 'Xem' }).click();
      await page.waitForURL(`${base}/quan-tri?don-vi=TTYT-TD`);
      await expect(page.getByText('Đang xem: Trung tâm Y tế Tam Đường và các đơn vị trực thuộc.').count()).resolves.toBe(1);
      await check(page, '05-quan-tri-tam-duong');

      // a phone: the same page in 390 px, nothing cut off that cannot be scrolled to
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/quan-tri`);
      await check(page, '06-quan-tri-dien-thoai');
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.getByRole('link', { name: 'Cách tính' }).click();
      await page.waitForURL(`${base}/cach-tinh`);
      await check(page, '07-cach-tinh');

      // in English, then back
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${base}/cach-tinh`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await check(page, '08-how-we-count-en');
      await page.getByRole('link', { name: 'Tiếng Việt' }).click();
      await page.waitForURL(`${base}/cach-tinh`);

      // a page that does not exist
      const missing = await page.goto(`${base}/khong-co`);
      expect(missing?.status()).toBe(404);
      await check(page, '09-khong-tim-thay');

      // a printed page: A4, without the navigation
      await page.goto(`${base}/quan-tri`);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: 'Các trang' }).isVisible()).resolves.toBe(false);
      await page.emulateMedia({ media: 'screen' });

      // sign-out: back to the sign-in page, and /quan-tri closed again
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(`${base}/dang-nhap?da-dang-xuat`);
      await expect(page.getByText('Bạn đã đăng xuất.').count()).resolves.toBe(1);
      await check(page, '10-da-dang-xuat');
      await page.goto(`${base}/quan-tri`);
      expect(new URL(page.url()).pathname).toBe('/dang-nhap');

      // the used link: refused with how to get a new one
      await page.goto(link);
      await expect(page.getByText('Liên kết đăng nhập này đã được dùng').count()).resolves.toBe(1);
      await check(page, '11-lien-ket-da-dung');
    } finally {
      await context.close();
    }
    expect(guard.inspected).toBe(11);
    guard.assertClean();
  }, 180_000);

  it('a Department leader meets a polite 403 on /quan-tri, then reads the overview, a unit, a plan’s grid and a cell, the deadlines, the feedback book and a case (revealed), all passing axe', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    try {
      await page.goto(linkIn(await t.ask('/dangnhap', { user: 'lanh-dao-so', kind: 'private' }))!);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(`${base}/`);
      const refused = await page.goto(`${base}/quan-tri`);
      expect(refused?.status()).toBe(403);
      await expect(page.getByText('Trang này dành cho quản trị viên.').count()).resolves.toBe(1);
      await check(page, '12-khong-co-quyen');

      // Tổng quan: the figures with their definitions, the chart and its table
      await page.goto(`${base}/`);
      await expect(page.getByRole('img', { name: /Biểu đồ: số kỳ báo cáo/ }).count()).resolves.toBe(1);
      await expect(page.getByRole('table', { name: 'Số kỳ báo cáo theo trạng thái, từng đơn vị' }).count()).resolves.toBe(1);
      await check(page, '13-tong-quan');
      // a unit from the table
      await page.getByRole('link', { name: 'BVĐK tỉnh' }).first().click();
      await page.waitForURL(`${base}/don-vi/BVDK`);
      await expect(page.getByRole('heading', { level: 1, name: 'Bệnh viện Đa khoa tỉnh Lai Châu' }).count()).resolves.toBe(1);
      await check(page, '14-don-vi');
      // the plan's grid for the year, then a red cell opened
      await page.goto(`${base}/ke-hoach/KH20-2026?ky=2026`);
      await expect(page.getByRole('table', { name: /đơn vị × nhiệm vụ/ }).count()).resolves.toBe(1);
      await check(page, '14a-ke-hoach');
      await page.getByRole('link', { name: 'Quá hạn 10 ngày' }).first().click();
      await page.waitForURL(/\/ky-bao-cao\/\d+$/);
      await check(page, '14b-ky-bao-cao');
      // "Nhắc đơn vị" on the red cell: one reminder queued to the unit's group, said on the page
      await page.getByRole('button', { name: 'Nhắc đơn vị' }).click();
      await expect(page.getByText(/Đã xếp tin nhắc vào nhóm/).count()).resolves.toBe(1);
      await check(page, '14c-nhac-don-vi');
      // the deadlines calendar, narrowed by the filter
      await page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Hạn chót' }).click();
      await page.waitForURL(`${base}/han-chot`);
      await page.getByLabel('Đơn vị', { exact: true }).selectOption('BVDK');
      await page.getByRole('button', { name: 'Xem' }).click();
      await page.waitForURL(`${base}/han-chot?don-vi=BVDK`);
      await expect(page.getByText('Còn 4 ngày').count()).resolves.toBe(1);
      await check(page, '15-han-chot');
      // the private calendar address, shown once, then fetched as a phone's calendar would (no cookie)
      await page.getByRole('button', { name: 'Tạo địa chỉ lịch' }).click();
      const feedAddress = await page.locator('code').filter({ hasText: '/lich/' }).textContent();
      expect(feedAddress).toMatch(/\/lich\/[\w-]+\.ics$/);
      await check(page, '15a-lich-dien-thoai');
      const feed = await fetch(feedAddress!);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await feed.text()).toContain('BEGIN:VEVENT');
      // the feedback book, then a case: redacted, then revealed by the audited button
      await page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Phản ánh' }).click();
      await page.waitForURL(`${base}/phan-anh`);
      await check(page, '16-phan-anh');
      await page
        .getByRole('link', { name: /^PA-2026-/ })
        .first()
        .click();
      await page.waitForURL(/\/phan-anh\/PA-2026-\d+$/);
      await check(page, '17-phan-anh-vu-viec');
      await page.getByRole('button', { name: 'Xem nội dung đầy đủ và liên hệ' }).click();
      await page.waitForURL(/\/xem-day-du$/);
      await expect(page.getByText(`${COMPLAINANT.name} · ${COMPLAINANT.phone}`).count()).resolves.toBe(1);
      await check(page, '18-phan-anh-day-du', { revealedCase: true });
      // the exports page: a plan and a period chosen in the form, then the Word draft downloaded
      await page.getByRole('navigation', { name: 'Các trang' }).getByRole('link', { name: 'Báo cáo' }).click();
      await page.waitForURL(`${base}/bao-cao`);
      await page.getByLabel('Kế hoạch').selectOption('KH20-2026');
      await page.getByLabel('Kỳ', { exact: true }).fill('quý IV/2026');
      await page.getByRole('button', { name: 'Xem báo cáo' }).click();
      await page.waitForURL(/\/bao-cao\?.*ke-hoach=KH20-2026/);
      await expect(page.getByRole('table', { name: /Kết quả theo đơn vị — KH20-2026, quý IV\/2026/ }).count()).resolves.toBe(1);
      await check(page, '19-bao-cao');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /dự thảo báo cáo \(\.docx\)/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('bao-cao-kh20-2026-quy-iv-2026.docx');
    } finally {
      await context.close();
    }
    guard.assertClean();
  }, 120_000);
});
