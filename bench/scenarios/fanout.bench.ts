import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { simulateFanout } from '../../tests/support/fanout.js';
import { createBenchDatabase } from '../support/bench-postgres.js';

const LIMIT_PER_SECOND = 30;

// About the length of a unit's digest on the demo data.
const digestText = (i: number) =>
  `Bản tin tuần 49/2026 — Trung tâm Y tế số ${i}\nĐầu mối: @dm${i}\nQuá hạn (3):\n` +
  Array.from(
    { length: 8 },
    (_, k) => `• [NV${k + 1}] Nhiệm vụ số ${k + 1} của kế hoạch năm — quá hạn ${k + 2} ngày (hạn thứ Hai, 23/11/2026)`,
  ).join('\n') +
  '\nĐang mở tổng cộng: 20 nhiệm vụ — xem đủ bằng /nhiemvu.\nBáo cáo tiến độ: /baocao — hạn chót: /hanchot.';

/**
 * 10 000 digests queued in the outbox, delivered by the real worker, bot and grammY adapter to a fake Bot API
 * that enforces 30 messages a second and 20 a minute per group and answers after 100 ms, on a simulated
 * clock (the pacing is measured, not the machine). Efficiency is the floor (10 000 / 30 s) over the time taken.
 */
export async function fanoutBenchmark({ quick }: { quick: boolean }) {
  const chats = quick ? 2000 : 10_000;
  const database = await createBenchDatabase('fanout');
  const parsed = parseConfig({ DATABASE_URL: database.url });
  if (!parsed.ok) throw new Error('bad configuration');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock: systemClock });
  try {
    const messages = Array.from({ length: chats }, (_, i) => {
      const chat = `telegram:${-1003000000000 - i}`;
      return { key: `digest:${chat}:2026-W49`, chat, text: digestText(i) };
    });
    const { fake, simulatedSeconds, realSeconds } = await simulateFanout({
      store: app.store,
      dispatcher: app.dispatcher,
      i18n: app.i18n,
      logger: app.logger,
      messages,
      latencyMs: 100,
      start: new Date('2026-11-30T07:30:00+07:00'),
    });
    if (process.env.BENCH_DEBUG) {
      const at = fake.callsOf('sendMessage').map((c) => c.at);
      const gaps = new Map<number, number>();
      for (let i = 1; i < at.length; i += 1) gaps.set(at[i]! - at[i - 1]!, (gaps.get(at[i]! - at[i - 1]!) ?? 0) + 1);
      process.stderr.write(`${JSON.stringify([...gaps.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15))} first=${at[0]}\n`);
    }
    const floorSeconds = chats / LIMIT_PER_SECOND;
    const delivered = fake.callsOf('sendMessage').filter((call) => !call.payload.__failed).length;
    return {
      chats,
      simulatedSeconds: Number(simulatedSeconds.toFixed(1)),
      floorSeconds: Number(floorSeconds.toFixed(1)),
      efficiency: Number((floorSeconds / simulatedSeconds).toFixed(3)),
      status429: fake.status429,
      duplicates: fake.duplicates(),
      delivered,
      realSeconds: Number(realSeconds.toFixed(1)),
    };
  } finally {
    await app.close();
    await database.drop();
  }
}
