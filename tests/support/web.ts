import type { Hono } from 'hono';
import type { TestApp } from './test-app.js';
import { secretTokens } from '../../src/web/secret-tokens.js';
import { createWebApp, type SessionNotice } from '../../src/web/web-app.js';
import { stripTags } from './html-text.js';
import type { PrivacyGuard } from './privacy-guard.js';

export interface WebClient {
  web: Hono;
  /** what the dashboard told people in chat (a session started) */
  notices: SessionNotice[];
  /** a request as a browser on this site sends it: the client's cookies, and its Origin on a form post */
  request(path: string, init?: RequestInit & { form?: Record<string, string>; origin?: string | null }): Promise<Response>;
  /** the cookies this client holds (name → value) */
  cookies: Map<string, string>;
  /** signs in as a demo person: /dangnhap in their private chat, then the link's button */
  signInAs(user: string): Promise<Response>;
  /** the address the links name */
  base: string;
}

/** The first link to the dashboard in a text the bot sent. */
export const linkIn = (text: string) => /https?:\/\/\S+\/dang-nhap\?t=[\w-]+/.exec(text)?.[0] ?? null;

/**
 * The dashboard of a test app, asked in-process (`app.request()`, no socket), with a cookie jar per client:
 * each call of `client()` is another browser.
 */
export function webOf(t: TestApp, options: { telegramToken?: string } = {}): { client(): WebClient } {
  const address = t.app.webAddress;
  if (!address) throw new Error('the test app serves no dashboard (WEB=off)');
  const notices: SessionNotice[] = [];
  const web = createWebApp({
    store: t.app.store,
    i18n: t.app.i18n,
    clock: t.app.clock,
    logger: t.app.logger,
    address,
    tokens: secretTokens,
    timezone: t.app.config.defaultTimezone,
    calendar: t.app.calendar,
    feedbackSla: t.app.config.feedbackSla,
    telegramToken: options.telegramToken ?? null,
    reportDocx: t.app.config.report,
    tell: async (notice) => {
      notices.push(notice);
    },
  }) as unknown as Hono;
  const base = address.base();
  return {
    client() {
      const cookies = new Map<string, string>();
      const request = async (path: string, init: RequestInit & { form?: Record<string, string>; origin?: string | null } = {}) => {
        const headers = new Headers(init.headers);
        if (cookies.size > 0) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
        let body = init.body;
        if (init.form) {
          body = new URLSearchParams(init.form).toString();
          headers.set('content-type', 'application/x-www-form-urlencoded');
        }
        const method = init.method ?? (init.form ? 'POST' : 'GET');
        if (method === 'POST' && init.origin !== null) headers.set('origin', init.origin ?? base);
        const response = await web.request(`${base}${path}`, { method, headers, body, redirect: 'manual' });
        for (const line of response.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const [name, value] = pair!.split('=');
          if (/max-age=0/i.test(line) || value === '') cookies.delete(name!.trim());
          else cookies.set(name!.trim(), value!.trim());
        }
        return response;
      };
      const client: WebClient = {
        web,
        notices,
        request,
        cookies,
        base,
        async signInAs(user) {
          const reply = await t.ask('/dangnhap', { user, kind: 'private' });
          const link = linkIn(reply);
          if (!link) throw new Error(`no link in: ${reply}`);
          const token = new URL(link).searchParams.get('t')!;
          return request('/dang-nhap', { form: { t: token } });
        },
      };
      return client;
    },
  };
}

/** The text a person reads on a page (what the privacy guard looks at). */
export const pageText = async (response: Response) => stripTags(await response.text());

/** The CSRF token a page's forms carry. */
export const csrfOf = (html: string) => /name="csrf" value="([\w-]+)"/.exec(html)![1]!;

/** A browser signed in as a demo person, through a one-time link as the bot gives it. */
export async function signedIn(t: TestApp, user: string): Promise<WebClient> {
  const client = webOf(t).client();
  await client.signInAs(user);
  return client;
}

/**
 * Posts a form of the page at `page` (with its CSRF token) to `action`, as a click on its button does; the
 * answer's status and the text a person reads, shown to the privacy guard.
 */
export async function postForm(client: WebClient, page: string, action: string, guard: PrivacyGuard) {
  const csrf = csrfOf(await (await client.request(page)).text());
  const response = await client.request(action, { form: { csrf } });
  const text = await pageText(response);
  guard.inspect(action, text);
  return { status: response.status, text };
}
