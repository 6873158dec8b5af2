import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { z } from 'zod';
import type { ChatLifecycleEvent, IncomingMessage } from '../../chat/messages.js';
import type { ChatKind } from '../../core/chats/chat.js';
import type { PlatformUser } from '../../core/members/member.js';

export interface BotIdentity {
  id: number;
  username: string;
}

export type InboundUpdate =
  | { kind: 'message'; message: IncomingMessage; callbackQueryId: string | null }
  | { kind: 'lifecycle'; event: ChatLifecycleEvent }
  | { kind: 'ignored'; reason: string };

// Telegram's stand-ins for "a group or channel wrote this": anonymous admins and linked channels.
const ANONYMOUS_SENDERS = new Set([1087968824, 136817688, 777000]);

const ignored = (reason: string): InboundUpdate => ({ kind: 'ignored', reason });

// The fields of an update that are read below, with the types the Bot API gives them. Telegram does send
// them so; a body that does not (a forged or garbled webhook post) is ignored rather than turned into a
// message with a number for its text or an invalid date. Loose: every other field passes untouched.
const userSchema = z.looseObject({
  id: z.int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});
const chatSchema = z.looseObject({ id: z.int(), type: z.string(), title: z.string().optional() });
const entitySchema = z
  .looseObject({ type: z.string(), offset: z.int().min(0), length: z.int().min(0), user: userSchema.optional() })
  .refine((entity) => entity.type !== 'text_mention' || entity.user !== undefined);
// a forum topic's id becomes part of the chat reference ("telegram:<chat>:<topic>"): a positive number
const topicSchema = { is_topic_message: z.boolean().optional(), message_thread_id: z.int().min(1).optional() };
const messageSchema = z.looseObject({
  message_id: z.int(),
  // seconds since 1970, within what a Date can hold
  date: z.int().min(0).max(8_640_000_000_000),
  chat: chatSchema,
  from: userSchema.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entitySchema).optional(),
  caption_entities: z.array(entitySchema).optional(),
  reply_to_message: z.looseObject({ from: userSchema.optional() }).optional(),
  photo: z.array(z.looseObject({ file_id: z.string().min(1) })).optional(),
  document: z.looseObject({ file_id: z.string().min(1), file_name: z.string().optional() }).optional(),
  migrate_to_chat_id: z.int().optional(),
  migrate_from_chat_id: z.int().optional(),
  ...topicSchema,
});
const updateSchema = z.looseObject({
  update_id: z.int(),
  message: messageSchema.optional(),
  callback_query: z
    .looseObject({
      id: z.string().min(1),
      from: userSchema,
      data: z.string().optional(),
      message: z.looseObject({ message_id: z.int(), chat: chatSchema, ...topicSchema }).optional(),
    })
    .optional(),
  my_chat_member: z
    .looseObject({
      chat: chatSchema,
      from: userSchema,
      old_chat_member: z.looseObject({ status: z.string() }),
      new_chat_member: z.looseObject({ status: z.string() }),
    })
    .optional(),
});

export function telegramUser(user: User): PlatformUser {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return {
    platform: 'telegram',
    id: String(user.id),
    displayName: name || user.username || String(user.id),
    username: user.username ?? null,
  };
}

function chatKind(chat: Chat): ChatKind | null {
  if (chat.type === 'private') return 'private';
  if (chat.type === 'group' || chat.type === 'supergroup') return 'group';
  return null; // channels
}

/**
 * A message in a forum topic is answered in that topic: "telegram:<chat>:<topic>". The topic is only where
 * replies go; the group's record (its unit, locale, schedule) is found under "telegram:<chat>".
 */
function chatRefOf(message: Pick<Message, 'chat' | 'is_topic_message' | 'message_thread_id'>): string {
  const topic = message.is_topic_message && message.message_thread_id ? `:${message.message_thread_id}` : '';
  return `telegram:${message.chat.id}${topic}`;
}

const entityText = (text: string, entity: MessageEntity) => text.slice(entity.offset, entity.offset + entity.length);

/**
 * Removes the bot's own @mention (so "@troly_bot thông tư nào…" reads "thông tư nào…") and tells whether
 * the bot was mentioned at all.
 */
function withoutOwnMention(text: string, entities: readonly MessageEntity[], me: BotIdentity): { text: string; mentioned: boolean } {
  let mentioned = false;
  let result = text;
  // From the end, so that earlier offsets stay valid while cutting.
  for (const entity of [...entities].sort((a, b) => b.offset - a.offset)) {
    const own =
      (entity.type === 'mention' && entityText(text, entity).toLowerCase() === `@${me.username.toLowerCase()}`) ||
      (entity.type === 'text_mention' && entity.user.id === me.id);
    if (!own) continue;
    mentioned = true;
    result = result.slice(0, entity.offset) + result.slice(entity.offset + entity.length);
  }
  return { text: mentioned ? result.replace(/\s+/g, ' ').trim() : text, mentioned };
}

function fromMessage(update: Update, message: Message, me: BotIdentity): InboundUpdate {
  if (message.migrate_to_chat_id) {
    return {
      kind: 'lifecycle',
      event: {
        kind: 'migrated',
        from: `telegram:${message.chat.id}`,
        to: `telegram:${message.migrate_to_chat_id}`,
        eventId: String(update.update_id),
      },
    };
  }
  if (message.migrate_from_chat_id) {
    return {
      kind: 'lifecycle',
      event: {
        kind: 'migrated',
        from: `telegram:${message.migrate_from_chat_id}`,
        to: `telegram:${message.chat.id}`,
        eventId: String(update.update_id),
      },
    };
  }
  const kind = chatKind(message.chat);
  if (!kind) return ignored('channel');
  // Joins and leaves arrive again as my_chat_member, which is the one acted on.
  if (message.new_chat_members || message.left_chat_member) return ignored('service message');
  if (!message.from) return ignored('no sender');
  // Before the bot check: an anonymous admin arrives as from = GroupAnonymousBot (is_bot: true) with
  // sender_chat = the group, and is told politely why the bot cannot act, rather than ignored like a bot.
  const anonymous = Boolean(message.sender_chat) || ANONYMOUS_SENDERS.has(message.from.id);
  if (message.from.is_bot && !anonymous) return ignored('from a bot');

  const rawText = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  const { text, mentioned } = withoutOwnMention(rawText, entities, me);
  const repliedTo = message.reply_to_message?.from;
  const replyToBot = repliedTo?.id === me.id;
  const attachments: IncomingMessage['attachments'] = [];
  const largestPhoto = message.photo?.at(-1);
  if (largestPhoto) attachments.push({ kind: 'photo', fileId: largestPhoto.file_id });
  if (message.document) attachments.push({ kind: 'document', fileId: message.document.file_id, name: message.document.file_name ?? null });

  return {
    kind: 'message',
    callbackQueryId: null,
    message: {
      chat: chatRefOf(message),
      chatKind: kind,
      chatTitle: message.chat.type === 'private' ? null : (message.chat.title ?? null),
      sender: telegramUser(message.from),
      senderIsAnonymous: anonymous,
      text,
      messageId: String(message.message_id),
      eventId: String(update.update_id),
      addressedToBot: kind === 'private' || mentioned || replyToBot,
      replyTo: repliedTo && !repliedTo.is_bot ? telegramUser(repliedTo) : null,
      mentions: entities
        .filter((e): e is MessageEntity.TextMentionMessageEntity => e.type === 'text_mention' && e.user.id !== me.id)
        .map((e) => telegramUser(e.user)),
      attachments,
      receivedAt: new Date(message.date * 1000),
    },
  };
}

/**
 * One Bot API update → what the bot should act on. Pure, so every shape Telegram sends (and every malformed
 * one) can be tested without a network. Never throws. `now` (the injected clock) stamps what carries no date
 * of its own: a pressed button.
 */
export function mapUpdate(body: Update | unknown, me: BotIdentity, now: Date): InboundUpdate {
  if (!updateSchema.safeParse(body).success) return ignored('malformed update');
  const update = body as Update;
  if (update.message) return fromMessage(update, update.message, me);
  if (update.callback_query) {
    const query = update.callback_query;
    const origin = query.message;
    if (!origin || !query.data) return ignored('callback without message or data');
    const kind = chatKind(origin.chat);
    if (!kind) return ignored('channel');
    const inTopic =
      'is_topic_message' in origin ? { is_topic_message: origin.is_topic_message, message_thread_id: origin.message_thread_id } : {};
    return {
      kind: 'message',
      callbackQueryId: query.id,
      message: {
        chat: chatRefOf({ chat: origin.chat, ...inTopic }),
        chatKind: kind,
        chatTitle: origin.chat.type === 'private' ? null : (origin.chat.title ?? null),
        sender: telegramUser(query.from),
        text: '',
        messageId: String(origin.message_id),
        eventId: String(update.update_id),
        addressedToBot: true,
        callbackData: query.data,
        receivedAt: now,
      },
    };
  }
  if (update.my_chat_member) {
    const change = update.my_chat_member;
    const kind = chatKind(change.chat);
    if (!kind) return ignored('channel');
    const ref = `telegram:${change.chat.id}`;
    const inside = (status: string) => status === 'member' || status === 'administrator' || status === 'restricted';
    const was = inside(change.old_chat_member.status);
    const is = inside(change.new_chat_member.status);
    if (!was && is) {
      const title = change.chat.type === 'private' ? null : (change.chat.title ?? null);
      return {
        kind: 'lifecycle',
        event: { kind: 'joined', chat: ref, chatKind: kind, title, eventId: String(update.update_id), by: telegramUser(change.from) },
      };
    }
    if (was && !is) return { kind: 'lifecycle', event: { kind: 'left', chat: ref, eventId: String(update.update_id) } };
    return ignored('membership unchanged');
  }
  if (update.edited_message) return ignored('edited message');
  return ignored('unhandled update type');
}
