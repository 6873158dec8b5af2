import type { Bot } from '../chat/bot.js';
import type { Clock } from '../core/clock.js';
import type { Store } from '../core/store.js';
import type { Logger } from '../logger.js';

export interface OutboxWorkerOptions {
  store: Store;
  bot: Bot;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
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
  const batchSize = options.batchSize ?? 20;
  const leaseSeconds = options.leaseSeconds ?? 120;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;

  async function runOnce(): Promise<number> {
    const claimed = await store.outbox.claimDue(clock.now(), batchSize, leaseSeconds);
    for (const message of claimed) {
      try {
        await bot.sendQueued(message);
      } catch (error) {
        // sendQueued records outcomes itself; reaching here means the database failed: the lease expires and the message is retried.
        logger.error({ err: error, key: message.key }, 'outbox delivery could not be recorded');
      }
    }
    return claimed.length;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runOnce()
        .then((handled) => schedule(handled === batchSize ? 0 : intervalMs))
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
      schedule(0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
