import type { Attachment, IncomingMessage } from '../../chat/messages.js';
import { withoutLeadingMention } from '../zalo/mentions.js';
import { botUpdateSchema } from './bot.schemas.js';

export interface BotIdentity {
  id: string;
  /** the display name people type after "@" (configured, or given by getMe) */
  name: string | null;
  /** the account handle getMe gives ("bot.VDKyGxQvc") */
  handle?: string | null;
}

// A leading "@<someone>" before a command: in a group the platform hands the bot only what mentions it or
// replies to it, so such a mention is the bot's, whatever name was typed.
const MENTION_BEFORE_COMMAND = /^\s*@[^\n/]{1,64}?\s+(?=\/)/u;

/** The group message without the bot's leading @mention: by its display name, its handle, or before a command. */
export function withoutBotMention(text: string, me: BotIdentity): string {
  for (const name of [me.name, me.handle]) {
    const { text: rest, mentioned } = withoutLeadingMention(text, name ?? null);
    if (mentioned) return rest;
  }
  return text.replace(MENTION_BEFORE_COMMAND, '');
}

export type BotInbound =
  | { kind: 'message'; message: IncomingMessage }
  | { kind: 'ignored'; reason: string }
  | { kind: 'unknown'; eventName: string };

const EVENTS = new Set(['message.text.received', 'message.image.received', 'message.sticker.received', 'message.unsupported.received']);

/** The docs show updates wrapped as {ok, result}; webhooks have been seen to post them bare. Both are taken. */
export function unwrapBotUpdate(body: unknown): unknown {
  if (body && typeof body === 'object' && (body as { ok?: unknown }).ok === true && 'result' in body)
    return (body as { result: unknown }).result;
  return body;
}

/** The id that keeps a redelivered update from acting twice. */
export function botEventKey(update: unknown): string | null {
  const id = (update as { message?: { message_id?: unknown } } | null)?.message?.message_id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * One update → what the bot acts on. In a group the platform delivers only messages that mention the bot or
 * reply to it, so every group message that arrives is addressed to the bot; its "@name" is removed.
 */
export function mapBotUpdate(body: unknown, me: BotIdentity, receivedAt: Date): BotInbound {
  const parsed = botUpdateSchema.safeParse(body);
  if (!parsed.success) return { kind: 'ignored', reason: 'malformed update' };
  const update = parsed.data;
  if (!EVENTS.has(update.event_name)) return { kind: 'unknown', eventName: update.event_name };
  const message = update.message;
  if (!message) return { kind: 'ignored', reason: 'update without a message' };
  if (message.from.is_bot || message.from.id === me.id) return { kind: 'ignored', reason: 'from a bot' };

  const group = (message.chat.chat_type ?? '').toUpperCase() === 'GROUP';
  const attachments: Attachment[] = [];
  let raw = '';
  if (update.event_name === 'message.text.received') raw = message.text ?? '';
  if (update.event_name === 'message.image.received') {
    raw = message.caption ?? message.text ?? '';
    if (message.photo_url) attachments.push({ kind: 'photo', fileId: message.photo_url });
  }
  // A sticker, or content the platform withholds (a protected user), is "no text": a waiting step re-asks.
  const text = group ? withoutBotMention(raw, me) : raw;
  const name = message.from.display_name?.trim() || message.from.name?.trim() || `Zalo …${message.from.id.slice(-4)}`;
  // a time beyond what a Date can hold is no time at all: the arrival time stands in, as for the OA
  const sentAt = message.date ? new Date(message.date) : null;
  return {
    kind: 'message',
    message: {
      chat: `zalo-bot:${message.chat.id}`,
      chatKind: group ? 'group' : 'private',
      chatTitle: group ? (message.chat.title ?? null) : null,
      sender: { platform: 'zalo-bot', id: message.from.id, displayName: name, username: null },
      text,
      messageId: message.message_id,
      eventId: message.message_id,
      addressedToBot: true,
      replyTo: null,
      mentions: [],
      attachments,
      receivedAt: sentAt && Number.isFinite(sentAt.getTime()) ? sentAt : receivedAt,
    },
  };
}
