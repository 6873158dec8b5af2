import { parseArgs } from 'node:util';
import { dayOffLabel } from '../core/calendar/day-off-name.js';
import { calendarYear, removeCalendarDay, setCalendarDay } from '../core/calendar/manage-calendar.js';
import { formatDateVi, localDateOf, parts } from '../core/dates/local-date.js';
import type { Translate } from '../core/text/translate.js';
import type { CalendarYearEntry } from '../core/calendar/manage-calendar.js';
import { err, out, withCliApp } from './session.js';

export function calendarLines(t: Translate, year: number, entries: readonly CalendarYearEntry[]): string {
  const lines = [t('holidays-header', { year: String(year) })];
  for (const entry of entries) {
    lines.push(
      t('holidays-line', { date: formatDateVi(entry.date), name: dayOffLabel(t, entry.name), kind: entry.kind, source: entry.source }),
    );
  }
  return lines.join('\n');
}

/**
 * `holidays list [year]`, `holidays add <date> <name…>` (an announced day off), `holidays workday <date>
 * <name…>` (a make-up working day), `holidays remove <date>`. Dates as 13/02/2026 or 2026-02-13.
 */
export async function holidaysCommand(argv: string[]): Promise<void> {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  const [verb = 'list', ...rest] = positionals;
  await withCliApp(async (app, t) => {
    switch (verb) {
      case 'list': {
        const year = rest[0] ? Number(rest[0]) : parts(localDateOf(app.clock.now(), app.config.defaultTimezone)).year;
        out(calendarLines(t, year, await calendarYear(app.store, year)));
        return;
      }
      case 'add':
      case 'workday': {
        const [date, ...name] = rest;
        if (!date) break;
        const change = await setCalendarDay(app.store, {
          date,
          kind: verb === 'add' ? 'day_off' : 'working_day',
          name: name.join(' '),
          actorId: null,
        });
        out(t('holidays-set', { date: formatDateVi(change.day.date), name: change.day.name, kind: change.day.kind }));
        if (change.replaced) out(t('holidays-replaced', { name: change.replaced.name }));
        if (change.redated > 0) out(t('holidays-redated', { count: change.redated }));
        return;
      }
      case 'remove': {
        const [date] = rest;
        if (!date) break;
        const removed = await removeCalendarDay(app.store, { date, actorId: null });
        out(t('holidays-removed', { date: formatDateVi(removed.date), name: removed.name }));
        if (removed.redated > 0) out(t('holidays-redated', { count: removed.redated }));
        return;
      }
    }
    err(t('holidays-usage'));
    process.exitCode = 2;
  });
}
