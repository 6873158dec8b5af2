import { z } from 'zod';
import { formatDateVi, isLocalDate, localDate, parts } from '../core/dates/local-date.js';
import { DomainError } from '../core/errors.js';
import { boxDaysLate, nextBoxOpening, recordBoxOpening } from '../core/feedback/box.js';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import { defineCommand, type CommandContext } from './command.js';

function parseDay(word: string, ctx: CommandContext): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(word);
  if (!match) return null;
  const date = localDate(match[3] ? Number(match[3]) : parts(ctx.today).year, Number(match[2]), Number(match[1]));
  if (!isLocalDate(date)) throw new DomainError('feedback.bad_date', 'feedback-bad-date', { text: word });
  return date;
}

/**
 * /homthu <số thư> [ngày] [người chứng kiến…]: records an opening of the unit's complaint box ("/homthu 0"
 * is a record too). Without arguments: when it was last opened and when it is due.
 */
export const boxCommand = defineCommand({
  name: 'homthu',
  aliases: ['mohomthu', 'box'],
  descriptionKey: 'cmd-homthu-description',
  usageKey: 'cmd-homthu-usage',
  scope: 'group',
  permission: permissions.feedbackIntake,
  args: z.array(z.string()).max(60),
  async run(ctx, words) {
    const unit = ctx.chat.unit;
    if (!unit) throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/homthu' });
    if (words.length === 0) {
      const last = await ctx.store.feedback.lastBoxOpening(unit.id);
      const schedule = (await ctx.store.feedback.boxSchedules()).find((s) => s.unitId === unit.id);
      const cadence = schedule?.cadenceDays ?? 7;
      const due = nextBoxOpening(last?.openedOn ?? null, cadence, ctx.today);
      const late = boxDaysLate(last?.openedOn ?? null, cadence, ctx.today);
      const head = last ? ctx.t('box-last', { date: formatDateVi(last.openedOn), letters: last.letters }) : ctx.t('box-never');
      return { text: [head, ctx.t(late > 0 ? 'box-late' : 'box-next', { date: formatDateVi(due), days: late, cadence })].join('\n') };
    }
    const count = /^(\d{1,4})$/.exec(words[0]!.replace(/thu$/i, ''));
    if (!count) throw new DomainError('box.usage', 'box-usage');
    const rest = words.slice(1).filter((w) => compactKey(w) !== 'thu');
    const day = rest[0] ? parseDay(rest[0], ctx) : null;
    const witnessWords = (day ? rest.slice(1) : rest).filter((w) => !['chungkien', 'nguoichungkien', 'ck'].includes(compactKey(w.replace(/:$/, ''))));
    const opening = await recordBoxOpening(ctx.store, {
      actor: ctx.actor,
      unitId: unit.id,
      openedOn: day ?? ctx.today,
      letters: Number(count[1]),
      witnesses: witnessWords.join(' ').trim() || null,
      today: ctx.today,
    });
    return { text: ctx.t('box-recorded', { date: formatDateVi(opening.openedOn), letters: opening.letters, witnesses: opening.witnesses ?? '—' }) };
  },
});
