import type { Platform } from '../core/members/member.js';
import type { Downloader } from './downloads.js';
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
   * The bot can delete what others wrote in a group (Telegram, when an administrator gave it the right), through
   * `ChatAdapter.deleteMessage`. Without it a message holding a complainant's contact can only be recalled by
   * its sender (Zalo's "thu hồi").
   */
  deletesMessages?: boolean;
  /**
   * The files the bot makes that it can upload here, by type and size; absent: any. Another file is not sent,
   * and the reader is told so (Zalo's OA takes small images and Word/PDF files only, the Zalo Bot none).
   */
  uploads?: ReadonlyArray<{ mimeTypes: readonly string[]; maxBytes: number }>;
}

/** Whether a file the bot made can be uploaded to a platform with these capabilities. */
export const canUpload = (capabilities: Pick<AdapterCapabilities, 'uploads'>, file: { mimeType: string; data: Buffer }) =>
  capabilities.uploads === undefined ||
  capabilities.uploads.some((rule) => rule.mimeTypes.includes(file.mimeType) && file.data.length <= rule.maxBytes);

export interface SinkOptions {
  /**
   * Resolve once the message is processed and committed, and send the answer after that: a webhook can then
   * answer the platform at once instead of waiting for the platform's own API to take the reply.
   */
  replyInBackground?: boolean;
}

/**
 * A message goes out as parts, in this order: its text in the chunks the platform's length allows, then the
 * files it passes on, then the files the bot made. The split depends only on the message, so part n is the same
 * part on every attempt: a send cut short after some parts is resumed after them, and no part arrives twice.
 */
export interface SendOptions {
  /** the leading parts an earlier attempt delivered: they are not sent again */
  skipParts?: number;
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
  lifecycle(event: ChatLifecycleEvent, options?: SinkOptions): Promise<void>;
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
  /**
   * Deletes a message someone wrote in a chat (see `AdapterCapabilities.deletesMessages`). Throws an
   * AdapterError: REJECTED or FORBIDDEN when the bot lacks the right, or the message is too old or gone.
   */
  deleteMessage?(chat: ChatRef, messageId: string): Promise<void>;
  /** Fetches a file people sent (evidence), to keep it; absent when the platform has no files to fetch. */
  download?: Downloader;
}

/**
 * RATE_LIMITED, NETWORK and PLATFORM (the platform's own 5xx) may pass: worth another attempt later.
 * FORBIDDEN and NOT_FOUND: the chat is gone for the bot (removed, deleted). REJECTED: the platform refused this
 * message for good (a 4xx such as a deleted forum topic, no right to post, a bad parameter); AUTH_FAILED and
 * NOT_SUPPORTED likewise: sending the same again would fail the same way.
 */
export type AdapterErrorCode =
  | 'RATE_LIMITED'
  | 'AUTH_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'REJECTED'
  | 'NOT_SUPPORTED'
  | 'NETWORK'
  | 'PLATFORM';

/**
 * A platform failure (rate limit, bad token, a chat the bot was removed from), as opposed to a user error or
 * a bug. `retryAfterSeconds` is set when trying again later can succeed; `partsDelivered` says how many leading
 * parts of the message (see SendOptions) had gone out before it, counting the ones skipped.
 */
export class AdapterError extends Error {
  constructor(
    readonly code: AdapterErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
    readonly partsDelivered = 0,
  ) {
    super(message);
    this.name = 'AdapterError';
  }

  /** Worth another attempt later (rate limits, network, the platform's own 5xx). */
  get retryable(): boolean {
    return this.code === 'RATE_LIMITED' || this.code === 'NETWORK' || this.code === 'PLATFORM';
  }

  /**
   * Our own pacing under a platform's limits: a decision, not a fault. On a busy day every reply beyond
   * Telegram's 30 a second meets one, and capturing a stack trace for each cost more than the rest of
   * deferring the reply; no stack is kept.
   */
  static rateLimited(message: string, retryAfterSeconds?: number, partsDelivered = 0): AdapterError {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return new AdapterError('RATE_LIMITED', message, retryAfterSeconds, partsDelivered);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  /** The same failure, after the first `parts` parts of the message were delivered. */
  after(parts: number): AdapterError {
    const delivered = Math.max(parts, this.partsDelivered);
    if (this.code === 'RATE_LIMITED') return AdapterError.rateLimited(this.message, this.retryAfterSeconds, delivered);
    return new AdapterError(this.code, this.message, this.retryAfterSeconds, delivered);
  }
}

/** One request that delivers a part of a message, and the waiting for the platform's limits that comes before it. */
export interface MessagePart {
  pace?: () => Promise<void>;
  send: () => Promise<unknown>;
}

/**
 * Sends the parts of a message in order, from `skipParts` on, calling `beforeFirstRequest` once, after the
 * pacing and before the first request that can deliver something. A failure is thrown as an AdapterError
 * (through `toError`) that says how many parts were delivered, so that the caller queues only the rest.
 */
export async function sendParts(
  parts: readonly MessagePart[],
  options: SendOptions,
  toError: (error: unknown) => AdapterError,
): Promise<void> {
  let delivered = Math.min(options.skipParts ?? 0, parts.length);
  let begun = false;
  try {
    for (const part of parts.slice(delivered)) {
      await part.pace?.();
      if (!begun) {
        begun = true;
        await options.beforeFirstRequest?.();
      }
      await part.send();
      delivered += 1;
    }
  } catch (error) {
    throw toError(error).after(delivered);
  }
}
