import { timingSafeEqual } from 'node:crypto';
import type { WebhookRoute } from '../../http/server.js';
import type { ZaloBotAdapter } from './bot.adapter.js';

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /webhooks/zalo-bot. The platform sends back the secret given to setWebhook in X-Bot-Api-Secret-Token;
 * without it nothing is read. A stored update is answered at once and processed after.
 */
export function zaloBotWebhookRoute(adapter: ZaloBotAdapter, secret: string): WebhookRoute {
  return {
    path: '/webhooks/zalo-bot',
    authorize: (headers) => sameSecret(headers['x-bot-api-secret-token'], secret),
    async handle({ headers, body }) {
      if (!sameSecret(headers['x-bot-api-secret-token'], secret)) return { status: 401 };
      let update: unknown;
      try {
        update = JSON.parse(body.toString('utf8'));
      } catch {
        return { status: 400 };
      }
      const outcome = await adapter.receive(update);
      return { status: outcome === 'malformed' ? 400 : 200 };
    },
  };
}
