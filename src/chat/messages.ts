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

/**
 * A file sent with a message, by the platform's own file id (Telegram) or link (Zalo). Files a report cites are
 * downloaded and kept after the report is stored (jobs/evidence-worker.ts); the id stays what the report names.
 */
export interface Attachment {
  kind: 'photo' | 'document';
  fileId: string;
  name?: string | null;
}

/** A message as every platform adapter hands it to the dispatcher. */
export interface IncomingMessage {
  chat: ChatRef;
  chatKind: ChatKind;
  chatTitle: string | null;
  sender: PlatformUser;
  /**
   * The platform hid who wrote (an anonymous group admin, a linked channel): the bot cannot tell whose roles
   * apply, so it says so rather than acting.
   */
  senderIsAnonymous?: boolean;
  /** what the person wrote (or the caption of a file), with a mention of the bot itself removed by the adapter */
  text: string;
  /** unique within the chat; with the chat it identifies the message */
  messageId: string;
  /**
   * The platform's id of the delivery that carried this message (Telegram's update_id, Zalo's msg_id). When
   * set, the message is processed at most once: a redelivery changes nothing and sends nothing.
   */
  eventId?: string | null;
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
  attachments?: Attachment[];
  receivedAt: Date;
}

export interface OutgoingButton {
  label: string;
  data: string;
}

export type { GeneratedFile } from '../core/services.js';
import type { GeneratedFile } from '../core/services.js';

export interface OutgoingMessage {
  text: string;
  buttons?: OutgoingButton[];
  /** files made by the bot, uploaded with the message */
  files?: GeneratedFile[];
  /** the message this answers, so that the reply is threaded under it; always one its addressee wrote */
  replyToMessageId?: string | null;
  /** the bot waits for a typed answer: platforms with privacy mode ask for a reply so the answer reaches the bot */
  expectsAnswer?: boolean;
  /**
   * The person the message answers. A question that does not reply to something they wrote (it follows a
   * pressed button) names them, so that Telegram asks them, and only them, for the answer.
   */
  addressee?: Pick<PlatformUser, 'platform' | 'id' | 'displayName'> | null;
  /** files to pass on by their platform file id (evidence forwarded to leaders) */
  attachments?: Attachment[];
  /**
   * A button that signs the person in to the dashboard with the platform's own signature (Telegram's
   * login_url). Only where the platform has buttons; the text always carries a link that works without it.
   */
  loginButton?: { label: string; url: string };
}

/** What happens to a chat itself, rather than in it. */
export type ChatLifecycleEvent =
  | { kind: 'joined'; chat: ChatRef; chatKind: ChatKind; title: string | null; eventId: string | null; by: PlatformUser | null }
  | { kind: 'left'; chat: ChatRef; eventId: string | null }
  | { kind: 'migrated'; from: ChatRef; to: ChatRef; eventId: string | null };
