import type { App } from '../../app.js';
import type { Bot } from '../../chat/bot.js';
import { isAllowed, permissions } from '../../core/members/policy.js';
import { createHttpServer, type HttpServer } from '../../http/server.js';
import { dashboardListener, tellThrough } from '../../web/serve.js';

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
  const fallback = dashboardListener(app, tellThrough(bot));
  if (!fallback || !app.webAddress || !app.services.dashboard) return { banner: [], stop: async () => {} };
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
