import { createHash } from 'node:crypto';
import type { Attachment, ChatLifecycleEvent } from '../../chat/messages.js';
import type { ChatKind } from '../../core/chats/chat.js';
import { idText } from '../zalo/zalo-json.js';
import { oaGroupEventSchema, oaMessageEventSchema, type OaMessageEvent } from './oa.schemas.js';
import { oaGroupRef, oaUserRef } from './oa-chat-ref.js';

/** A message as the webhook told it, before the adapter knows the sender's name or whom a quote answers. */
export interface OaMessageDraft {
  chat: string;
  chatKind: ChatKind;
  senderId: string;
  text: string;
  messageId: string;
  quotedMessageId: string | null;
  attachments: Attachment[];
  receivedAt: Date;
}

export type OaInbound =
  | { kind: 'message'; draft: OaMessageDraft }
  | { kind: 'lifecycle'; event: ChatLifecycleEvent }
  | { kind: 'ignored'; reason: string }
  | { kind: 'unknown'; eventName: string };

const MESSAGE_EVENT = /^user_send_(group_)?(text|image|gif|file|sticker|link|audio|video|location|business_card)$/;

// Events Zalo sends that the bot has no use for: acknowledged and dropped without noise.
const KNOWN_IGNORED = new Set([
  'follow',
  'unfollow',
  'user_seen_message',
  'user_received_message',
  'user_reacted_message',
  'oa_reacted_message',
  'user_click_chatnow',
  'user_submit_info',
  'user_join_group',
  'user_out_group',
  'user_request_join_group',
  'accept_request_join_group',
  'reject_request_join_group',
  'add_group_admin',
  'remove_group_admin',
  'update_group_info',
  'create_group',
]);

export const isOwnEcho = (eventName: string) => eventName.startsWith('oa_send_');
export const isMessageEvent = (eventName: string) => MESSAGE_EVENT.test(eventName);

/** Decided on arrival, before anything is stored: only what the bot may act on is kept. */
export function classifyOaEvent(eventName: string): 'echo' | 'ignored' | 'unknown' | 'message' | 'lifecycle' | 'withdraw' {
  if (isOwnEcho(eventName)) return 'echo';
  if (KNOWN_IGNORED.has(eventName)) return 'ignored';
  if (eventName === 'user_withdraw') return 'withdraw';
  if (eventName === 'delete_group') return 'lifecycle';
  return isMessageEvent(eventName) ? 'message' : 'unknown';
}

/** What keeps a redelivered event from acting twice: the message id, or for other events a digest of the body. */
export function oaEventKey(eventName: string, body: Record<string, unknown>, raw: Buffer): string {
  const message = body.message as { msg_id?: unknown; message_id?: unknown } | undefined;
  const messageId = idText(message?.msg_id ?? message?.message_id);
  if (isMessageEvent(eventName) && messageId) return messageId;
  return `${eventName}:${createHash('sha256').update(raw).digest('hex').slice(0, 32)}`;
}

/** The sender of a message event, kept beside it so that a later quote can be traced to its author. */
export function oaSenderOf(body: Record<string, unknown>): string | null {
  const sender = body.sender as { id?: unknown } | undefined;
  return idText(sender?.id);
}

/**
 * user_withdraw: a person used their right as a data subject and the partner must delete their data. The event
 * names them in `user_id` (the OA-scoped id, the one group events carry as sender.id) and `user_id_by_app`; it
 * has no `sender`.
 */
export function withdrawingUser(body: Record<string, unknown>): { userId: string; appUserId: string | null } | null {
  const userId = idText(body.user_id) ?? idText((body.sender as { id?: unknown } | undefined)?.id);
  return userId ? { userId, appUserId: idText(body.user_id_by_app) } : null;
}

function attachmentsOf(event: OaMessageEvent): Attachment[] {
  const files: Attachment[] = [];
  for (const attachment of event.message.attachments ?? []) {
    const url = attachment.payload?.url;
    if (!url) continue;
    if (attachment.type === 'image' || attachment.type === 'gif') files.push({ kind: 'photo', fileId: url });
    else if (attachment.type === 'file') files.push({ kind: 'document', fileId: url, name: attachment.payload?.name ?? null });
  }
  return files;
}

/**
 * One stored webhook body → what the bot should act on. Pure: every event shape (and every malformed one) can be
 * tested without a network. `oaId` lets a message the OA itself wrote be recognised even under a user event name;
 * `arrivedAt` (when the event was stored, by the injected clock) stands in for a timestamp Zalo sent unreadable.
 */
export function mapOaEvent(body: unknown, oaId: string | null, arrivedAt: Date): OaInbound {
  const eventName = typeof (body as { event_name?: unknown })?.event_name === 'string' ? (body as { event_name: string }).event_name : '';
  if (!eventName) return { kind: 'ignored', reason: 'no event name' };
  if (isOwnEcho(eventName)) return { kind: 'ignored', reason: 'own echo' };
  if (KNOWN_IGNORED.has(eventName)) return { kind: 'ignored', reason: eventName };

  if (eventName === 'delete_group') {
    const parsed = oaGroupEventSchema.safeParse(body);
    const groupId = parsed.success ? (parsed.data.group_id ?? parsed.data.recipient?.id) : undefined;
    if (!groupId) return { kind: 'ignored', reason: 'delete_group without a group id' };
    return { kind: 'lifecycle', event: { kind: 'left', chat: oaGroupRef(groupId), eventId: null } };
  }

  const match = MESSAGE_EVENT.exec(eventName);
  if (!match) return { kind: 'unknown', eventName };
  const parsed = oaMessageEventSchema.safeParse(body);
  if (!parsed.success) return { kind: 'ignored', reason: 'malformed message event' };
  const event = parsed.data;
  const messageId = event.message.msg_id ?? event.message.message_id;
  if (!messageId) return { kind: 'ignored', reason: 'message without an id' };
  if (oaId && event.sender.id === oaId) return { kind: 'ignored', reason: 'own message' };

  const inGroup = Boolean(match[1]);
  const kind = match[2]!;
  // Only words count as words: a sticker, a location or a voice note is "no text", which a waiting step re-asks.
  const text =
    kind === 'text' || kind === 'image' || kind === 'gif' || kind === 'file' || kind === 'link' ? (event.message.text ?? '') : '';
  const receivedAt = new Date(Number(event.timestamp));
  return {
    kind: 'message',
    draft: {
      chat: inGroup ? oaGroupRef(event.recipient.id) : oaUserRef(event.sender.id),
      chatKind: inGroup ? 'group' : 'private',
      senderId: event.sender.id,
      text,
      messageId,
      quotedMessageId: event.message.quote_msg_id ?? null,
      attachments: attachmentsOf(event),
      receivedAt: Number.isNaN(receivedAt.getTime()) ? arrivedAt : receivedAt,
    },
  };
}
