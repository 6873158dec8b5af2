import { z } from 'zod';
import { dayOffLabel } from '../core/calendar/day-off-name.js';
import { calendarYear, removeCalendarDay, setCalendarDay } from '../core/calendar/manage-calendar.js';
import { formatDateVi, parts } from '../core/dates/local-date.js';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';

type Verb = 'list' | 'day_off' | 'working_day' | 'remove';

// What an admin types first ("/ngaynghi thêm …", "/ngaynghi làm bù …", "/ngaynghi xóa …"), folded.
const VERBS: Record<string, Verb> = {
  them: 'day_off',
  nghi: 'day_off',
  add: 'day_off',
  lambu: 'working_day',
  lamviec: 'working_day',
  workday: 'working_day',
  xoa: 'remove',
  bo: 'remove',
  remove: 'remove',
};

function readVerb(words: readonly string[]): { verb: Verb; rest: string[] } {
  const [first = '', second = ''] = words;
  // "làm bù" and "làm việc" are two words
  const two = VERBS[compactKey(`${first}${second}`)];
  if (two) return { verb: two, rest: words.slice(2) };
  const one = VERBS[compactKey(first)];
  if (one) return { verb: one, rest: words.slice(1) };
  return { verb: 'list', rest: [...words] };
}

async function list(ctx: CommandContext, yearWord: string | undefined): Promise<Reply> {
  const year = yearWord ? Number(yearWord) : parts(ctx.today).year;
  if (yearWord && !/^\d{4}$/.test(yearWord)) return { text: `${ctx.t('usage-intro')}\n${ctx.t('cmd-ngaynghi-usage')}` };
  const entries = await calendarYear(ctx.store, year);
  const lines = [ctx.t('holidays-header', { year: String(year) })];
  for (const entry of entries) {
    lines.push(
      ctx.t('holidays-line', {
        date: formatDateVi(entry.date),
        name: dayOffLabel(ctx.t, entry.name),
        kind: entry.kind,
        source: entry.source,
      }),
    );
  }
  return { text: lines.join('\n') };
}

/**
 * /ngaynghi [năm]: the year's days off and make-up working days; an administrator also records an announced
 * day off (/ngaynghi thêm 13/02/2026 Nghỉ Tết), a make-up working day (/ngaynghi làm bù 28/02/2026 …) or
 * removes one (/ngaynghi xóa 13/02/2026). Deadlines follow the change from the next message.
 */
export const holidaysCommand = defineCommand({
  name: 'ngaynghi',
  aliases: ['holidays', 'lichnghi'],
  descriptionKey: 'cmd-ngaynghi-description',
  usageKey: 'cmd-ngaynghi-usage',
  scope: 'any',
  permission: permissions.admin,
  args: z.array(z.string().max(80)).max(30),
  async run(ctx, words) {
    const { verb, rest } = readVerb(words);
    if (verb === 'list') return list(ctx, rest[0]);
    const [date, ...name] = rest;
    if (!date) return { text: `${ctx.t('usage-intro')}\n${ctx.t('cmd-ngaynghi-usage')}` };
    if (verb === 'remove') {
      const removed = await removeCalendarDay(ctx.store, { date, actorId: ctx.actor.memberId });
      const lines = [ctx.t('holidays-removed', { date: formatDateVi(removed.date), name: removed.name })];
      if (removed.redated > 0) lines.push(ctx.t('holidays-redated', { count: removed.redated }));
      return { text: lines.join('\n') };
    }
    const change = await setCalendarDay(ctx.store, { date, kind: verb, name: name.join(' '), actorId: ctx.actor.memberId });
    const lines = [ctx.t('holidays-set', { date: formatDateVi(change.day.date), name: change.day.name, kind: change.day.kind })];
    if (change.replaced) lines.push(ctx.t('holidays-replaced', { name: change.replaced.name }));
    if (change.redated > 0) lines.push(ctx.t('holidays-redated', { count: change.redated }));
    return { text: lines.join('\n') };
  },
});
