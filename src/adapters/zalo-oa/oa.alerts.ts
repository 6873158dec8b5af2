import type { Clock } from '../../core/clock.js';
import { localDateOf } from '../../core/dates/local-date.js';
import type { Store } from '../../core/store.js';
import type { I18n } from '../../i18n/i18n.js';
import type { Logger } from '../../logger.js';
import { privateChatOf } from '../private-chats.js';
import { ZaloApiError } from '../zalo/zalo-errors.js';

export interface OaAlertOptions {
  appId: string;
  store: Store;
  i18n: I18n;
  clock: Clock;
  timezone: string;
  logger: Logger;
}

export interface OaAlerts {
  /** The token pair could not be renewed: an OA admin must authorize again. */
  tokenRefreshFailed(error: Error): Promise<void>;
  /**
   * Something only a person can fix (the app removed, the OA gone, a permission missing, a group's asset
   * expired, a policy strike), or the OA's own description could not be read at start.
   */
  needsOperator(error: unknown, situation: 'send' | 'start'): Promise<void>;
  /** A person asked, through Zalo, for their data to be deleted (user_withdraw): told once per person. */
  userWithdrew(user: { userId: string; appUserId: string | null }): Promise<void>;
}

const reasonOf = (error: unknown) =>
  error instanceof ZaloApiError ? `${error.kind}${error.code === null ? '' : ` (${error.code})`}` : 'error';

/**
 * Tells every administrator, in private on each platform they use. Queued in the outbox with a key per kind,
 * day and chat: a failure repeated on every send (or a refresh failing every half hour) makes one message a day,
 * and the platforms that work deliver it even when the OA cannot.
 */
export function createOaAlerts(options: OaAlertOptions): OaAlerts {
  const { store, i18n, clock } = options;

  async function tellAdmins(prefix: string, kind: string, text: string, perDay = true) {
    const day = localDateOf(clock.now(), options.timezone);
    const messages = [];
    for (const admin of await store.members.withRole('admin', null)) {
      for (const identity of await store.members.identitiesOf(admin.memberId)) {
        const chat = privateChatOf(identity);
        if (chat) messages.push({ key: perDay ? `${prefix}:${day}:${chat}` : `${prefix}:${chat}`, chat, text });
      }
    }
    const queued = await store.outbox.enqueue(messages);
    if (messages.length === 0)
      options.logger.error({ kind }, 'no administrator has a private chat the alert can reach; only this log says it');
    else if (queued > 0) options.logger.warn({ kind, queued, chats: messages.length }, 'zalo alert queued for the administrators');
  }

  return {
    async tokenRefreshFailed(error) {
      const text = i18n.t(i18n.resolve(null), 'zalo-oa-token-alert', { reason: reasonOf(error), command: 'npm run cli -- zalo auth' });
      await tellAdmins(`zalo-oa-token-alert:${options.appId}`, 'token', text);
    },
    async needsOperator(error, situation) {
      const locale = i18n.resolve(null);
      const kind = error instanceof ZaloApiError ? error.kind : 'unknown';
      const hint = i18n.t(locale, `zalo-error-${kind.replace(/_/g, '-')}`);
      const text = i18n.t(locale, situation === 'start' ? 'zalo-oa-start-alert' : 'zalo-oa-operator-alert', {
        reason: reasonOf(error),
        hint,
      });
      const about = situation === 'start' ? `start-${kind}` : kind;
      await tellAdmins(`zalo-oa-alert:${options.appId}:${about}`, about, text);
    },
    async userWithdrew(user) {
      const member = await store.members.findByExternalId('zalo-oa', user.userId);
      const text = i18n.t(i18n.resolve(null), 'zalo-oa-withdraw-alert', {
        user: user.userId,
        name: member?.displayName ?? '-',
        command: `npm run cli -- zalo withdraw-report ${user.userId}`,
      });
      // once per person, whenever it comes: the request does not expire with the day
      await tellAdmins(`zalo-oa-withdraw:${options.appId}:${user.userId}`, 'withdraw', text, false);
    },
  };
}
