import type { InboxRepository } from '../../core/inbox.js';
import type { Database } from '../client.js';
import { processedEvents } from '../schema/index.js';

export function createInboxRepository({ db }: { db: Database }): InboxRepository {
  return {
    async markProcessed(platform, eventId) {
      const inserted = await db
        .insert(processedEvents)
        .values({ platform, eventId })
        .onConflictDoNothing()
        .returning({ id: processedEvents.id });
      return inserted.length > 0;
    },
  };
}
