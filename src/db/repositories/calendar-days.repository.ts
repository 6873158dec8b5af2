import { asc, count, eq, sql } from 'drizzle-orm';
import type { CalendarDay, CalendarDaysRepository } from '../../core/calendar/calendar-days.js';
import type { Database } from '../client.js';
import { calendarDays } from '../schema/index.js';

const toDay = (row: typeof calendarDays.$inferSelect): CalendarDay => ({ date: row.date, kind: row.kind, name: row.name });

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
      // The row count catches removals; the latest change time catches additions and edits.
      const [row] = await db.select({ n: count(), latest: sql<string | null>`max(${calendarDays.updatedAt})::text` }).from(calendarDays);
      return `${row?.n ?? 0}:${row?.latest ?? ''}`;
    },
  };
}
