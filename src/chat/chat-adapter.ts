import type { Platform } from '../core/members/member.js';
import type { ChatRef, IncomingMessage, OutgoingMessage } from './messages.js';

/** What a platform can do, declared up front so shared code branches on data rather than on exceptions. */
export interface AdapterCapabilities {
  /** inline buttons; without them choices are numbered text ("Trả lời 1, 2 hoặc 3") */
  buttons: boolean;
  edit: boolean;
  files: boolean;
  threads: boolean;
  maxTextLength: number;
}

/**
 * The port every chat platform implements. `start` delivers each incoming message to `onMessage` and
 * resolves when the adapter stops listening; `send` posts to any chat of this platform by its ChatRef.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  readonly capabilities: AdapterCapabilities;
  /** the bot's own username, to tell "/cmd@thisbot" from "/cmd@otherbot" */
  readonly botUsername: string | null;
  start(onMessage: (message: IncomingMessage) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
  send(chat: ChatRef, message: OutgoingMessage): Promise<void>;
}

export type AdapterErrorCode = 'RATE_LIMITED' | 'AUTH_FAILED' | 'NOT_FOUND' | 'NOT_SUPPORTED' | 'NETWORK' | 'PLATFORM';

/** A platform failure (rate limit, bad token, unsupported feature), as opposed to a user error or a bug. */
export class AdapterError extends Error {
  constructor(
    readonly code: AdapterErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AdapterError';
  }
}
