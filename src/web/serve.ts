import { getRequestListener } from '@hono/node-server';
import type { App } from '../app.js';
import type { Bot } from '../chat/bot.js';
import type { HttpServerOptions } from '../http/server.js';
import { secretTokens } from './secret-tokens.js';
import { createWebApp, type SessionNotice } from './web-app.js';

/** How the dashboard tells a person in chat that a session started: through the bot, where they asked, else privately. */
export function tellThrough(bot: Pick<Bot, 'deliver' | 'deliverToMember'>): (notice: SessionNotice) => Promise<void> {
  return (notice) =>
    notice.chatRef
      ? bot.deliver(notice.chatRef, { text: notice.text }, notice.key)
      : bot.deliverToMember(notice.memberId, { text: notice.text }, notice.key);
}

/** The dashboard as the HTTP server's fallback (every path but the webhooks and /healthz); undefined when WEB=off. */
export function dashboardListener(app: App, tell?: (notice: SessionNotice) => Promise<void>): HttpServerOptions['fallback'] {
  if (!app.webAddress) return undefined;
  const web = createWebApp({
    store: app.store,
    i18n: app.i18n,
    clock: app.clock,
    logger: app.logger.child({ part: 'web' }),
    address: app.webAddress,
    tokens: secretTokens,
    timezone: app.config.defaultTimezone,
    calendar: app.calendar,
    feedbackSla: app.config.feedbackSla,
    telegramToken: app.config.telegram?.token ?? null,
    reportDocx: app.config.report,
    ...(app.renderPool ? { renderPool: app.renderPool } : {}),
    tell,
  });
  // The process's own fetch, Request and Response stay Node's (grammY and the Zalo client use them).
  const listener = getRequestListener(web.fetch, { overrideGlobalObjects: false });
  return async (request, response) => listener(request, response);
}
