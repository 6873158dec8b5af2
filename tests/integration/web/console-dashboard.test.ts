import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleDashboard, type ConsoleDashboard } from '../../../src/adapters/console/console-dashboard.js';
import type { Bot } from '../../../src/chat/bot.js';
import type { OutgoingMessage } from '../../../src/chat/messages.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { linkIn, pageText } from '../../support/web.js';

/*
 * The dashboard beside the console demo (`npm start`): served by the same process over real HTTP, its pages
 * loaded by the first request rather than at start. The banner's one-time link opens the sign-in page, the
 * button signs in, and the person is told through the bot where the console talks.
 */

const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;
let dashboard: ConsoleDashboard;
const told: Array<{ to: string; text: string }> = [];

beforeAll(async () => {
  t = await startTestApp({ at: AT, env: { PORT: '0' } });
  const bot = {
    deliver: async (chatRef: string, message: OutgoingMessage) => void told.push({ to: chatRef, text: message.text ?? '' }),
    deliverToMember: async (memberId: number, message: OutgoingMessage) =>
      void told.push({ to: `member:${memberId}`, text: message.text ?? '' }),
  } as unknown as Bot;
  dashboard = await startConsoleDashboard(t.app, bot);
});
afterAll(async () => {
  await dashboard?.stop();
  await t?.close();
});

describe('the console demo’s dashboard', () => {
  it('gives the leader a link in the banner; the first request loads the pages, and the link signs in', async () => {
    expect(dashboard.banner[0]).toMatch(/^Bảng điều khiển trên web: http:\/\/127\.0\.0\.1:\d+\/$/);
    const link = linkIn(dashboard.banner.find((line) => line.includes('Lò Văn Thắng'))!)!;
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await pageText(page)).toContain('Đăng nhập với tư cách Lò Văn Thắng — lãnh đạo Sở');

    const signedIn = await fetch(new URL('/dang-nhap', link), {
      method: 'POST',
      headers: { origin: new URL(link).origin },
      body: new URLSearchParams({ t: new URL(link).searchParams.get('t')! }),
      redirect: 'manual',
    });
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers
      .getSetCookie()
      .find((line) => line.startsWith('tdm-phien='))!
      .split(';')[0]!;
    const home = await fetch(new URL('/', link), { headers: { cookie } });
    expect(home.status).toBe(200);
    expect(await pageText(home)).toContain('Xin chào Lò Văn Thắng.');
    expect(told.at(-1)?.text).toContain('Bạn vừa đăng nhập bảng điều khiển');
    // and the health check stays the server's own, with no page loaded for it
    expect((await fetch(new URL('/healthz', link))).status).toBe(200);
  });
});
