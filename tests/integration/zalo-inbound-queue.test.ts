import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInboundQueue } from '../../src/adapters/zalo/inbound-queue.js';
import { fixedClock } from '../../src/core/clock.js';
import {
  createZaloInboundRepository,
  type StoredZaloInboundEvent,
  type ZaloInboundEventInput,
} from '../../src/db/repositories/zalo-inbound.repository.js';
import { createLogger } from '../../src/logger.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

let db: TestDatabase;
const clock = fixedClock('2026-11-23T09:00:00+07:00');
const logger = createLogger('silent');

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(() => db.reset());

const event = (id: string, senderId = 'u1'): ZaloInboundEventInput => ({
  platform: 'zalo-oa',
  eventId: id,
  eventName: 'user_send_group_text',
  senderId,
  payload: { message: { msg_id: id } },
  receivedAt: clock.now(),
});

const until = async (predicate: () => boolean | Promise<boolean>) => {
  const deadline = Date.now() + 5000;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('the queue of received Zalo events', () => {
  it('stores an event once, and processes what arrived before the start, in arrival order', async () => {
    const events = createZaloInboundRepository({ db: db.db });
    const seen: string[] = [];
    const queue = createInboundQueue({ platform: 'zalo-oa', events, clock, logger, handle: async (e) => void seen.push(e.eventId) });
    expect(await queue.accept(event('a'))).toBe(true);
    expect(await queue.accept(event('a'))).toBe(false);
    await queue.accept(event('b'));
    expect(seen).toEqual([]); // not started: a restart's leftovers wait for the adapter
    queue.start();
    await queue.idle();
    await queue.accept(event('c'));
    await queue.idle();
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(await events.pending('zalo-oa', clock.now(), 10)).toEqual([]);
    await queue.stop();
  });

  it('retries a failed event later, and gives up after repeated failures', async () => {
    const events = createZaloInboundRepository({ db: db.db });
    const attempts = new Map<string, number>();
    const handle = async (e: StoredZaloInboundEvent) => {
      const n = (attempts.get(e.eventId) ?? 0) + 1;
      attempts.set(e.eventId, n);
      if (e.eventId === 'flaky' && n === 1) throw new Error('database unavailable');
      if (e.eventId === 'broken') throw new Error('always fails');
    };
    const queue = createInboundQueue({ platform: 'zalo-oa', events, clock, logger, handle, maxAttempts: 3, sweepIntervalMs: 10 });
    queue.start();
    await queue.accept(event('flaky'));
    await queue.accept(event('broken'));
    await queue.idle();
    expect(await events.pending('zalo-oa', clock.now(), 10)).toEqual([]); // both wait for their retry time
    for (let i = 0; i < 2; i += 1) {
      clock.advance(15 * 60_000);
      const before = [...attempts.values()].reduce((a, b) => a + b, 0);
      await until(() => [...attempts.values()].reduce((a, b) => a + b, 0) > before);
      await queue.idle();
    }
    expect(attempts.get('flaky')).toBe(2);
    expect(attempts.get('broken')).toBe(3);
    expect(await events.pending('zalo-oa', new Date(clock.now().getTime() + 86_400_000), 10)).toEqual([]);
    await queue.stop();
  });

  it('tells who wrote a stored message, and forgets processed events after a while', async () => {
    const events = createZaloInboundRepository({ db: db.db });
    await events.record(event('m1', '8000000000000000002'));
    expect(await events.senderOf('zalo-oa', 'm1')).toBe('8000000000000000002');
    expect(await events.senderOf('zalo-bot', 'm1')).toBeNull();
    expect(await events.purgeProcessedBefore(new Date(clock.now().getTime() + 1000))).toBe(0); // not processed yet
    const [stored] = await events.pending('zalo-oa', clock.now(), 1);
    await events.markProcessed(stored!.id, clock.now());
    expect(await events.purgeProcessedBefore(clock.now())).toBe(0);
    expect(await events.purgeProcessedBefore(new Date(clock.now().getTime() + 1000))).toBe(1);
  });
});
