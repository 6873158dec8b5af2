import { createServer } from 'node:net';
import type { User } from 'grammy/types';
import { type App, createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { createLogger, type LogLevel } from '../../src/logger.js';
import { type Runtime, startRuntime } from '../../src/runtime.js';
import { FakeTelegram } from './fake-telegram.js';
import { person } from './telegram-updates.js';
import { openTestDatabase, type TestDatabase } from './test-db.js';

export const GROUP = -1001234567890; // bound to BVDK
export const OTHER_GROUP = -1009999999999; // not bound

export interface TelegramHarness {
  fake: FakeTelegram;
  app: App;
  db: TestDatabase;
  runtime: Runtime;
  clock: ReturnType<typeof fixedClock>;
  people: { admin: User; focal: User; stranger: User };
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real app and runtime (grammY adapter, pipeline, outbox worker) talking HTTP to a fake Bot API server,
 * with the demo Department loaded, a Telegram group bound to the provincial hospital (BVDK), its focal point
 * and an administrator on Telegram.
 */
export async function startTelegramHarness(
  options: {
    webhook?: boolean;
    at?: string;
    env?: Record<string, string>;
    groupMessagesPerMinute?: number;
    /** report files drawn by the render process, as npm start draws them */
    renderFilesApart?: boolean;
  } = {},
): Promise<TelegramHarness> {
  const fake = await new FakeTelegram().start();
  const db = await openTestDatabase();
  const clock = fixedClock(options.at ?? '2026-11-23T09:00:00+07:00');
  const port = options.webhook ? await freePort() : 0;
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ...(options.webhook
      ? { TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`, TELEGRAM_WEBHOOK_SECRET: 'test-webhook-secret-123' }
      : {}),
    ...options.env,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const app = await createApp({
    config: parsed.config,
    logger: createLogger((process.env.TEST_LOG_LEVEL ?? 'silent') as LogLevel),
    clock,
    database: db,
    ...(options.renderFilesApart ? { renderFilesApart: true } : {}),
  });
  await loadDemo(app.store, { clock, timezone: 'Asia/Ho_Chi_Minh' });

  const people = {
    admin: person(1000, 'Trần Quốc Minh', 'minh_admin'),
    focal: person(1001, 'Nguyễn Thị Lan', 'lan_bvdk'),
    stranger: person(1002, 'Khách'),
  };
  const bvdk = (await app.store.units.findByCode('BVDK'))!;
  const admin = await app.store.members.resolveActor(
    { platform: 'telegram', id: '1000', displayName: 'Trần Quốc Minh', username: 'minh_admin' },
    clock.now(),
  );
  await app.store.members.grant(admin.memberId, { role: 'admin', unitId: null }, null);
  const focal = await app.store.members.resolveActor(
    { platform: 'telegram', id: '1001', displayName: 'Nguyễn Thị Lan', username: 'lan_bvdk' },
    clock.now(),
  );
  await app.store.members.grant(focal.memberId, { role: 'focal_point', unitId: bvdk.id }, null);
  await app.store.chats.bindToUnit({ ref: `telegram:${GROUP}`, platform: 'telegram', kind: 'group', title: 'Nhóm BVĐK tỉnh' }, bvdk.id);

  const runtime = await startRuntime(app, {
    port,
    outboxIntervalMs: 60_000,
    scheduler: false,
    telegram: { pollingTimeoutSeconds: 1, maxWaitSeconds: 2, groupMessagesPerMinute: options.groupMessagesPerMinute },
    // evidence is fetched when a test says so (runtime.evidence.runOnce()), never behind its back
    evidence: { intervalMs: 3_600_000 },
  });
  return {
    fake,
    app,
    db,
    runtime,
    clock,
    people,
    async stop() {
      await runtime.stop();
      await app.close();
      await fake.stop();
    },
  };
}
