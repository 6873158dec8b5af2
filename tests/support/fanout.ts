import { createTelegramAdapter } from '../../src/adapters/telegram/telegram.adapter.js';
import { createBot } from '../../src/chat/bot.js';
import type { Dispatcher } from '../../src/chat/dispatcher.js';
import type { OutboxMessage } from '../../src/core/outbox/outbox.js';
import type { Store } from '../../src/core/store.js';
import type { I18n } from '../../src/i18n/i18n.js';
import { createOutboxWorker } from '../../src/jobs/outbox-worker.js';
import type { Logger } from '../../src/logger.js';
import { FakeTelegram } from './fake-telegram.js';
import { SimClock } from './sim-clock.js';

export interface FanoutOptions {
  store: Store;
  dispatcher: Dispatcher;
  i18n: I18n;
  logger: Logger;
  /** queued before the clock starts, as a Monday's digest job leaves them */
  messages: OutboxMessage[];
  /** simulated time the Bot API takes to answer a send */
  latencyMs: number;
  start: Date;
  concurrency?: number;
}

export interface FanoutResult {
  fake: FakeTelegram;
  /** simulated seconds from the start to the last message accepted */
  simulatedSeconds: number;
  realSeconds: number;
}

/**
 * Delivers queued messages through the real outbox worker, bot and grammY adapter to a fake Bot API that
 * enforces Telegram's limits (30 messages a second, 20 a minute per group) and answers after `latencyMs`,
 * on a simulated clock.
 */
export async function simulateFanout(options: FanoutOptions): Promise<FanoutResult> {
  const sim = new SimClock(options.start);
  const fake = await new FakeTelegram({
    time: sim,
    limits: { perSecond: 30, perGroupPerMinute: 20 },
    latencyMs: options.latencyMs,
    traffic: { arrived: () => sim.end(), answering: () => sim.begin() },
  }).start();
  try {
    await options.store.outbox.enqueue(options.messages);
    const adapter = createTelegramAdapter({
      token: fake.token,
      apiRoot: fake.apiRoot,
      webhook: null,
      commands: [],
      i18n: options.i18n,
      logger: options.logger,
      time: sim,
      client: { fetch: sim.fetch() as never },
    });
    const store = sim.trackStore(options.store);
    const bot = createBot({
      dispatcher: options.dispatcher,
      adapters: [adapter],
      store,
      i18n: options.i18n,
      clock: sim.clock,
      logger: options.logger,
    });
    const worker = createOutboxWorker({ store, bot, clock: sim.clock, logger: options.logger, concurrency: options.concurrency });
    const delivered = () => fake.callsOf('sendMessage').filter((call) => !call.payload.__failed).length;
    const started = performance.now();
    const giveUpAt = options.start.getTime() + 24 * 3600_000;
    await sim.run(
      (async () => {
        while (delivered() < options.messages.length && sim.now() < giveUpAt) {
          // Nothing due now (rate-limited messages wait for their time): wait a simulated second, as the worker's timer would.
          if ((await worker.runOnce()) === 0) await sim.sleep(1000);
        }
      })(),
    );
    const realSeconds = (performance.now() - started) / 1000;
    const accepted = fake.callsOf('sendMessage').filter((call) => !call.payload.__failed);
    const last = Math.max(0, ...accepted.map((call) => call.at));
    return { fake, simulatedSeconds: last / 1000, realSeconds };
  } finally {
    await fake.stop();
  }
}
