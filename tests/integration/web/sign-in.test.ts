import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUTTON_CAPABILITIES, startTestApp, type TestApp } from '../../support/test-app.js';
import { linkIn, pageText, webOf } from '../../support/web.js';
import { signTelegramLogin } from '../../../src/web/telegram-login.js';

/*
 * Issue 24, item 2: signing in from the chat people already use. /dangnhap in a private chat gives a one-time
 * link; opening it shows who it signs in and uses nothing; only the button's POST uses it, once; sessions end
 * when idle for 8 hours, after 7 days, on the page's sign-out and on /dangxuat in chat; roles are read on every
 * request. On both drivers (DATABASE_URL runs it on PostgreSQL).
 */

const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t?.close());

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

describe('/dangnhap in chat', () => {
  it('gives a one-time link in a private chat, valid 10 minutes, and is refused in a group with where to type it', async () => {
    const reply = await t.ask('/dangnhap', { user: 'lanh-dao-so', kind: 'private' });
    expect(reply).toMatch(/^Mở liên kết sau để đăng nhập bảng điều khiển:\nhttp:\/\/127\.0\.0\.1:8080\/dang-nhap\?t=[\w-]{43}\n/);
    expect(reply).toContain('hết hạn sau 10 phút (lúc 09:10 23/11/2026)');
    // in a group, anyone there could open it: refused before any link is made
    const before = rowsOf<{ n: number }>(await t.db.db.execute(sql`select count(*)::int as n from web_sign_in_tokens`))[0]!.n;
    expect(await t.ask('/dangnhap', { user: 'lanh-dao-so' })).toBe('Lệnh /dangnhap chỉ dùng khi nhắn riêng với trợ lý.');
    const after = rowsOf<{ n: number }>(await t.db.db.execute(sql`select count(*)::int as n from web_sign_in_tokens`))[0]!.n;
    expect(after).toBe(before);
  });

  it('says so when this server serves no dashboard (WEB=off), and WEB_BASE_URL must be a root address', async () => {
    const off = await startTestApp({ at: AT, env: { WEB: 'off' } });
    try {
      expect(off.app.webAddress).toBeNull();
      expect(await off.ask('/dangnhap', { user: 'lanh-dao-so', kind: 'private' })).toBe(
        'Máy chủ này không bật bảng điều khiển trên web (WEB=off), nên chưa đăng nhập được. Hãy báo quản trị viên.',
      );
    } finally {
      await off.close();
    }
    const { parseConfig } = await import('../../../src/config.js');
    expect(parseConfig({ WEB_BASE_URL: 'https://syt.example/bang' })).toMatchObject({ ok: false, problems: [{ key: 'WEB_BASE_URL' }] });
    expect(parseConfig({ WEB: 'maybe' })).toMatchObject({ ok: false, problems: [{ key: 'WEB' }] });
    expect(parseConfig({ WEB_BASE_URL: 'https://syt.example/' })).toMatchObject({
      ok: true,
      config: { web: { baseUrl: 'https://syt.example' } },
    });
  });

  it('refuses a stranger, who has no role and nothing to see', async () => {
    expect(await t.ask('/dangnhap', { user: 'nguoi-la-24', kind: 'private' })).toMatch(
      /^Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh \/dangnhap/,
    );
  });

  it('keeps only a digest of the token', async () => {
    const link = linkIn(await t.ask('/dangnhap', { user: 'quan-tri', kind: 'private' }))!;
    const token = new URL(link).searchParams.get('t')!;
    const rows = rowsOf<{ token_hash: string }>(await t.db.db.execute(sql`select token_hash from web_sign_in_tokens`));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.token_hash.includes(token))).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('on Telegram with an https address, also offers a login_url button', async () => {
    const secure = await startTestApp({ at: AT, env: { WEB_BASE_URL: 'https://bang.syt-laichau.example' } });
    try {
      const result = await secure.say('/dangnhap', { user: 'lanh-dao-so', kind: 'private', capabilities: BUTTON_CAPABILITIES });
      expect(result.reply?.text).toContain('https://bang.syt-laichau.example/dang-nhap?t=');
      expect(result.reply?.loginButton).toEqual({
        label: 'Đăng nhập bảng điều khiển',
        url: 'https://bang.syt-laichau.example/dang-nhap/telegram',
      });
      // the console has no buttons: the link alone
      expect((await secure.say('/dangnhap', { user: 'lanh-dao-so', kind: 'private' })).reply?.loginButton).toBeUndefined();
    } finally {
      await secure.close();
    }
  });
});

describe('the link and its button', () => {
  it('opening the link shows who it signs in and uses nothing; the POST signs in once; a second POST is refused', async () => {
    const web = webOf(t);
    const browser = web.client();
    const link = linkIn(await t.ask('/dangnhap', { user: 'lanh-dao-so', kind: 'private' }))!;
    const path = link.slice(link.indexOf('/dang-nhap'));
    const token = new URL(link).searchParams.get('t')!;
    // a link preview, a scanner and the person: three GETs, nothing used
    for (let i = 0; i < 3; i += 1) {
      const page = await browser.request(path);
      expect(page.status).toBe(200);
      expect(await pageText(page)).toContain('Đăng nhập với tư cách Lò Văn Thắng — lãnh đạo Sở');
    }
    expect(browser.cookies.size).toBe(0);
    const signedIn = await browser.request('/dang-nhap', { form: { t: token } });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/');
    const cookie = signedIn.headers.getSetCookie().find((line) => line.startsWith('tdm-phien='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // http://127.0.0.1: a Secure cookie would never come back
    const home = await browser.request('/');
    expect(home.status).toBe(200);
    expect(await pageText(home)).toContain('Xin chào Lò Văn Thắng.');

    // the person is told in chat, where they asked for the link
    expect(web.client().notices.at(-1)).toMatchObject({ chatRef: 'console:dm-lanh-dao-so' });
    expect(web.client().notices.at(-1)?.text).toContain('Bạn vừa đăng nhập bảng điều khiển http://127.0.0.1:8080 lúc 09:00 23/11/2026');

    const replay = await web.client().request('/dang-nhap', { form: { t: token } });
    expect(replay.status).toBe(410);
    expect(await pageText(replay)).toContain('Liên kết đăng nhập này đã được dùng');
    expect((await web.client().request(path)).status).toBe(410);
  });

  it('expires after 10 minutes', async () => {
    const link = linkIn(await t.ask('/dangnhap', { user: 'lanh-dao-so', kind: 'private' }))!;
    const token = new URL(link).searchParams.get('t')!;
    t.clock.advance(10 * 60_000);
    try {
      const late = await webOf(t)
        .client()
        .request('/dang-nhap', { form: { t: token } });
      expect(late.status).toBe(410);
      expect(await pageText(late)).toContain('Liên kết đăng nhập đã hết hạn.');
    } finally {
      t.clock.set(AT);
    }
  });

  it('refuses a post from another site (CSRF), and an unknown token', async () => {
    const link = linkIn(await t.ask('/dangnhap', { user: 'lanh-dao-so', kind: 'private' }))!;
    const token = new URL(link).searchParams.get('t')!;
    const browser = webOf(t).client();
    const forged = await browser.request('/dang-nhap', { form: { t: token }, origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(await pageText(forged)).toContain('Yêu cầu này không được gửi từ một trang của bảng điều khiển');
    expect(browser.cookies.size).toBe(0);
    // the forged post used nothing: the person's own click still works
    expect((await browser.request('/dang-nhap', { form: { t: token } })).status).toBe(303);
    expect((await browser.request('/dang-nhap', { form: { t: 'khong-phai-token' } })).status).toBe(404);
    expect((await browser.request('/dang-nhap?t=%3Cscript%3E')).status).toBe(404);
    // a body no form of ours could send is refused before it is read
    expect((await browser.request('/dang-nhap', { form: { t: 'x'.repeat(100_000) } })).status).toBe(413);
  });

  it('a person whose roles were all removed since asking cannot use the link', async () => {
    const link = linkIn(await t.ask('/dangnhap', { user: 'nhan-vien', kind: 'private' }))!;
    const token = new URL(link).searchParams.get('t')!;
    expect(await t.ask('/phanquyen bỏ nhân viên @nhan-vien BVDK', { user: 'quan-tri', kind: 'private' })).toMatch(/không còn là/);
    try {
      const refused = await webOf(t)
        .client()
        .request('/dang-nhap', { form: { t: token } });
      expect(refused.status).toBe(410);
      expect(await pageText(refused)).toContain('Tài khoản này chưa có vai trò nào');
    } finally {
      expect(await t.ask('/phanquyen nhân viên @nhan-vien BVDK', { user: 'quan-tri', kind: 'private' })).toMatch(/^Đã giao/);
    }
  });
});

describe('sessions', () => {
  it('end after 8 hours without a page, and after 7 days whatever happens', async () => {
    const browser = webOf(t).client();
    await browser.signInAs('lanh-dao-so');
    t.clock.advance(7 * 3600_000 + 59 * 60_000);
    try {
      expect((await browser.request('/')).status).toBe(200); // 7 h 59 idle: still in, and the idle clock restarts
      t.clock.advance(8 * 3600_000);
      const idle = await browser.request('/');
      expect(idle.status).toBe(303);
      expect(idle.headers.get('location')).toBe('/dang-nhap');
    } finally {
      t.clock.set(AT);
    }
    const busy = webOf(t).client();
    await busy.signInAs('lanh-dao-so');
    try {
      // a page every 4 hours for a week: never idle, and still out after the seventh day
      for (let hours = 4; hours < 7 * 24; hours += 4) {
        t.clock.set(new Date(new Date(AT).getTime() + hours * 3600_000));
        expect((await busy.request('/cach-tinh')).status, `after ${hours} h`).toBe(200);
      }
      t.clock.set(new Date(new Date(AT).getTime() + 7 * 24 * 3600_000));
      expect((await busy.request('/cach-tinh')).status).toBe(303);
    } finally {
      t.clock.set(AT);
    }
  });

  it('/dangxuat in chat ends every session of the person, on every browser', async () => {
    const phone = webOf(t).client();
    const office = webOf(t).client();
    await phone.signInAs('quan-tri');
    await office.signInAs('quan-tri');
    expect((await phone.request('/quan-tri')).status).toBe(200);
    expect(await t.ask('/dangxuat', { user: 'quan-tri', kind: 'private' })).toBe('Đã đăng xuất bảng điều khiển trên 2 trình duyệt.');
    expect((await phone.request('/quan-tri')).status).toBe(303);
    expect((await office.request('/quan-tri')).status).toBe(303);
    expect(await t.ask('/dangxuat', { user: 'quan-tri' })).toBe('Bạn không đăng nhập bảng điều khiển ở trình duyệt nào.');
  });

  it('the page’s sign-out ends this session only, and needs the form’s token', async () => {
    const phone = webOf(t).client();
    const office = webOf(t).client();
    await phone.signInAs('quan-tri');
    await office.signInAs('quan-tri');
    // a sign-out posted without the page's token (from a page of another kind) is refused
    expect((await phone.request('/dang-xuat', { form: {} })).status).toBe(403);
    const html = await (await phone.request('/')).text();
    const csrf = /name="csrf" value="([\w-]+)"/.exec(html)![1]!;
    const out = await phone.request('/dang-xuat', { form: { csrf } });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/dang-nhap?da-dang-xuat');
    expect(await pageText(await phone.request('/dang-nhap?da-dang-xuat'))).toContain('Bạn đã đăng xuất.');
    expect((await phone.request('/quan-tri')).status).toBe(303);
    expect((await office.request('/quan-tri')).status).toBe(200);
  });

  it('reads roles on every request: a role removed in chat applies to the next page', async () => {
    const browser = webOf(t).client();
    await browser.signInAs('lanh-dao-tamduong');
    expect((await browser.request('/?don-vi=TTYT-TD')).status).toBe(200);
    expect(await t.ask('/phanquyen bỏ lãnh đạo đơn vị @lanh-dao-tamduong TTYT-TD', { user: 'quan-tri', kind: 'private' })).toMatch(
      /không còn là/,
    );
    try {
      const after = await browser.request('/?don-vi=TTYT-TD');
      expect(after.status).toBe(403);
      expect(await pageText(after)).toContain('Tài khoản của bạn hiện không còn vai trò nào');
    } finally {
      expect(await t.ask('/phanquyen lãnh đạo đơn vị @lanh-dao-tamduong TTYT-TD', { user: 'quan-tri', kind: 'private' })).toMatch(
        /^Đã giao/,
      );
    }
    expect((await browser.request('/?don-vi=TTYT-TD')).status).toBe(200);
  });

  it('on https the cookie is Secure with the __Host- prefix', async () => {
    const secure = await startTestApp({ at: AT, env: { WEB_BASE_URL: 'https://bang.syt-laichau.example' } });
    try {
      const response = await webOf(secure).client().signInAs('lanh-dao-so');
      const cookie = response.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/^__Host-tdm-phien=[\w-]+; Max-Age=604800; Path=\/; HttpOnly; Secure; SameSite=Lax$/m);
    } finally {
      await secure.close();
    }
  });
});

describe('Telegram login button', () => {
  const TOKEN = '123456789:AAH-telegram_login_test_token_abcdefg';

  async function telegramPerson(id: string, name: string) {
    const member = await t.app.store.members.resolveActor({ platform: 'telegram', id, displayName: name, username: null }, t.clock.now());
    return member;
  }

  it('checks Telegram’s signature and freshness, signs in once, and never lets a stranger in', async () => {
    const person = await telegramPerson('777001', 'Lò Thị Telegram');
    const bvdk = (await t.app.store.units.findByCode('BVDK'))!;
    await t.app.store.members.grant(person.memberId, { role: 'staff', unitId: bvdk.id }, null);
    const web = webOf(t, { telegramToken: TOKEN });
    const authDate = String(Math.floor(t.clock.now().getTime() / 1000) - 30);
    const signed = signTelegramLogin({ id: '777001', first_name: 'Lò Thị', auth_date: authDate }, TOKEN);
    const query = new URLSearchParams(signed).toString();

    const browser = web.client();
    const confirm = await browser.request(`/dang-nhap/telegram?${query}`);
    expect(confirm.status).toBe(200);
    expect(await pageText(confirm)).toContain('Đăng nhập với tư cách Lò Thị Telegram — cán bộ, nhân viên (BVĐK tỉnh)');
    expect((await browser.request('/dang-nhap/telegram', { form: signed })).status).toBe(303);
    expect((await browser.request('/')).status).toBe(200);
    // the same signed data again (a copied address): used
    expect((await web.client().request('/dang-nhap/telegram', { form: signed })).status).toBe(410);

    // a changed id, another bot's signature, data older than 5 minutes: refused
    expect((await web.client().request(`/dang-nhap/telegram?${new URLSearchParams({ ...signed, id: '777002' })}`)).status).toBe(400);
    const otherBot = signTelegramLogin({ id: '777001', auth_date: authDate }, '987654321:AAH-another_bot_token_abcdefghij');
    expect((await web.client().request(`/dang-nhap/telegram?${new URLSearchParams(otherBot)}`)).status).toBe(400);
    const old = signTelegramLogin({ id: '777001', auth_date: String(Number(authDate) - 600) }, TOKEN);
    expect((await web.client().request('/dang-nhap/telegram', { form: old })).status).toBe(410);
    // someone Telegram knows but the bot gave no role
    await telegramPerson('777003', 'Người Lạ');
    const stranger = signTelegramLogin({ id: '777003', auth_date: authDate }, TOKEN);
    expect((await web.client().request(`/dang-nhap/telegram?${new URLSearchParams(stranger)}`)).status).toBe(403);
    expect((await web.client().request('/dang-nhap/telegram', { form: stranger })).status).toBe(403);
  });
});
