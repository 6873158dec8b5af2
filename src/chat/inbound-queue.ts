import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../logger.js';

/** An event as it arrived, before anything acted on it. */
export interface InboundEventInput {
  platform: string;
  eventId: string;
  eventName: string;
  /** the chat it belongs to (a ChatRef); events of one chat are processed one after another, in arrival order */
  chatKey?: string;
  senderId: string | null;
  payload: Record<string, unknown>;
  receivedAt: Date;
}

export interface StoredInboundEvent extends Required<InboundEventInput> {
  id: number;
  attempts: number;
  /** the end of this worker's lease: the claim's token (a later claim by another worker ends later) */
  claimedUntil: Date;
}

/** A body the platform sent with valid credentials that the bot could not read, kept for an operator. */
export interface UnreadableEvent {
  platform: string;
  eventName: string;
  receivedAt: Date;
  reason: string;
  raw: string;
}

/** Where the events are kept (the `inbound_events` table). */
export interface InboundEventsRepository {
  /** Stores an event once; false when an event with this id was already stored (a replay or a retry). */
  record(event: InboundEventInput): Promise<boolean>;
  /** Keeps a body that could not be read, once per content; it is never processed. */
  recordUnreadable(event: {
    platform: string;
    eventId: string;
    eventName: string;
    raw: string;
    reason: string;
    receivedAt: Date;
  }): Promise<boolean>;
  /**
   * Takes, for `leaseSeconds`, the oldest unprocessed event of up to `limit` chats whose turn it is (nobody holds
   * it, its retry time has come), oldest first.
   */
  claim(platforms: readonly string[], now: Date, limit: number, leaseSeconds: number, worker: string): Promise<StoredInboundEvent[]>;
  /** False when the claim was lost meanwhile (another worker took the event after the lease ran out). */
  markProcessed(event: StoredInboundEvent, at: Date): Promise<boolean>;
  retryAt(event: StoredInboundEvent, at: Date, error: string): Promise<void>;
  /** Gives up on an event: it counts as processed, with the reason kept. */
  giveUp(event: StoredInboundEvent, at: Date, error: string): Promise<void>;
  /** Who wrote the message with this id, when it passed through here. */
  senderOf(platform: string, eventId: string): Promise<string | null>;
  /** How many unreadable bodies are kept (shown on /healthz). */
  unreadableCount(): Promise<number>;
  /** The latest unreadable bodies, newest first. */
  unreadable(limit: number): Promise<UnreadableEvent[]>;
  /** Forgets processed (and unreadable) events received before `before`; returns how many. */
  purgeProcessedBefore(before: Date): Promise<number>;
}

export interface InboundQueueOptions {
  events: InboundEventsRepository;
  clock: Clock;
  logger: Logger;
  maxAttempts?: number;
  /** how often stored events are looked for besides the nudge each arrival gives (other replicas' arrivals, retries) */
  sweepIntervalMs?: number;
  /** how long a claimed event is this worker's before another replica may take it (its holder died) */
  leaseSeconds?: number;
  /** names this worker in the table (default: a random id per process) */
  worker?: string;
}

/** Processes one stored event; throwing means "try again later" (the database was down, say). */
export type InboundHandler = (event: StoredInboundEvent) => Promise<void>;

export interface InboundQueue {
  /** Stores an event; false when it was stored before (a replay). Processing follows in the background. */
  accept(event: InboundEventInput): Promise<boolean>;
  /** A platform's events are processed from now on (its adapter has started). */
  register(platform: string, handle: InboundHandler): void;
  unregister(platform: string): void;
  readonly events: InboundEventsRepository;
  start(): void;
  stop(): Promise<void>;
  /** Resolves once nothing this worker could take is waiting (tests, and a clean stop). */
  idle(): Promise<void>;
  /** how many events this worker has run through their handler since it started (each once, across replicas) */
  readonly handled: number;
}

const BATCH = 20;

/**
 * One queue for every platform that wants its webhook answered at once and does not wait for the work (Zalo
 * asks for 200 within two seconds): events are stored first, answered, and processed here. A pass claims the
 * oldest event of each chat for a lease, as the outbox does, so that several replicas share the work without
 * doing an event twice, and a chat's events keep their order (a person's answers to a flow). What fails is
 * retried with a growing delay, holding its chat back meanwhile, then given up on and logged. An event whose
 * holder died is taken again once the lease has run out; its effects stay single because the pipeline marks
 * each event processed in the transaction of its effects.
 */
export function createInboundQueue(options: InboundQueueOptions): InboundQueue {
  const { events, clock, logger } = options;
  const maxAttempts = options.maxAttempts ?? 6;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const worker = options.worker ?? `worker-${randomUUID().slice(0, 8)}`;
  const handlers = new Map<string, InboundHandler>();
  let running = false;
  let draining: Promise<void> | null = null;
  let again = false;
  let sweep: NodeJS.Timeout | null = null;
  let handled = 0;

  async function processOne(event: StoredInboundEvent) {
    const handle = handlers.get(event.platform);
    if (!handle) return;
    try {
      handled += 1;
      await handle(event);
      if (!(await events.markProcessed(event, clock.now())))
        logger.info({ eventId: event.eventId, platform: event.platform }, 'inbound event was taken over by another worker meanwhile');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const attempts = event.attempts + 1;
      if (attempts >= maxAttempts) {
        logger.error({ err: error, eventId: event.eventId, eventName: event.eventName }, 'inbound event given up after repeated failures');
        await events.giveUp(event, clock.now(), reason);
        return;
      }
      const waitSeconds = Math.min(600, 2 ** attempts * 5);
      logger.warn({ err: error, eventId: event.eventId, attempts, waitSeconds }, 'inbound event failed; will retry');
      await events.retryAt(event, new Date(clock.now().getTime() + waitSeconds * 1000), reason);
    }
  }

  async function drainLoop() {
    do {
      again = false;
      for (;;) {
        if (!running || handlers.size === 0) return;
        const batch = await events.claim([...handlers.keys()], clock.now(), BATCH, leaseSeconds, worker);
        for (const event of batch) {
          if (!running) return;
          await processOne(event);
        }
        // a batch holds one event per chat: the next pass takes each chat's following event
        if (batch.length === 0) break;
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
      .catch((error: unknown) => logger.error({ err: error }, 'inbound event queue pass failed'))
      .finally(() => {
        draining = null;
      });
  }

  return {
    events,
    get handled() {
      return handled;
    },
    async accept(event) {
      const stored = await events.record(event);
      if (stored) kick();
      return stored;
    },
    register(platform, handle) {
      handlers.set(platform, handle);
      kick();
    },
    unregister(platform) {
      handlers.delete(platform);
    },
    start() {
      if (running) return;
      running = true;
      kick();
      sweep = setInterval(kick, options.sweepIntervalMs ?? 5_000);
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
