import { createHash, randomBytes, randomInt } from 'node:crypto';
import { ZaloApiError } from '../zalo/zalo-errors.js';
import { type FetchLike, requestJson } from '../zalo/zalo-http.js';
import { oauthErrorSchema, oauthTokenSchema } from './oa.schemas.js';

export interface TokenGrant {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

export interface OaOAuthOptions {
  oauthBase: string;
  appId: string;
  /** the App Secret (not the OA secret key): the token endpoint wants it in a `secret_key` header */
  appSecret: string | null;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface OaOAuth {
  /** The page an OA admin opens to grant the app access; Zalo then redirects to `redirectUri` with a code. */
  authorizationUrl(input: { redirectUri: string; codeChallenge: string; state: string }): string;
  exchangeCode(code: string, codeVerifier: string): Promise<TokenGrant>;
  refresh(refreshToken: string): Promise<TokenGrant>;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const VERIFIER_LENGTH = 43;
// Zalo's page: "dài 43 ký tự", with "đủ chữ hoa, chữ thường, số". A random draw lacks a digit about once in
// 2 000 authorizations; such a draw is thrown away and drawn again (the probability of a second miss is tiny,
// and the result stays uniform over the valid verifiers).
const COMPLETE = [/[A-Z]/, /[a-z]/, /[0-9]/];

/** One character of the alphabet, uniformly (randomInt rejects the draws a modulo would bias). */
export type PickIndex = (size: number) => number;

/**
 * PKCE as Zalo's OAuth v4 wants it: a 43-character verifier holding upper case, lower case and a digit, and its
 * unpadded base64url SHA-256. `pick` is the random source (tests pass one that favours letters).
 */
export function createPkcePair(pick: PickIndex = randomInt): { verifier: string; challenge: string } {
  for (;;) {
    const verifier = Array.from({ length: VERIFIER_LENGTH }, () => ALPHANUMERIC[pick(ALPHANUMERIC.length)]).join('');
    if (COMPLETE.every((kind) => kind.test(verifier))) return { verifier, challenge: pkceChallenge(verifier) };
  }
}

export const pkceChallenge = (verifier: string) => createHash('sha256').update(verifier, 'ascii').digest('base64url');

export const randomState = () => randomBytes(12).toString('hex');

/** Zalo's OAuth v4 for Official Accounts: authorization with PKCE, code exchange and refresh. */
export function createOaOAuth(options: OaOAuthOptions): OaOAuth {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function tokenRequest(form: Record<string, string>, endpoint: string): Promise<TokenGrant> {
    if (!options.appSecret) throw new ZaloApiError('oauth', null, endpoint, 'ZALO_APP_SECRET is not set');
    const { status, body } = await requestJson(
      fetchImpl,
      `${options.oauthBase}/v4/oa/access_token`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: options.appSecret },
        body: new URLSearchParams({ app_id: options.appId, ...form }).toString(),
      },
      timeoutMs,
      endpoint,
    );
    const granted = oauthTokenSchema.safeParse(body);
    if (granted.success)
      return {
        accessToken: granted.data.access_token,
        refreshToken: granted.data.refresh_token,
        expiresInSeconds: granted.data.expires_in,
      };
    // Failures come as HTTP 200 too, with a numeric error or only error_name / error_description: never take
    // a body without tokens as a success (that is how "access_token: undefined" ends up saved).
    const failure = oauthErrorSchema.safeParse(body);
    const code = failure.success && failure.data.error !== undefined && failure.data.error !== 0 ? failure.data.error : null;
    const detail = failure.success
      ? (failure.data.error_description ?? failure.data.error_reason ?? failure.data.error_name ?? failure.data.message ?? '')
      : '';
    if (status >= 500) throw new ZaloApiError('server', code, endpoint, `HTTP ${status}`);
    const reused = code === -14020 || /refresh[_ ]?token.*(used|invalid|expired)/i.test(detail);
    throw new ZaloApiError(
      reused && form.grant_type === 'refresh_token' ? 'refresh_reused' : 'oauth',
      code,
      endpoint,
      detail || 'no tokens in the answer',
    );
  }

  return {
    authorizationUrl({ redirectUri, codeChallenge, state }) {
      const query = new URLSearchParams({ app_id: options.appId, redirect_uri: redirectUri, code_challenge: codeChallenge, state });
      return `${options.oauthBase}/v4/oa/permission?${query.toString()}`;
    },
    exchangeCode(code, codeVerifier) {
      return tokenRequest({ code, grant_type: 'authorization_code', code_verifier: codeVerifier }, 'oauth/access_token (code)');
    },
    refresh(refreshToken) {
      return tokenRequest({ refresh_token: refreshToken, grant_type: 'refresh_token' }, 'oauth/access_token (refresh)');
    },
  };
}
