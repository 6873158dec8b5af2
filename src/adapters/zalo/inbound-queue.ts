import type { Clock } from '../../core/clock.js';
import type {
  StoredZaloInboundEvent,
  ZaloInboundEventInput,
  ZaloInboundRepository,
} from '../../db/repositories/zalo-inbound.repository.js';
import type { Logger } from '../../logger.js';

export interface InboundQueueOptions {
  platform: 'zalo-oa' | 'zalo-bot';
  events: ZaloInboundRepository;
  clock: Clock;
  logger: Logger;
  /** processes one stored event; throwing means "try again later" (the database was down, say) */
  handle(event: StoredZaloInboundEvent): Promise<void>;
  maxAttempts?: number;
  /** how often stored events are looked for besides the nudge each arrival gives (a crashed replica's leftovers) */
  sweepIntervalMs?: number;
}

export interface InboundQueue {
  /** Stores an event; false when it was stored before (a replay). Processing follows in the background. */
  accept(event: ZaloInboundEventInput): Promise<boolean>;
  start(): void;
  stop(): Promise<void>;
  /** Resolves once nothing stored is waiting (tests, and a clean stop). */
  idle(): Promise<void>;
}

const BATCH = 20;

/**
 * Zalo wants its webhook answered within two seconds and does not wait for the work: events are stored first,
 * answered, and processed here one at a time in arrival order (a person's answers to a flow stay in order).
 * What fails is retried with a growing delay, then given up on and logged.
 */
export function createInboundQueue(options: InboundQueueOptions): InboundQueue {
  const { platform, events, clock, logger } = options;
  const maxAttempts = options.maxAttempts ?? 6;
  let running = false;
  let draining: Promise<void> | null = null;
  let again = false;
  let sweep: NodeJS.Timeout | null = null;

  async function processOne(event: StoredZaloInboundEvent) {
    try {
      await options.handle(event);
      await events.markProcessed(event.id, clock.now());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const attempts = event.attempts + 1;
      if (attempts >= maxAttempts) {
        logger.error({ err: error, eventId: event.eventId, eventName: event.eventName }, 'zalo event given up after repeated failures');
        await events.giveUp(event.id, clock.now(), reason);
        return;
      }
      const waitSeconds = Math.min(600, 2 ** attempts * 5);
      logger.warn({ err: error, eventId: event.eventId, attempts, waitSeconds }, 'zalo event failed; will retry');
      await events.retryAt(event.id, new Date(clock.now().getTime() + waitSeconds * 1000), reason);
    }
  }

  async function drainLoop() {
    do {
      again = false;
      for (;;) {
        if (!running) return;
        const batch = await events.pending(platform, clock.now(), BATCH);
        for (const event of batch) {
          if (!running) return;
          await processOne(event);
        }
        if (batch.length < BATCH) break;
      }
    } while (again && running);
  }

  function kick() {
    if (!running) return;
    if (draining) {
      again = true;
      return;
    }
    draining = drainLoop()
      .catch((error: unknown) => logger.error({ err: error, platform }, 'zalo event queue pass failed'))
      .finally(() => {
        draining = null;
      });
  }

  return {
    async accept(event) {
      const stored = await events.record(event);
      if (stored) kick();
      return stored;
    },
    start() {
      if (running) return;
      running = true;
      kick();
      sweep = setInterval(kick, options.sweepIntervalMs ?? 30_000);
      sweep.unref();
    },
    async stop() {
      running = false;
      if (sweep) clearInterval(sweep);
      await draining;
    },
    async idle() {
      while (draining) await draining;
    },
  };
}
