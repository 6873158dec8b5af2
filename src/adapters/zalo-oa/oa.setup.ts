import type { App } from '../../app.js';
import { createZaloInboundRepository, type ZaloInboundRepository } from '../../db/repositories/zalo-inbound.repository.js';
import { createZaloTokensRepository, type ZaloTokenStore } from '../../db/repositories/zalo-tokens.repository.js';
import type { WebhookRoute } from '../../http/server.js';
import type { ScheduledJob } from '../../jobs/scheduler.js';
import type { FetchLike } from '../zalo/zalo-http.js';
import { createZaloOaAdapter, type ZaloOaAdapter } from './oa.adapter.js';
import { createOaClient, type OaClient } from './oa.client.js';
import { createOaOAuth, type OaOAuth } from './oa.oauth.js';
import { createTokenAlerts } from './oa.token-alerts.js';
import { createOaTokens, type OaTokens } from './oa.tokens.js';
import { zaloOaWebhookRoute } from './oa.webhook.js';

export interface OaOverrides {
  fetch?: FetchLike;
  /** per API call (tests shorten it to show what a slow Zalo does) */
  timeoutMs?: number;
}

export interface OaServices {
  appId: string;
  oauth: OaOAuth;
  tokens: OaTokens;
  tokenStore: ZaloTokenStore;
  client: OaClient;
}

/** The OA's client, OAuth and token lifecycle, as both `npm start` and `cli zalo` use them. */
export function createOaServices(app: App, overrides: OaOverrides = {}): OaServices {
  const config = app.config.zaloOa;
  if (!config) throw new Error('Zalo OA is not configured');
  const logger = app.logger.child({ platform: 'zalo-oa' });
  const tokenStore = createZaloTokensRepository({ db: app.database.db, driver: app.database.driver });
  const oauth = createOaOAuth({
    oauthBase: config.oauthBase,
    appId: config.appId,
    appSecret: config.appSecret,
    fetch: overrides.fetch,
    timeoutMs: overrides.timeoutMs,
  });
  const tokens = createOaTokens({
    appId: config.appId,
    store: tokenStore,
    oauth,
    clock: app.clock,
    logger,
    seed: config.accessToken && config.refreshToken ? { accessToken: config.accessToken, refreshToken: config.refreshToken } : null,
    onRefreshFailure: createTokenAlerts({
      appId: config.appId,
      store: app.store,
      i18n: app.i18n,
      clock: app.clock,
      timezone: app.config.defaultTimezone,
      logger,
    }),
  });
  const client = createOaClient({ apiBase: config.apiBase, tokens, fetch: overrides.fetch, timeoutMs: overrides.timeoutMs });
  return { appId: config.appId, oauth, tokens, tokenStore, client };
}

export interface OaPlatform {
  adapter: ZaloOaAdapter;
  route: WebhookRoute;
  jobs: ScheduledJob[];
}

// Stored events are kept this long: long enough to trace a quoted message to its author.
const EVENT_RETENTION_DAYS = 30;

/** The OA adapter with its webhook and its jobs (token refresh every half hour, old events purged nightly). */
export function createOaPlatform(app: App, services: OaServices): OaPlatform {
  const config = app.config.zaloOa!;
  const logger = app.logger.child({ platform: 'zalo-oa' });
  const events: ZaloInboundRepository = createZaloInboundRepository({ db: app.database.db });
  const adapter = createZaloOaAdapter({
    client: services.client,
    tokens: services.tokens,
    events,
    clock: app.clock,
    logger,
    knownName: async (userId) => (await app.store.members.findByExternalId('zalo-oa', userId))?.displayName ?? null,
  });
  const route = zaloOaWebhookRoute({ adapter, appId: config.appId, secretKey: config.secretKey, clock: app.clock, logger });
  const jobs: ScheduledJob[] = [
    { name: 'zalo-oa-tokens', cron: '*/30 * * * *', run: () => services.tokens.refreshIfDue().catch(() => 'failed') },
    {
      name: 'zalo-events-purge',
      cron: '40 3 * * *',
      run: (at) => events.purgeProcessedBefore(new Date(at.getTime() - EVENT_RETENTION_DAYS * 86_400_000)),
    },
  ];
  return { adapter, route, jobs };
}
