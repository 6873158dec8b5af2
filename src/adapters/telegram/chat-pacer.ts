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
        if (wait > options.maxWaitMs) throw new AdapterError('RATE_LIMITED', `more than ${options.perMinute} messages a minute in ${chat}`, Math.ceil(wait / 1000));
        await sleep(wait);
      }
    },
  };
}

export interface RatePacerOptions {
  /** most messages in any sliding second, across all chats (Telegram: about 30) */
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The bot-wide limit: Telegram accepts about 30 messages a second to different chats. Sends wait their
 * turn, one after another, so a fan-out of thousands of digests runs at the limit without earning a 429.
 */
export function createRatePacer(options: RatePacerOptions): { acquire(): Promise<void> } {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let sent: number[] = [];
  // Waiters line up so that concurrent sends cannot overtake one another inside the same window.
  let queue: Promise<void> = Promise.resolve();
  return {
    acquire() {
      const turn = queue.then(async () => {
        for (;;) {
          const t = now();
          sent = sent.filter((at) => at > t - 1000);
          if (sent.length < options.perSecond) {
            sent.push(t);
            return;
          }
          await sleep(sent[0]! + 1000 - t);
        }
      });
      queue = turn.catch(() => {});
      return turn;
    },
  };
}
