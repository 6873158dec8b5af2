import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInboundQueue, type InboundEventInput, type StoredInboundEvent } from '../../src/chat/inbound-queue.js';
import { fixedClock } from '../../src/core/clock.js';
import { createInboundEventsRepository } from '../../src/db/repositories/inbound-events.repository.js';
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

const event = (id: string, chat = 'zalo-oa:g1', senderId = 'u1', platform = 'zalo-oa'): InboundEventInput => ({
  platform,
  eventId: id,
  eventName: 'user_send_group_text',
  chatKey: chat,
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

describe('the inbound queue', () => {
  it('stores an event once, and processes what arrived before the platform registered, in arrival order', async () => {
    const events = createInboundEventsRepository({ db: db.db });
    const seen: string[] = [];
    const queue = createInboundQueue({ events, clock, logger });
    queue.start();
    expect(await queue.accept(event('a'))).toBe(true);
    expect(await queue.accept(event('a'))).toBe(false);
    await queue.accept(event('b', 'zalo-oa:g2'));
    await queue.accept(event('c'));
    await queue.idle();
    expect(seen).toEqual([]); // no adapter yet: a restart's leftovers wait for it
    queue.register('zalo-oa', async (e) => void seen.push(e.eventId));
    await until(() => seen.length === 3);
    await queue.accept(event('d', 'zalo-oa:g2'));
    await queue.idle();
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
    expect(await events.claim(['zalo-oa'], clock.now(), 10, 60, 'w')).toEqual([]);
    await queue.stop();
  });

  it("retries a failed event later, holding back its chat's next events but not other chats, and gives up in the end", async () => {
    const events = createInboundEventsRepository({ db: db.db });
    const attempts = new Map<string, number>();
    const order: string[] = [];
    const handle = async (e: StoredInboundEvent) => {
      const n = (attempts.get(e.eventId) ?? 0) + 1;
      attempts.set(e.eventId, n);
      if (e.eventId === 'flaky' && n === 1) throw new Error('database unavailable');
      if (e.eventId === 'broken') throw new Error('always fails');
      order.push(e.eventId);
    };
    const queue = createInboundQueue({ events, clock, logger, maxAttempts: 3, sweepIntervalMs: 10 });
    queue.register('zalo-oa', handle);
    queue.start();
    await queue.accept(event('flaky', 'zalo-oa:g1'));
    await queue.accept(event('after-flaky', 'zalo-oa:g1'));
    await queue.accept(event('broken', 'zalo-oa:g2'));
    await queue.accept(event('elsewhere', 'zalo-oa:g3'));
    await queue.idle();
    // g3 went on; g1 waits for its first event's retry before the second, in order
    expect(order).toEqual(['elsewhere']);
    for (let i = 0; i < 2; i += 1) {
      clock.advance(15 * 60_000);
      const before = [...attempts.values()].reduce((a, b) => a + b, 0);
      await until(() => [...attempts.values()].reduce((a, b) => a + b, 0) > before);
      await queue.idle();
    }
    expect(order).toEqual(['elsewhere', 'flaky', 'after-flaky']);
    expect(attempts.get('flaky')).toBe(2);
    expect(attempts.get('broken')).toBe(3); // given up after three
    expect(await events.claim(['zalo-oa'], new Date(clock.now().getTime() + 86_400_000), 10, 60, 'w')).toEqual([]);
    await queue.stop();
  });

  it("lets two workers share the events without taking one twice, each chat's in order", async () => {
    const events = createInboundEventsRepository({ db: db.db });
    const done: Array<{ worker: string; id: string }> = [];
    const slow = (worker: string) => async (e: StoredInboundEvent) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      done.push({ worker, id: e.eventId });
    };
    const a = createInboundQueue({ events, clock, logger, worker: 'a', sweepIntervalMs: 20 });
    const b = createInboundQueue({ events, clock, logger, worker: 'b', sweepIntervalMs: 20 });
    for (let i = 0; i < 40; i += 1) await events.record(event(`e${i}`, `zalo-oa:g${i % 5}`));
    a.register('zalo-oa', slow('a'));
    b.register('zalo-oa', slow('b'));
    a.start();
    b.start();
    await until(() => done.length >= 40);
    await Promise.all([a.idle(), b.idle()]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(done).toHaveLength(40);
    expect(new Set(done.map((d) => d.id)).size).toBe(40);
    for (let chat = 0; chat < 5; chat += 1) {
      const ids = done.filter((d) => Number(d.id.slice(1)) % 5 === chat).map((d) => Number(d.id.slice(1)));
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
    }
    await Promise.all([a.stop(), b.stop()]);
  });

  it('hands an event whose worker died to another once the lease has run out', async () => {
    const events = createInboundEventsRepository({ db: db.db });
    await events.record(event('m1'));
    const [held] = await events.claim(['zalo-oa'], clock.now(), 10, 60, 'dead');
    expect(held?.eventId).toBe('m1');
    expect(await events.claim(['zalo-oa'], clock.now(), 10, 60, 'other')).toEqual([]);
    clock.advance(61_000);
    const [again] = await events.claim(['zalo-oa'], clock.now(), 10, 60, 'other');
    expect(again?.eventId).toBe('m1');
    // the dead worker's late word counts for nothing; the holder's does
    expect(await events.markProcessed(held!, clock.now())).toBe(false);
    expect(await events.markProcessed(again!, clock.now())).toBe(true);
  });

  it('tells who wrote a stored message, keeps unreadable bodies apart, and forgets processed events after a while', async () => {
    const events = createInboundEventsRepository({ db: db.db });
    await events.record(event('m1', 'zalo-oa:g1', '8000000000000000002'));
    expect(await events.senderOf('zalo-oa', 'm1')).toBe('8000000000000000002');
    expect(await events.senderOf('zalo-bot', 'm1')).toBeNull();
    const raw = { platform: 'zalo-oa', eventId: 'unreadable:1', eventName: '?', raw: '{"x":', reason: 'not JSON', receivedAt: clock.now() };
    expect(await events.recordUnreadable(raw)).toBe(true);
    expect(await events.recordUnreadable(raw)).toBe(false);
    expect(await events.unreadableCount()).toBe(1);
    expect(await events.unreadable(5)).toEqual([expect.objectContaining({ raw: '{"x":', reason: 'not JSON' })]);
    expect(await events.claim(['zalo-oa'], clock.now(), 10, 60, 'w')).toHaveLength(1); // never the unreadable one
    expect(await events.purgeProcessedBefore(new Date(clock.now().getTime() + 1000))).toBe(1); // the unreadable one
    const [stored] = await events.claim(['zalo-oa'], new Date(clock.now().getTime() + 120_000), 1, 60, 'w');
    await events.markProcessed(stored!, clock.now());
    expect(await events.purgeProcessedBefore(clock.now())).toBe(0);
    expect(await events.purgeProcessedBefore(new Date(clock.now().getTime() + 1000))).toBe(1);
  });
});
