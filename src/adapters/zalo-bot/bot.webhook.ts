import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/clock.js';
import type { WebhookRoute } from '../../http/server.js';
import { readZaloBody } from '../zalo/zalo-json.js';
import type { Logger } from '../../logger.js';
import type { ZaloBotAdapter } from './bot.adapter.js';
import { unwrapBotUpdate } from './bot.inbound.js';

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface BotWebhookOptions {
  clock: Clock;
  logger: Logger;
  /** how old a message may be when it arrives (default a day) */
  maxAgeMs?: number;
}

// Telegram keeps an undelivered update for a day; Zalo does not say how long it retries. A message older than
// that is not the platform's delivery but a replay, or news too old to act on: a report dated by its message
// would be back-dated. A replay of any age is harmless anyway (each message id is processed once).
const MAX_AGE_MS = 24 * 3_600_000;

/** When the message was sent (epoch ms), when the update says so. */
function sentAt(update: unknown): number | null {
  const date = (unwrapBotUpdate(update) as { message?: { date?: unknown } } | null)?.message?.date;
  return typeof date === 'number' && Number.isFinite(date) ? date : null;
}

/**
 * POST /webhooks/zalo-bot. The platform sends back the secret given to setWebhook in X-Bot-Api-Secret-Token;
 * without it nothing is read. Whatever comes with the secret is answered 200: a stored update at once (it is
 * processed after), a message older than a day dropped unstored (so that the platform stops sending it), a body
 * the bot cannot read kept for an operator.
 */
export function zaloBotWebhookRoute(adapter: ZaloBotAdapter, secret: string, options: BotWebhookOptions): WebhookRoute {
  const maxAgeMs = options.maxAgeMs ?? MAX_AGE_MS;
  return {
    path: '/webhooks/zalo-bot',
    authorize: (headers) => sameSecret(headers['x-bot-api-secret-token'], secret),
    async handle({ headers, body }) {
      if (!sameSecret(headers['x-bot-api-secret-token'], secret)) return { status: 401 };
      const update = readZaloBody(body);
      // Sent with the secret, so the platform's: kept for an operator and answered 200 (a 4xx would lose it)
      if (update === undefined) {
        await adapter.receive(undefined, body.toString('utf8'));
        return { status: 200 };
      }
      const sent = sentAt(update);
      if (sent !== null && options.clock.now().getTime() - sent > maxAgeMs) {
        options.logger.warn({ ageHours: Math.round((options.clock.now().getTime() - sent) / 3_600_000) }, 'stale zalo bot update dropped');
        return { status: 200 };
      }
      await adapter.receive(update, body.toString('utf8'));
      return { status: 200 };
    },
  };
}
