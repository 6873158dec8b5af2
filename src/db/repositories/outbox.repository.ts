import type { OutboxRepository } from '../../core/outbox/outbox.js';
import type { Database } from '../client.js';
import { outbox } from '../schema/index.js';

export function createOutboxRepository({ db }: { db: Database }): OutboxRepository {
  return {
    async enqueue(messages) {
      if (messages.length === 0) return 0;
      const queued = await db
        .insert(outbox)
        .values(messages.map((m) => ({ key: m.key, chatRef: m.chat, payload: { text: m.text } })))
        .onConflictDoNothing({ target: outbox.key })
        .returning({ id: outbox.id });
      return queued.length;
    },
  };
}
