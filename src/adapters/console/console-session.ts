import path from 'node:path';
import type { App } from '../../app.js';
import { type Bot, createBot } from '../../chat/bot.js';
import { DEMO_DEFAULT_UNIT, DEMO_DEFAULT_USER, demoChatId } from '../../demo/demo-data.js';
import { loadDemo } from '../../demo/load-demo.js';
import { createConsoleAdapter } from './console.adapter.js';

export interface ConsoleSessionOptions {
  userId?: string;
  chatId?: string;
  private?: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  /** one JSON line per message the bot sends (see the console adapter) */
  json?: boolean;
}

export interface ConsoleSession {
  userName: string;
  chatTitle: string | null;
  demoLoaded: boolean;
  /** the bot of this conversation: what else must reach a chat (a sign-in notice) goes through it */
  bot: Bot;
  /** Runs until the input ends. */
  run(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A console conversation: on an empty embedded database the demo Department is loaded first, so that a new
 * user has a unit, a group and tasks to talk about. On an empty PostgreSQL database it says how to load it.
 */
export async function openConsoleSession(app: App, options: ConsoleSessionOptions): Promise<ConsoleSession> {
  // The demo goes only into the embedded database (trying the bot out); a PostgreSQL database is a real one,
  // where `cli demo` loads it on purpose.
  const empty = (await app.store.units.count()) === 0;
  const embedded = app.config.database.driver === 'pglite';
  const demoLoaded = empty && embedded && (await loadDemo(app.store, { clock: app.clock, timezone: app.config.defaultTimezone }));
  if (empty && !embedded) process.stderr.write(`${app.i18n.t(app.config.defaultLocale, 'console-no-units')}\n`);
  const userId = options.userId ?? DEMO_DEFAULT_USER;
  const known = await app.store.members.findByExternalId('console', userId);
  const chatId = options.private ? `dm-${userId}` : (options.chatId ?? demoChatId(DEMO_DEFAULT_UNIT));
  const chat = await app.store.chats.get(`console:${chatId}`);
  const adapter = createConsoleAdapter({
    input: options.input,
    output: options.output,
    user: { platform: 'console', id: userId, displayName: known?.displayName ?? userId, username: userId },
    chatId,
    chatKind: options.private ? 'private' : 'group',
    chatTitle: chat?.title ?? (options.private ? null : chatId),
    clock: app.clock,
    prompt: options.interactive ? '> ' : null,
    filesDir: path.join(app.config.dataDir, 'files'),
    json: options.json ?? false,
  });
  const bot = createBot({
    dispatcher: app.dispatcher,
    adapters: [adapter],
    store: app.store,
    i18n: app.i18n,
    clock: app.clock,
    logger: app.logger,
  });
  return {
    userName: known?.displayName ?? userId,
    chatTitle: chat?.title ?? null,
    demoLoaded,
    bot,
    run: () => bot.run(),
    stop: () => bot.stop(),
  };
}
