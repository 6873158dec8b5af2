import { createHash } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { StoredZaloTokens, ZaloTokenStore } from '../../db/repositories/zalo-tokens.repository.js';
import type { Logger } from '../../logger.js';
import { ZaloApiError } from '../zalo/zalo-errors.js';
import type { OaOAuth, TokenGrant } from './oa.oauth.js';

/** What the API client needs: a token to use, and a new one when Zalo refused the one it used. */
export interface AccessTokenSource {
  accessToken(): Promise<string>;
  /** Zalo said `token` is invalid: a token someone else refreshed meanwhile, or a refreshed one. */
  rejected(token: string): Promise<string>;
}

export interface OaTokens extends AccessTokenSource {
  /** Adopts the pair from the environment when it is new there (first start, or a re-authorization). */
  seed(): Promise<void>;
  /** The scheduled refresh: renews the pair once less than the refresh margin is left. */
  refreshIfDue(): Promise<'refreshed' | 'fresh' | 'missing'>;
  /** Saves a pair from an authorization (cli zalo auth). */
  adopt(grant: TokenGrant): Promise<void>;
}

export interface OaTokensOptions {
  appId: string;
  store: ZaloTokenStore;
  oauth: OaOAuth;
  clock: Clock;
  logger: Logger;
  seed: { accessToken: string; refreshToken: string } | null;
  /** told about a refresh that failed, to alert the admins (throttled by the caller) */
  onRefreshFailure?(error: Error): Promise<void>;
  /** refresh when less than this is left of the access token (Zalo's last 25 h: default 13 h, i.e. every ~12 h) */
  refreshAheadMs?: number;
}

const HOUR = 3_600_000;
// A token this close to its end is not handed out any more: a message sent with it could arrive too late.
const EXPIRY_SLACK_MS = 60_000;
// After a failed refresh, the next send does not try again at once: Zalo would refuse it just the same.
const FAILURE_COOLDOWN_MS = 60_000;
// A pair taken from the environment is of unknown age: assume an hour is left, so that it is renewed at once.
const SEEDED_LIFETIME_MS = HOUR;
// Transient failures alert the admins only when the access token has less than this left.
const TRANSIENT_ALERT_WINDOW_MS = 2 * HOUR;

export const fingerprint = (refreshToken: string) => createHash('sha256').update(refreshToken).digest('hex');

/**
 * The OA token pair's life. The refresh token is single-use, so a refresh runs under the store's exclusive
 * lock, re-reads the pair first (another replica may have refreshed it), and saves the new pair before anyone
 * uses it. Tokens are never logged.
 */
export function createOaTokens(options: OaTokensOptions): OaTokens {
  const { appId, store, oauth, clock, logger } = options;
  const refreshAheadMs = options.refreshAheadMs ?? 13 * HOUR;
  let cached: StoredZaloTokens | null = null;
  let inFlight: Promise<StoredZaloTokens> | null = null;
  let failedAt: number | null = null;

  const now = () => clock.now().getTime();
  const usable = (tokens: StoredZaloTokens | null) => Boolean(tokens && tokens.accessExpiresAt.getTime() - now() > EXPIRY_SLACK_MS);
  const notAuthorized = () => new ZaloApiError('not_authorized', null, 'oa tokens', 'no token pair stored for this app');

  async function report(error: unknown) {
    failedAt = now();
    const failure = error instanceof Error ? error : new Error(String(error));
    // A network blip hours before expiry fixes itself at the next scheduled run: only the log hears of it.
    const transient = error instanceof ZaloApiError && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server');
    const expiresSoon = !cached || cached.accessExpiresAt.getTime() - now() < TRANSIENT_ALERT_WINDOW_MS;
    logger.error(
      {
        kind: error instanceof ZaloApiError ? error.kind : 'error',
        code: error instanceof ZaloApiError ? error.code : null,
        reason: failure.message,
      },
      'Zalo OA token refresh failed; an OA admin must re-authorize unless it recovers: npm run cli -- zalo auth',
    );
    if (transient && !expiresSoon) return;
    await options
      .onRefreshFailure?.(failure)
      .catch((alertError: unknown) => logger.error({ err: alertError }, 'could not queue the token alert'));
  }

  /**
   * Refreshes unless the stored pair already moved on from `seen` (another replica refreshed it) or, for a
   * scheduled refresh, still has more than the margin left. Concurrent callers in this process share one refresh.
   */
  function refresh(seen: string | null, force: boolean): Promise<StoredZaloTokens> {
    if (inFlight) return inFlight;
    const run = store
      .exclusive(appId, async (rows) => {
        const latest = await rows.read(appId);
        if (!latest) throw notAuthorized();
        const movedOn = seen !== null && latest.accessToken !== seen && usable(latest);
        const farFromExpiry = latest.accessExpiresAt.getTime() - now() > refreshAheadMs;
        if (movedOn || (!force && farFromExpiry)) return latest;
        const grant = await oauth.refresh(latest.refreshToken);
        const next: StoredZaloTokens = {
          accessToken: grant.accessToken,
          refreshToken: grant.refreshToken,
          accessExpiresAt: new Date(now() + grant.expiresInSeconds * 1000),
          seedFingerprint: latest.seedFingerprint,
          refreshedAt: clock.now(),
        };
        // Saved inside the lock, before it is used: a crash from here on cannot lose the only valid refresh token.
        await rows.save(appId, next);
        logger.info({ expiresAt: next.accessExpiresAt.toISOString() }, 'Zalo OA tokens refreshed');
        return next;
      })
      .then(
        (tokens) => {
          cached = tokens;
          failedAt = null;
          return tokens;
        },
        async (error: unknown) => {
          await report(error);
          throw error;
        },
      )
      .finally(() => {
        inFlight = null;
      });
    inFlight = run;
    return run;
  }

  const coolingDown = () => failedAt !== null && now() - failedAt < FAILURE_COOLDOWN_MS;

  return {
    async accessToken() {
      if (usable(cached)) return cached!.accessToken;
      const stored = await store.read(appId);
      if (!stored) throw notAuthorized();
      cached = stored;
      if (usable(stored)) return stored.accessToken;
      // Past the expiry we assumed: renew it; if that fails, the old token may still work, so let Zalo decide.
      if (coolingDown()) return stored.accessToken;
      try {
        return (await refresh(stored.accessToken, true)).accessToken;
      } catch {
        return stored.accessToken;
      }
    },
    async rejected(token) {
      if (cached && cached.accessToken !== token && usable(cached)) return cached.accessToken;
      if (coolingDown()) {
        const stored = await store.read(appId);
        if (stored && stored.accessToken !== token) return stored.accessToken;
        throw new ZaloApiError('token_invalid', null, 'oa tokens', 'the access token was refused and the last refresh failed');
      }
      return (await refresh(token, true)).accessToken;
    },
    async seed() {
      const seed = options.seed;
      if (!seed) return;
      const print = fingerprint(seed.refreshToken);
      await store.exclusive(appId, async (rows) => {
        const stored = await rows.read(appId);
        if (stored?.seedFingerprint === print) return;
        await rows.save(appId, {
          accessToken: seed.accessToken,
          refreshToken: seed.refreshToken,
          accessExpiresAt: new Date(now() + SEEDED_LIFETIME_MS),
          seedFingerprint: print,
          refreshedAt: null,
        });
        cached = null;
        logger.info('Zalo OA token pair taken from the environment');
      });
    },
    async refreshIfDue() {
      const stored = await store.read(appId);
      if (!stored) return 'missing';
      cached = stored;
      if (stored.accessExpiresAt.getTime() - now() > refreshAheadMs) return 'fresh';
      const before = stored.accessToken;
      const after = await refresh(null, false);
      return after.accessToken === before ? 'fresh' : 'refreshed';
    },
    async adopt(grant) {
      await store.exclusive(appId, async (rows) => {
        const stored = await rows.read(appId);
        await rows.save(appId, {
          accessToken: grant.accessToken,
          refreshToken: grant.refreshToken,
          accessExpiresAt: new Date(now() + grant.expiresInSeconds * 1000),
          // Keeps an older pair still in the environment from replacing this one at the next start.
          seedFingerprint: stored?.seedFingerprint ?? (options.seed ? fingerprint(options.seed.refreshToken) : null),
          refreshedAt: clock.now(),
        });
      });
      cached = null;
      failedAt = null;
    },
  };
}
