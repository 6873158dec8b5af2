/**
 * A calendar day, "YYYY-MM-DD", with no time and no zone. Due dates are days in the unit's timezone; every
 * conversion from an instant goes through `localDateOf` with that timezone.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parts(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`not a local date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const toUtcMs = (date: LocalDate) => {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
};

const fromUtcMs = (ms: number): LocalDate => {
  const d = new Date(ms);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

const DAY_MS = 86_400_000;

export const addDays = (date: LocalDate, days: number): LocalDate => fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export const startOfIsoWeek = (date: LocalDate): LocalDate => addDays(date, 1 - isoWeekday(date));

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO week number and its year ("2026-W48"): the year can differ from the calendar year around New Year. */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const { year } = parts(thursday);
  const week = Math.floor(daysBetween(localDate(year, 1, 1), thursday) / 7) + 1;
  return { year, week };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function intlParts(instant: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) out[part.type] = part.value;
  return out;
}

const intlOffsetMs = (utcMs: number, timeZone: string): number => {
  const p = intlParts(new Date(utcMs), timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return asUtc - Math.floor(utcMs / 60_000) * 60_000;
};

// Intl's formatToParts costs microseconds, and a grid of 15 000 cells asks it for every report's day. A zone's
// offset is the same all day on every day without a clock change, so it is read once per zone and UTC day:
// when the offsets at the day's first and last minute agree, every instant of that day uses it; a day with a
// change (a few a year, none in Việt Nam) asks Intl for each instant.
const steadyOffsets = new Map<string, number | null>();
function steadyOffsetMs(utcMs: number, timeZone: string): number | null {
  const dayStart = Math.floor(utcMs / DAY_MS) * DAY_MS;
  const key = `${timeZone}|${dayStart}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const first = intlOffsetMs(dayStart, timeZone);
    offset = first === intlOffsetMs(dayStart + DAY_MS - 60_000, timeZone) ? first : null;
    if (steadyOffsets.size > 50_000) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset;
}

const two = (n: number) => String(n).padStart(2, '0');

function zonedParts(instant: Date, timeZone: string): Record<string, string> {
  const offset = steadyOffsetMs(instant.getTime(), timeZone);
  if (offset === null) return intlParts(instant, timeZone);
  const wall = new Date(instant.getTime() + offset);
  return {
    year: String(wall.getUTCFullYear()).padStart(4, '0'),
    month: two(wall.getUTCMonth() + 1),
    day: two(wall.getUTCDate()),
    hour: two(wall.getUTCHours()),
    minute: two(wall.getUTCMinutes()),
  };
}

/** The calendar day an instant falls on in a timezone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Vietnamese order: 22/11/2026. */
export function formatDateVi(date: LocalDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** 07:30 22/11/2026 in the given timezone. */
export function formatDateTimeVi(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

function zoneOffsetMs(utcMs: number, timeZone: string): number {
  return steadyOffsetMs(utcMs, timeZone) ?? intlOffsetMs(utcMs, timeZone);
}

/** The instant a wall-clock time on a calendar day happens in a timezone ("09:00 on 15/06 in Hà Nội"). */
export function instantAt(date: LocalDate, time: string, timeZone: string): Date {
  const { year, month, day } = parts(date);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - zoneOffsetMs(guess, timeZone);
  // A second pass settles instants next to a daylight-saving change (none in Việt Nam, but zones vary).
  return new Date(guess - zoneOffsetMs(first, timeZone));
}
