import { describe, expect, it } from 'vitest';
import { createChatPacer, createRatePacer } from '../../../../src/adapters/telegram/chat-pacer.js';
import { AdapterError } from '../../../../src/chat/chat-adapter.js';

function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    advance: (ms: number) => (now += ms),
    slept,
  };
}

describe('chat pacer', () => {
  it('lets 20 messages a minute into a group, then waits for the window to slide', async () => {
    const time = fakeTime();
    const pacer = createChatPacer({ perMinute: 20, maxWaitMs: 60_000, now: time.now, sleep: time.sleep });
    for (let i = 0; i < 20; i += 1) {
      await pacer.acquire('-100');
      time.advance(100);
    }
    expect(time.slept).toEqual([]);
    await pacer.acquire('-100');
    expect(time.slept).toEqual([60_000 - 2000]);
    await pacer.acquire('-200'); // another group has its own minute
    expect(time.slept).toHaveLength(1);
  });

  it('hands a send back as rate limited when the wait would be too long', async () => {
    const time = fakeTime();
    const pacer = createChatPacer({ perMinute: 2, maxWaitMs: 1000, now: time.now, sleep: time.sleep });
    await pacer.acquire('-100');
    await pacer.acquire('-100');
    const error = await pacer.acquire('-100').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdapterError);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    // a pacing decision carries no stack trace (one per deferred reply on a busy day), and leaves the
    // process's stack traces as they were
    const limit = Error.stackTraceLimit;
    expect((error as AdapterError).stack).not.toContain('\n    at ');
    const later = (error as AdapterError).after(2);
    expect(later).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60, partsDelivered: 2, retryable: true });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('a fault').stack).toContain('\n    at ');
  });
});

describe('bot-wide pacer', () => {
  it('spaces sends evenly, at most 30 in any second, in the order they asked', async () => {
    let now = 0;
    const sent: Array<{ id: number; at: number }> = [];
    // a sleep that lets time pass only for its own caller, as concurrent sends would see it
    const wakeups: Array<{ at: number; wake: () => void }> = [];
    const pacer = createRatePacer({
      perSecond: 30,
      now: () => now,
      sleep: (ms) => new Promise((wake) => wakeups.push({ at: now + ms, wake })),
    });
    const sends = Array.from({ length: 100 }, (_, id) => pacer.acquire().then(() => sent.push({ id, at: now })));
    while (sent.length < 100) {
      await new Promise((resolve) => setImmediate(resolve));
      wakeups.sort((a, b) => a.at - b.at);
      const next = wakeups.shift();
      if (next) {
        now = next.at;
        next.wake();
      }
    }
    await Promise.all(sends);
    expect(sent.map((s) => s.id)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    for (let i = 30; i < sent.length; i += 1) expect(sent[i]!.at - sent[i - 30]!.at).toBeGreaterThanOrEqual(1000);
    expect(sent[99]!.at).toBe(99 * 34); // no slower than it must be
  });
});
