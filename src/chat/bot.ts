import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { chatJoined, chatLeft, chatMigrated } from '../core/chats/lifecycle.js';
import type { PlatformEvent } from '../core/inbox.js';
import type { ClaimedOutboxMessage, OutboxMessage } from '../core/outbox/outbox.js';
import type { Store } from '../core/store.js';
import type { I18n } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { AdapterError, type ChatAdapter, type SinkOptions } from './chat-adapter.js';
import { batchedEnqueue } from './outbox-batch.js';
import type { DispatchResult, Dispatcher } from './dispatcher.js';
import { createGroupCommit, type GroupCommitOptions } from './group-commit.js';
import { type ChatLifecycleEvent, type ChatRef, type IncomingMessage, type OutgoingMessage, parseChatRef } from './messages.js';
import type { FloodGuard } from './throttle.js';

export interface Bot {
  /** Starts every adapter; resolves when all of them have stopped listening. */
  run(): Promise<void>;
  stop(): Promise<void>;
  /** Handles one message as if `adapter` had received it (adapters call this through their sink; so do tests). */
  handle(adapter: ChatAdapter, message: IncomingMessage, options?: SinkOptions): Promise<void>;
  lifecycle(adapter: ChatAdapter, event: ChatLifecycleEvent, options?: SinkOptions): Promise<void>;
  /** Sends to any active chat through the adapter of its platform; what cannot go now is queued. */
  deliver(chat: ChatRef, message: OutgoingMessage, key?: string): Promise<void>;
  /** Sends to a person in private, on the first of their platforms where the bot can open a private chat. */
  deliverToMember(memberId: number, message: OutgoingMessage, key: string): Promise<void>;
  /** Sends one message the outbox worker claimed, and says what became of it. */
  sendQueued(message: ClaimedOutboxMessage): Promise<'sent' | 'retry' | 'failed' | 'taken'>;
}

export interface BotDeps {
  dispatcher: Dispatcher;
  adapters: ChatAdapter[];
  store: Store;
  i18n: I18n;
  clock: Clock;
  logger: Logger;
  /** per-person flood control for the chat platforms; the console goes without */
  flood?: FloodGuard;
  /** how messages that arrive together share a transaction (see group-commit.ts) */
  groupCommit?: Pick<GroupCommitOptions, 'maxBatch' | 'inFlight'>;
}

/** Thrown inside the transaction of a message whose handling failed, so that its partial writes are undone. */
class UndoFailedWork extends Error {
  constructor(readonly result: DispatchResult) {
    super('undo failed work');
  }
}

// When the platform gives no retry_after (a network error, its own 5xx), try again after this long.
const DEFAULT_RETRY_SECONDS = 30;
// A queued message that keeps failing is given up, and the administrators told, after this many attempts at a
// platform that fails without saying when to come back (rate limits say when, and only the age counts for
// them), or after a day: Telegram keeps nothing longer, and a reply or a reminder a day late helps no one.
const MAX_SEND_ATTEMPTS = 20;
const GIVE_UP_AFTER_MS = 24 * 3600_000;

/**
 * Wires the adapters to the dispatcher. A message the platform identifies (an update id) is processed at most
 * once: its mark in `processed_events` is written in the same transaction as its effects, and a redelivery
 * finds it and sends nothing. Replies go out after the commit; what the platform refuses for now (a rate
 * limit) is queued in the outbox rather than lost.
 */
export function createBot(deps: BotDeps): Bot {
  const { dispatcher, adapters, store, i18n, clock, logger } = deps;
  const byPlatform = new Map(adapters.map((adapter) => [adapter.platform, adapter]));
  // Replies still being sent after their message was acknowledged; stopping waits for them.
  const sending = new Set<Promise<void>>();
  const defer = batchedEnqueue(store.outbox);
  // Four transactions of at most sixteen messages: the webhook benchmark's throughput and p99 were the same
  // within its noise from (1, 64) to (8, 8); smaller batches bound how long a slow message (a big lookup) holds
  // the others' answers, and four leave most of the pool (10) to the dashboard and the jobs.
  const grouped = createGroupCommit(store, {
    maxBatch: deps.groupCommit?.maxBatch ?? 16,
    inFlight: deps.groupCommit?.inFlight ?? 4,
    commits: (result) => !(result as DispatchResult | null)?.failed,
    onUndone: (reason, size) => logger.debug({ err: reason, size }, 'batch of messages undone; each done again alone'),
  });

  /**
   * Runs `work` in a transaction that marks the event processed; null when it had been. `marks`: the work writes
   * the mark itself (the dispatcher, with its first read) and answers null when it had been.
   */
  async function processOnce<T>(
    platform: string,
    eventId: string,
    work: (tx: Store) => Promise<(T & { failed?: boolean }) | null>,
    { marks = false } = {},
  ): Promise<T | null> {
    try {
      return await store.transaction(async (tx) => {
        if (!marks && !(await tx.inbox.markProcessed(platform, eventId))) return null;
        const result = await work(tx);
        if (result === null) return null;
        if (result.failed) throw new UndoFailedWork(result as unknown as DispatchResult);
        return result;
      });
    } catch (error) {
      // Anything but a handled failure (the database is unreachable) propagates: the platform will retry.
      if (!(error instanceof UndoFailedWork)) throw error;
      // A bug: record the event so it is not retried forever, and apologise once.
      const marked = await store.transaction((tx) => tx.inbox.markProcessed(platform, eventId));
      return marked ? (error.result as unknown as T) : null;
    }
  }

  /**
   * As processOnce, for work that writes its event's mark itself, in the transaction of the messages that arrived
   * with it (group commit); alone when it arrived alone or its batch was undone.
   */
  function processGrouped(
    event: PlatformEvent,
    work: (tx: Store, event: PlatformEvent) => Promise<DispatchResult | null>,
  ): Promise<DispatchResult | null> {
    const inTransaction = (tx: Store) => work(tx, event);
    return grouped.run({ work: inTransaction, alone: () => processOnce(event.platform, event.eventId, inTransaction, { marks: true }) });
  }

  function toQueued(chat: ChatRef, message: OutgoingMessage, key: string, notBefore: Date, partsSent = 0): OutboxMessage {
    return {
      key,
      chat,
      text: message.text,
      replyToMessageId: message.replyToMessageId ?? null,
      attachments: message.attachments ?? [],
      buttons: message.buttons ?? [],
      expectsAnswer: message.expectsAnswer ?? false,
      addressee: message.addressee ?? null,
      files: message.files ?? [],
      notBefore,
      partsSent,
    };
  }

  /**
   * Sends now. A retryable refusal queues what did not go out (the parts already delivered are not sent
   * again); a chat the bot was removed from is marked inactive; a message the platform refuses for good is
   * reported to the administrators.
   */
  async function sendOrQueue(adapter: ChatAdapter, chat: ChatRef, message: OutgoingMessage, key: string): Promise<void> {
    try {
      await adapter.send(chat, message);
    } catch (error) {
      if (error instanceof AdapterError && error.retryable) {
        const wait = error.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS;
        await defer(toQueued(chat, message, key, new Date(clock.now().getTime() + wait * 1000), error.partsDelivered));
        // Our own pacing under Telegram's limits is routine on a busy day (every reply beyond 30 a second): a
        // warning per reply would flood the log and cost a write each. The platform failing is worth one.
        const routine = error.code === 'RATE_LIMITED';
        logger[routine ? 'debug' : 'warn'](
          { chat, code: error.code, wait, partsDelivered: error.partsDelivered },
          'send deferred to the outbox',
        );
      } else if (error instanceof AdapterError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
        logger.warn({ chat, code: error.code }, 'chat unreachable; marked inactive');
        // A group the bot was removed from is known and now inactive. A person's private chat the bot cannot
        // open (they never started it, or blocked it) is not: the administrators are told, or no one would know
        // that, say, a handler never gets the complainant's details.
        if (!(await store.chats.setActive(chat, false))) await reportFailure({ chat, key }, error.message);
      } else {
        logger.error({ err: error, chat, key }, 'send failed for good');
        await reportFailure({ chat, key }, error instanceof Error ? error.message : String(error));
      }
    }
  }

  async function deliver(chat: ChatRef, message: OutgoingMessage, key = `direct:${randomUUID()}`) {
    const adapter = byPlatform.get(parseChatRef(chat).platform);
    if (!adapter) {
      logger.warn({ chat }, 'no adapter runs for this chat platform; message not sent');
      return;
    }
    const record = await store.chats.get(chat);
    if (record && !record.active) {
      logger.info({ chat }, 'chat inactive; message not sent');
      return;
    }
    await sendOrQueue(adapter, chat, message, key);
  }

  /** A private message to a person on the first of their platforms where the bot can open a private chat. */
  async function deliverToMember(memberId: number, message: OutgoingMessage, key: string) {
    for (const identity of await store.members.identitiesOf(memberId)) {
      const adapter = byPlatform.get(identity.platform);
      if (!adapter?.privateChatOf) continue;
      await sendOrQueue(adapter, adapter.privateChatOf(identity.id), message, key);
      return;
    }
    logger.warn({ member: memberId }, 'no private chat reachable for this person; notice not sent');
  }

  /**
   * Deletes a group message that held contact details and posts its redacted version in its place. Without
   * the right to delete, the group's administrators are told once (the outbox keeps one such notice per chat)
   * how to give it. Whether it was deleted.
   */
  async function cleanUp(adapter: ChatAdapter, chat: ChatRef, cleanup: NonNullable<DispatchResult['cleanup']>, keyBase: string) {
    if (!adapter.deleteMessage) return false;
    try {
      await adapter.deleteMessage(chat, cleanup.messageId);
    } catch (error) {
      logger.warn({ chat, err: error }, 'could not delete a message holding contact details');
      await store.outbox.enqueue([toQueued(chat, cleanup.askRight, `delete-right:${chat}`, clock.now())]);
      return false;
    }
    await sendOrQueue(adapter, chat, cleanup.repost, `${keyBase}:repost`);
    return true;
  }

  async function sendResult(adapter: ChatAdapter, message: IncomingMessage, result: DispatchResult) {
    const keyBase = message.eventId ? `reply:${adapter.platform}:${message.eventId}` : `reply:${randomUUID()}`;
    if (result.cleanup) await cleanUp(adapter, message.chat, result.cleanup, keyBase);
    if (result.reply) {
      // A pressed button's message is the bot's own: the answer is not threaded under it, it names the person.
      // (Under a message just deleted it still is: Telegram sends it all the same, allow_sending_without_reply.)
      const replyTo = message.callbackData ? null : message.messageId;
      const addressee = { platform: message.sender.platform, id: message.sender.id, displayName: message.sender.displayName };
      await sendOrQueue(adapter, message.chat, { ...result.reply, replyToMessageId: replyTo, addressee }, `${keyBase}:0`);
    }
    for (const [index, notice] of result.notices.entries()) {
      // One unreachable chat must not cost the others their notice.
      try {
        if (notice.chat) await deliver(notice.chat, notice.message, `${keyBase}:notice:${index}`);
        else if (notice.member !== undefined) await deliverToMember(notice.member, notice.message, `${keyBase}:notice:${index}`);
      } catch (error) {
        logger.error({ err: error, chat: notice.chat, member: notice.member }, 'notice delivery failed');
      }
    }
  }

  async function handle(adapter: ChatAdapter, message: IncomingMessage, options: SinkOptions = {}) {
    const target = { capabilities: adapter.capabilities, botUsername: adapter.botUsername };
    // Before the message's transaction: a flood must cost no database work beyond, once, its notice.
    const throttled = deps.flood ? await deps.flood.admit(message) : null;
    const result = throttled
      ? throttled.notice && { reply: throttled.notice, notices: [] }
      : message.eventId
        ? await processGrouped({ platform: adapter.platform, eventId: message.eventId }, (tx, event) =>
            dispatcher.dispatchOnce(message, target, tx, event),
          )
        : await dispatcher.dispatch(message, target);
    if (!result) return;
    if (!options.replyInBackground) return sendResult(adapter, message, result);
    const pending: Promise<void> = sendResult(adapter, message, result)
      .catch((error: unknown) => logger.error({ err: error, chat: message.chat }, 'reply failed'))
      .finally(() => sending.delete(pending));
    sending.add(pending);
  }

  async function lifecycle(adapter: ChatAdapter, event: ChatLifecycleEvent, options: SinkOptions = {}) {
    const apply = async (tx: Store): Promise<{ intro: OutgoingMessage | null }> => {
      switch (event.kind) {
        case 'joined': {
          const before = await tx.chats.get(event.chat);
          await chatJoined(tx, { ref: event.chat, platform: adapter.platform, kind: event.chatKind, title: event.title });
          // Already here: a group upgraded to a supergroup, whose binding moved before Telegram said "joined".
          if (event.chatKind !== 'group' || before?.active) return { intro: null };
          const record = await tx.chats.get(event.chat);
          const unit = record?.unitId ? await tx.units.findById(record.unitId) : null;
          const locale = i18n.resolve(record?.locale ?? null);
          const lines = [
            i18n.t(locale, 'joined-greeting'),
            unit ? i18n.t(locale, 'joined-bound', { unit: unit.name }) : i18n.t(locale, 'joined-unbound'),
          ];
          return { intro: { text: lines.join('\n') } };
        }
        case 'left':
          await chatLeft(tx, event.chat);
          return { intro: null };
        case 'migrated':
          await chatMigrated(tx, event.from, event.to);
          return { intro: null };
      }
    };
    const outcome = event.eventId ? await processOnce(adapter.platform, event.eventId, apply) : await store.transaction(apply);
    if (outcome?.intro && event.kind === 'joined') {
      const sent = sendOrQueue(adapter, event.chat, outcome.intro, `joined:${adapter.platform}:${event.eventId ?? randomUUID()}`);
      if (!options.replyInBackground) return sent;
      // As with replies: the platform has its answer first, and the introduction follows.
      const pending: Promise<void> = sent
        .catch((error: unknown) => logger.error({ err: error, chat: event.chat }, 'introduction failed'))
        .finally(() => sending.delete(pending));
      sending.add(pending);
    }
  }

  /**
   * Tells the administrators, in private, about a message that could not be delivered; never about such a
   * notice itself. A queued message (a digest, a notice) is reported on its own; a reply sent at once, per chat
   * and day: in a group where the bot may no longer post, every command would otherwise cost each admin a notice.
   */
  async function reportFailure(
    failed: { chat: ChatRef; key: string; id?: number },
    description: string,
    key: 'outbox-failed' | 'outbox-in-doubt' = 'outbox-failed',
  ) {
    if (failed.key.startsWith('failed:')) return;
    const about = failed.id !== undefined ? String(failed.id) : `${failed.chat}:${clock.now().toISOString().slice(0, 10)}`;
    const t = i18n.translator(i18n.resolve(null));
    const notices: OutboxMessage[] = [];
    for (const admin of await store.members.withRole('admin', null)) {
      for (const identity of await store.members.identitiesOf(admin.memberId)) {
        const adapter = byPlatform.get(identity.platform);
        if (!adapter?.privateChatOf) continue;
        notices.push({
          key: `failed:${about}:${admin.memberId}`,
          chat: adapter.privateChatOf(identity.id),
          text: t(key, { chat: failed.chat, key: failed.key, error: description.slice(0, 200) }),
        });
        break;
      }
    }
    await store.outbox.enqueue(notices);
  }

  /** Gives a queued message up for good and tells the administrators. */
  async function giveUp(queued: ClaimedOutboxMessage, description: string): Promise<'failed'> {
    await store.outbox.markFailed(queued.id, clock.now(), description);
    logger.error({ chat: queued.chat, key: queued.key, attempts: queued.attempts, reason: description }, 'queued message failed for good');
    await reportFailure(queued, description);
    return 'failed';
  }

  /** Whether a message that failed again, retryably, has been tried long enough. */
  function triedEnough(queued: ClaimedOutboxMessage, error: AdapterError | null): boolean {
    if (clock.now().getTime() - queued.firstAttemptAt.getTime() >= GIVE_UP_AFTER_MS) return true;
    return error !== null && error.code !== 'RATE_LIMITED' && queued.attempts >= MAX_SEND_ATTEMPTS;
  }

  async function sendQueued(queued: ClaimedOutboxMessage): Promise<'sent' | 'retry' | 'failed' | 'taken'> {
    const adapter = byPlatform.get(parseChatRef(queued.chat).platform);
    const now = () => clock.now();
    if (!adapter) {
      // Another replica may run that platform; leave the message for it, for a day.
      if (triedEnough(queued, null)) return giveUp(queued, 'no replica runs this platform');
      await store.outbox.retryAt(queued.id, new Date(now().getTime() + DEFAULT_RETRY_SECONDS * 1000), 'no adapter for this platform here');
      return 'retry';
    }
    if (queued.inDoubt) {
      // The platform had the request when its sender died, and no one knows whether it took it. Sending again
      // could give the chat the message twice, so it is given up and the administrators are told: at most
      // once, and never lost without a word.
      const description =
        'in doubt: the replica sending it stopped before the platform answered; it may have been delivered, so it is not sent again';
      await store.outbox.markFailed(queued.id, now(), description);
      logger.warn({ chat: queued.chat, key: queued.key }, 'queued message in doubt after a crash; not sent again');
      await reportFailure(queued, description, 'outbox-in-doubt');
      return 'failed';
    }
    const record = await store.chats.get(queued.chat);
    if (record && !record.active) {
      await store.outbox.markFailed(queued.id, now(), 'chat inactive');
      return 'failed';
    }
    // A failure to record the attempt is the database's, not the platform's: nothing was sent, the lease runs out.
    let unrecorded: unknown = null;
    // Waiting for a busy group's pace can outlast the lease; another replica may have taken the message since.
    let taken = false;
    const beforeFirstRequest = async () => {
      let held: boolean;
      try {
        held = await store.outbox.markSending(queued.id, now(), queued.claim);
      } catch (error) {
        unrecorded = error;
        throw error;
      }
      if (!held) {
        taken = true;
        throw new Error('claim lost');
      }
    };
    try {
      await adapter.send(
        queued.chat,
        {
          text: queued.text,
          replyToMessageId: queued.replyToMessageId ?? null,
          attachments: queued.attachments ?? [],
          buttons: queued.buttons ?? [],
          expectsAnswer: queued.expectsAnswer ?? false,
          addressee: queued.addressee ?? null,
          files: queued.files ?? [],
        },
        { beforeFirstRequest, skipParts: queued.partsSent },
      );
      await store.outbox.markSent(queued.id, now());
      return 'sent';
    } catch (error) {
      if (unrecorded) throw unrecorded;
      if (taken) {
        // Not an error: the one now holding the message sends it; writing anything here could undo its work.
        logger.info({ chat: queued.chat, key: queued.key }, 'queued message taken by another worker while it waited; left to it');
        return 'taken';
      }
      const description = error instanceof Error ? error.message : String(error);
      if (error instanceof AdapterError && error.retryable) {
        if (triedEnough(queued, error)) return giveUp(queued, `gave up after ${queued.attempts} attempts: ${description}`);
        // Back off a little more with each attempt when the platform does not say how long to wait.
        const wait = error.retryAfterSeconds ?? Math.min(3600, DEFAULT_RETRY_SECONDS * 2 ** Math.min(queued.attempts, 7));
        await store.outbox.retryAt(
          queued.id,
          new Date(now().getTime() + wait * 1000),
          description,
          Math.max(queued.partsSent, error.partsDelivered),
        );
        return 'retry';
      }
      if (error instanceof AdapterError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND'))
        await store.chats.setActive(queued.chat, false);
      return giveUp(queued, description);
    }
  }

  return {
    handle,
    lifecycle,
    deliver,
    deliverToMember,
    sendQueued,
    async run() {
      await Promise.all(
        adapters.map((adapter) =>
          adapter.start({
            message: (message, options) => handle(adapter, message, options),
            lifecycle: (event, options) => lifecycle(adapter, event, options),
          }),
        ),
      );
    },
    async stop() {
      await Promise.all(adapters.map((adapter) => adapter.stop()));
      await Promise.all([...sending]);
    },
  };
}
