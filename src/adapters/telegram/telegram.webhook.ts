import { timingSafeEqual } from 'node:crypto';
import type { Update } from 'grammy/types';
import { parseJsonBody, type WebhookRoute } from '../../http/server.js';
import type { TelegramAdapter } from './telegram.adapter.js';

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /webhooks/telegram. Telegram sends the secret given to setWebhook in a header; without it, nothing is
 * read. 2xx tells Telegram the update is ours; 5xx (the database is down) makes it deliver the update again,
 * which the processed-events table makes harmless.
 */
export function telegramWebhookRoute(adapter: TelegramAdapter, secret: string): WebhookRoute {
  return {
    path: '/webhooks/telegram',
    authorize: (headers) => sameSecret(headers['x-telegram-bot-api-secret-token'], secret),
    async handle(request) {
      if (!sameSecret(request.headers['x-telegram-bot-api-secret-token'], secret)) return { status: 401 };
      const update = parseJsonBody(request.body);
      if (typeof update !== 'object' || update === null || !Number.isSafeInteger((update as { update_id?: unknown }).update_id)) {
        return { status: 400 };
      }
      await adapter.processUpdate(update as Update);
      return { status: 200 };
    },
  };
}
