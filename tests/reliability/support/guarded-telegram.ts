import { type App, createApp } from '../../../src/app.js';
import { parseConfig } from '../../../src/config.js';
import type { Clock } from '../../../src/core/clock.js';
import { createLogger, type LogLevel } from '../../../src/logger.js';
import { type Runtime, startRuntime } from '../../../src/runtime.js';
import { FakeTelegram } from '../../support/fake-telegram.js';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.js';
import { freePort } from './bot-process.js';
import { type GuardedDatabase, guardTransactions } from './transaction-guard.js';

export interface GuardedTelegram {
  fake: FakeTelegram;
  db: TestDatabase;
  guard: GuardedDatabase;
  app: App;
  runtime: Runtime;
  /** http://127.0.0.1:<port> */
  base: string;
  stop(): Promise<void>;
}

export const GUARDED_WEBHOOK_SECRET = 'guarded-webhook-secret-01';

/**
 * The real app and runtime in Telegram webhook mode, in this process, on a fresh test database (PostgreSQL in
 * the reliability run, with the test databases' pool of 5 connections) seen through the transaction guard:
 * a repository call on the root database from inside a message's transaction fails and is recorded.
 */
export async function startGuardedTelegram(options: {
  clock?: Clock;
  /** fills the database before the app starts (raw SQL through its URL, or the store afterwards) */
  seed?: (db: TestDatabase) => Promise<void>;
  afterStart?: (app: App) => Promise<void>;
  outboxIntervalMs?: number;
  /** more configuration (FLOOD_LIMIT…) */
  env?: Record<string, string>;
  /** Telegram's pace in one group (default the real 20 a minute) */
  groupMessagesPerMinute?: number;
}): Promise<GuardedTelegram> {
  const fake = await new FakeTelegram().start();
  const db = await openTestDatabase();
  await options.seed?.(db);
  const guard = guardTransactions(db);
  const port = await freePort();
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`,
    TELEGRAM_WEBHOOK_SECRET: GUARDED_WEBHOOK_SECRET,
    ...options.env,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const logger = createLogger((process.env.TEST_LOG_LEVEL ?? 'silent') as LogLevel);
  const app = await createApp({ config: parsed.config, logger, clock: options.clock, database: guard.handle });
  await options.afterStart?.(app);
  const runtime = await startRuntime(app, {
    port,
    outboxIntervalMs: options.outboxIntervalMs ?? 60_000,
    scheduler: false,
    telegram: { groupMessagesPerMinute: options.groupMessagesPerMinute },
  });
  return {
    fake,
    db,
    guard,
    app,
    runtime,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      await runtime.stop();
      await app.close(); // closes the test database too (and drops it on PostgreSQL)
      await fake.stop();
    },
  };
}
