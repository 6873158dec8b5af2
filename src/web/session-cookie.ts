import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_MAX_DAYS } from '../core/sign-in/sign-in.js';

/*
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (another site's form cannot carry it in a
 * POST), and on https Secure with the __Host- prefix (only this host, only over https, path /). It holds a
 * random token whose digest is the session's key in the database.
 */

const cookieName = (secure: boolean) => (secure ? '__Host-tdm-phien' : 'tdm-phien');

export function readSessionToken(c: Context, secure: boolean): string | undefined {
  return getCookie(c, cookieName(secure));
}

export function writeSessionCookie(c: Context, token: string, secure: boolean): void {
  setCookie(c, cookieName(secure), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: SESSION_MAX_DAYS * 24 * 3600,
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, cookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}

/**
 * The form token of a session (a hidden field in every form): derived from the session's own secret, so it
 * needs no storage and no other site can know it. Checked beside the Origin check of hono/csrf.
 */
export const formTokenOf = (sessionToken: string) => createHmac('sha256', sessionToken).update('form').digest('base64url');

export function formTokenMatches(sessionToken: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(formTokenOf(sessionToken));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
