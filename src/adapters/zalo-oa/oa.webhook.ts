import { createHash, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { WebhookRoute } from '../../http/server.js';
import type { Logger } from '../../logger.js';
import { readZaloBody } from '../zalo/zalo-json.js';
import type { ZaloOaAdapter } from './oa.adapter.js';
import { oaEnvelopeSchema } from './oa.schemas.js';

const SIGNATURE_SHAPE = /^(mac=)?[0-9a-f]{64}$/i;

/**
 * Zalo's event signature: SHA-256 (plain, not HMAC) of app id + the raw body + the body's timestamp + the OA
 * secret key, sent as hex, sometimes as "mac=<hex>". Compared in constant time.
 */
export function verifyOaSignature(input: {
  appId: string;
  secretKey: string;
  rawBody: Buffer;
  timestamp: string;
  header: string | undefined;
}): boolean {
  if (!input.header) return false;
  const given = input.header.trim().replace(/^mac=/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const expected = createHash('sha256')
    .update(
      Buffer.concat([
        Buffer.from(input.appId, 'utf8'),
        input.rawBody,
        Buffer.from(input.timestamp, 'utf8'),
        Buffer.from(input.secretKey, 'utf8'),
      ]),
    )
    .digest();
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}

/** The signature over the body's timestamp, as Zalo computes it (the fake Zalo server in tests signs with it). */
export function signOaBody(appId: string, secretKey: string, rawBody: string, timestamp: string): string {
  return createHash('sha256').update(`${appId}${rawBody}${timestamp}${secretKey}`).digest('hex');
}

export interface OaWebhookOptions {
  adapter: ZaloOaAdapter;
  appId: string;
  secretKey: string;
  clock: Clock;
  logger: Logger;
  /** how far the signed timestamp may be from now (default 3 hours: Zalo's retries, with room) */
  maxSkewMs?: number;
}

// Zalo re-sends an event it could not deliver after 30 s, 5, 15, 30 and 60 min (about 1 h 51 min in all), with
// the original timestamp and a num_retry header. The header is not needed to take one: a proxy may drop it
// (nginx drops header names with an underscore unless told otherwise). Every signed event within the window is
// taken; a replay within it changes nothing (the message id is remembered for 30 days), and one older than it is
// answered 200 and dropped, so that nothing an attacker kept can act again once its id is forgotten.
const RETRY_WINDOW_MS = 3 * 3_600_000;

// The console's check of a newly saved webhook URL reportedly posts an unsigned "{}" and wants 200. A body this
// small without a signature is read; anything larger is refused from its headers.
const MAX_UNSIGNED_BYTES = 64;

// The body's own "timestamp" key (not one inside a string, where its quotes are escaped), as a string or a
// number of milliseconds. A real event has one; a few are tried, so that a body full of them costs little.
const TIMESTAMP_KEY = /(?<!\\)"timestamp"\s*:\s*"?(\d{1,16})"?/g;
const MAX_TIMESTAMP_CANDIDATES = 3;

/**
 * The timestamp the signature was made with, read from the raw bytes without parsing them: the signature is
 * checked before anything of the body is interpreted. Null when no candidate verifies.
 */
function signedTimestamp(options: OaWebhookOptions, body: Buffer, header: string): string | null {
  const text = body.toString('utf8');
  let tried = 0;
  for (const match of text.matchAll(TIMESTAMP_KEY)) {
    if (tried++ >= MAX_TIMESTAMP_CANDIDATES) break;
    const timestamp = match[1]!;
    if (verifyOaSignature({ appId: options.appId, secretKey: options.secretKey, rawBody: body, timestamp, header })) return timestamp;
  }
  return null;
}

/** An unsigned body that is nothing at all: empty, or an empty JSON object (the console's check of the URL). */
const isEmptyCheck = (body: Buffer) => /^\s*(\{\s*\})?\s*$/.test(body.toString('utf8'));

/**
 * POST /webhooks/zalo-oa. Zalo wants 200 for every event, within two seconds, and resends only what it could not
 * deliver: any other answer loses the event. So the signature over the raw body comes first (a body that is not
 * Zalo's gets 401 whatever it holds, and is never parsed, except the console's unsigned empty check, which gets
 * 200 and does nothing); then every signed event gets 200: one the bot can act on is stored and processed after
 * the answer, one it cannot read is kept for an operator (counted on /healthz), one outside the retry window
 * is dropped.
 */
export function zaloOaWebhookRoute(options: OaWebhookOptions): WebhookRoute {
  const maxSkewMs = options.maxSkewMs ?? RETRY_WINDOW_MS;
  return {
    path: '/webhooks/zalo-oa',
    // The signature covers the body, so only its shape can be checked before reading it; without one, only a
    // body small enough to be the console's check is read.
    authorize: (headers) => {
      const signature = headers['x-zevent-signature'];
      if (typeof signature === 'string' && signature.length > 0) return SIGNATURE_SHAPE.test(signature.trim());
      const declared = headers['content-length'];
      return declared !== undefined && Number(declared) <= MAX_UNSIGNED_BYTES;
    },
    async handle({ headers, body }) {
      const header = headers['x-zevent-signature'];
      if (typeof header !== 'string' || header.length === 0) {
        if (body.length <= MAX_UNSIGNED_BYTES && isEmptyCheck(body)) {
          options.logger.info('unsigned empty post to the zalo oa webhook (the console checking the URL): 200, nothing done');
          return { status: 200 };
        }
        return { status: 401 };
      }
      const timestamp = signedTimestamp(options, body, header);
      if (timestamp === null) {
        options.logger.warn({ bytes: body.length }, 'zalo oa webhook with a bad signature refused');
        return { status: 401 };
      }
      const skew = Math.abs(options.clock.now().getTime() - Number(timestamp));
      if (skew > maxSkewMs) {
        options.logger.warn({ skewMinutes: Math.round(skew / 60_000) }, 'signed zalo oa event outside the retry window dropped');
        return { status: 200 };
      }
      const parsed = readZaloBody(body);
      const envelope = oaEnvelopeSchema.safeParse(parsed);
      if (!envelope.success) {
        await options.adapter.keepUnreadable(body, parsed === undefined ? 'not JSON' : 'no event name or timestamp the bot can read');
        return { status: 200 };
      }
      // the signed timestamp must be the event's own, not one found elsewhere in the body
      if (String(envelope.data.timestamp) !== timestamp) {
        options.logger.warn({ eventName: envelope.data.event_name }, 'zalo oa webhook signed over another timestamp refused');
        return { status: 401 };
      }
      await options.adapter.receive(parsed as Record<string, unknown>, body);
      return { status: 200 };
    },
  };
}
