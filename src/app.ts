import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { createDispatcher, type Dispatcher } from './chat/dispatcher.js';
import { allCommands } from './commands/index.js';
import { type CommandRegistry, createCommandRegistry } from './commands/registry.js';
import type { Config } from './config.js';
import { type CalendarSource, createCalendarSource } from './core/calendar/calendar-source.js';
import { type Clock, systemClock } from './core/clock.js';
import { grantAdmins } from './core/members/bootstrap-admins.js';
import { createDocumentLookup } from './core/documents/lookup/document-lookup.js';
import type { Services } from './core/services.js';
import type { Store } from './core/store.js';
import { type DatabaseHandle, openDatabase } from './db/client.js';
import { createStore } from './db/store.js';
import type { UnitCache } from './db/repositories/units.repository.js';
import { createExportServices } from './exports/export-services.js';
import { createRenderPool, type RenderPool } from './exports/render-pool.js';
import { type I18n, loadI18n } from './i18n/i18n.js';
import type { Logger } from './logger.js';
import { localesDir } from './paths.js';
import { secretTokens } from './web/secret-tokens.js';
import { createDashboardSignIn } from './web/sign-in-links.js';
import { createWebAddress, type WebAddress } from './web/web-address.js';
import { LEXICON_EN_FILE, readLexicon, readNamesakes, seedReferenceDataOnce } from './reference/document-catalogue.js';
import { createRefusedReports } from './core/reports/refused-reports.js';

// Telegram's limit; nothing longer can be a sensible command, and refusing early keeps it out of the database.
const MAX_INPUT_LENGTH = 4096;

export interface App {
  config: Config;
  clock: Clock;
  logger: Logger;
  i18n: I18n;
  database: DatabaseHandle;
  store: Store;
  services: Services;
  registry: CommandRegistry;
  dispatcher: Dispatcher;
  /** the Vietnamese working calendar with the announced days of the database (CLI, jobs) */
  calendar: CalendarSource;
  /** where the dashboard is (links in chat name it); null when WEB=off */
  webAddress: WebAddress | null;
  /** the process that draws report files, when the app was asked for one (renderFilesApart) */
  renderPool: RenderPool | null;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** an already opened and migrated database (tests); otherwise one is opened from the config and migrated */
  database?: DatabaseHandle;
  /** the store's copy of the units (tests that put rows back underneath the app keep it, to forget it) */
  unitCache?: UnitCache;
  /**
   * Draw the consolidated report's files, in chat as on the dashboard, in a child process (the running bot,
   * whose heap is capped: npm start); otherwise in this process (the command line, the tests).
   */
  renderFilesApart?: boolean;
}

export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.database.driver === 'postgres') return openDatabase({ driver: 'postgres', url: config.database.url });
  // The embedded PostgreSQL is 9 MB of WebAssembly. V8 compiles it quickly for a start, then again, optimised,
  // in the background, and Node's event loop waits for that second compilation (0.2-0.4 s here) before it
  // runs anything else. A chat bot's queries are short: the first compilation serves them as well.
  setFlagsFromString('--liftoff-only');
  return openDatabase({ driver: 'pglite', dataDir: path.join(config.database.dataDir, 'pglite') });
}

/**
 * The composition root shared by `npm start` and the CLI: database (migrated before anything else),
 * repositories, reference data, configured admins, locales, commands and the dispatcher.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  let database = options.database;
  if (!database) {
    database = await openConfiguredDatabase(config);
    await database.migrate();
  }
  try {
    const store = createStore(database.db, options.unitCache);
    // the embedded database belongs to this process: a stamp beside it spares comparing the catalogue at every start
    const stamp =
      !options.database && config.database.driver === 'pglite' ? path.join(config.database.dataDir, 'reference-data.json') : null;
    await seedReferenceDataOnce(store, stamp);
    await grantAdmins(store, config.adminIds, clock);
    const i18n = await loadI18n(localesDir, config.defaultLocale);
    const [namesakes, lexicon, lexiconEn] = await Promise.all([readNamesakes(), readLexicon(), readLexicon(LEXICON_EN_FILE)]);
    const webAddress = config.web ? createWebAddress(config.web.baseUrl, config.port) : null;
    // the child starts on the first file asked for
    const renderPool = options.renderFilesApart ? createRenderPool({ localesDir, defaultLocale: i18n.defaultLocale, logger }) : null;
    const services: Services = {
      documentLookup: createDocumentLookup({ documents: store.documents, namesakes, lexicon, lexiconEn }),
      ...createExportServices({ logger, docx: config.report, ...(renderPool ? { render: (job) => renderPool.render(job) } : {}) }),
      refusedReports: createRefusedReports(),
      ...(webAddress ? { dashboard: createDashboardSignIn(webAddress, secretTokens) } : {}),
    };
    const registry = createCommandRegistry(allCommands);
    const calendar = createCalendarSource(store.calendarDays);
    const dispatcher = createDispatcher({
      registry,
      store,
      services,
      i18n,
      clock,
      logger,
      calendar: (within, revision) => calendar.current(within.calendarDays, revision),
      settings: {
        defaultTimezone: config.defaultTimezone,
        feedbackSla: config.feedbackSla,
        conversationTimeoutMinutes: config.conversationTimeoutMinutes,
        maxInputLength: MAX_INPUT_LENGTH,
      },
    });
    const handle = database;
    return {
      config,
      clock,
      logger,
      i18n,
      database: handle,
      store,
      services,
      registry,
      dispatcher,
      calendar,
      webAddress,
      renderPool,
      close: async () => {
        await renderPool?.close();
        await handle.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}
