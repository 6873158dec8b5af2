import { AdapterError } from '../../chat/chat-adapter.js';

export interface ChatPacerOptions {
  /** most messages a chat may get in any sliding minute */
  perMinute: number;
  /** how long a send may wait for a free slot before it is handed back as rate limited */
  maxWaitMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ChatPacer {
  /** Waits for a free slot in this chat's minute, or throws RATE_LIMITED with how long to wait. */
  acquire(chat: string): Promise<void>;
}

const MINUTE = 60_000;

/**
 * Telegram allows about 20 messages a minute in one group. A burst (a long list split in several messages, a
 * busy report hour) is spread over the minute instead of earning a 429; what cannot fit soon is deferred.
 */
export function createChatPacer(options: ChatPacerOptions): ChatPacer {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const sent = new Map<string, number[]>();

  return {
    async acquire(chat) {
      for (;;) {
        const t = now();
        const recent = (sent.get(chat) ?? []).filter((at) => at > t - MINUTE);
        if (recent.length < options.perMinute) {
          recent.push(t);
          sent.set(chat, recent);
          return;
        }
        const wait = recent[0]! + MINUTE - t;
        sent.set(chat, recent);
        if (wait > options.maxWaitMs)
          throw AdapterError.rateLimited(`more than ${options.perMinute} messages a minute in ${chat}`, Math.ceil(wait / 1000));
        await sleep(wait);
      }
    },
  };
}

export interface RatePacerOptions {
  /** most messages in any sliding second, across all chats (Telegram: about 30) */
  perSecond: number;
  /**
   * How far ahead a send may be given a slot before it is handed back as rate limited (the caller defers it to
   * the outbox). Without it, replies arriving faster than the rate wait in memory without end.
   */
  maxWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The bot-wide limit: Telegram accepts about 30 messages a second to different chats. Sends are spaced
 * evenly (one every 34 ms at 30 a second) rather than let out in bursts of 30: a burst that reaches Telegram
 * a little late can overlap the next one and earn a 429, an even stream cannot. Waiters keep their order.
 */
export function createRatePacer(options: RatePacerOptions): { acquire(): Promise<void> } {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Whole milliseconds, rounded up: 30 slots never fit in less than a second.
  const spacing = Math.ceil(1000 / options.perSecond);
  let nextSlot = -Infinity;
  return {
    async acquire() {
      const slot = Math.max(now(), nextSlot);
      const wait = slot - now();
      if (options.maxWaitMs !== undefined && wait > options.maxWaitMs) {
        throw AdapterError.rateLimited(`more than ${options.perSecond} messages a second are waiting`, Math.ceil(wait / 1000));
      }
      nextSlot = slot + spacing;
      if (wait > 0) await sleep(wait);
    },
  };
}
