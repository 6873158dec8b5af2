import { z } from 'zod';
import { formatDateTimeVi } from '../core/dates/local-date.js';
import { permissions } from '../core/members/policy.js';
import { endAllSessions } from '../core/sign-in/sessions.js';
import { SIGN_IN_LINK_MINUTES } from '../core/sign-in/sign-in.js';
import { defineCommand } from './command.js';

/**
 * /dangnhap: a one-time link to the dashboard, in a private chat only (a link in a group could be opened by
 * anyone there). The link is valid for minutes and used by the page's button, never by opening it.
 */
export const signInCommand = defineCommand({
  name: 'dangnhap',
  aliases: ['login', 'dangnhapweb', 'bangdieukhien'],
  descriptionKey: 'cmd-dangnhap-description',
  usageKey: 'cmd-dangnhap-usage',
  scope: 'private',
  permission: permissions.dashboard,
  args: z.array(z.string()),
  async run(ctx) {
    const dashboard = ctx.services.dashboard;
    if (!dashboard) return { text: ctx.t('signin-web-off') };
    const link = await dashboard.link(ctx.store, { actor: ctx.actor, chatRef: ctx.chat.ref, via: 'chat', now: ctx.now });
    const text = ctx.t('signin-link', {
      url: link.url,
      minutes: SIGN_IN_LINK_MINUTES,
      until: formatDateTimeVi(link.expiresAt, ctx.chat.timezone),
    });
    return link.loginButtonUrl ? { text, loginButton: { label: ctx.t('signin-button'), url: link.loginButtonUrl } } : { text };
  },
});

/** /dangxuat: every dashboard session of the person ends, on every browser (a phone lost, a shared PC left open). */
export const signOutCommand = defineCommand({
  name: 'dangxuat',
  aliases: ['logout', 'dangxuatweb'],
  descriptionKey: 'cmd-dangxuat-description',
  usageKey: 'cmd-dangxuat-usage',
  scope: 'any',
  permission: permissions.anyone,
  args: z.array(z.string()),
  async run(ctx) {
    const ended = await endAllSessions(ctx.store, ctx.actor.memberId, ctx.now);
    return { text: ended > 0 ? ctx.t('signout-done', { count: ended }) : ctx.t('signout-none') };
  },
});
