import { formatDateVi, isLocalDate, type LocalDate, localDate } from '../dates/local-date.js';
import { DomainError } from '../errors.js';
import { redateOpenOccurrences } from '../plans/materialize.js';
import type { Store } from '../store.js';
import type { CalendarDay, CalendarDayKind } from './calendar-days.js';
import type { DayOffName } from './day-off-name.js';
import { vietnameseCalendar } from './vietnam-calendar.js';
import { vietnamPublicHolidays } from './vietnam-holidays.js';

const MAX_NAME = 80;
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;

/** A day as people type it: 13/02/2026, 13-2-2026 or 2026-02-13. Null when it is not a real day. */
export function parseDay(text: string): LocalDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const date = iso
    ? localDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : vn
      ? localDate(Number(vn[3]), Number(vn[2]), Number(vn[1]))
      : null;
  if (!date || !isLocalDate(date)) return null;
  const year = Number(date.slice(0, 4));
  return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max ? date : null;
}

function requireDay(text: string): LocalDate {
  const date = parseDay(text);
  if (!date) throw new DomainError('calendar.bad_date', 'calendar-bad-date', { written: text.slice(0, 20) });
  return date;
}

export interface CalendarChange {
  day: CalendarDay;
  replaced: CalendarDay | null;
  /** open occurrences whose due date (counted in working days) moved with the change */
  redated: number;
}

/** The open deadlines counted in working days follow the new calendar, in the change's own transaction. */
async function redateWith(tx: Store): Promise<number> {
  return redateOpenOccurrences(tx, vietnameseCalendar(await tx.calendarDays.list()));
}

/**
 * Records an announced day off or make-up working day (admins; the command checks the role). The calendar
 * the bot uses changes from the next message on, and open deadlines counted in working days are re-dated.
 */
export async function setCalendarDay(
  store: Store,
  input: { date: string; kind: CalendarDayKind; name: string; actorId: number | null },
): Promise<CalendarChange> {
  const date = requireDay(input.date);
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new DomainError('calendar.name_required', 'calendar-name-required');
  if (name.length > MAX_NAME) throw new DomainError('calendar.name_too_long', 'calendar-name-too-long', { max: MAX_NAME });
  const day: CalendarDay = { date, kind: input.kind, name };
  return store.transaction(async (tx) => {
    // A day off on a day that is already off (a weekend, a public holiday) or a make-up day on a working day
    // would change nothing: said so, nothing stored. A date with an entry of its own may be changed.
    const entries = await tx.calendarDays.list();
    if (!entries.some((entry) => entry.date === date)) {
      const calendar = vietnameseCalendar(entries);
      const working = calendar.isWorkingDay(date);
      if (input.kind === 'day_off' && !working) {
        const holiday = calendar.dayOffName(date);
        throw new DomainError('calendar.already_off', holiday ? 'calendar-already-holiday' : 'calendar-already-weekend', {
          date: formatDateVi(date),
          ...(holiday && !('announced' in holiday) ? { holiday: holiday.holiday, compensation: String(holiday.compensation) } : {}),
        });
      }
      if (input.kind === 'working_day' && working) {
        throw new DomainError('calendar.already_working', 'calendar-already-working', { date: formatDateVi(date) });
      }
    }
    const replaced = await tx.calendarDays.upsert(day);
    const redated = await redateWith(tx);
    await tx.audit.record({
      actorId: input.actorId,
      action: 'calendar.set',
      entity: 'calendar_day',
      entityId: date,
      data: { kind: day.kind, name, replaced, redated },
    });
    return { day, replaced, redated };
  });
}

export async function removeCalendarDay(
  store: Store,
  input: { date: string; actorId: number | null },
): Promise<CalendarDay & { redated: number }> {
  const date = requireDay(input.date);
  return store.transaction(async (tx) => {
    const removed = await tx.calendarDays.remove(date);
    if (!removed) throw new DomainError('calendar.not_found', 'calendar-not-found', { date: input.date.trim() });
    const redated = await redateWith(tx);
    await tx.audit.record({
      actorId: input.actorId,
      action: 'calendar.remove',
      entity: 'calendar_day',
      entityId: date,
      data: { kind: removed.kind, name: removed.name, redated },
    });
    return { ...removed, redated };
  });
}

export interface CalendarYearEntry {
  date: LocalDate;
  /** a holiday's locale key, or the name an administrator typed (`dayOffLabel` words both) */
  name: DayOffName;
  kind: CalendarDayKind;
  /** "law": computed from the Labor Code; "announced": from the table (it wins on its date) */
  source: 'law' | 'announced';
}

/** The days off and make-up working days of a year, as the bot counts them. */
export async function calendarYear(store: Store, year: number): Promise<CalendarYearEntry[]> {
  if (!Number.isInteger(year) || year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) {
    throw new DomainError('calendar.bad_year', 'calendar-bad-year', { min: String(CALENDAR_YEARS.min), max: String(CALENDAR_YEARS.max) });
  }
  const announced = (await store.calendarDays.list()).filter((day) => day.date.startsWith(`${year}-`));
  const overridden = new Set(announced.map((day) => day.date));
  const law: CalendarYearEntry[] = vietnamPublicHolidays(year)
    .filter((h) => !overridden.has(h.date))
    .map((h) => ({ date: h.date, name: h.name, kind: 'day_off', source: 'law' }));
  return [...law, ...announced.map((d): CalendarYearEntry => ({ ...d, name: { announced: d.name }, source: 'announced' }))].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}
