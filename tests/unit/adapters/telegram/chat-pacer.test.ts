import { describe, expect, it } from 'vitest';
import { createChatPacer } from '../../../../src/adapters/telegram/chat-pacer.js';
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
  });
});
