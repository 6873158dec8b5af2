import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/core/outbox/outbox.js';
import { simulateFanout } from '../support/fanout.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());

const group = (i: number) => `telegram:${-1002000000000 - i}`;

describe('outbox fan-out to a Bot API that enforces Telegram’s limits (simulated clock)', () => {
  it('delivers every message once, in order within a chat, without a single 429', async () => {
    // 200 groups get their digest; one busy group also gets 25 notices, more than its 20 a minute.
    const digests: OutboxMessage[] = Array.from({ length: 200 }, (_, i) => ({
      key: `digest:${group(i)}:2026-W49`,
      chat: group(i),
      text: `Bản tin tuần 49/2026 — đơn vị ${i}`,
    }));
    const notices: OutboxMessage[] = Array.from({ length: 25 }, (_, i) => ({
      key: `notice:${group(0)}:${i}`,
      chat: group(0),
      text: `Thông báo số ${i + 1}`,
    }));
    const { fake, simulatedSeconds } = await simulateFanout({
      store: t.app.store,
      dispatcher: t.app.dispatcher,
      i18n: t.app.i18n,
      logger: t.app.logger,
      messages: [...digests, ...notices],
      latencyMs: 100,
      start: new Date('2026-11-30T07:30:00+07:00'),
    });
    expect(fake.status429).toBe(0);
    expect(fake.duplicates()).toBe(0);
    for (let i = 0; i < 200; i += 1) expect(fake.sentTo(-1002000000000 - i)).toContain(`Bản tin tuần 49/2026 — đơn vị ${i}`);
    const busy = fake.sentTo(-1002000000000).filter((text) => text.startsWith('Thông báo'));
    expect(busy).toEqual(notices.map((n) => n.text));
    // The 21st to 25th notices of the busy group had to wait for its minute to pass.
    expect(simulatedSeconds).toBeGreaterThan(60);
    // 200 digests take at least 200 / 30 s; the pacing keeps close to that while the busy group waits its turn.
    const digestTimes = fake
      .callsOf('sendMessage')
      .filter((c) => String(c.payload.text).startsWith('Bản tin') && !c.payload.__failed)
      .map((c) => c.at);
    expect(Math.max(...digestTimes) / 1000).toBeLessThan((200 / 30) * 1.1);
    expect((await t.db.counts()).outbox).toBe(225);
  }, 120_000);
});
