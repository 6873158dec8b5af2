import { createHash, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import { parseJsonBody, type WebhookRoute } from '../../http/server.js';
import type { Logger } from '../../logger.js';
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
  /** how far the signed timestamp may be from now (default 5 minutes) */
  maxSkewMs?: number;
}

// Zalo re-sends an event it could not deliver after 30 s, 5, 15, 30 and 60 min, with a num_retry header and the
// original timestamp: those may be older. Replays of any age still change nothing (msg_id is remembered).
const RETRY_SKEW_MS = 3 * 3_600_000;

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

/**
 * POST /webhooks/zalo-oa. The signature over the raw body comes first: a body that is not Zalo's gets 401
 * whatever it holds, and is never parsed. Then the signed timestamp must be recent, then the body must be an
 * event; nothing is stored before all three. A stored event is answered at once (Zalo wants 200 within 2 s)
 * and processed after.
 */
export function zaloOaWebhookRoute(options: OaWebhookOptions): WebhookRoute {
  const maxSkewMs = options.maxSkewMs ?? 5 * 60_000;
  return {
    path: '/webhooks/zalo-oa',
    // The signature covers the body, so only its shape can be checked before reading it.
    authorize: (headers) => typeof headers['x-zevent-signature'] === 'string' && SIGNATURE_SHAPE.test(headers['x-zevent-signature'].trim()),
    async handle({ headers, body }) {
      const header = headers['x-zevent-signature'];
      if (typeof header !== 'string' || header.length === 0) return { status: 401 };
      const timestamp = signedTimestamp(options, body, header);
      if (timestamp === null) {
        options.logger.warn({ bytes: body.length }, 'zalo oa webhook with a bad signature refused');
        return { status: 401 };
      }
      const skew = Math.abs(options.clock.now().getTime() - Number(timestamp));
      const retry = headers.num_retry !== undefined || headers['num-retry'] !== undefined;
      if (skew > (retry ? RETRY_SKEW_MS : maxSkewMs)) {
        options.logger.warn({ skewSeconds: Math.round(skew / 1000) }, 'stale zalo oa webhook refused');
        return { status: 401 };
      }
      const parsed = parseJsonBody(body);
      if (parsed === undefined) return { status: 400 };
      const envelope = oaEnvelopeSchema.safeParse(parsed);
      if (!envelope.success) return { status: 400 };
      // the signed timestamp must be the event's own, not one found elsewhere in the body
      if (String(envelope.data.timestamp) !== timestamp) {
        options.logger.warn({ eventName: envelope.data.event_name }, 'zalo oa webhook signed over another timestamp refused');
        return { status: 401 };
      }
      const outcome = await options.adapter.receive(parsed as Record<string, unknown>, body);
      return { status: outcome === 'malformed' ? 400 : 200 };
    },
  };
}
