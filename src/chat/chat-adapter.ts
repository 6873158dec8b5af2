import type { Platform } from '../core/members/member.js';
import type { ChatLifecycleEvent, ChatRef, IncomingMessage, OutgoingMessage } from './messages.js';

/** What a platform can do, declared up front so shared code branches on data rather than on exceptions. */
export interface AdapterCapabilities {
  /** inline buttons; without them choices are numbered text ("Trả lời 1, 2 hoặc 3") */
  buttons: boolean;
  edit: boolean;
  files: boolean;
  threads: boolean;
  maxTextLength: number;
  /**
   * The files the bot makes that it can upload here, by type and size; absent: any. Another file is not sent,
   * and the reader is told so (Zalo's OA takes small images and Word/PDF files only, the Zalo Bot none).
   */
  uploads?: ReadonlyArray<{ mimeTypes: readonly string[]; maxBytes: number }>;
}

/** Whether a file the bot made can be uploaded to a platform with these capabilities. */
export const canUpload = (capabilities: Pick<AdapterCapabilities, 'uploads'>, file: { mimeType: string; data: Buffer }) =>
  capabilities.uploads === undefined || capabilities.uploads.some((rule) => rule.mimeTypes.includes(file.mimeType) && file.data.length <= rule.maxBytes);

export interface SinkOptions {
  /**
   * Resolve once the message is processed and committed, and send the answer after that: a webhook can then
   * answer the platform at once instead of waiting for the platform's own API to take the reply.
   */
  replyInBackground?: boolean;
}

export interface SendOptions {
  /**
   * Called once, after any waiting for the platform's limits and right before the first request that can
   * deliver the message; when it fails, nothing is sent. The outbox records here that the message may be
   * arriving, so that a replica killed before the platform answers leaves it "in doubt" rather than unsent.
   * An adapter that does not call it keeps its messages retryable after a crash (at least once).
   */
  beforeFirstRequest?: () => Promise<void>;
}

/** Where an adapter hands what it receives. */
export interface AdapterSink {
  message(message: IncomingMessage, options?: SinkOptions): Promise<void>;
  lifecycle(event: ChatLifecycleEvent): Promise<void>;
}

/**
 * The port every chat platform implements. `start` delivers what arrives to the sink and resolves when the
 * adapter stops listening; `send` posts to any chat of this platform by its ChatRef.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  readonly capabilities: AdapterCapabilities;
  /** the bot's own username, to tell "/cmd@thisbot" from "/cmd@otherbot"; known once started */
  readonly botUsername: string | null;
  start(sink: AdapterSink): Promise<void>;
  /** The private chat with a user of this platform, for messages meant for them alone; absent when the platform cannot start one. */
  privateChatOf?(userId: string): ChatRef;
  stop(): Promise<void>;
  send(chat: ChatRef, message: OutgoingMessage, options?: SendOptions): Promise<void>;
}

export type AdapterErrorCode = 'RATE_LIMITED' | 'AUTH_FAILED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NOT_SUPPORTED' | 'NETWORK' | 'PLATFORM';

/**
 * A platform failure (rate limit, bad token, a chat the bot was removed from), as opposed to a user error or
 * a bug. `retryAfterSeconds` is set when trying again later can succeed.
 */
export class AdapterError extends Error {
  constructor(
    readonly code: AdapterErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AdapterError';
  }

  /** Worth another attempt later (rate limits, network, the platform's own 5xx). */
  get retryable(): boolean {
    return this.code === 'RATE_LIMITED' || this.code === 'NETWORK' || this.code === 'PLATFORM';
  }
}
