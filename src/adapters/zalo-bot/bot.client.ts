import { z } from 'zod';
import { type ZaloErrorKind, ZaloApiError } from '../zalo/zalo-errors.js';
import { type FetchLike, requestJson } from '../zalo/zalo-http.js';
import { botEnvelope, botMeSchema, botSentSchema } from './bot.schemas.js';

export interface ZaloBotClientOptions {
  apiBase: string;
  token: string;
  fetch?: FetchLike;
  timeoutMs?: number;
}

export interface ZaloBotClient {
  /** the bot's id, its account handle ("bot.VDKyGxQvc") and the display name, when the platform gives one */
  getMe(cancel?: AbortSignal): Promise<{ id: string; handle: string | null; displayName: string | null }>;
  /** One update, or null when the long poll ended without one (the platform's 408). */
  getUpdates(timeoutSeconds: number, cancel?: AbortSignal): Promise<unknown>;
  setWebhook(url: string, secretToken: string, cancel?: AbortSignal): Promise<void>;
  deleteWebhook(cancel?: AbortSignal): Promise<void>;
  sendMessage(chatId: string, text: string): Promise<string | null>;
  sendPhoto(chatId: string, photoUrl: string, caption?: string): Promise<string | null>;
}

// The platform's error codes follow HTTP's, as Telegram's do, except 403, which its table calls "Internal server
// error": until that is known to be a typo it is a failure that may pass, never a reason to drop the chat.
export function botErrorKind(code: number | undefined): ZaloErrorKind {
  switch (code) {
    case 401:
      return 'token_invalid';
    case 403:
      return 'server';
    case 404:
      return 'not_found';
    case 408:
      return 'timeout';
    case 429:
      return 'rate_limited';
    default:
      if (code === undefined) return 'unknown';
      if (code >= 500) return 'server';
      // any other 4xx (400 first of all): this request is refused, and would be refused again
      return code >= 400 ? 'invalid_input' : 'unknown';
  }
}

/** The Zalo Bot platform's Telegram-like API: `<base>/bot<token>/<method>`, JSON in and out. */
export function createZaloBotClient(options: ZaloBotClientOptions): ZaloBotClient {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call<S extends z.ZodType>(
    method: string,
    body: Record<string, unknown>,
    schema: S,
    callTimeoutMs = timeoutMs,
    cancel?: AbortSignal,
  ): Promise<z.output<S>> {
    const { status, body: answer } = await requestJson(
      fetchImpl,
      `${options.apiBase}/bot${options.token}/${method}`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      callTimeoutMs,
      method,
      cancel,
    );
    const envelope = botEnvelope.safeParse(answer);
    if (!envelope.success)
      throw new ZaloApiError(status >= 500 ? 'server' : 'bad_response', null, method, `HTTP ${status}, not an API answer`);
    if (!envelope.data.ok) {
      const code = envelope.data.error_code ?? (status >= 400 ? status : undefined);
      const kind = botErrorKind(code);
      throw new ZaloApiError(kind, code ?? null, method, envelope.data.description ?? 'error', kind === 'rate_limited' ? 60 : undefined);
    }
    const parsed = schema.safeParse(envelope.data.result);
    if (!parsed.success) throw new ZaloApiError('bad_response', null, method, 'unexpected result');
    return parsed.data;
  }

  return {
    async getMe(cancel) {
      const me = await call('getMe', {}, botMeSchema, timeoutMs, cancel);
      return { id: me.id, handle: me.account_name?.trim() || null, displayName: me.display_name?.trim() || null };
    },
    async getUpdates(timeoutSeconds, cancel) {
      try {
        // The poll may last `timeoutSeconds`; the HTTP deadline leaves room beyond it.
        return await call('getUpdates', { timeout: String(timeoutSeconds) }, z.unknown(), (timeoutSeconds + 10) * 1000, cancel);
      } catch (error) {
        if (error instanceof ZaloApiError && error.code === 408) return null;
        throw error;
      }
    },
    async setWebhook(url, secretToken, cancel) {
      await call('setWebhook', { url, secret_token: secretToken }, z.unknown(), timeoutMs, cancel);
    },
    async deleteWebhook(cancel) {
      await call('deleteWebhook', {}, z.unknown(), timeoutMs, cancel);
    },
    async sendMessage(chatId, text) {
      return (await call('sendMessage', { chat_id: chatId, text }, botSentSchema))?.message_id ?? null;
    },
    async sendPhoto(chatId, photoUrl, caption) {
      return (
        (await call('sendPhoto', { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) }, botSentSchema))?.message_id ?? null
      );
    },
  };
}
