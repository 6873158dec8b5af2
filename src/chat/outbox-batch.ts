import type { OutboxMessage, OutboxRepository } from '../core/outbox/outbox.js';

/**
 * Replies deferred to the outbox, written a few at a time. When a burst outruns a platform's rate (Telegram
 * takes about 30 messages a second), hundreds of replies a second are deferred; one insert of many rows costs
 * the database and the bot little more than one insert of one. A batch is what was deferred within `windowMs`;
 * each caller learns when its own message is stored, or why it could not be. 20 ms: at 500 reports a second a
 * batch holds about ten replies (two or three at 5 ms, a statement for every second or third report). The
 * webhook has its answer before this (replies go out after it), and a reply sent at once is in flight to the
 * platform for longer than the window, so waiting for the batch leaves no new moment to lose one in.
 */
export function batchedEnqueue(outbox: Pick<OutboxRepository, 'enqueue'>, windowMs = 20): (message: OutboxMessage) => Promise<void> {
  let waiting: { message: OutboxMessage; stored: () => void; failed: (error: unknown) => void }[] = [];

  async function flush() {
    const batch = waiting;
    waiting = [];
    try {
      await outbox.enqueue(batch.map((entry) => entry.message));
      for (const entry of batch) entry.stored();
    } catch (error) {
      for (const entry of batch) entry.failed(error);
    }
  }

  return (message) =>
    new Promise<void>((stored, failed) => {
      waiting.push({ message, stored, failed });
      if (waiting.length === 1) setTimeout(() => void flush(), windowMs);
    });
}
