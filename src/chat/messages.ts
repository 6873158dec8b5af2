import type { ChatKind } from '../core/chats/chat.js';
import type { Platform, PlatformUser } from '../core/members/member.js';

/**
 * An opaque, stable reference to a chat: "telegram:-1001234567890", "telegram:-100123:42" (a forum topic),
 * "zalo-oa:<group id>", "console:nhom-bvdk". It is all a job needs to post into the chat later.
 */
export type ChatRef = string;

export function makeChatRef(platform: Platform, chatId: string, threadId?: string | null): ChatRef {
  return threadId ? `${platform}:${chatId}:${threadId}` : `${platform}:${chatId}`;
}

export function parseChatRef(ref: ChatRef): { platform: Platform; chatId: string; threadId: string | null } {
  const [platform, chatId, threadId] = ref.split(':');
  if (!platform || !chatId) throw new RangeError(`not a chat reference: ${ref}`);
  return { platform: platform as Platform, chatId, threadId: threadId ?? null };
}

/** A message as every platform adapter hands it to the dispatcher. */
export interface IncomingMessage {
  chat: ChatRef;
  chatKind: ChatKind;
  chatTitle: string | null;
  sender: PlatformUser;
  /** what the person wrote, with a mention of the bot itself removed by the adapter */
  text: string;
  /** unique within the chat; with the chat it identifies the message for deduplication */
  messageId: string;
  /**
   * The user spoke to the bot: a private chat, a mention, a reply to the bot, or the console. Free text
   * that is not addressed to the bot is ignored, so that a busy group is not answered line by line.
   */
  addressedToBot: boolean;
  /** the author of the message this one replies to, when it is a reply */
  replyTo?: PlatformUser | null;
  /** other users mentioned in the message, as the platform resolved them */
  mentions?: PlatformUser[];
  /** the value of a pressed button (Telegram inline keyboards) */
  callbackData?: string | null;
  receivedAt: Date;
}

export interface OutgoingButton {
  label: string;
  data: string;
}

export interface OutgoingMessage {
  text: string;
  buttons?: OutgoingButton[];
}
