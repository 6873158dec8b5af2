import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';

/**
 * The Zalo OA token pair of one app. The refresh token is single-use: the pair a refresh returns is written
 * here before anything uses it, so that a crash right after a refresh does not lose the only valid token.
 */
export const zaloTokens = pgTable('zalo_tokens', {
  appId: text('app_id').primaryKey(),
  accessToken: text('access_token').notNull(),
  refreshToken: text('refresh_token').notNull(),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }).notNull(),
  // sha-256 of the refresh token last taken from the environment: a new pair put there is adopted once,
  // an old one left there never overwrites a newer pair from a refresh
  seedFingerprint: text('seed_fingerprint'),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// An authorization started by `cli zalo auth`, waiting for the code Zalo redirects with (valid 10 minutes).
export const zaloOauthRequests = pgTable('zalo_oauth_requests', {
  state: text('state').primaryKey(),
  appId: text('app_id').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  createdAt: createdAt(),
});
