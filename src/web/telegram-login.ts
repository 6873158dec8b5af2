import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** A login button's data is accepted this long after Telegram signed it: the person has just pressed the button. */
export const TELEGRAM_LOGIN_MAX_AGE_SECONDS = 300;

export interface TelegramLogin {
  /** the Telegram user id Telegram vouches for */
  id: string;
  authDate: Date;
  /** Telegram's signature, unique to this login: recorded once used */
  hash: string;
}

/**
 * Checks the data Telegram adds to a `login_url` button's address (the same check as the Login Widget's,
 * https://core.telegram.org/widgets/login#checking-authorization): every field but `hash`, sorted by name, as
 * `name=value` lines joined by "\n"; the key is SHA-256 of the bot token; the data is Telegram's iff
 * HMAC-SHA-256(key, lines) in hex equals `hash`, compared in constant time; then `auth_date` must be recent.
 * Returns null for anything else (a field changed, another bot's data, an old login).
 */
export function verifyTelegramLogin(params: Record<string, string>, botToken: string, now: Date): TelegramLogin | null {
  const { hash, ...fields } = params;
  if (!hash || !/^[0-9a-f]{64}$/.test(hash) || !fields.id || !fields.auth_date) return null;
  const lines = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');
  const key = createHash('sha256').update(botToken).digest();
  const expected = createHmac('sha256', key).update(lines).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) return null;
  if (!/^\d{1,12}$/.test(fields.auth_date) || !/^\d{1,20}$/.test(fields.id)) return null;
  const authDate = new Date(Number(fields.auth_date) * 1000);
  const age = (now.getTime() - authDate.getTime()) / 1000;
  // a little room for clocks that disagree, none for a login from the future beyond that
  if (age > TELEGRAM_LOGIN_MAX_AGE_SECONDS || age < -60) return null;
  return { id: fields.id, authDate, hash };
}

/** Signs login data as Telegram does (tests, and the fake Bot API's login button). */
export function signTelegramLogin(fields: Record<string, string>, botToken: string): Record<string, string> {
  const lines = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');
  const key = createHash('sha256').update(botToken).digest();
  return { ...fields, hash: createHmac('sha256', key).update(lines).digest('hex') };
}
