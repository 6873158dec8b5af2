import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signOaBody, verifyOaSignature } from '../../../../src/adapters/zalo-oa/oa.webhook.js';

const appId = '4386523897651234567';
const secretKey = 'oa-secret-key-0123';
const raw = '{"event_name":"user_send_group_text","timestamp":"1763791200123","message":{"text":"Báo cáo ✓"}}';
const timestamp = '1763791200123';

describe('X-ZEvent-Signature', () => {
  it('is the plain SHA-256 of app id, raw body, timestamp and OA secret key', () => {
    const expected = createHash('sha256')
      .update(appId + raw + timestamp + secretKey)
      .digest('hex');
    expect(signOaBody(appId, secretKey, raw, timestamp)).toBe(expected);
  });

  it('verifies with or without the mac= prefix and in either case', () => {
    const mac = signOaBody(appId, secretKey, raw, timestamp);
    const check = (header: string | undefined, body = raw, secret = secretKey) =>
      verifyOaSignature({ appId, secretKey: secret, rawBody: Buffer.from(body), timestamp, header });
    expect(check(mac)).toBe(true);
    expect(check(`mac=${mac}`)).toBe(true);
    expect(check(` MAC=${mac.toUpperCase()} `)).toBe(true);
    expect(check(undefined)).toBe(false);
    expect(check('')).toBe(false);
    expect(check('mac=xyz')).toBe(false);
    expect(check(mac.slice(0, 63))).toBe(false);
    // the body as received, not re-serialized: one changed byte, or the app secret in place of the OA key, fails
    expect(check(mac, raw.replace('✓', 'v'))).toBe(false);
    expect(check(mac, JSON.stringify(JSON.parse(raw), null, 1))).toBe(false);
    expect(check(mac, raw, 'the-app-secret-instead')).toBe(false);
  });
});
