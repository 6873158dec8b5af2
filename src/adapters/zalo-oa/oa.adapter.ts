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
import type { StoredZaloInboundEvent, ZaloInboundRepository } from '../../db/repositories/zalo-inbound.repository.js';
import type { Logger } from '../../logger.js';
import { createInboundQueue } from '../zalo/inbound-queue.js';
import { withoutLeadingMention } from '../zalo/mentions.js';
import { toAdapterError, ZaloApiError } from '../zalo/zalo-errors.js';
import { splitText, ZALO_MAX_TEXT } from '../zalo/zalo-text.js';
import { OA_UPLOAD_LIMITS, type OaClient, type OaInfo } from './oa.client.js';
import { classifyOaEvent, mapOaEvent, oaEventKey, oaSenderOf, type OaMessageDraft } from './oa.inbound.js';
import { oaMessageEventSchema } from './oa.schemas.js';
import type { OaTokens } from './oa.tokens.js';
import { oaUserRef, parseOaRef } from './oa-chat-ref.js';

export interface ZaloOaAdapterOptions {
  client: OaClient;
  tokens: OaTokens;
  events: ZaloInboundRepository;
  clock: Clock;
  logger: Logger;
  /** the name this person already has here, for when Zalo will not tell it */
  knownName?(userId: string): Promise<string | null>;
}

export type ReceiveOutcome = 'stored' | 'duplicate' | 'ignored' | 'malformed';

export interface ZaloOaAdapter extends ChatAdapter {
  readonly tokens: OaTokens;
  /** the OA as Zalo describes it, once started */
  readonly identity: OaInfo | null;
  /** A body whose signature was verified: stored for processing when it is the bot's business. */
  receive(body: Record<string, unknown>, raw: Buffer): Promise<ReceiveOutcome>;
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
  const { client, tokens, events, clock, logger } = options;
  const sentIds = new Map<string, true>();
  const names = new Map<string, string>();
  const unknownLogged = new Set<string>();
  let identity: OaInfo | null = null;
  let sink: AdapterSink | null = null;
  let releaseWait: (() => void) | null = null;
  let stopping = false;
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

  async function process(stored: StoredZaloInboundEvent) {
    if (!sink) throw new Error('zalo oa adapter not started');
    const inbound = mapOaEvent(stored.payload, identity?.oaId ?? null, stored.receivedAt);
    if (inbound.kind === 'lifecycle') return sink.lifecycle({ ...inbound.event, eventId: stored.eventId });
    if (inbound.kind !== 'message') {
      logger.debug({ eventName: stored.eventName, inbound }, 'zalo oa event not acted on');
      return;
    }
    await sink.message(await toMessage(inbound.draft, stored.eventId));
  }

  const queue = createInboundQueue({ platform: 'zalo-oa', events, clock, logger, handle: process });

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
    async receive(body, raw) {
      const eventName = String(body.event_name);
      switch (classifyOaEvent(eventName)) {
        case 'echo':
          return 'ignored';
        case 'ignored':
          if (eventName === 'user_withdraw')
            logger.warn({ userId: oaSenderOf(body) }, 'a Zalo user withdrew consent: delete their data by hand');
          return 'ignored';
        case 'unknown':
          if (!unknownLogged.has(eventName) && unknownLogged.size < REMEMBERED_UNKNOWN_EVENTS) {
            unknownLogged.add(eventName);
            logger.warn({ eventName }, 'unknown Zalo OA event ignored (logged once per event name)');
          }
          return 'ignored';
        case 'message':
          if (!oaMessageEventSchema.safeParse(body).success) return 'malformed';
          break;
        case 'lifecycle':
          break;
      }
      const stored = await queue.accept({
        platform: 'zalo-oa',
        eventId: oaEventKey(eventName, body, raw),
        eventName,
        senderId: oaSenderOf(body),
        payload: body,
        receivedAt: clock.now(),
      });
      return stored ? 'stored' : 'duplicate';
    },
    async start(target) {
      sink = target;
      stopping = false;
      await tokens.seed();
      identity = await client.getOa();
      logger.info({ oa: identity.name, package: identity.packageName, validThrough: identity.packageValidThrough }, 'zalo oa ready');
      queue.start();
      markReady();
      // A pair just taken from the environment is renewed now rather than at the first half-hourly check.
      tokens.refreshIfDue().catch(() => {});
      await new Promise<void>((resolve) => {
        releaseWait = resolve;
        if (stopping) resolve();
      });
    },
    async stop() {
      stopping = true;
      await queue.stop();
      releaseWait?.();
    },
    async send(chat, message: OutgoingMessage, options = {}) {
      const toError = (error: unknown) => {
        if (error instanceof RangeError) return new AdapterError('NOT_FOUND', error.message);
        // The pipeline logs only the outcome; the hint that tells an operator what to fix is logged here.
        if (error instanceof ZaloApiError)
          logger.warn({ chat, kind: error.kind, code: error.code, reason: error.message }, 'zalo oa send refused');
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
                ? await client.sendGroupImage(target.groupId, file.fileId)
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
              ? await client.sendGroupUpload(target.groupId, upload)
              : await client.sendUserUpload(target.userId, upload),
          );
        },
      }));
      await sendParts([...text, ...passedOn, ...made], options, toError);
    },
  };
}
