import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createApp } from '../../src/app.js';
import type { IncomingMessage } from '../../src/chat/messages.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { createLogger } from '../../src/logger.js';

const CAPABILITIES = { buttons: false, edit: false, files: false, threads: false, maxTextLength: 100_000 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Latency of a command through the whole pipeline (parse, identity, permission, repositories, rendering) on
 * the configured database: PGlite by default, PostgreSQL with DATABASE_URL.
 */
export async function dispatchBenchmark({ quick }: { quick: boolean }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'tda-bench-dispatch-'));
  const parsed = parseConfig({ DATA_DIR: dir, DATABASE_URL: process.env.DATABASE_URL });
  if (!parsed.ok) throw new Error('bad configuration');
  const clock = fixedClock('2026-11-23T09:00:00+07:00');
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock });
  try {
    await loadDemo(app.store, { clock, timezone: parsed.config.defaultTimezone });
    const iterations = quick ? 100 : 1000;
    const results: Record<string, unknown> = { driver: app.database.driver, iterations };
    for (const text of ['/help', '/nhiemvu', '/khongco']) {
      const samples: number[] = [];
      for (let i = 0; i < iterations; i += 1) {
        const message: IncomingMessage = {
          chat: 'console:nhom-bvdk',
          chatKind: 'group',
          chatTitle: null,
          sender: { platform: 'console', id: 'dau-moi', displayName: 'Nguyễn Thị Lan', username: 'dau-moi' },
          text,
          messageId: String(i),
          addressedToBot: true,
          receivedAt: clock.now(),
        };
        const started = performance.now();
        await app.dispatcher.dispatch(message, { capabilities: CAPABILITIES, botUsername: null });
        samples.push(performance.now() - started);
      }
      samples.sort((a, b) => a - b);
      const total = samples.reduce((sum, ms) => sum + ms, 0);
      results[text] = {
        p50Ms: Number(percentile(samples, 50).toFixed(2)),
        p95Ms: Number(percentile(samples, 95).toFixed(2)),
        p99Ms: Number(percentile(samples, 99).toFixed(2)),
        perSecond: Math.round((iterations / total) * 1000),
      };
    }
    return results;
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
