import { asc, eq, sql } from 'drizzle-orm';
import type { CalendarDay, CalendarDaysRepository } from '../../core/calendar/calendar-days.js';
import type { Database } from '../client.js';
import { calendarDays } from '../schema/index.js';

const toDay = (row: typeof calendarDays.$inferSelect): CalendarDay => ({ date: row.date, kind: row.kind, name: row.name });

/**
 * The table's revision as one expression over it: the row count catches removals, the latest change time
 * additions and edits. Also read beside the chat on every message (message-context.repository).
 */
export const calendarRevision = sql<string>`count(*)::text || ':' || coalesce(max(${calendarDays.updatedAt})::text, '')`;

export function createCalendarDaysRepository({ db }: { db: Database }): CalendarDaysRepository {
  const find = async (date: string) => {
    const [row] = await db.select().from(calendarDays).where(eq(calendarDays.date, date));
    return row ? toDay(row) : null;
  };
  return {
    async list() {
      return (await db.select().from(calendarDays).orderBy(asc(calendarDays.date))).map(toDay);
    },
    async upsert(day) {
      const previous = await find(day.date);
      await db
        .insert(calendarDays)
        .values(day)
        .onConflictDoUpdate({ target: calendarDays.date, set: { kind: day.kind, name: day.name, updatedAt: sql`clock_timestamp()` } });
      return previous;
    },
    async remove(date) {
      const [row] = await db.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
      return row ? toDay(row) : null;
    },
    async revision() {
      const [row] = await db.select({ revision: calendarRevision }).from(calendarDays);
      return row?.revision ?? '0:';
    },
  };
}
