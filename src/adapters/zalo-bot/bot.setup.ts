import type { App } from '../../app.js';
import type { InboundQueue } from '../../chat/inbound-queue.js';
import type { WebhookRoute } from '../../http/server.js';
import type { FetchLike } from '../zalo/zalo-http.js';
import { createZaloBotAdapter, type ZaloBotAdapter } from './bot.adapter.js';
import { createZaloBotClient } from './bot.client.js';
import { zaloBotWebhookRoute } from './bot.webhook.js';

export interface BotOverrides {
  fetch?: FetchLike;
  timeoutMs?: number;
  pollingTimeoutSeconds?: number;
  /** fetches evidence by its link (tests route Zalo's file servers to the fake) */
  mediaFetch?: FetchLike;
}

/** The Zalo Bot adapter, and its webhook route when the bot runs in webhook mode. */
export function createZaloBotPlatform(
  app: App,
  queue: InboundQueue,
  overrides: BotOverrides = {},
): { adapter: ZaloBotAdapter; route: WebhookRoute | null } {
  const config = app.config.zaloBot;
  if (!config) throw new Error('Zalo Bot is not configured');
  const client = createZaloBotClient({
    apiBase: config.apiBase,
    token: config.token,
    fetch: overrides.fetch,
    timeoutMs: overrides.timeoutMs,
  });
  const logger = app.logger.child({ platform: 'zalo-bot' });
  if (!config.webhook && app.config.production)
    logger.warn(
      'Zalo Bot runs by long polling: Zalo advises a webhook in production (set WEB_BASE_URL to this server’s https address, or ZALO_BOT_WEBHOOK_URL)',
    );
  const adapter = createZaloBotAdapter({
    client,
    webhook: config.webhook,
    queue,
    displayName: config.displayName,
    mediaFetch: overrides.mediaFetch,
    clock: app.clock,
    logger,
    pollingTimeoutSeconds: overrides.pollingTimeoutSeconds,
  });
  return { adapter, route: config.webhook ? zaloBotWebhookRoute(adapter, config.webhook.secret, { clock: app.clock, logger }) : null };
}
