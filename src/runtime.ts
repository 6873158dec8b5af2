import type { App } from './app.js';
import { createTelegramAdapter, type TelegramAdapter } from './adapters/telegram/telegram.adapter.js';
import { telegramWebhookRoute } from './adapters/telegram/telegram.webhook.js';
import { type BotOverrides, createZaloBotPlatform } from './adapters/zalo-bot/bot.setup.js';
import type { ZaloBotAdapter } from './adapters/zalo-bot/bot.adapter.js';
import type { ZaloOaAdapter } from './adapters/zalo-oa/oa.adapter.js';
import { createOaPlatform, createOaServices, type OaOverrides } from './adapters/zalo-oa/oa.setup.js';
import { type Bot, createBot } from './chat/bot.js';
import type { ChatAdapter } from './chat/chat-adapter.js';
import { createFloodGuard, createThrottle, floodLimits } from './chat/throttle.js';
import { createHttpServer, type HttpServer, type WebhookRoute } from './http/server.js';
import { createInboundQueue, type InboundQueue } from './chat/inbound-queue.js';
import { createInboundEventsRepository } from './db/repositories/inbound-events.repository.js';
import { localDateOf } from './core/dates/local-date.js';
import { materializeOccurrences } from './core/plans/materialize.js';
import { createOutboxWorker, type OutboxWorker } from './jobs/outbox-worker.js';
import { createEvidenceWorker, type EvidenceWorker } from './jobs/evidence-worker.js';
import { dashboardListener, tellThrough } from './web/serve.js';
import { runDigests } from './jobs/digest.job.js';
import { runReminders } from './jobs/reminders.job.js';
import { type ScheduledJob, type Scheduler, startScheduler } from './jobs/scheduler.js';

export interface Runtime {
  bot: Bot;
  adapters: ChatAdapter[];
  /** the port the HTTP server listens on: always, unless WEB=off and no platform takes webhooks */
  port: number | null;
  outbox: OutboxWorker;
  /** downloads the files sent as evidence and keeps them */
  evidence: EvidenceWorker;
  /** the Zalo adapters when configured (tests and operators reach their tokens and queues) */
  zaloOa: ZaloOaAdapter | null;
  zaloBot: ZaloBotAdapter | null;
  /** the one stored queue of events from the platforms that must be answered at once (the Zalo ones) */
  inbound: InboundQueue;
  /** Stops adapters, the HTTP server and the outbox worker; the caller closes the app. */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  /** overrides the configured port (tests listen on 0) */
  port?: number;
  outboxIntervalMs?: number;
  /** tests drive the jobs themselves */
  scheduler?: boolean;
  telegram?: { pollingTimeoutSeconds?: number; maxWaitSeconds?: number; groupMessagesPerMinute?: number };
  zaloOa?: OaOverrides;
  zaloBot?: BotOverrides;
  /** how often the inbound queue looks for events stored by other replicas, and its lease */
  inbound?: { sweepIntervalMs?: number; leaseSeconds?: number; worker?: string };
  /** how often the evidence worker looks for files to download */
  evidence?: { intervalMs?: number };
  /**
   * Given the runtime's stop as soon as anything runs (the webhooks, the adapters, the inbound queue), before
   * start-up has finished: a SIGTERM then stops what has started before the database closes, and start-up goes
   * no further.
   */
  onRunning?: (stop: () => Promise<void>) => void;
}

// Processed inbound events are kept this long: long enough to trace a quoted message to its author, to drop a
// replay inside Zalo's retry window many times over, and for an operator to read what could not be read.
const INBOUND_RETENTION_DAYS = 30;

// Reminders go out at the start of the working day, in the Department's timezone, and the job runs again each
// hour of the working day: each step is given once, so the later runs only catch what became due since (an
// urgent hotline case logged at 10:00 whose SLA is the same day gets its "due today" notice at 11:00).
const REMINDER_HOUR = 8;
const LAST_REMINDER_HOUR = 17;

/** Everything `npm start` runs when a chat platform is configured: adapters, webhooks, the outbox worker. */
export async function startRuntime(app: App, options: RuntimeOptions = {}): Promise<Runtime> {
  const { config, logger } = app;
  const adapters: ChatAdapter[] = [];
  const routes: WebhookRoute[] = [];
  const readiness: Array<Promise<void>> = [];
  const platformJobs: ScheduledJob[] = [];
  const inbound = createInboundQueue({
    events: createInboundEventsRepository({ db: app.database.db }),
    clock: app.clock,
    logger: logger.child({ component: 'inbound' }),
    ...options.inbound,
  });

  if (config.telegram) {
    const telegram: TelegramAdapter = createTelegramAdapter({
      token: config.telegram.token,
      apiRoot: config.telegram.apiRoot,
      webhook: config.telegram.webhook,
      commands: app.registry.commands,
      i18n: app.i18n,
      clock: app.clock,
      logger: logger.child({ platform: 'telegram' }),
      ...options.telegram,
    });
    adapters.push(telegram);
    readiness.push(telegram.whenReady());
    if (config.telegram.webhook) routes.push(telegramWebhookRoute(telegram, config.telegram.webhook.secret));
  }

  let zaloOa: ZaloOaAdapter | null = null;
  if (config.zaloOa) {
    // The OA only pushes: its events always arrive by webhook.
    const oa = createOaPlatform(app, createOaServices(app, options.zaloOa), inbound, options.zaloOa);
    zaloOa = oa.adapter;
    adapters.push(oa.adapter);
    readiness.push(oa.adapter.whenReady());
    routes.push(oa.route);
    platformJobs.push(...oa.jobs);
  }

  let zaloBot: ZaloBotAdapter | null = null;
  if (config.zaloBot) {
    const platform = createZaloBotPlatform(app, inbound, options.zaloBot);
    zaloBot = platform.adapter;
    adapters.push(platform.adapter);
    readiness.push(platform.adapter.whenReady());
    if (platform.route) routes.push(platform.route);
  }

  const flood =
    config.floodLimit > 0
      ? createFloodGuard({ throttle: createThrottle(floodLimits(config.floodLimit)), store: app.store, i18n: app.i18n })
      : undefined;
  const bot = createBot({ dispatcher: app.dispatcher, adapters, store: app.store, i18n: app.i18n, clock: app.clock, logger, flood });
  const outbox = createOutboxWorker({
    store: app.store,
    bot,
    clock: app.clock,
    logger,
    intervalMs: options.outboxIntervalMs,
    leaseSeconds: config.outboxLeaseSeconds,
  });

  // One HTTP server for the webhooks, /healthz and the dashboard, in every mode (long polling too); with
  // WEB=off and no webhook platform there is nothing to serve.
  const dashboard = dashboardListener(app, tellThrough(bot));
  let http: HttpServer | null = null;
  let port: number | null = null;
  if (routes.length > 0 || dashboard) {
    http = createHttpServer({
      port: options.port ?? config.port,
      routes,
      logger,
      health: async () => {
        await app.store.units.count();
        // bodies a platform signed that the bot could not read, kept for an operator (`cli zalo unreadable`)
        return { ok: true, unreadableEvents: await inbound.events.unreadableCount() };
      },
      fallback: dashboard,
    });
    port = (await http.listen()).port;
    app.webAddress?.listening(port);
  }

  inbound.start();
  if (zaloOa || zaloBot)
    platformJobs.push({
      name: 'inbound-events-purge',
      cron: '40 3 * * *',
      run: (at) => inbound.events.purgeProcessedBefore(new Date(at.getTime() - INBOUND_RETENTION_DAYS * 86_400_000)),
    });
  const evidence = createEvidenceWorker({
    store: app.store,
    adapters,
    clock: app.clock,
    logger: logger.child({ component: 'evidence' }),
    i18n: app.i18n,
    maxBytes: config.evidence.maxBytes,
    intervalMs: options.evidence?.intervalMs,
  });
  const running = bot.run();

  // What has started, for stop: set as start-up goes on. A stop during start-up waits for the step reading
  // the database (closing it under that step would fail it), and start-up then starts nothing more.
  let stopped = false;
  let startingStep: Promise<unknown> | null = null;
  let scheduler: Scheduler | null = null;
  const stop = async () => {
    stopped = true;
    await startingStep?.catch(() => {});
    await scheduler?.stop();
    await evidence.stop();
    await outbox.stop();
    await bot.stop();
    await inbound.stop();
    await http?.close();
    await running.catch(() => {});
  };
  options.onRunning?.(stop);
  const step = <T>(work: () => Promise<T>): Promise<T> => {
    const started = work();
    startingStep = started;
    return started;
  };
  const runtime = (): Runtime => ({ bot, adapters, port, outbox, evidence, zaloOa, zaloBot, inbound, stop });

  // A bad token or an unreachable API fails here, at start-up, rather than silently later (unless stopped meanwhile).
  try {
    await Promise.race([
      Promise.all(readiness),
      running.then(() => {
        throw new Error('the chat adapters stopped before they were ready');
      }),
    ]);
  } catch (error) {
    if (!stopped) throw error;
  }
  if (stopped) return runtime();
  outbox.start();
  evidence.start();
  running.catch((error: unknown) => logger.error({ err: error }, 'a chat adapter stopped with an error'));

  const timezone = config.defaultTimezone;
  const reminders = { store: app.store, i18n: app.i18n, calendar: app.calendar, timezone };
  const digests = { ...reminders, chart: app.services.leaderChart };
  if (options.scheduler !== false) {
    scheduler = startScheduler({
      timezone,
      logger,
      jobs: [
        {
          name: 'occurrences',
          cron: '5 0 * * *',
          run: async (at) => materializeOccurrences(app.store, localDateOf(at, timezone), await app.calendar.current()),
        },
        { name: 'reminders', cron: `0 ${REMINDER_HOUR}-${LAST_REMINDER_HOUR} * * *`, run: (at) => runReminders(reminders, at) },
        // Every five minutes: the database says which chats' digests are due and not yet sent this week.
        { name: 'digests', cron: '*/5 * * * *', run: (at) => runDigests(digests, at) },
        // Evidence is kept for EVIDENCE_RETENTION_DAYS (two years by default, the usual keeping period of such records).
        {
          name: 'evidence-retention',
          cron: '50 3 * * *',
          run: (at) => app.store.evidence.expireBefore(new Date(at.getTime() - config.evidence.retentionDays * 86_400_000)),
        },
        ...platformJobs,
      ],
    });
    // Catch up on what a stop overnight or this morning missed; both jobs are idempotent.
    const now = app.clock.now();
    await step(async () => materializeOccurrences(app.store, localDateOf(now, timezone), await app.calendar.current()));
    if (stopped) return runtime();
    if (Number(new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', hourCycle: 'h23' }).format(now)) >= REMINDER_HOUR) {
      await step(() => runReminders(reminders, now));
    }
  }

  return runtime();
}
