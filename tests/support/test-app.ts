import type { App } from '../../src/app.js';
import { createApp } from '../../src/app.js';
import type { AdapterCapabilities } from '../../src/chat/chat-adapter.js';
import type { DispatchResult } from '../../src/chat/dispatcher.js';
import type { Attachment, IncomingMessage } from '../../src/chat/messages.js';
import { parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import type { PlatformUser } from '../../src/core/members/member.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { createLogger } from '../../src/logger.js';
import { createUnitCache } from '../../src/db/repositories/units.repository.js';
import { readDocumentCatalogue } from '../../src/reference/document-catalogue.js';
import { type DatabaseSnapshot, openTestDatabase, type TestDatabase } from './test-db.js';

export const CONSOLE_CAPABILITIES: AdapterCapabilities = {
  buttons: false,
  edit: false,
  files: false,
  threads: false,
  maxTextLength: 100_000,
};
export const BUTTON_CAPABILITIES: AdapterCapabilities = { buttons: true, edit: true, files: true, threads: true, maxTextLength: 4096 };

export interface TestApp {
  app: App;
  db: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  /** Sends one message as `user` in `chat` and returns what the bot would send. */
  say(text: string, options?: SayOptions): Promise<DispatchResult>;
  /** The reply text (or '' when the bot stays silent). */
  ask(text: string, options?: SayOptions): Promise<string>;
  /**
   * Empties the database and loads the demo at the clock's present time, as `db.reset()` then `loadDemo` do
   * (with the shipped document catalogue first when `catalogue`). The rows are built once per time, timezone
   * and catalogue in a test file; later calls copy them back, with the same identities (a few tens of ms).
   */
  resetDemo(options?: { timezone?: string; catalogue?: boolean }): Promise<void>;
  close(): Promise<void>;
}

// What resetDemo built, by time, timezone and catalogue: one process runs one test file, one driver.
const demoStates = new Map<string, DatabaseSnapshot>();

export interface SayOptions {
  user?: string | PlatformUser;
  chat?: string;
  kind?: 'group' | 'private';
  addressed?: boolean;
  replyTo?: PlatformUser;
  mentions?: PlatformUser[];
  callbackData?: string;
  capabilities?: AdapterCapabilities;
  botUsername?: string | null;
  /** photos or documents sent with the message (evidence) */
  attachments?: Attachment[];
  /** run the message in one transaction, as the bot does with every platform message */
  inTransaction?: boolean;
}

let messageCounter = 0;

export function consoleUser(id: string, displayName = id): PlatformUser {
  return { platform: 'console', id, displayName, username: id };
}

/**
 * The real app (dispatcher, commands, repositories) on a fresh migrated database at a fixed time, with
 * the demo Department loaded unless `demo: false`.
 */
export async function startTestApp(options: { at?: string; demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await openTestDatabase();
  const clock = fixedClock(options.at ?? '2026-11-23T09:00:00+07:00');
  const parsed = parseConfig({ ...(options.env ?? {}) });
  if (!parsed.ok) throw new Error(`bad test config: ${JSON.stringify(parsed.problems)}`);
  const unitCache = createUnitCache();
  const app = await createApp({ config: parsed.config, logger: createLogger('silent'), clock, database: db, unitCache });
  if (options.demo !== false) await loadDemo(app.store, { clock, timezone: parsed.config.defaultTimezone });

  const names = new Map<string, string>();
  const say = async (text: string, o: SayOptions = {}) => {
    const user = typeof o.user === 'object' ? o.user : consoleUser(o.user ?? 'dau-moi');
    if (typeof o.user !== 'object') {
      // demo people answer to their real names, as the console adapter would pass them
      const known = names.get(user.id) ?? (await app.store.members.findByExternalId(user.platform, user.id))?.displayName;
      if (known) {
        names.set(user.id, known);
        user.displayName = known;
      }
    }
    const kind = o.kind ?? 'group';
    const message: IncomingMessage = {
      chat: o.chat ?? (kind === 'private' ? `console:dm-${user.id}` : 'console:nhom-bvdk'),
      chatKind: kind,
      chatTitle: null,
      sender: user,
      text,
      messageId: String(++messageCounter),
      addressedToBot: o.addressed ?? true,
      replyTo: o.replyTo ?? null,
      mentions: o.mentions ?? [],
      callbackData: o.callbackData ?? null,
      ...(o.attachments ? { attachments: o.attachments } : {}),
      receivedAt: clock.now(),
    };
    const target = { capabilities: o.capabilities ?? CONSOLE_CAPABILITIES, botUsername: o.botUsername ?? 'troly_daumoi_bot' };
    return o.inTransaction
      ? app.store.transaction((tx) => app.dispatcher.dispatch(message, target, tx))
      : app.dispatcher.dispatch(message, target);
  };
  return {
    app,
    db,
    clock,
    say,
    ask: async (text, o) => (await say(text, o)).reply?.text ?? '',
    async resetDemo({ timezone = 'Asia/Ho_Chi_Minh', catalogue = false } = {}) {
      const key = JSON.stringify([clock.now().toISOString(), timezone, catalogue]);
      const saved = demoStates.get(key);
      if (saved) {
        await db.restore(saved);
        // as loadDemo's inserts would: the app reads the units afresh
        unitCache.until = 0;
        return;
      }
      await db.reset();
      if (catalogue) await app.store.documents.upsertMany(await readDocumentCatalogue());
      await loadDemo(app.store, { clock, timezone });
      demoStates.set(key, await db.snapshot());
    },
    close: () => app.close(),
  };
}
