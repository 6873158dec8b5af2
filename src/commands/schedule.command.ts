import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { scheduleOf } from '../core/digest/schedule.js';
import type { DigestSchedule } from '../core/chats/chat.js';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand, type CommandContext } from './command.js';

// "thứ 2", "t2", "thu hai", "chủ nhật", "cn", "monday"… folded.
const WEEKDAYS: Record<string, number> = {
  thu2: 1, t2: 1, thuhai: 1, hai: 1, monday: 1, mon: 1,
  thu3: 2, t3: 2, thuba: 2, ba: 2, tuesday: 2, tue: 2,
  thu4: 3, t4: 3, thutu: 3, tu: 3, wednesday: 3, wed: 3,
  thu5: 4, t5: 4, thunam: 4, nam: 4, thursday: 4, thu: 4,
  thu6: 5, t6: 5, thusau: 5, sau: 5, friday: 5, fri: 5,
  thu7: 6, t7: 6, thubay: 6, bay: 6, saturday: 6, sat: 6,
  chunhat: 7, cn: 7, sunday: 7, sun: 7,
};
const OFF = ['tat', 'tắt', 'off', 'ngung', 'dung'];
const ON = ['bat', 'on', 'mo'];
const RESET = ['macdinh', 'default', 'reset'];

function describe(ctx: CommandContext, schedule: DigestSchedule): string {
  if (!schedule.enabled) return ctx.t('schedule-off');
  return ctx.t('schedule-current', { weekday: ctx.t(`weekday-${schedule.weekday}`), time: schedule.time });
}

// Words that may sit between the day and the time: "thứ 2 lúc 7:30", "thứ hai vào 7h".
const FILLERS = new Set(['luc', 'vao', 'at']);
const TIME = /^(\d{1,2})(?:[:hg](\d{2})?)?$/;

/** Reads "thứ 2 7:30", "cn 18h", "t6 16:00", "thu 3 9h": a weekday, then a time as its own word. */
function parseSchedule(words: readonly string[]): DigestSchedule | null {
  const folded = words.map((word) => compactKey(word).replace(/[,;]/g, '')).filter((word) => word && !FILLERS.has(word));
  const time = TIME.exec(folded.at(-1) ?? '');
  if (!time) return null;
  const weekday = WEEKDAYS[folded.slice(0, -1).join('')];
  const hour = Number(time[1]);
  const minute = Number(time[2] ?? 0);
  if (!weekday || hour > 23 || minute > 59) return null;
  return { enabled: true, weekday, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/**
 * /lich: when this group gets its weekly digest. "/lich thứ 2 7:30", "/lich tắt", "/lich bật", "/lich mặc
 * định"; without arguments, the current schedule. For the unit's leader (or an admin).
 */
export const scheduleCommand = defineCommand({
  name: 'lich',
  aliases: ['schedule', 'lichbantin'],
  descriptionKey: 'cmd-lich-description',
  usageKey: 'cmd-lich-usage',
  scope: 'group',
  permission: permissions.scheduleEditor,
  args: z.array(z.string().max(20)).max(4),
  async run(ctx, words) {
    const record = ctx.chat.record;
    if (!record || (!record.unitId && !record.isLeadersChat)) throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/lich' });
    const current = scheduleOf(record);
    if (words.length === 0) return { text: describe(ctx, current) };
    const first = compactKey(words.join(' '));
    let next: DigestSchedule | null;
    if (OFF.map(compactKey).includes(first)) next = { ...current, enabled: false };
    else if (ON.includes(first)) next = { ...current, enabled: true };
    else if (RESET.includes(first)) next = null;
    else {
      next = parseSchedule(words);
      if (!next) return { text: `${ctx.t('usage-intro')}\n${ctx.t('cmd-lich-usage')}` };
    }
    await ctx.store.transaction(async (tx) => {
      await tx.chats.setDigestSchedule(record.ref, next);
      await tx.audit.record({ actorId: ctx.actor.memberId, action: 'chat.schedule', entity: 'chat', entityId: record.ref, data: { schedule: next } });
    });
    return { text: `${ctx.t('schedule-saved')} ${describe(ctx, scheduleOf({ ...record, digestSchedule: next }))}` };
  },
});
