import { parseArgs } from 'node:util';
import type { App } from '../app.js';
import { formatDateTimeVi } from '../core/dates/local-date.js';
import { isDomainError } from '../core/errors.js';
import { PLATFORMS, type Platform } from '../core/members/member.js';
import type { Locale } from '../i18n/i18n.js';

/** `--user dau-moi` is the console's demo person; `--user telegram:123456789` an account on a platform. */
function accountOf(user: string): { platform: Platform; id: string } | null {
  const colon = user.indexOf(':');
  if (colon < 0) return /^[A-Za-z0-9_-]{1,64}$/.test(user) ? { platform: 'console', id: user } : null;
  const platform = user.slice(0, colon) as Platform;
  const id = user.slice(colon + 1);
  return PLATFORMS.includes(platform) && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? { platform, id } : null;
}

/**
 * On the embedded database, whether another process (an `npm start`) is serving it now, seen from its
 * dashboard answering at the configured address: then this process must not open the database too.
 */
export async function embeddedDatabaseBusy(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * `cli login --user <id> [--at ISO-8601]`: a one-time sign-in link for an operator to pass on (or open). The
 * link is printed alone on standard output; problems go to standard error with exit code 1 (2: a wrong command
 * line). On the embedded database only when no `npm start` holds it: PGlite belongs to one process.
 */
export async function loginCommand(app: App, locale: Locale, argv: string[]): Promise<number> {
  const t = app.i18n.translator(locale);
  const fail = (key: string, args: Record<string, string> = {}, code = 1) => {
    process.stderr.write(`${t(key, args)}\n`);
    return code;
  };
  const { values } = parseArgs({ args: argv, options: { user: { type: 'string' }, at: { type: 'string' } }, allowPositionals: false });
  const account = values.user ? accountOf(values.user) : null;
  if (!account) return fail('cli-login-usage', {}, 2);
  const now = values.at ? new Date(values.at) : app.clock.now();
  if (Number.isNaN(now.getTime())) return fail('cli-bad-at', { value: values.at ?? '' }, 2);
  const dashboard = app.services.dashboard;
  if (!dashboard || !app.webAddress) return fail('signin-web-off');
  const member = await app.store.members.findByExternalId(account.platform, account.id);
  if (!member) return fail('cli-login-unknown', { user: values.user ?? '' });
  try {
    const link = await dashboard.link(app.store, {
      actor: { memberId: member.memberId, grants: await app.store.members.grantsOf(member.memberId) },
      chatRef: null,
      via: 'cli',
      now,
    });
    process.stdout.write(`${link.url}\n`);
    process.stderr.write(
      `${t('cli-login-issued', { name: member.displayName, until: formatDateTimeVi(link.expiresAt, app.config.defaultTimezone) })}\n`,
    );
    return 0;
  } catch (error) {
    if (isDomainError(error)) return fail(error.i18nKey);
    throw error;
  }
}
