import { createServer } from 'node:net';
import { sql } from 'drizzle-orm';
import { type App, createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { PlatformUser } from '../../src/core/members/member.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { createLogger, type LogLevel } from '../../src/logger.js';
import { type Runtime, type RuntimeOptions, startRuntime } from '../../src/runtime.js';
import { FakeZalo } from './fake-zalo.js';
import { openTestDatabase, type TestDatabase } from './test-db.js';
import { botText, oaGroupText, oaUserText } from './zalo-events.js';

export const OA_GROUP = 'f414c8f76fa586fbdfb4'; // owned by the OA, bound to BVDK
export const OA_OTHER_GROUP = 'aee702d6bc8455da0c95'; // owned by the OA, not bound
export const BOT_GROUP = 'grp-bvdk-5521'; // a Zalo Bot group, bound to BVDK

export interface ZaloPerson {
  id: string;
  name: string;
}

export interface ZaloHarness {
  fake: FakeZalo;
  app: App;
  db: TestDatabase;
  runtime: Runtime;
  clock: ReturnType<typeof fixedClock>;
  port: number;
  people: { admin: ZaloPerson; focal: ZaloPerson; stranger: ZaloPerson };
  botPeople: { admin: ZaloPerson; focal: ZaloPerson; stranger: ZaloPerson };
  /** the token pair the environment gave at start */
  seed: { accessToken: string; refreshToken: string };
  oaWebhookUrl: string;
  /** Posts a signed OA event and waits until it is processed; returns the webhook's status. */
  oaPost(event: Record<string, unknown>, options?: Parameters<FakeZalo['postOaEvent']>[2]): Promise<number>;
  /** A member writes in an OA group; resolves with what the OA sent to that group in answer. */
  oaGroupSay(groupId: string, person: ZaloPerson, text: string, options?: { quote?: string }): Promise<string[]>;
  oaPrivateSay(person: ZaloPerson, text: string): Promise<string[]>;
  /** Waits until the stored event with this id has been processed (or given up). */
  processed(platform: 'zalo-oa' | 'zalo-bot', eventId: string): Promise<void>;
  /**
   * A Zalo Bot update by polling (or by webhook in webhook mode); resolves with what the bot sent to that chat,
   * nothing when the platform does not hand it to the bot (group talk that neither mentions nor replies to it).
   */
  botSay(update: Record<string, unknown>, options?: { replyToBot?: boolean }): Promise<string[]>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
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

export interface ZaloHarnessOptions {
  oa?: boolean;
  bot?: 'polling' | 'webhook' | false;
  at?: string;
  env?: Record<string, string>;
  runtime?: RuntimeOptions;
  /** a fake already running (a second "replica" on the same Zalo) */
  fake?: FakeZalo;
  db?: TestDatabase;
  seed?: { accessToken: string; refreshToken: string };
  /** skip the demo data and the people (a second replica of an already prepared database) */
  prepared?: boolean;
  /** collects the app's log lines (JSON, info and above) */
  logLines?: string[];
}

/**
 * The real app and runtime (OA adapter with its webhook, Zalo Bot adapter, pipeline, outbox worker) talking
 * HTTP to a fake Zalo, with the demo Department loaded, an OA group and a Zalo Bot group bound to the
 * provincial hospital (BVDK), its focal point and an administrator on both.
 */
export async function startZaloHarness(options: ZaloHarnessOptions = {}): Promise<ZaloHarness> {
  const fake = options.fake ?? (await new FakeZalo().start());
  const db = options.db ?? (await openTestDatabase());
  const clock = fixedClock(options.at ?? '2026-11-23T09:00:00+07:00');
  const port = await freePort();
  const oa = options.oa !== false;
  const bot = options.bot ?? 'polling';
  const seed = options.seed ?? fake.issuePair();
  const parsed = parseConfig({
    ...(oa
      ? {
          ZALO_OA_APP_ID: fake.appId,
          ZALO_APP_SECRET: fake.appSecret,
          ZALO_OA_SECRET_KEY: fake.oaSecretKey,
          ZALO_OA_ACCESS_TOKEN: seed.accessToken,
          ZALO_OA_REFRESH_TOKEN: seed.refreshToken,
          ZALO_OA_API_BASE: fake.base,
          ZALO_OAUTH_BASE: fake.base,
        }
      : {}),
    ...(bot
      ? {
          ZALO_BOT_TOKEN: fake.botToken,
          ZALO_BOT_API_BASE: fake.base,
          // the name people see and type after "@" (getMe gives only the handle)
          ZALO_BOT_NAME: fake.bot.display_name,
          ...(bot === 'webhook'
            ? { ZALO_BOT_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/zalo-bot`, ZALO_BOT_WEBHOOK_SECRET: 'zalo-bot-webhook-secret' }
            : {}),
        }
      : {}),
    ...options.env,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const logger = options.logLines
    ? createLogger('info', { write: (line: string) => void options.logLines!.push(line) })
    : createLogger((process.env.TEST_LOG_LEVEL ?? 'silent') as LogLevel);
  const app = await createApp({ config: parsed.config, logger, clock, database: db });

  const people = {
    admin: { id: '8000000000000000001', name: 'Trần Quốc Minh' },
    focal: { id: '8000000000000000002', name: 'Nguyễn Thị Lan' },
    stranger: { id: '8000000000000000003', name: 'Khách' },
  };
  const botPeople = {
    admin: { id: '2001', name: 'Trần Quốc Minh' },
    focal: { id: '2002', name: 'Nguyễn Thị Lan' },
    stranger: { id: '2003', name: 'Khách' },
  };
  for (const person of Object.values(people)) fake.userNames.set(person.id, person.name);
  fake.addGroup(OA_GROUP, 'Nhóm BVĐK tỉnh', [people.admin.id, people.focal.id]);
  fake.addGroup(OA_OTHER_GROUP, 'Nhóm mới', [people.admin.id]);

  if (!options.prepared) {
    await loadDemo(app.store, { clock, timezone: 'Asia/Ho_Chi_Minh' });
    const bvdk = (await app.store.units.findByCode('BVDK'))!;
    const grant = async (user: PlatformUser, role: 'admin' | 'focal_point') => {
      const actor = await app.store.members.resolveActor(user, clock.now());
      await app.store.members.grant(actor.memberId, { role, unitId: role === 'admin' ? null : bvdk.id }, null);
    };
    await grant({ platform: 'zalo-oa', id: people.admin.id, displayName: people.admin.name }, 'admin');
    await grant({ platform: 'zalo-oa', id: people.focal.id, displayName: people.focal.name }, 'focal_point');
    await grant({ platform: 'zalo-bot', id: botPeople.admin.id, displayName: botPeople.admin.name }, 'admin');
    await grant({ platform: 'zalo-bot', id: botPeople.focal.id, displayName: botPeople.focal.name }, 'focal_point');
    await app.store.chats.bindToUnit({ ref: `zalo-oa:${OA_GROUP}`, platform: 'zalo-oa', kind: 'group', title: 'Nhóm BVĐK tỉnh' }, bvdk.id);
    await app.store.chats.bindToUnit(
      { ref: `zalo-bot:${BOT_GROUP}`, platform: 'zalo-bot', kind: 'group', title: 'Nhóm BVĐK tỉnh' },
      bvdk.id,
    );
  }

  const runtime = await startRuntime(app, {
    port,
    outboxIntervalMs: 60_000,
    scheduler: false,
    // evidence is fetched when a test says so (runtime.evidence.runOnce()), never behind its back
    evidence: { intervalMs: 3_600_000 },
    ...options.runtime,
    // Zalo's file servers are the fake's: evidence is fetched from it, never from the internet
    zaloOa: { timeoutMs: 2_000, mediaFetch: fake.cdnFetch, ...options.runtime?.zaloOa },
    zaloBot: { pollingTimeoutSeconds: 1, timeoutMs: 2_000, mediaFetch: fake.cdnFetch, ...options.runtime?.zaloBot },
  });
  const oaWebhookUrl = `http://127.0.0.1:${port}/webhooks/zalo-oa`;

  async function processed(platform: 'zalo-oa' | 'zalo-bot', eventId: string) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const result = await db.db.execute(
        sql`select processed_at from zalo_inbound_events where platform = ${platform} and event_id = ${eventId}`,
      );
      const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
      const row = rows[0] as { processed_at: unknown } | undefined;
      if (row?.processed_at) return;
      if (Date.now() > deadline) throw new Error(`event ${eventId} not processed`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const harness: ZaloHarness = {
    fake,
    app,
    db,
    runtime,
    clock,
    port,
    people,
    botPeople,
    seed,
    oaWebhookUrl,
    processed,
    async oaPost(event, postOptions) {
      const { status } = await fake.postOaEvent(oaWebhookUrl, event, postOptions);
      await runtime.zaloOa?.idle();
      return status;
    },
    async oaGroupSay(groupId, person, text, sayOptions = {}) {
      const before = fake.sentToGroup(groupId).length;
      const event = oaGroupText(groupId, person.id, text, { at: clock.now(), quote: sayOptions.quote });
      const status = await harness.oaPost(event);
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      await processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
      return fake.sentToGroup(groupId).slice(before);
    },
    async oaPrivateSay(person, text) {
      const before = fake.sentToUser(person.id).length;
      const event = oaUserText(person.id, text, { at: clock.now() });
      const status = await harness.oaPost(event);
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      await processed('zalo-oa', (event.message as { msg_id: string }).msg_id);
      return fake.sentToUser(person.id).slice(before);
    },
    async botSay(update, sayOptions = {}) {
      const message = update.message as { message_id: string; chat: { id: string } };
      const before = fake.botSentTo(message.chat.id).length;
      if (bot === 'webhook') {
        const status = await fake.deliverBot(update, sayOptions);
        if (status === 'withheld') return [];
        if (status !== 200) throw new Error(`webhook answered ${status}`);
      } else if (!fake.pushBot(update, sayOptions)) {
        return [];
      }
      await processed('zalo-bot', message.message_id);
      return fake.botSentTo(message.chat.id).slice(before);
    },
    async stop() {
      await runtime.stop();
      await app.close();
      if (!options.fake) await fake.stop();
    },
  };
  return harness;
}

export { botText };
