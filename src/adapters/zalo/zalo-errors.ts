import { AdapterError } from '../../chat/chat-adapter.js';

/**
 * What went wrong on a Zalo call, as far as the caller can act on it. Zalo answers most failures with HTTP 200
 * and a non-zero `error`, so the kind comes from that code, not from the HTTP status.
 */
export const ZALO_ERROR_KINDS = [
  'token_invalid',
  'not_authorized',
  'refresh_reused',
  'oauth',
  'rate_limited',
  'quota_exceeded',
  'not_owned',
  'group_disabled',
  'package',
  'app_setup',
  'permission',
  'outside_window',
  'asset_unavailable',
  'app_removed',
  'oa_unavailable',
  'policy_violation',
  'invalid_input',
  'too_long',
  'forbidden',
  'not_found',
  'timeout',
  'network',
  'server',
  'bad_response',
  'unknown',
] as const;

export type ZaloErrorKind = (typeof ZALO_ERROR_KINDS)[number];

// Why an operator sees this error and what fixes it; for logs and for `cli zalo`, never for chat users.
const HINTS: Partial<Record<ZaloErrorKind, string>> = {
  token_invalid: 'the access token was refused even after a refresh; re-authorize with `npm run cli -- zalo auth`',
  not_authorized: 'no OA token pair yet: run `npm run cli -- zalo auth` or set ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN',
  refresh_reused: 'the refresh token was already used (single-use); an OA admin must re-authorize with `npm run cli -- zalo auth`',
  oauth: 'Zalo refused the token request; check ZALO_APP_SECRET and the app id, then re-authorize with `npm run cli -- zalo auth`',
  rate_limited: 'the app made too many requests this minute',
  quota_exceeded: 'the OA used up its quota for this feature',
  not_owned: 'the OA does not own this group: group messages only work in groups the OA created (cli zalo group create)',
  group_disabled: 'the group is disabled or its GMF asset expired: renew the asset in OA Manager (the group keeps its binding)',
  package: "the OA's package does not include this feature (GMF needs a verified OA on a package with group chat)",
  app_setup: 'the Zalo app or OA is not set up for this API (activation, verification, registered APIs, Zalo Cloud Account)',
  permission: 'the OA has not granted the app this permission: re-authorize with the needed permissions',
  outside_window: 'the user has not interacted with the OA in the last 7 days, so the OA may not message them',
  asset_unavailable: 'this GMF asset is used or unavailable: list free assets with `npm run cli -- zalo assets`',
  app_removed:
    'the Zalo app was removed or disabled (-219): restore it on developers.zalo.me, then re-authorize with `npm run cli -- zalo auth`',
  oa_unavailable: 'the OA was deleted or does not exist (-204/-205): check the OA in OA Manager and ZALO_OA_APP_ID',
  policy_violation: "Zalo refused the message for a platform-policy violation (-248): read the OA's notices in OA Manager",
  invalid_input: 'Zalo rejected a parameter (an unknown group or user id)',
  too_long: 'a parameter exceeds its limit (text too long)',
};

export class ZaloApiError extends Error {
  constructor(
    readonly kind: ZaloErrorKind,
    /** Zalo's own error code when it gave one */
    readonly code: number | null,
    /** the API method or path, never a URL (the Bot API puts the token in the URL) */
    readonly endpoint: string,
    detail: string,
    readonly retryAfterSeconds?: number,
  ) {
    const hint = HINTS[kind];
    super(`${endpoint}: ${code === null ? '' : `${code} `}${detail}${hint ? ` (${hint})` : ''}`);
    this.name = 'ZaloApiError';
  }
}

/** The OA Open API's error codes (developers.zalo.me, "Mã lỗi"). */
export function classifyOaError(code: number): ZaloErrorKind {
  switch (code) {
    case -216:
    case -220:
    case -124:
      return 'token_invalid';
    case -32:
      return 'rate_limited';
    case -211:
      return 'quota_exceeded';
    case -403:
      return 'not_owned';
    case -237:
      return 'group_disabled';
    case -224:
      return 'package';
    case -209:
    case -212:
    case -221:
    case -240:
    case -320:
    case -321:
      return 'app_setup';
    case -223:
      return 'permission';
    case -230:
    case -232:
      return 'outside_window';
    case -238:
    case -241:
      return 'asset_unavailable';
    case -219:
      return 'app_removed';
    case -204:
    case -205:
      return 'oa_unavailable';
    case -248:
      return 'policy_violation';
    case -201:
      return 'invalid_input';
    case -210:
      return 'too_long';
    case -14020:
      return 'refresh_reused';
    default:
      return code <= -14000 && code > -15000 ? 'oauth' : 'unknown';
  }
}

/**
 * Failures only a person can fix (the app removed, the OA gone, a policy strike, a group's asset expired, a
 * permission missing): the administrators are told, once a day per kind, besides the failed message's report.
 */
export const OPERATOR_ALERT_KINDS: ReadonlySet<ZaloErrorKind> = new Set([
  'app_removed',
  'oa_unavailable',
  'policy_violation',
  'group_disabled',
  'permission',
]);

/**
 * Zalo's failures onto the platform-neutral family the pipeline acts on: retryable ones (rate limits, network,
 * Zalo's own 5xx or an answer it could not give) go to the outbox for a bounded time, FORBIDDEN and NOT_FOUND
 * mark the chat inactive (a group the OA does not own, a chat the platform says is gone), a group whose asset
 * expired stays bound (it works again once renewed), and the permanent rest (a refused parameter, no permission, outside the 7-day window)
 * fail at once and are reported to the administrators, with the operator's hint in the logs.
 */
export function toAdapterError(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  if (!(error instanceof ZaloApiError)) return new AdapterError('PLATFORM', error instanceof Error ? error.message : String(error));
  switch (error.kind) {
    case 'rate_limited':
      return new AdapterError('RATE_LIMITED', error.message, error.retryAfterSeconds ?? 60);
    case 'quota_exceeded':
      return new AdapterError('RATE_LIMITED', error.message, error.retryAfterSeconds ?? 3600);
    case 'not_owned':
    case 'forbidden':
      return new AdapterError('FORBIDDEN', error.message);
    case 'not_found':
      return new AdapterError('NOT_FOUND', error.message);
    // A parameter Zalo refuses (the OA's -201, the Bot API's 400): the same request fails again, but the chat
    // itself may be fine (a bad attachment), so it is not dropped. Likewise -237, a group whose GMF asset
    // expired: it can be renewed, so this message fails and the group keeps its binding.
    case 'invalid_input':
    case 'group_disabled':
    case 'policy_violation':
      return new AdapterError('REJECTED', error.message);
    case 'outside_window':
    case 'too_long':
      return new AdapterError('NOT_SUPPORTED', error.message);
    case 'token_invalid':
    case 'not_authorized':
    case 'refresh_reused':
    case 'oauth':
    case 'package':
    case 'app_setup':
    case 'permission':
    case 'asset_unavailable':
    case 'app_removed':
    case 'oa_unavailable':
      return new AdapterError('AUTH_FAILED', error.message);
    case 'timeout':
    case 'network':
      return new AdapterError('NETWORK', error.message);
    default:
      return new AdapterError('PLATFORM', error.message);
  }
}
