import type { Bot } from '../chat/bot.js';
import type { Clock } from '../core/clock.js';
import type { ClaimedOutboxMessage } from '../core/outbox/outbox.js';
import type { Store } from '../core/store.js';
import type { Logger } from '../logger.js';

export interface OutboxWorkerOptions {
  store: Store;
  bot: Bot;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
  /** messages in flight at once, to different chats (a chat's own messages go one after another) */
  concurrency?: number;
  /** how long a claimed message is this worker's before another replica may take it */
  leaseSeconds?: number;
}

export interface OutboxWorker {
  start(): void;
  stop(): Promise<void>;
  /** One pass: claims what is due and sends it; returns how many messages it handled. */
  runOnce(): Promise<number>;
}

/** Delivers queued messages (deferred replies, digests, notices). Thin: the table decides what is due. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, bot, clock, logger } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 50;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const leaseSeconds = options.leaseSeconds ?? 120;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;
  let stopRequested = false;

  async function deliver(message: ClaimedOutboxMessage) {
    try {
      await bot.sendQueued(message);
    } catch (error) {
      // sendQueued records outcomes itself; reaching here means the database failed: the lease expires and the message is retried.
      logger.error({ err: error, key: message.key }, 'outbox delivery could not be recorded');
    }
  }

  /**
   * Claims what is due and sends it, several chats at a time, while the platform's pacing decides the rate.
   * The next batch is claimed while the last messages of the previous one are still in flight, so a fan-out
   * of thousands never stalls between batches. Returns how many messages it handled.
   */
  async function runOnce(): Promise<number> {
    const lanes = new Semaphore(concurrency);
    const chatTails = new Map<string, Promise<void>>();
    const inFlight = new Set<Promise<void>>();
    let handled = 0;
    for (;;) {
      const claimed = await store.outbox.claimDue(clock.now(), batchSize, leaseSeconds);
      handled += claimed.length;
      for (const message of claimed) {
        // A chat's messages keep their order: each waits for the one before it in the same chat.
        const previous = chatTails.get(message.chat) ?? Promise.resolve();
        const sending = previous.then(() => lanes.run(() => deliver(message)));
        chatTails.set(message.chat, sending);
        inFlight.add(sending);
        void sending.finally(() => inFlight.delete(sending));
      }
      // a stop asked for in the middle of a fan-out finishes what was claimed and claims no more
      if (claimed.length < batchSize || stopRequested) break;
      // Claim more once the lanes are about to run dry, not before: leases stay short and fair to other replicas.
      while (inFlight.size > concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return handled;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .then(() => schedule(intervalMs))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'outbox pass failed');
          schedule(intervalMs * 5);
        });
    }, delay);
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      stopRequested = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      stopRequested = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** At most `size` tasks at once; the others wait their turn in order. */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next waiter, so no newcomer can slip in between.
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
