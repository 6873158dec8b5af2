import type { App } from '../../app.js';
import type { Bot } from '../../chat/bot.js';
import { isAllowed, permissions } from '../../core/members/policy.js';
import { createHttpServer, type HttpServer, type HttpServerOptions } from '../../http/server.js';

/** The demo's Department leader and administrator (resources/demo/demo.yaml), whom `npm start` gives a one-time link. */
export const DEMO_LEADER = 'lanh-dao-so';
export const DEMO_ADMIN = 'quan-tri';

export interface ConsoleDashboard {
  /** lines for the console's banner: where the dashboard is, and a sign-in link for the demo leader */
  banner: string[];
  stop(): Promise<void>;
}

/**
 * The dashboard of the console demo, served by the `npm start` process itself (the embedded database belongs
 * to one process). A port already taken does not stop the chat: the banner says so and the chat goes on.
 */
export async function startConsoleDashboard(app: App, bot: Bot): Promise<ConsoleDashboard> {
  const t = app.i18n.translator(app.config.defaultLocale);
  if (!app.webAddress || !app.services.dashboard) return { banner: [], stop: async () => {} };
  // The dashboard's pages (the web framework, the calendar feed…) are loaded by its first request, not before
  // the chat can start: someone trying the bot may never open them.
  let dashboard: Promise<HttpServerOptions['fallback']> | null = null;
  const fallback: HttpServerOptions['fallback'] = async (request, response) => {
    dashboard ??= import('../../web/serve.js').then(({ dashboardListener, tellThrough }) => dashboardListener(app, tellThrough(bot)));
    const listener = await dashboard;
    await listener?.(request, response);
  };
  const http: HttpServer = createHttpServer({
    port: app.config.port,
    host: '127.0.0.1',
    routes: [],
    logger: app.logger,
    health: async () => {
      await app.store.units.count();
      return true;
    },
    fallback,
  });
  try {
    app.webAddress.listening((await http.listen()).port);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { banner: [t('console-banner-dashboard-unavailable', { port: app.config.port, reason })], stop: async () => {} };
  }
  const banner = [t('console-banner-dashboard', { url: app.webAddress.url('/') })];
  // On the demo's database, the Department leader's link, and the administrator's (the health page is theirs):
  // a newcomer sees the dashboard at once. The embedded database is this process's, so no other can make one.
  for (const [user, key, permission] of [
    [DEMO_LEADER, 'console-banner-dashboard-link', permissions.leader],
    [DEMO_ADMIN, 'console-banner-dashboard-admin-link', permissions.admin],
  ] as const) {
    const person = await app.store.members.findByExternalId('console', user);
    const grants = person ? await app.store.members.grantsOf(person.memberId) : [];
    if (!person || !isAllowed({ grants }, permission, null)) continue;
    const link = await app.services.dashboard.link(app.store, {
      actor: { memberId: person.memberId, grants },
      chatRef: null,
      via: 'cli',
      now: app.clock.now(),
    });
    banner.push(t(key, { name: person.displayName, url: link.url }));
  }
  return { banner, stop: () => http.close() };
}
