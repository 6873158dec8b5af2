import { z } from 'zod';
import { dayWithWeekday } from '../chat/format/due-lines.js';
import { formatDateVi } from '../core/dates/local-date.js';
import { DomainError } from '../core/errors.js';
import { setLeave } from '../core/members/leave.js';
import { endsLeave, leaveArguments } from '../core/members/leave-words.js';
import { compactKey } from '../core/text/vietnamese.js';
import { permissions } from '../core/members/policy.js';
import { type CommandContext, defineCommand, type Reply } from './command.js';

// the words around the days: "từ … đến …", "tới", "-"
const LINK_WORDS = ['den', 'toi', 'tu', 'ngay', '-', '–'];

/**
 * /nghiphep đến <dd/mm[/yyyy]> [@tên]: a focal point on leave; until then reminders go to the deputy.
 * "/nghiphep huy" ends it early. Anyone with a role may set their own leave; an admin may set anyone's.
 */
export const leaveCommand = defineCommand({
  name: 'nghiphep',
  aliases: ['leave', 'vangmat'],
  descriptionKey: 'cmd-nghiphep-description',
  usageKey: 'cmd-nghiphep-usage',
  scope: 'any',
  // Only someone with a role may set their own leave (a stranger has no reminders to move); setLeave lets an
  // admin set anyone's.
  permission: permissions.member,
  args: z.array(z.string().max(40)).max(4),
  async run(ctx, words) {
    // "/nghiphep" alone: asked until when, and the answer read as the command reads its words
    if (words.length === 0) {
      await ctx.flow.ask('until', {});
      return { text: ctx.t('leave-ask-until') };
    }
    const days = leaveDays(words);
    if (days !== null) return askLastDay(ctx, days);
    return applyLeave(ctx, words);
  },
  async resume(ctx, _state, input) {
    // the last day offered for "nghỉ 3 ngày", chosen, or a day typed
    const words = leaveArguments(input.choice ?? input.text, ctx.today)
      .split(/\s+/)
      .filter(Boolean);
    // an answer naming no day ("không biết") is asked again, not refused as a bad date
    const namesDay = words.some((w) => /^\d{1,2}[/.-]\d{1,2}/.test(w)) || endsLeave(words.join(' '));
    if (!namesDay || words.length > 4) {
      await ctx.flow.ask('until', {});
      return { text: ctx.t('leave-ask-until-again') };
    }
    await ctx.flow.end();
    return applyLeave(ctx, words);
  },
});

/** "3 ngày", "2 ngày làm việc": leave told by its length, in days; null for anything else. */
function leaveDays(words: readonly string[]): number | null {
  const told = /^(\d{1,2})ngay(?:lamviec|phep)?$/.exec(compactKey(words.join('')).replace(/(?:nhe|nha|a)$/, ''));
  const days = told ? Number(told[1]) : 0;
  return days >= 1 && days <= 60 ? days : null;
}

/**
 * Leave told by its length ("nghỉ phép 3 ngày") is asked its last day, offered as the days' working days from
 * today (leave is counted in working days: a weekend or a holiday in between does not use it up).
 */
async function askLastDay(ctx: CommandContext, days: number): Promise<Reply> {
  const first = ctx.calendar.workingDayOnOrAfter(ctx.today);
  const last = ctx.calendar.addWorkingDays(first, days - 1);
  const day = dayWithWeekday(ctx.t, last);
  const choices = [{ label: ctx.t('leave-days-choice', { day }), value: formatDateVi(last) }];
  await ctx.flow.ask('until', {}, choices);
  return { text: ctx.t('leave-days-ask', { days, day }), choices };
}

async function applyLeave(ctx: CommandContext, words: readonly string[]): Promise<Reply> {
  const target = words.find((w) => w.startsWith('@'));
  // "đến 18/12", "từ 14/12 đến 18/12", "14/12 - 18/12": the last of the days is when the leave ends
  const rest = words.filter((w) => w !== target && !LINK_WORDS.includes(compactKey(w)));
  // "hủy", "đi làm lại": the leave ends today
  const ending = endsLeave(rest.join(' '));
  const days = ending ? [] : rest;
  if (!ending && (days.length === 0 || days.length > 2)) throw new DomainError('leave.usage', 'leave-usage');
  const result = await setLeave(ctx.store, {
    actor: ctx.actor,
    targetUsername: target ? target.slice(1) : null,
    until: ending ? null : days[days.length - 1]!,
    from: days.length === 2 ? days[0]! : null,
    today: ctx.today,
  });
  if (result.until === null) return { text: ctx.t(result.wasOnLeave ? 'leave-ended' : 'leave-none', { name: result.name }) };
  return { text: ctx.t(result.focalPoint ? 'leave-set' : 'leave-set-not-focal', { name: result.name, until: formatDateVi(result.until) }) };
}
