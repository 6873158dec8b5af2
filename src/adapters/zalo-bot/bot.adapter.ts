import {
  AdapterError,
  type AdapterCapabilities,
  type AdapterSink,
  type ChatAdapter,
  type MessagePart,
  sendParts,
} from '../../chat/chat-adapter.js';
import { parseChatRef } from '../../chat/messages.js';
import type { Clock } from '../../core/clock.js';
import { createHash } from 'node:crypto';
import { type FetchLike, FileGone, fetchFile, fileType, nameFromLink } from '../../chat/downloads.js';
import type { InboundQueue, StoredInboundEvent } from '../../chat/inbound-queue.js';
import type { Logger } from '../../logger.js';
import { storableCopy } from '../../http/server.js';
import { toAdapterError, ZaloApiError } from '../zalo/zalo-errors.js';
import { splitText, ZALO_MAX_TEXT } from '../zalo/zalo-text.js';
import type { ZaloBotClient } from './bot.client.js';
import { type BotIdentity, botEventKey, mapBotUpdate, unwrapBotUpdate } from './bot.inbound.js';
import { botUpdateSchema } from './bot.schemas.js';

export interface ZaloBotAdapterOptions {
  client: ZaloBotClient;
  /** null: long polling with getUpdates */
  webhook: { url: string; secret: string } | null;
  /** the one inbound queue of the process, shared with the other platforms that must answer at once */
  queue: InboundQueue;
  /**
   * The name people type to mention the bot in a group ("@Bot Trợ lý Đầu mối"). getMe gives only the account's
   * handle ("bot.VDKyGxQvc"), which nobody types; unset, a display name getMe may give is used.
   */
  displayName?: string | null;
  /** fetches a photo by its link (evidence); tests route Zalo's file servers to the fake */
  mediaFetch?: FetchLike;
  clock: Clock;
  logger: Logger;
  /** long-polling timeout; tests shorten it */
  pollingTimeoutSeconds?: number;
}

export interface ZaloBotAdapter extends ChatAdapter {
  /**
   * An update from the webhook or a poll: stored for processing; one that is not an update the bot can read is
   * kept for an operator ('unreadable'), never acted on.
   */
  receive(body: unknown, raw?: string): Promise<'stored' | 'duplicate' | 'ignored' | 'unreadable'>;
  whenReady(): Promise<void>;
  idle(): Promise<void>;
}

// The Bot API sends photos by URL only: nothing the bot makes (a chart, a report) can be uploaded.
const capabilities: AdapterCapabilities = {
  buttons: false,
  edit: false,
  files: true,
  threads: false,
  maxTextLength: ZALO_MAX_TEXT,
  uploads: [],
};
const REMEMBERED_UNKNOWN_EVENTS = 100;

const sleep = (ms: number, cancel: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    cancel.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * The Zalo Bot platform: long polling (one update per getUpdates) or a webhook with a secret header. Private
 * chats, and groups where the platform lets the bot in (it then sees only what mentions it or replies to it).
 */
export function createZaloBotAdapter(options: ZaloBotAdapterOptions): ZaloBotAdapter {
  const { client, queue, clock, logger } = options;
  const unknownLogged = new Set<string>();
  let me: BotIdentity | null = null;
  let sink: AdapterSink | null = null;
  let stopper = new AbortController();
  let releaseWait: (() => void) | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function process(stored: StoredInboundEvent) {
    if (!sink || !me) throw new Error('zalo bot adapter not started');
    const inbound = mapBotUpdate(stored.payload, me, stored.receivedAt);
    if (inbound.kind !== 'message') {
      logger.debug({ eventName: stored.eventName, inbound }, 'zalo bot update not acted on');
      return;
    }
    await sink.message(inbound.message);
  }

  async function keepUnreadable(body: unknown, raw: string | undefined, reason: string) {
    const text = (raw ?? JSON.stringify(body) ?? '').replace(/\u0000/g, '');
    const stored = await queue.events.recordUnreadable({
      platform: 'zalo-bot',
      eventId: `unreadable:${createHash('sha256').update(text).digest('hex').slice(0, 32)}`,
      eventName: String((unwrapBotUpdate(body) as { event_name?: unknown } | null)?.event_name ?? '?').slice(0, 100),
      raw: text,
      reason,
      receivedAt: clock.now(),
    });
    if (stored) logger.warn({ reason }, 'a Zalo Bot update could not be read; kept for an operator');
    return 'unreadable' as const;
  }

  async function receive(body: unknown, raw?: string) {
    const update = unwrapBotUpdate(body);
    const parsed = botUpdateSchema.safeParse(update);
    if (!parsed.success) return keepUnreadable(body, raw, 'not an update the bot can read');
    const probe = mapBotUpdate(update, me ?? { id: '', name: null }, clock.now());
    if (probe.kind === 'unknown') {
      if (!unknownLogged.has(probe.eventName) && unknownLogged.size < REMEMBERED_UNKNOWN_EVENTS) {
        unknownLogged.add(probe.eventName);
        logger.warn({ eventName: probe.eventName }, 'unknown Zalo Bot event ignored (logged once per event name)');
      }
      return 'ignored' as const;
    }
    const key = botEventKey(update);
    if (!key) return keepUnreadable(body, raw, 'an update without a message id');
    const stored = await queue.accept({
      platform: 'zalo-bot',
      eventId: key,
      eventName: parsed.data.event_name,
      chatKey: parsed.data.message ? `zalo-bot:${parsed.data.message.chat.id}` : '',
      senderId: parsed.data.message?.from.id ?? null,
      payload: update as Record<string, unknown>,
      receivedAt: clock.now(),
    });
    return stored ? ('stored' as const) : ('duplicate' as const);
  }

  async function poll(cancel: AbortSignal) {
    const timeout = options.pollingTimeoutSeconds ?? 30;
    for (let failures = 0; !cancel.aborted; ) {
      try {
        const update = await client.getUpdates(timeout, cancel);
        failures = 0;
        // One update per call, as the platform documents; a list is taken too, should it ever send one.
        for (const one of Array.isArray(update) ? update : update ? [update] : []) {
          // A polled update skips parseJsonBody, so it is made storable here (PostgreSQL's jsonb refuses NUL).
          await receive(storableCopy(one));
        }
      } catch (error) {
        if (cancel.aborted) return;
        if (error instanceof ZaloApiError && error.kind === 'token_invalid') throw toAdapterError(error);
        failures += 1;
        const wait = Math.min(30_000, 500 * 2 ** failures);
        logger.error({ err: error, wait }, 'zalo bot polling failed; retrying');
        await sleep(wait, cancel);
      }
    }
  }

  return {
    platform: 'zalo-bot',
    capabilities,
    // On the Zalo Bot platform a private chat's id is the user's id, as on Telegram.
    privateChatOf: (userId) => `zalo-bot:${userId}`,
    get botUsername() {
      return null;
    },
    whenReady: () => ready,
    idle: () => queue.idle(),
    receive,
    // The platform sends a photo as a link (photo_url), which does not last.
    async download(file, maxBytes) {
      if (!/^https?:\/\//.test(file.fileId)) throw new FileGone('not a link');
      const got = await fetchFile(options.mediaFetch ?? fetch, file.fileId, maxBytes);
      const name = file.name ?? nameFromLink(file.fileId);
      return { ...got, name, mimeType: fileType(got.mimeType, name, file.kind) };
    },
    async start(target) {
      sink = target;
      stopper = new AbortController();
      // a stop during start-up (SIGTERM while the platform is slow) ends it at once
      const { signal } = stopper;
      try {
        const account = await client.getMe(signal);
        me = { id: account.id, name: options.displayName?.trim() || account.displayName, handle: account.handle };
        // Polling and a webhook exclude each other: getUpdates fails while a webhook is set.
        if (options.webhook) await client.setWebhook(options.webhook.url, options.webhook.secret, signal);
        else await client.deleteWebhook(signal);
      } catch (error) {
        if (signal.aborted) return;
        throw toAdapterError(error);
      }
      if (signal.aborted) return;
      logger.info({ bot: me.name, handle: me.handle, mode: options.webhook ? 'webhook' : 'polling' }, 'zalo bot ready');
      queue.register('zalo-bot', process);
      markReady();
      if (!options.webhook) return poll(stopper.signal);
      await new Promise<void>((resolve) => {
        releaseWait = resolve;
        if (stopper.signal.aborted) resolve();
      });
    },
    async stop() {
      stopper.abort();
      releaseWait?.();
      queue.unregister('zalo-bot');
      await queue.idle();
    },
    async send(chat, message, options = {}) {
      const { platform, chatId } = parseChatRef(chat);
      if (platform !== 'zalo-bot') throw new AdapterError('NOT_FOUND', `not a Zalo Bot chat: ${chat}`);
      const toError = (error: unknown) => {
        if (error instanceof ZaloApiError)
          logger.warn({ chat, kind: error.kind, code: error.code, reason: error.message }, 'zalo bot send refused');
        return toAdapterError(error);
      };
      // No pacing happens here: each part's request may deliver it, so the outbox records the attempt first.
      // A blank chunk and a file that is not a link count as parts sent as nothing, so that parts keep their numbers.
      const nothing = async () => {};
      const text: MessagePart[] = splitText(message.text).map((chunk) => ({
        send: chunk.trim() ? () => client.sendMessage(chatId, chunk) : nothing,
      }));
      const passedOn: MessagePart[] = (message.attachments ?? []).map((file) => ({
        send: async () => {
          if (!/^https?:\/\//.test(file.fileId)) return;
          if (file.kind === 'photo') await client.sendPhoto(chatId, file.fileId);
          else await client.sendMessage(chatId, `📎 ${file.name ?? ''} ${file.fileId}`.replace(/ {2,}/g, ' '));
        },
      }));
      await sendParts([...text, ...passedOn], options, toError);
    },
  };
}
