import { addDays, instantAt, isoWeek, type LocalDate, localDateOf, startOfIsoWeek } from '../dates/local-date.js';
import type { ChatRecord, DigestSchedule } from '../chats/chat.js';

/** Monday morning: the unit groups at 07:30, the leaders half an hour later, once the picture is complete. */
export const DEFAULT_UNIT_SCHEDULE: DigestSchedule = { enabled: true, weekday: 1, time: '07:30' };
export const DEFAULT_LEADERS_SCHEDULE: DigestSchedule = { enabled: true, weekday: 1, time: '08:00' };

export const scheduleOf = (chat: Pick<ChatRecord, 'digestSchedule' | 'isLeadersChat'>): DigestSchedule =>
  chat.digestSchedule ?? (chat.isLeadersChat ? DEFAULT_LEADERS_SCHEDULE : DEFAULT_UNIT_SCHEDULE);

/** The digest period a day belongs to: its ISO week, "2026-W48". */
export function digestPeriod(day: LocalDate): string {
  const { year, week } = isoWeek(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** When this week's digest is due for a chat, as an instant. */
export function scheduledMoment(schedule: DigestSchedule, day: LocalDate, timezone: string): Date {
  return instantAt(addDays(startOfIsoWeek(day), schedule.weekday - 1), schedule.time, timezone);
}

/** Whether the chat's digest for this week is due at `now` (it stays due until sent, so a late start catches up). */
export function isDigestDue(chat: Pick<ChatRecord, 'digestSchedule' | 'isLeadersChat'>, now: Date, timezone: string): boolean {
  const schedule = scheduleOf(chat);
  if (!schedule.enabled) return false;
  return now.getTime() >= scheduledMoment(schedule, localDateOf(now, timezone), timezone).getTime();
}
