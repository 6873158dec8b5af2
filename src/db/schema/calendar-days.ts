import { sql } from 'drizzle-orm';
import { check, date, pgTable, text } from 'drizzle-orm/pg-core';
import type { CalendarDayKind } from '../../core/calendar/calendar-days.js';
import { createdAt, updatedAt } from './columns.js';

// Days the government announced differently from the computed holidays: extra days off and make-up
// working days (ngày làm bù). Edited by administrators; overrides weekends and holidays on its dates.
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind').$type<CalendarDayKind>().notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('calendar_days_kind_ck', sql`${t.kind} in ('day_off', 'working_day')`)],
);
