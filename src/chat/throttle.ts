import type { Store } from '../core/store.js';
import type { I18n } from '../i18n/i18n.js';
import type { IncomingMessage, OutgoingMessage } from './messages.js';

/**
 * Per-person flood control, kept in this process's memory.
 *
 * Why not in the database: counting there would add a write (and a hot row under a flood) to every message,
 * and the check runs before the message's own transaction precisely so that a flood costs no database work.
 * The price, with several replicas behind one webhook URL, is that each replica counts on its own: a person
 * may get up to N times the allowance through N replicas. The notice is the one part claimed in the database
 * (a row in processed_events per person, chat and minute), so replicas do not each send one.
 */
export interface FloodLimits {
  /** messages to the bot a person may send at once; 0 turns the throttle off */
  burst: number;
  /** how fast the allowance comes back, in messages a second */
  perSecond: number;
}

/**
 * FLOOD_LIMIT (default 30): that many at once, then that many per 10 seconds. Far beyond anyone typing or
 * pressing buttons, far below a script.
 */
export const floodLimits = (limit: number): FloodLimits => ({ burst: limit, perSecond: limit / 10 });

export type FloodVerdict = 'pass' | 'notify' | 'drop';

export interface Throttle {
  /** Counts one message of `key` and says whether to handle it, tell the sender once, or ignore it. */
  check(key: string): FloodVerdict;
  /** people currently tracked (tests, and a bound on memory) */
  size(): number;
}

interface Bucket {
  level: number;
  at: number;
  noticed: boolean;
}

// Empty buckets are dropped now and then rather than on a timer, so that an idle bot keeps no timer alive.
const SWEEP_EVERY = 1024;

/**
 * A leaky bucket per person whose level also rises with the messages it refuses (up to twice the burst): a
 * sustained flood stays refused as a whole until the sender slows below `perSecond`, instead of trickling
 * through at the refill rate. The notice is re-armed only once the level is back under half the burst, so a
 * sender hovering at the limit is told once, not at every crossing.
 */
export function createThrottle(limits: FloodLimits, now: () => number = Date.now): Throttle {
  const buckets = new Map<string, Bucket>();
  const ceiling = limits.burst * 2;
  let checks = 0;

  // A clock stepping back counts as no time passing, never as negative time.
  const drained = (bucket: Bucket, at: number) => Math.max(0, bucket.level - (Math.max(0, at - bucket.at) / 1000) * limits.perSecond);

  function sweep(at: number) {
    for (const [key, bucket] of buckets) if (drained(bucket, at) === 0) buckets.delete(key);
  }

  return {
    check(key) {
      if (limits.burst <= 0) return 'pass';
      const at = now();
      checks += 1;
      if (checks % SWEEP_EVERY === 0) sweep(at);
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = { level: 0, at, noticed: false };
        buckets.set(key, bucket);
      }
      bucket.level = Math.min(ceiling, drained(bucket, at) + 1);
      bucket.at = at;
      if (bucket.level > limits.burst) {
        if (bucket.noticed) return 'drop';
        bucket.noticed = true;
        return 'notify';
      }
      if (bucket.noticed && bucket.level <= limits.burst / 2) bucket.noticed = false;
      return 'pass';
    },
    size: () => buckets.size,
  };
}

/**
 * What counts as talking to the bot: a command, a pressed button, or a message addressed to it. Group chatter
 * (which the Zalo OA receives in full) is ignored by the dispatcher anyway and does not use up anyone's allowance.
 */
export function countsTowardFlood(message: IncomingMessage): boolean {
  return message.addressedToBot || Boolean(message.callbackData) || /^\s*\//.test(message.text ?? '');
}

export interface FloodGuard {
  /** null: handle the message as usual; otherwise do not handle it, and send `notice` when there is one. */
  admit(message: IncomingMessage): Promise<{ notice: OutgoingMessage | null } | null>;
}

export interface FloodGuardDeps {
  throttle: Throttle;
  store: Store;
  i18n: I18n;
  /** wall-clock ms for the notice's minute (the throttle's clock in tests) */
  now?: () => number;
}

// Deliveries already counted, by platform event id: a platform retrying the same update (a webhook that got
// 5xx during an outage, a restart) is one message from the person, not a flood, and must reach the at-most-once
// check rather than be ignored and lost.
const REMEMBERED_EVENTS = 10_000;

export function createFloodGuard(deps: FloodGuardDeps): FloodGuard {
  const { throttle, store, i18n } = deps;
  const now = deps.now ?? Date.now;
  const counted = new Set<string>();
  return {
    async admit(message) {
      if (!countsTowardFlood(message)) return null;
      if (message.eventId) {
        const event = `${message.sender.platform}:${message.eventId}`;
        if (counted.has(event)) return null;
        counted.add(event);
        if (counted.size > REMEMBERED_EVENTS) counted.delete(counted.values().next().value as string);
      }
      const verdict = throttle.check(`${message.sender.platform}:${message.sender.id}`);
      if (verdict === 'pass') return null;
      if (verdict === 'drop') return { notice: null };
      const minute = Math.floor(now() / 60_000);
      const claimed = await store.inbox.markProcessed(
        'flood-notice',
        `${message.sender.platform}:${message.sender.id}|${message.chat}|${minute}`,
      );
      if (!claimed) return { notice: null };
      const record = await store.chats.get(message.chat);
      const locale = i18n.resolve(record?.locale ?? null);
      return { notice: { text: i18n.t(locale, 'flood-notice', { name: message.sender.displayName }) } };
    },
  };
}
