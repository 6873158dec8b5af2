import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { scheduleOf } from '../core/digest/schedule.js';
import type { DigestSchedule } from '../core/chats/chat.js';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand, type CommandContext } from './command.js';

// "thứ 2", "t2", "thu hai", "chủ nhật", "cn", "monday"… folded. Not "thu" for Thursday: folded, it is also
// "thứ", and "/lich thu 3" means Tuesday.
const WEEKDAYS: Record<string, number> = {
  thu2: 1,
  t2: 1,
  thuhai: 1,
  hai: 1,
  monday: 1,
  mon: 1,
  thu3: 2,
  t3: 2,
  thuba: 2,
  ba: 2,
  tuesday: 2,
  tue: 2,
  thu4: 3,
  t4: 3,
  thutu: 3,
  tu: 3,
  wednesday: 3,
  wed: 3,
  thu5: 4,
  t5: 4,
  thunam: 4,
  nam: 4,
  thursday: 4,
  thu6: 5,
  t6: 5,
  thusau: 5,
  sau: 5,
  friday: 5,
  fri: 5,
  thu7: 6,
  t7: 6,
  thubay: 6,
  bay: 6,
  saturday: 6,
  sat: 6,
  chunhat: 7,
  cn: 7,
  sunday: 7,
  sun: 7,
};
const OFF = ['tat', 'tắt', 'off', 'ngung', 'dung'];
const ON = ['bat', 'on', 'mo'];
const RESET = ['macdinh', 'default', 'reset'];

function describe(ctx: CommandContext, schedule: DigestSchedule): string {
  if (!schedule.enabled) return ctx.t('schedule-off');
  return ctx.t('schedule-current', { weekday: ctx.t(`weekday-${schedule.weekday}`), time: schedule.time });
}

// Words that may sit between the day and the time: "thứ 2 lúc 7:30", "thứ hai vào 7h", "7 giờ sáng".
const FILLERS = new Set(['luc', 'vao', 'at', 'sang']);
// After noon when a leader says so: "4 giờ chiều", "7h tối".
const AFTERNOON = new Set(['chieu', 'toi', 'pm']);
// "7:30", "7h", "7h30", "7g30", "19:00", "7 giờ 30"; a bare number only after a day ("thứ 2 7"), where it
// cannot be the day itself.
const TIME = /^(\d{1,2})(?:(?:[:hg]|gio)(\d{2})?)$/;
const BARE_HOUR = /^(\d{1,2})$/;

/** What a /lich message changes: the day, the time, or both. */
export interface ScheduleChange {
  weekday?: number;
  time?: string;
}

function readTime(words: readonly string[], bareAllowed: boolean): string | null {
  const afternoon = words.some((word) => AFTERNOON.has(word));
  const written = words.filter((word) => !AFTERNOON.has(word)).join('');
  const match = TIME.exec(written) ?? (bareAllowed ? BARE_HOUR.exec(written) : null);
  if (!match) return null;
  const hour = Number(match[1]) + (afternoon && Number(match[1]) < 12 ? 12 : 0);
  const minute = Number(match[2] ?? 0);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Reads "thứ 2 7:30", "cn 18h", "t6 16:00", "thu 3 9h" (day and time), "7:30" (the time alone) or "thứ 3"
 * (the day alone). The day is the longest run of leading words that names one, so "thu 3" is Tuesday and
 * never Thursday at 03:00; what follows it must be a time.
 */
export function parseScheduleChange(words: readonly string[]): ScheduleChange | null {
  const folded = words.map((word) => compactKey(word).replace(/[,;]/g, '')).filter((word) => word && !FILLERS.has(word));
  if (folded.length === 0) return null;
  for (let end = folded.length; end > 0; end -= 1) {
    const weekday = WEEKDAYS[folded.slice(0, end).join('')];
    if (!weekday) continue;
    const rest = folded.slice(end);
    if (rest.length === 0) return { weekday };
    const time = readTime(rest, true);
    return time ? { weekday, time } : null;
  }
  const time = readTime(folded, false);
  return time ? { time } : null;
}

/**
 * /lich: when this group gets its weekly digest. "/lich thứ 2 7:30", "/lich 8:00", "/lich thứ 6", "/lich tắt",
 * "/lich bật", "/lich mặc định"; without arguments, the current schedule. For the unit's leader (or an admin).
 * Whatever the day, the digest's "this week" is the seven days from the day it is sent.
 */
export const scheduleCommand = defineCommand({
  name: 'lich',
  aliases: ['schedule', 'lichbantin'],
  descriptionKey: 'cmd-lich-description',
  usageKey: 'cmd-lich-usage',
  scope: 'group',
  permission: permissions.scheduleEditor,
  // "thứ hai lúc 7 giờ 30 sáng" is seven words
  args: z.array(z.string().max(20)).max(8),
  async run(ctx, words) {
    const record = ctx.chat.record;
    if (!record || (!record.unitId && !record.isLeadersChat))
      throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/lich' });
    const current = scheduleOf(record);
    if (words.length === 0) return { text: describe(ctx, current) };
    const first = compactKey(words.join(' '));
    let next: DigestSchedule | null;
    if (OFF.map(compactKey).includes(first)) next = { ...current, enabled: false };
    else if (ON.includes(first)) next = { ...current, enabled: true };
    else if (RESET.includes(first)) next = null;
    else {
      // A day alone keeps the time, a time alone keeps the day; either turns the digest back on.
      const change = parseScheduleChange(words);
      if (!change) return { text: `${ctx.t('usage-intro')}\n${ctx.t('cmd-lich-usage')}` };
      next = { enabled: true, weekday: change.weekday ?? current.weekday, time: change.time ?? current.time };
    }
    await ctx.store.transaction(async (tx) => {
      await tx.chats.setDigestSchedule(record.ref, next);
      await tx.audit.record({
        actorId: ctx.actor.memberId,
        action: 'chat.schedule',
        entity: 'chat',
        entityId: record.ref,
        data: { schedule: next },
      });
    });
    return { text: `${ctx.t('schedule-saved')} ${describe(ctx, scheduleOf({ ...record, digestSchedule: next }))}` };
  },
});
