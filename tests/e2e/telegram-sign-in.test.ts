import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTelegramLogin } from '../../src/web/telegram-login.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { privateMessage } from '../support/telegram-updates.js';

/*
 * Issue 24 on Telegram, through grammY against the fake Bot API: /dangnhap answers with the link and, on an
 * https address, a login_url button; a button Telegram refuses (no /setdomain yet) does not cost the link; the
 * dashboard, served by the same runtime over long polling, tells the person in their private chat when a
 * session starts; Telegram's signed login data signs the person in.
 */

const PUBLIC = 'https://bang.syt-laichau.example';
let h: TelegramHarness;
let local: string;

beforeAll(async () => {
  h = await startTelegramHarness({ env: { WEB_BASE_URL: PUBLIC } });
  expect(h.runtime.port).toBeGreaterThan(0); // long polling, and the HTTP server runs for the dashboard
  local = `http://127.0.0.1:${h.runtime.port}`;
}, 120_000);
afterAll(() => h?.stop());

const lastTo = (chatId: number) =>
  h.fake
    .callsOf('sendMessage')
    .filter((call) => String(call.payload.chat_id) === String(chatId) && !call.payload.__failed)
    .at(-1);

describe('/dangnhap on Telegram', () => {
  it('answers in private with the link and a login button for the https address', async () => {
    const before = h.fake.sentTo(1000).length;
    h.fake.push(privateMessage(h.fake.updateId(), h.people.admin, '/dangnhap'));
    await h.fake.waitFor(() => h.fake.sentTo(1000).length > before);
    const call = lastTo(1000)!;
    expect(String(call.payload.text)).toMatch(new RegExp(`${PUBLIC.replace(/[.]/g, '\\.')}/dang-nhap\\?t=[\\w-]{43}`));
    expect(call.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Đăng nhập bảng điều khiển', login_url: { url: `${PUBLIC}/dang-nhap/telegram` } }]],
    });
  });

  it('sends the link without the button when Telegram refuses the button (the domain not set with BotFather)', async () => {
    const before = h.fake.sentTo(1000).length;
    h.fake.badRequest('sendMessage', 'BOT_DOMAIN_INVALID');
    h.fake.push(privateMessage(h.fake.updateId(), h.people.admin, '/dangnhap'));
    await h.fake.waitFor(() => h.fake.sentTo(1000).length > before);
    const call = lastTo(1000)!;
    expect(String(call.payload.text)).toContain(`${PUBLIC}/dang-nhap?t=`);
    expect(call.payload.reply_markup).toBeUndefined();
  });

  it('the dashboard of the polling runtime signs in from the link and tells the person in their private chat', async () => {
    const text = String(lastTo(1000)!.payload.text);
    const token = /dang-nhap\?t=([\w-]{43})/.exec(text)![1]!;
    // the browser reaches the server through the public address: its Origin is the public one
    const response = await fetch(`${local}/dang-nhap`, {
      method: 'POST',
      headers: { origin: PUBLIC, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ t: token }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie().join()).toMatch(
      /__Host-tdm-phien=[\w-]+; Max-Age=604800; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    );
    await h.fake.waitFor(() => h.fake.sentTo(1000).some((sent) => sent.startsWith('Bạn vừa đăng nhập bảng điều khiển')));
    expect(h.fake.sentTo(1000).at(-1)).toContain(`Bạn vừa đăng nhập bảng điều khiển ${PUBLIC} lúc 09:00 23/11/2026.`);
  });

  it('signs in with the data Telegram signs for a login button, and only with it', async () => {
    const authDate = String(Math.floor(h.clock.now().getTime() / 1000) - 20);
    const signed = signTelegramLogin({ id: '1001', first_name: 'Lan', username: 'lan_bvdk', auth_date: authDate }, h.fake.token);
    const page = await fetch(`${local}/dang-nhap/telegram?${new URLSearchParams(signed)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Đăng nhập với tư cách Nguyễn Thị Lan — cán bộ đầu mối (BVĐK tỉnh)');
    const post = (fields: Record<string, string>) =>
      fetch(`${local}/dang-nhap/telegram`, {
        method: 'POST',
        headers: { origin: PUBLIC, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    expect((await post({ ...signed, id: '1000' })).status).toBe(410); // the id changed: the signature fails
    expect((await post(signed)).status).toBe(303);
    expect((await post(signed)).status).toBe(410); // once
  });
});
