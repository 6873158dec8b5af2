import { afterAll, describe, expect, it } from 'vitest';
import { FakeZalo } from '../support/fake-zalo.js';
import { startZaloHarness, type ZaloHarness } from '../support/zalo-harness.js';

let fake: FakeZalo | null = null;
let h: ZaloHarness | null = null;

afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

/**
 * A SIGTERM while `npm start` is still starting (the Zalo Bot slow to answer getMe, the webhooks and the
 * inbound queue already running): main.ts is handed the runtime's stop as soon as anything runs, and closes
 * the database only after it. Start-up must then end at once and quietly, start nothing more, and leave no
 * worker reading a closed database (CI once logged "write CONNECTION_ENDED" from the inbound queue there).
 */
describe('a stop during start-up', () => {
  it('ends start-up at once and quietly, without waiting for the platform, and leaves nothing reading the closed database', async () => {
    fake = await new FakeZalo().start();
    fake.slow('bot:getMe', 8_000);
    const logLines: string[] = [];
    let stopping: Promise<void> | null = null;
    let stopAt = 0;
    h = await startZaloHarness({
      fake,
      oa: true,
      bot: 'polling',
      logLines,
      // outbox and evidence workers that would run at once if start-up went on after the stop
      runtime: {
        outboxIntervalMs: 10,
        evidence: { intervalMs: 10 },
        zaloBot: { timeoutMs: 10_000 },
        onRunning: (stop) => {
          stopAt = Date.now();
          stopping = stop();
        },
      },
    });
    expect(stopping).not.toBeNull();
    await stopping;
    // start-up did not wait for getMe (8 s): the stop ended it, without an error
    expect(Date.now() - stopAt).toBeLessThan(3_000);
    // the database closes, as main.ts closes it after the stop; nothing left running reads it afterwards
    await h.stop();
    h = null;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(logLines.filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
  });
});
