import { autoRetry } from '@grammyjs/auto-retry';
import { type ApiClientOptions, Bot as GrammyBot, GrammyError, HttpError, InputFile } from 'grammy';
import type { Update } from 'grammy/types';
import {
  AdapterError,
  type AdapterCapabilities,
  type AdapterSink,
  type ChatAdapter,
  type MessagePart,
  type SendOptions,
  sendParts,
} from '../../chat/chat-adapter.js';
import { type ChatRef, type OutgoingMessage, parseChatRef } from '../../chat/messages.js';
import { FileGone, FileTooLarge, fetchFile, fileType } from '../../chat/downloads.js';
import type { CommandSpec } from '../../commands/command.js';
import { type Clock, systemClock } from '../../core/clock.js';
import type { I18n } from '../../i18n/i18n.js';
import type { Logger } from '../../logger.js';
import { type ChatPacer, createChatPacer, createRatePacer } from './chat-pacer.js';
import { commandMenus } from './telegram.commands.js';
import { htmlChunks, questionMarkup, TELEGRAM_MAX_TEXT } from './telegram.format.js';
import { type BotIdentity, mapUpdate } from './telegram.inbound.js';

export interface TelegramAdapterOptions {
  token: string;
  apiRoot: string;
  /** null: long polling */
  webhook: { url: string; secret: string } | null;
  commands: readonly CommandSpec[];
  i18n: I18n;
  logger: Logger;
  /** the time stamped on what Telegram sends undated (a pressed button) */
  clock?: Clock;
  /** messages a minute in one group (Telegram: 20) */
  groupMessagesPerMinute?: number;
  /** how long a reply may wait for pacing or a 429 before it is deferred to the outbox */
  maxWaitSeconds?: number;
  /** long-polling timeout; tests shorten it */
  pollingTimeoutSeconds?: number;
  /** messages a second across all chats (Telegram: about 30) */
  messagesPerSecond?: number;
  /** the time pacing waits in; a benchmark runs a simulated clock */
  time?: { now(): number; sleep(ms: number): Promise<void> };
  /** more grammY client options (a benchmark passes a fetch that knows which requests are in flight) */
  client?: Omit<ApiClientOptions, 'apiRoot'>;
}

export interface TelegramAdapter extends ChatAdapter {
  /** Handles one update that arrived by webhook. Throws when it could not be processed (the caller answers 5xx). */
  processUpdate(update: Update): Promise<void>;
  /** Resolves once the bot knows who it is, has its menus and listens (polling started or webhook set). */
  whenReady(): Promise<void>;
}

const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

const capabilities: AdapterCapabilities = {
  buttons: true,
  edit: true,
  files: true,
  threads: true,
  maxTextLength: TELEGRAM_MAX_TEXT,
  deletesMessages: true,
};

/**
 * Maps the Bot API's failures onto the platform-neutral AdapterError family. Only a 429, Telegram's own 5xx and
 * a network failure are worth another attempt: any other 4xx ("message thread not found", "not enough rights
 * to send text messages") fails the same way every time, so it is permanent.
 */
export function toAdapterError(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    if (error.error_code === 429) return new AdapterError('RATE_LIMITED', error.description, retryAfter ?? 5);
    if (error.error_code >= 500) return new AdapterError('PLATFORM', error.description);
    if (error.error_code === 401) return new AdapterError('AUTH_FAILED', 'Telegram refused the bot token (401): check TELEGRAM_BOT_TOKEN');
    if (error.error_code === 403) return new AdapterError('FORBIDDEN', error.description);
    if (error.error_code === 400 && /chat not found|group chat was (upgraded|deactivated)/i.test(error.description)) {
      return new AdapterError('NOT_FOUND', error.description);
    }
    return new AdapterError('REJECTED', error.description);
  }
  if (error instanceof HttpError) return new AdapterError('NETWORK', error.message);
  // Not the platform's answer but our own refusal to send (a button's data over 64 bytes): the same every time.
  return new AdapterError('REJECTED', error instanceof Error ? error.message : String(error));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Telegram through grammY: long polling by default, a webhook when configured. Every update is handed to the
 * sink once mapped; the sink (the shared pipeline) decides, records and answers.
 */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const maxWaitSeconds = options.maxWaitSeconds ?? 5;
  const bot = new GrammyBot(options.token, { client: { ...options.client, apiRoot: options.apiRoot } });
  // 429s are waited out only briefly: a webhook handler must answer long before Telegram gives up on it.
  // 5xx and network errors are not retried here; the caller defers the message to the outbox instead.
  bot.api.config.use(
    autoRetry({ maxDelaySeconds: maxWaitSeconds, maxRetryAttempts: 2, rethrowInternalServerErrors: true, rethrowHttpErrors: true }),
  );
  const time = options.time ?? {};
  const groupPacer: ChatPacer = createChatPacer({
    perMinute: options.groupMessagesPerMinute ?? 20,
    maxWaitMs: maxWaitSeconds * 1000,
    ...time,
  });
  const privatePacer: ChatPacer = createChatPacer({ perMinute: 60, maxWaitMs: maxWaitSeconds * 1000, ...time });
  const botPacer = createRatePacer({ perSecond: options.messagesPerSecond ?? 30, maxWaitMs: maxWaitSeconds * 1000, ...time });

  let identity: BotIdentity | null = null;
  let sink: AdapterSink | null = null;
  let stopping = false;
  let releaseWebhookWait: (() => void) | null = null;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function deliverToSink(update: Update, replyInBackground: boolean): Promise<void> {
    if (!sink || !identity) throw new Error('telegram adapter not started');
    let inbound: ReturnType<typeof mapUpdate>;
    try {
      inbound = mapUpdate(update, identity, (options.clock ?? systemClock).now());
    } catch (error) {
      // A shape Telegram does not send: nothing to act on, and nothing a retry would change.
      options.logger.warn({ err: error, updateId: update.update_id }, 'malformed telegram update ignored');
      return;
    }
    if (inbound.kind === 'ignored') {
      options.logger.debug({ updateId: update.update_id, reason: inbound.reason }, 'telegram update ignored');
      return;
    }
    if (inbound.kind === 'lifecycle') {
      await sink.lifecycle(inbound.event, { replyInBackground });
      return;
    }
    await sink.message(inbound.message, { replyInBackground });
    if (inbound.callbackQueryId) {
      // Stops the spinner on the pressed button; losing this is harmless.
      await bot.api.answerCallbackQuery(inbound.callbackQueryId).catch(() => {});
    }
  }

  // Polling handles one update at a time: on an outage keep retrying the same update rather than skip it.
  async function deliverWithRetry(update: Update): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await deliverToSink(update, false);
        return;
      } catch (error) {
        if (stopping) throw error;
        const wait = Math.min(30_000, 500 * 2 ** attempt);
        options.logger.error({ err: error, updateId: update.update_id, wait }, 'telegram update failed; retrying');
        await sleep(wait);
      }
    }
  }

  async function installMenus() {
    for (const menu of commandMenus(options.commands, options.i18n)) {
      await bot.api.setMyCommands(menu.commands, { scope: menu.scope, ...(menu.languageCode ? { language_code: menu.languageCode } : {}) });
    }
  }

  /** The parts of a message (see SendOptions): its text chunks, then the files it passes on, then the files made. */
  function partsOf(chatId: string, threadId: string | null, message: OutgoingMessage): MessagePart[] {
    const inGroup = chatId.startsWith('-');
    const pacer = inGroup ? groupPacer : privatePacer;
    const pace = async () => {
      await pacer.acquire(chatId);
      await botPacer.acquire();
    };
    const { markup, naming } = questionMarkup(message, inGroup);
    // the markup and the naming go with the last chunk (a question is its end)
    const chunks = htmlChunks(message.text, TELEGRAM_MAX_TEXT - naming.length);
    const thread = threadId ? { message_thread_id: Number(threadId) } : {};
    const text = chunks.map((chunk, index): MessagePart => {
      const last = index === chunks.length - 1;
      const sendChunk = (withMarkup: boolean) =>
        bot.api.sendMessage(chatId, last ? `${naming}${chunk}` : chunk, {
          parse_mode: 'HTML',
          ...thread,
          ...(index === 0 && message.replyToMessageId
            ? { reply_parameters: { message_id: Number(message.replyToMessageId), allow_sending_without_reply: true } }
            : {}),
          ...(last && markup && withMarkup ? { reply_markup: markup } : {}),
        });
      return {
        pace,
        send: async () => {
          try {
            return await sendChunk(true);
          } catch (error) {
            // A login button is refused until the domain is set with BotFather's /setdomain: the text carries the
            // link anyway, so it goes without the button rather than not at all.
            if (!(last && message.loginButton && error instanceof GrammyError && error.error_code === 400)) throw error;
            options.logger.warn(
              { reason: error.description },
              'telegram refused the login button (set the domain with BotFather /setdomain); sent the link alone',
            );
            return sendChunk(false);
          }
        },
      };
    });
    const passedOn = (message.attachments ?? []).map(
      (file): MessagePart => ({
        pace,
        send: () =>
          file.kind === 'photo' ? bot.api.sendPhoto(chatId, file.fileId, thread) : bot.api.sendDocument(chatId, file.fileId, thread),
      }),
    );
    const made = (message.files ?? []).map(
      (file): MessagePart => ({
        pace,
        send: () => {
          const upload = new InputFile(file.data, file.name);
          return file.kind === 'photo' ? bot.api.sendPhoto(chatId, upload, thread) : bot.api.sendDocument(chatId, upload, thread);
        },
      }),
    );
    return [...text, ...passedOn, ...made];
  }

  async function send(chat: ChatRef, message: OutgoingMessage, sendOptions: SendOptions = {}, upgraded = false): Promise<void> {
    let parts: MessagePart[];
    let chatId: string;
    try {
      ({ chatId } = parseChatRef(chat));
      parts = partsOf(chatId, parseChatRef(chat).threadId, message);
    } catch (error) {
      throw toAdapterError(error);
    }
    let movedTo: number | null = null;
    try {
      await sendParts(parts, sendOptions, (error) => {
        if (error instanceof GrammyError && error.parameters.migrate_to_chat_id) movedTo = error.parameters.migrate_to_chat_id;
        return toAdapterError(error);
      });
    } catch (error) {
      // one move at most: a supergroup is not upgraded again
      if (movedTo === null || upgraded || !sink || !(error instanceof AdapterError)) throw error;
      // The group became a supergroup while the message waited (a queued digest, a reminder): the binding
      // follows it, and the rest of the message goes to the new chat. The outbox's "sending" mark is made.
      const to = `telegram:${movedTo}`;
      options.logger.info({ from: chat, to }, 'group upgraded to a supergroup; sending there');
      await sink.lifecycle({ kind: 'migrated', from: `telegram:${chatId}`, to, eventId: null });
      await send(to, message, { skipParts: error.partsDelivered }, true);
    }
  }

  bot.use(async (ctx) => deliverWithRetry(ctx.update));
  bot.catch((error) => options.logger.error({ err: error.error, updateId: error.ctx.update.update_id }, 'telegram update dropped'));

  return {
    platform: 'telegram',
    capabilities,
    get botUsername() {
      return identity?.username ?? null;
    },
    whenReady: () => ready,
    // A private chat's id is the user's id; the bot can write there once the person has started it.
    privateChatOf: (userId) => `telegram:${userId}`,
    // Telegram lets a group's administrator bot delete others' messages of the last 48 hours ("can_delete_messages").
    async deleteMessage(chat, messageId) {
      const { chatId } = parseChatRef(chat);
      try {
        await bot.api.deleteMessage(chatId, Number(messageId));
      } catch (error) {
        throw toAdapterError(error);
      }
    },
    async start(target) {
      sink = target;
      stopping = false;
      // grammY's init retries getMe for ever while the API cannot be reached; asked once here, an unreachable
      // API or a bad token stops the start-up with a reason instead of a silent wait.
      if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
      await bot.init();
      identity = { id: bot.botInfo.id, username: bot.botInfo.username };
      await installMenus();
      if (options.webhook) {
        await bot.api.setWebhook(options.webhook.url, { secret_token: options.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
        options.logger.info({ bot: identity.username, url: options.webhook.url }, 'telegram webhook set');
        markReady();
        // Updates arrive through processUpdate; stay "running" until stopped.
        await new Promise<void>((resolve) => {
          releaseWebhookWait = resolve;
          if (stopping) resolve();
        });
        return;
      }
      await bot.start({
        allowed_updates: [...ALLOWED_UPDATES],
        timeout: options.pollingTimeoutSeconds ?? 30,
        onStart: () => {
          options.logger.info({ bot: identity?.username }, 'telegram long polling started');
          markReady();
        },
      });
    },
    async stop() {
      stopping = true;
      releaseWebhookWait?.();
      if (bot.isRunning()) await bot.stop();
    },
    async processUpdate(update) {
      // Telegram waits for our answer before it sends the chat's next update: answer once it is stored.
      await deliverToSink(update, true);
    },
    send: (chat, message, sendOptions) => send(chat, message, sendOptions),
    // getFile, then the file from the Bot API's file path (bots may download up to 20 MB). A file id this bot
    // cannot read any more is gone for good.
    async download(file, maxBytes) {
      let info: Awaited<ReturnType<typeof bot.api.getFile>>;
      try {
        info = await bot.api.getFile(file.fileId);
      } catch (error) {
        if (error instanceof GrammyError && error.error_code === 400) throw new FileGone(error.description);
        throw error;
      }
      if (info.file_size !== undefined && info.file_size > maxBytes) throw new FileTooLarge(info.file_size);
      if (!info.file_path) throw new FileGone('Telegram gave no path for the file');
      const got = await fetchFile(fetch, `${options.apiRoot}/file/bot${options.token}/${info.file_path}`, maxBytes);
      const name = file.name ?? info.file_path.split('/').pop() ?? null;
      return { ...got, name, mimeType: fileType(got.mimeType, name, file.kind) };
    },
  };
}
