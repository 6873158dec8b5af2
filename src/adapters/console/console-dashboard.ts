import type { App } from '../../app.js';
import type { Bot } from '../../chat/bot.js';
import { isAllowed, permissions } from '../../core/members/policy.js';
import { createHttpServer, type HttpServer } from '../../http/server.js';
import { dashboardListener, tellThrough } from '../../web/serve.js';

/** The demo's Department leader (resources/demo/demo.yaml), whom `npm start` signs in with a one-time link. */
export const DEMO_LEADER = 'lanh-dao-so';

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
  // On the demo's database, the Department leader's link: a newcomer sees the dashboard at once.
  const leader = await app.store.members.findByExternalId('console', DEMO_LEADER);
  const grants = leader ? await app.store.members.grantsOf(leader.memberId) : [];
  if (leader && isAllowed({ grants }, permissions.leader, null)) {
    const link = await app.services.dashboard.link(app.store, {
      actor: { memberId: leader.memberId, grants },
      chatRef: null,
      via: 'cli',
      now: app.clock.now(),
    });
    banner.push(t('console-banner-dashboard-link', { name: leader.displayName, url: link.url }));
  }
  return { banner, stop: () => http.close() };
}
