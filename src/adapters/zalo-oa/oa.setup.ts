import type { App } from '../../app.js';
import type { InboundQueue } from '../../chat/inbound-queue.js';
import { createZaloTokensRepository, type ZaloTokenStore } from '../../db/repositories/zalo-tokens.repository.js';
import type { WebhookRoute } from '../../http/server.js';
import type { ScheduledJob } from '../../jobs/scheduler.js';
import type { FetchLike } from '../zalo/zalo-http.js';
import { createZaloOaAdapter, type ZaloOaAdapter } from './oa.adapter.js';
import { createOaClient, type OaClient } from './oa.client.js';
import { createOaOAuth, type OaOAuth } from './oa.oauth.js';
import { createOaAlerts, type OaAlerts } from './oa.alerts.js';
import { createOaTokens, type OaTokens } from './oa.tokens.js';
import { zaloOaWebhookRoute } from './oa.webhook.js';

export interface OaOverrides {
  fetch?: FetchLike;
  /** per API call (tests shorten it to show what a slow Zalo does) */
  timeoutMs?: number;
  /** the first wait before getoa is asked again after a failure (tests shorten it) */
  identityRetryMs?: number;
  /** fetches evidence by its link (tests route Zalo's file servers to the fake) */
  mediaFetch?: FetchLike;
}

export interface OaServices {
  appId: string;
  oauth: OaOAuth;
  tokens: OaTokens;
  tokenStore: ZaloTokenStore;
  client: OaClient;
  alerts: OaAlerts;
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
  const alerts = createOaAlerts({
    appId: config.appId,
    store: app.store,
    i18n: app.i18n,
    clock: app.clock,
    timezone: app.config.defaultTimezone,
    logger,
  });
  const tokens = createOaTokens({
    appId: config.appId,
    store: tokenStore,
    oauth,
    clock: app.clock,
    logger,
    seed: config.accessToken && config.refreshToken ? { accessToken: config.accessToken, refreshToken: config.refreshToken } : null,
    onRefreshFailure: (error) => alerts.tokenRefreshFailed(error),
  });
  const client = createOaClient({ apiBase: config.apiBase, tokens, fetch: overrides.fetch, timeoutMs: overrides.timeoutMs });
  return { appId: config.appId, oauth, tokens, tokenStore, client, alerts };
}

export interface OaPlatform {
  adapter: ZaloOaAdapter;
  route: WebhookRoute;
  jobs: ScheduledJob[];
}

/** The OA adapter with its webhook and its job (token refresh every half hour). */
export function createOaPlatform(app: App, services: OaServices, queue: InboundQueue, overrides: OaOverrides = {}): OaPlatform {
  const config = app.config.zaloOa!;
  const logger = app.logger.child({ platform: 'zalo-oa' });
  const adapter = createZaloOaAdapter({
    client: services.client,
    tokens: services.tokens,
    queue,
    clock: app.clock,
    logger,
    knownName: async (userId) => (await app.store.members.findByExternalId('zalo-oa', userId))?.displayName ?? null,
    needsOperator: (error, situation) => services.alerts.needsOperator(error, situation),
    identityRetryMs: overrides.identityRetryMs,
    mediaFetch: overrides.mediaFetch,
    onWithdraw: (user) => services.alerts.userWithdrew(user),
    imageCaption: (name) => {
      const locale = app.i18n.resolve(null);
      return name ? app.i18n.t(locale, 'zalo-oa-image-caption-named', { name }) : app.i18n.t(locale, 'zalo-oa-image-caption');
    },
  });
  const route = zaloOaWebhookRoute({ adapter, appId: config.appId, secretKey: config.secretKey, clock: app.clock, logger });
  const jobs: ScheduledJob[] = [
    { name: 'zalo-oa-tokens', cron: '*/30 * * * *', run: () => services.tokens.refreshIfDue().catch(() => 'failed') },
  ];
  return { adapter, route, jobs };
}
