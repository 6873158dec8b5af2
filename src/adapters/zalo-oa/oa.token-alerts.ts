import type { Clock } from '../../core/clock.js';
import { localDateOf } from '../../core/dates/local-date.js';
import type { Store } from '../../core/store.js';
import type { I18n } from '../../i18n/i18n.js';
import type { Logger } from '../../logger.js';
import { privateChatOf } from '../private-chats.js';
import { ZaloApiError } from '../zalo/zalo-errors.js';

export interface TokenAlertOptions {
  appId: string;
  store: Store;
  i18n: I18n;
  clock: Clock;
  timezone: string;
  logger: Logger;
}

/**
 * Tells every administrator, in private on each platform they use, that the OA lost its tokens and how to
 * re-authorize. Queued in the outbox with a key per day and chat: a failing refresh every half hour still
 * makes one message a day, and the platforms that work deliver it even when the OA cannot.
 */
export function createTokenAlerts(options: TokenAlertOptions): (error: Error) => Promise<void> {
  const { store, i18n, clock } = options;
  return async (error) => {
    const day = localDateOf(clock.now(), options.timezone);
    const reason = error instanceof ZaloApiError ? `${error.kind}${error.code === null ? '' : ` (${error.code})`}` : 'error';
    const text = i18n.t(i18n.resolve(null), 'zalo-oa-token-alert', { reason, command: 'npm run cli -- zalo auth' });
    const messages = [];
    for (const admin of await store.members.withRole('admin', null)) {
      for (const identity of await store.members.identitiesOf(admin.memberId)) {
        const chat = privateChatOf(identity);
        if (chat) messages.push({ key: `zalo-oa-token-alert:${options.appId}:${day}:${chat}`, chat, text });
      }
    }
    const queued = await store.outbox.enqueue(messages);
    if (messages.length === 0) options.logger.error('no administrator has a private chat the token alert can reach; only this log says it');
    else options.logger.warn({ queued, chats: messages.length }, 'token alert queued for the administrators');
  };
}
