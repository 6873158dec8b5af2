import { eq } from 'drizzle-orm';
import type { CalendarFeedsRepository } from '../../core/calendar-feed/calendar-feed.js';
import type { Database } from '../client.js';
import { calendarFeeds, members } from '../schema/index.js';

export function createCalendarFeedsRepository({ db }: { db: Database }): CalendarFeedsRepository {
  return {
    async replace(feed) {
      await db
        .insert(calendarFeeds)
        .values(feed)
        .onConflictDoUpdate({ target: calendarFeeds.memberId, set: { tokenHash: feed.tokenHash, createdAt: feed.createdAt } });
    },
    async remove(memberId) {
      const removed = await db.delete(calendarFeeds).where(eq(calendarFeeds.memberId, memberId)).returning({ id: calendarFeeds.id });
      return removed.length > 0;
    },
    async ownerOf(tokenHash) {
      const [row] = await db
        .select({ memberId: calendarFeeds.memberId, locale: members.locale })
        .from(calendarFeeds)
        .innerJoin(members, eq(members.id, calendarFeeds.memberId))
        .where(eq(calendarFeeds.tokenHash, tokenHash));
      return row ?? null;
    },
    async createdAtOf(memberId) {
      const [row] = await db.select({ at: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.memberId, memberId));
      return row?.at ?? null;
    },
  };
}
