import {
  AdapterError,
  type AdapterCapabilities,
  type AdapterSink,
  canUpload,
  type ChatAdapter,
  type MessagePart,
  sendParts,
} from '../../chat/chat-adapter.js';
import type { IncomingMessage, OutgoingMessage } from '../../chat/messages.js';
import type { Clock } from '../../core/clock.js';
import type { PlatformUser } from '../../core/members/member.js';
import { createHash } from 'node:crypto';
import { type FetchLike, FileGone, fetchFile, fileType, nameFromLink } from '../../chat/downloads.js';
import type { InboundQueue, StoredInboundEvent } from '../../chat/inbound-queue.js';
import type { Logger } from '../../logger.js';
import { withoutLeadingMention } from '../zalo/mentions.js';
import { OPERATOR_ALERT_KINDS, toAdapterError, ZaloApiError } from '../zalo/zalo-errors.js';
import { splitText, ZALO_MAX_TEXT } from '../zalo/zalo-text.js';
import { OA_UPLOAD_LIMITS, type OaClient, type OaInfo } from './oa.client.js';
import { idText } from '../zalo/zalo-json.js';
import { classifyOaEvent, mapOaEvent, oaEventKey, oaSenderOf, type OaMessageDraft, withdrawingUser } from './oa.inbound.js';
import { oaMessageEventSchema } from './oa.schemas.js';
import type { OaTokens } from './oa.tokens.js';
import { oaUserRef, parseOaRef } from './oa-chat-ref.js';

export interface ZaloOaAdapterOptions {
  client: OaClient;
  tokens: OaTokens;
  /** the one inbound queue of the process, shared with the other platforms that must answer at once */
  queue: InboundQueue;
  clock: Clock;
  logger: Logger;
  /** the name this person already has here, for when Zalo will not tell it */
  knownName?(userId: string): Promise<string | null>;
  /** tells the administrators about what only a person can fix (see OPERATOR_ALERT_KINDS), once a day per kind */
  needsOperator?(error: unknown, situation: 'send' | 'start'): Promise<void>;
  /** fetches a file by its link (the evidence people send); tests route Zalo's file servers to the fake */
  mediaFetch?: FetchLike;
  /** the caption of an image sent to a group (Zalo requires one there), from the file's name when it has one */
  imageCaption?(name: string | null): string;
  /** how long to wait before asking getoa again after a failure (grows to an hour); tests shorten it */
  identityRetryMs?: number;
  /**
   * A person used their right as a data subject (user_withdraw): the administrators are told who, and how to see
   * what the bot holds about them.
   */
  onWithdraw?(user: { userId: string; appUserId: string | null }): Promise<void>;
}

export type ReceiveOutcome = 'stored' | 'duplicate' | 'ignored' | 'unreadable';

export interface ZaloOaAdapter extends ChatAdapter {
  readonly tokens: OaTokens;
  /** the OA as Zalo describes it, once getoa has answered (the adapter runs without it until then) */
  readonly identity: OaInfo | null;
  /** A body whose signature was verified: stored for processing when it is the bot's business. */
  receive(body: Record<string, unknown>, raw: Buffer): Promise<ReceiveOutcome>;
  /** A body Zalo signed that could not be read: kept for an operator (counted on /healthz), never acted on. */
  keepUnreadable(raw: Buffer, reason: string, eventName?: string): Promise<void>;
  /** Resolves once the OA is known and its webhook events are processed. */
  whenReady(): Promise<void>;
  /** Resolves when every stored event has been processed (tests, shutdown). */
  idle(): Promise<void>;
}

const capabilities: AdapterCapabilities = {
  buttons: false,
  edit: false,
  files: true,
  threads: false,
  maxTextLength: ZALO_MAX_TEXT,
  uploads: [
    { mimeTypes: OA_UPLOAD_LIMITS.image.types, maxBytes: OA_UPLOAD_LIMITS.image.maxBytes },
    { mimeTypes: OA_UPLOAD_LIMITS.file.types, maxBytes: OA_UPLOAD_LIMITS.file.maxBytes },
  ],
};

// Remembered to tell a reply to the bot (a quote of its message) from a reply to anyone else.
const REMEMBERED_SENT = 2000;
const REMEMBERED_NAMES = 5000;
const REMEMBERED_UNKNOWN_EVENTS = 100;

/** Zalo turns "[@<user id>]" in OA text into a mention: text a user typed must not be able to. */
export const neutralizeMentions = (text: string) => text.replace(/\[@/g, '[ @');

function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as K);
}

/**
 * A Zalo Official Account in the groups it owns (GMF) and in one-to-one chats. Zalo pushes events to the
 * webhook; each is stored on arrival and processed after the answer, in order. Sends go through the OA Open
 * API, split at 2 000 characters; Zalo has no buttons, so choices arrive as numbered text.
 */
export function createZaloOaAdapter(options: ZaloOaAdapterOptions): ZaloOaAdapter {
  const { client, tokens, queue, clock, logger } = options;
  const events = queue.events;
  const sentIds = new Map<string, true>();
  const names = new Map<string, string>();
  const unknownLogged = new Set<string>();
  let identity: OaInfo | null = null;
  let identityRetry: NodeJS.Timeout | null = null;
  let sink: AdapterSink | null = null;
  let releaseWait: (() => void) | null = null;
  let stopping = false;
  let renewing: Promise<void> = Promise.resolve();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function nameOf(userId: string): Promise<string> {
    const cached = names.get(userId);
    if (cached) return cached;
    let name: string | null = null;
    try {
      name = await client.userName(userId);
    } catch (error) {
      logger.debug({ err: error, userId }, 'zalo user name not available');
    }
    name ??= (await options.knownName?.(userId)) ?? null;
    // Without a name the person is still somebody: the end of the id tells two of them apart.
    const resolved = name ?? `Zalo …${userId.slice(-4)}`;
    remember(names, userId, resolved, REMEMBERED_NAMES);
    return resolved;
  }

  async function toMessage(draft: OaMessageDraft, eventId: string): Promise<IncomingMessage> {
    const { text, mentioned } = withoutLeadingMention(draft.text, identity?.name ?? null);
    const quotesBot = draft.quotedMessageId !== null && sentIds.has(draft.quotedMessageId);
    let replyTo: PlatformUser | null = null;
    if (draft.quotedMessageId && !quotesBot) {
      const author = await events.senderOf('zalo-oa', draft.quotedMessageId);
      if (author && author !== identity?.oaId)
        replyTo = { platform: 'zalo-oa', id: author, displayName: await nameOf(author), username: null };
    }
    return {
      chat: draft.chat,
      chatKind: draft.chatKind,
      chatTitle: null,
      sender: { platform: 'zalo-oa', id: draft.senderId, displayName: await nameOf(draft.senderId), username: null },
      text,
      messageId: draft.messageId,
      eventId,
      addressedToBot: draft.chatKind === 'private' || mentioned || quotesBot,
      replyTo,
      mentions: [],
      attachments: draft.attachments,
      receivedAt: draft.receivedAt,
    };
  }

  const alert = (error: unknown, situation: 'send' | 'start') =>
    options.needsOperator?.(error, situation).catch((failure: unknown) => logger.error({ err: failure }, 'zalo alert could not be queued'));

  /**
   * getoa, which needs the permission group "Quyền quản lý thông tin OA" (an app granted only messaging gets
   * -223). The OA's id tells its own messages apart and its name is what people type to mention it; without them
   * the adapter still receives (echoes are known by their event name) and sends, and asks again later.
   */
  async function learnIdentity(attempt: number): Promise<void> {
    identityRetry = null;
    try {
      identity = await client.getOa();
      logger.info({ oa: identity.name, package: identity.packageName, validThrough: identity.packageValidThrough }, 'zalo oa ready');
    } catch (error) {
      const waitMs = Math.min(3_600_000, (options.identityRetryMs ?? 60_000) * 2 ** attempt);
      logger.error({ err: error, waitSeconds: Math.round(waitMs / 1000) }, 'zalo oa description (getoa) unavailable; running without it');
      if (attempt === 0) await alert(error, 'start');
      if (stopping) return;
      identityRetry = setTimeout(() => void learnIdentity(attempt + 1), waitMs);
      identityRetry.unref();
    }
  }

  const caption = (name: string | null) => options.imageCaption?.(name) ?? name ?? '';

  // The OA's own id: from getoa, or else from the event itself (group events carry oa_id).
  const ownId = (payload: Record<string, unknown>) => identity?.oaId ?? idText(payload.oa_id);

  async function process(stored: StoredInboundEvent) {
    if (!sink) throw new Error('zalo oa adapter not started');
    if (stored.eventName === 'user_withdraw') {
      const user = withdrawingUser(stored.payload);
      logger.warn({ userId: user?.userId ?? null }, 'a Zalo user asked for their data to be deleted (user_withdraw); administrators told');
      if (user) await options.onWithdraw?.(user);
      return;
    }
    const inbound = mapOaEvent(stored.payload, ownId(stored.payload), stored.receivedAt);
    if (inbound.kind === 'lifecycle') return sink.lifecycle({ ...inbound.event, eventId: stored.eventId });
    if (inbound.kind !== 'message') {
      logger.debug({ eventName: stored.eventName, inbound }, 'zalo oa event not acted on');
      return;
    }
    await sink.message(await toMessage(inbound.draft, stored.eventId));
  }

  async function keepUnreadable(raw: Buffer, reason: string, eventName = '?') {
    // NUL cannot be stored in PostgreSQL's text; bytes that are not UTF-8 were replaced on decoding
    const text = raw.toString('utf8').replace(/\u0000/g, '');
    const stored = await events.recordUnreadable({
      platform: 'zalo-oa',
      eventId: `unreadable:${createHash('sha256').update(raw).digest('hex').slice(0, 32)}`,
      eventName: eventName.slice(0, 100),
      raw: text,
      reason,
      receivedAt: clock.now(),
    });
    if (stored) logger.warn({ eventName, reason, bytes: raw.length }, 'a signed Zalo OA event could not be read; kept for an operator');
  }

  async function sendTo(chat: string, text: string): Promise<void> {
    const target = parseOaRef(chat);
    const id = target.kind === 'group' ? await client.sendGroupText(target.groupId, text) : await client.sendUserText(target.userId, text);
    if (id) remember(sentIds, id, true, REMEMBERED_SENT);
  }

  return {
    platform: 'zalo-oa',
    capabilities,
    privateChatOf: (userId) => oaUserRef(userId),
    tokens,
    get identity() {
      return identity;
    },
    get botUsername() {
      return null;
    },
    whenReady: () => ready,
    idle: () => queue.idle(),
    keepUnreadable,
    // Zalo sends photos and files as links to its file servers, which stop working after a while.
    async download(file, maxBytes) {
      if (!/^https?:\/\//.test(file.fileId)) throw new FileGone('not a link');
      const got = await fetchFile(options.mediaFetch ?? fetch, file.fileId, maxBytes);
      const name = file.name ?? nameFromLink(file.fileId);
      return { ...got, name, mimeType: fileType(got.mimeType, name, file.kind) };
    },
    async receive(body, raw) {
      const eventName = String(body.event_name);
      switch (classifyOaEvent(eventName)) {
        case 'echo':
        case 'ignored':
          return 'ignored';
        case 'unknown':
          if (!unknownLogged.has(eventName) && unknownLogged.size < REMEMBERED_UNKNOWN_EVENTS) {
            unknownLogged.add(eventName);
            logger.warn({ eventName }, 'unknown Zalo OA event ignored (logged once per event name)');
          }
          return 'ignored';
        case 'message':
          if (!oaMessageEventSchema.safeParse(body).success) {
            await keepUnreadable(raw, 'a message event of a shape the bot does not know', eventName);
            return 'unreadable';
          }
          break;
        case 'withdraw':
          if (!withdrawingUser(body)) {
            await keepUnreadable(raw, 'user_withdraw without a user_id', eventName);
            return 'unreadable';
          }
          break;
        case 'lifecycle':
          break;
      }
      const mapped = mapOaEvent(body, ownId(body), clock.now());
      const stored = await queue.accept({
        platform: 'zalo-oa',
        eventId: oaEventKey(eventName, body, raw),
        eventName,
        chatKey:
          mapped.kind === 'message'
            ? mapped.draft.chat
            : mapped.kind === 'lifecycle' && mapped.event.kind === 'left'
              ? mapped.event.chat
              : '',
        senderId: eventName === 'user_withdraw' ? (withdrawingUser(body)?.userId ?? null) : oaSenderOf(body),
        payload: body,
        receivedAt: clock.now(),
      });
      return stored ? 'stored' : 'duplicate';
    },
    async start(target) {
      sink = target;
      stopping = false;
      await tokens.seed();
      // Never fatal: an OA whose description cannot be read still gets its events (Zalo wants them answered).
      await learnIdentity(0);
      queue.register('zalo-oa', process);
      markReady();
      // A pair just taken from the environment is renewed now rather than at the first half-hourly check
      // (waited for by stop: a failure is told to the admins through the database, which closes after it).
      renewing = tokens.refreshIfDue().then(
        () => {},
        () => {},
      );
      await new Promise<void>((resolve) => {
        releaseWait = resolve;
        if (stopping) resolve();
      });
    },
    async stop() {
      stopping = true;
      if (identityRetry) clearTimeout(identityRetry);
      queue.unregister('zalo-oa');
      await queue.idle();
      await renewing;
      releaseWait?.();
    },
    async send(chat, message: OutgoingMessage, options = {}) {
      const toError = (error: unknown) => {
        if (error instanceof RangeError) return new AdapterError('NOT_FOUND', error.message);
        // The pipeline logs only the outcome; the hint that tells an operator what to fix is logged here.
        if (error instanceof ZaloApiError) {
          logger.warn({ chat, kind: error.kind, code: error.code, reason: error.message }, 'zalo oa send refused');
          if (OPERATOR_ALERT_KINDS.has(error.kind)) void alert(error, 'send');
        }
        return toAdapterError(error);
      };
      let target: ReturnType<typeof parseOaRef>;
      try {
        target = parseOaRef(chat);
      } catch (error) {
        throw toError(error);
      }
      const sent = (id: string | null) => {
        if (id) remember(sentIds, id, true, REMEMBERED_SENT);
      };
      // No pacing happens here: each part's request may deliver it, so the outbox records the attempt first.
      // A blank chunk, a file that is not a link and a file the OA cannot upload count as parts sent as nothing,
      // so that the parts keep their numbers from one attempt to the next.
      const nothing = async () => {};
      const text: MessagePart[] = splitText(neutralizeMentions(message.text)).map((chunk) => ({
        send: chunk.trim() ? () => sendTo(chat, chunk) : nothing,
      }));
      const passedOn: MessagePart[] = (message.attachments ?? []).map((file) => ({
        send: async () => {
          // Zalo's files are links that expire; a photo is sent again by its link, any other file as the link.
          if (!/^https?:\/\//.test(file.fileId)) return;
          if (file.kind === 'photo')
            sent(
              target.kind === 'group'
                ? await client.sendGroupImage(target.groupId, file.fileId, caption(file.name ?? null))
                : await client.sendUserImage(target.userId, file.fileId),
            );
          else await sendTo(chat, `📎 ${file.name ?? ''} ${file.fileId}`.replace(/ {2,}/g, ' '));
        },
      }));
      const made: MessagePart[] = (message.files ?? []).map((file) => ({
        send: async () => {
          // The dispatcher names what cannot go to the reader; a queued digest's chart is simply left out.
          if (!canUpload(capabilities, file)) {
            logger.warn({ chat, file: file.name, type: file.mimeType, bytes: file.data.length }, 'file not sent: the OA cannot upload it');
            return;
          }
          const upload = await client.upload({
            kind: file.mimeType.startsWith('image/') ? 'image' : 'file',
            name: file.name,
            mimeType: file.mimeType,
            data: file.data,
          });
          sent(
            target.kind === 'group'
              ? await client.sendGroupUpload(target.groupId, upload, caption(file.name))
              : await client.sendUserUpload(target.userId, upload),
          );
        },
      }));
      await sendParts([...text, ...passedOn, ...made], options, toError);
    },
  };
}
