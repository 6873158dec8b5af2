import ical from 'ical-generator';
import type { FeedEvent } from '../core/calendar-feed/calendar-feed.js';
import { formatDateVi, type LocalDate } from '../core/dates/local-date.js';
import { taskCode } from '../core/reports/task-ref.js';
import type { Translate } from '../core/text/translate.js';

/** A calendar day as the instant ical-generator writes as that date for an all-day event (it reads UTC). */
const dayOf = (date: LocalDate) => new Date(`${date}T00:00:00Z`);
const nextDay = (date: LocalDate) => new Date(dayOf(date).getTime() + 24 * 3600 * 1000);

/**
 * A person's deadlines as iCalendar text (RFC 5545) for a phone's calendar: one all-day event per open
 * occurrence on its EFFECTIVE last day, "[NV7] <task> — <unit>", the stated day in the description when it
 * moved past a day off, a UID per occurrence (an update replaces the event instead of adding one) and DTSTAMP
 * from the injected clock. ical-generator does the escaping and line folding.
 */
export function calendarFeedText(
  t: Translate,
  input: { events: readonly FeedEvent[]; department: string; host: string; now: Date },
): string {
  const calendar = ical({
    name: t('web-feed-calendar-name', { department: input.department }),
    prodId: { company: 'tro-ly-dau-moi', product: 'han-chot', language: 'VI' },
  });
  for (const event of input.events) {
    const effective = formatDateVi(event.effective);
    const description = [
      event.stated === event.effective
        ? t('web-feed-due', { effective })
        : t('web-feed-shifted', { stated: formatDateVi(event.stated), effective }),
      t('web-feed-plan', { plan: event.planLabel }),
    ].join('\n');
    calendar.createEvent({
      id: `ky-bao-cao-${event.occurrenceId}@${input.host}`,
      allDay: true,
      start: dayOf(event.effective),
      end: nextDay(event.effective),
      stamp: input.now,
      summary: `[${taskCode(event.taskId)}] ${event.title} — ${event.unitName}`,
      description,
    });
  }
  return calendar.toString();
}
