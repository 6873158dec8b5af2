import { z } from 'zod';
import { addDays, formatDateVi, isLocalDate, type LocalDate, localDate, parts } from '../core/dates/local-date.js';
import { DomainError } from '../core/errors.js';
import { boxDaysLate, nextBoxOpening, recordBoxOpening, SameDayOpening, setBoxCadence, witnessesFrom } from '../core/feedback/box.js';
import { parseYesNo } from '../core/feedback/words.js';
import { permissions } from '../core/members/policy.js';
import { compactKey } from '../core/text/vietnamese.js';
import type { Unit } from '../core/units/unit.js';
import { defineCommand, type Choice, type CommandContext, type Reply } from './command.js';

function parseDay(word: string, ctx: CommandContext): LocalDate | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(word);
  if (!match) return null;
  const date = localDate(match[3] ? Number(match[3]) : parts(ctx.today).year, Number(match[2]), Number(match[1]));
  if (!isLocalDate(date)) throw new DomainError('feedback.bad_date', 'feedback-bad-date', { text: word });
  return date;
}

/** "hôm nay", "hom qua", "20/11", "ngày 20/11" at `at`: the day and how many words it took. */
function dayAt(ctx: CommandContext, words: readonly string[], at: number): { day: LocalDate; used: number } | null {
  const skip = compactKey(words[at] ?? '') === 'ngay' && words[at + 1] !== undefined ? 1 : 0;
  const two = compactKey(`${words[at + skip] ?? ''} ${words[at + skip + 1] ?? ''}`);
  if (two === 'homnay') return { day: ctx.today, used: skip + 2 };
  if (two === 'homqua') return { day: addDays(ctx.today, -1), used: skip + 2 };
  const day = words[at + skip] ? parseDay(words[at + skip]!, ctx) : null;
  return day ? { day, used: skip + 1 } : null;
}

/**
 * An opening as people write it: "3", "3 thư 18/11 Nguyễn Văn A", "mở hôm nay 2 thư", "đã mở ngày 18/11 được
 * 3 lá thư, chứng kiến: …". "7 ngày" is a cadence, not seven letters: it is answered with how to set one.
 */
function readOpening(ctx: CommandContext, typed: readonly string[]): PendingOpening {
  // "thư,", "18/11,": the sentence's commas do not belong to the words
  const words = typed.map((word) => word.replace(/[,;]+$/, ''));
  let at = 0;
  while (at < words.length && ['mo', 'da', 'vua', 'damo', 'vuamo', 'duoc'].includes(compactKey(words[at]!))) at += 1;
  const before = dayAt(ctx, words, at);
  if (before) at += before.used;
  while (at < words.length && ['duoc', 'co'].includes(compactKey(words[at]!))) at += 1;
  const count = /^(\d{1,4})(?:thư|thu)?$/iu.exec(words[at] ?? '');
  if (!count) throw new DomainError('box.usage', 'box-usage');
  at += 1;
  // "3 thư", "3 lá thư": the word for letters belongs to the count, wherever a witness named Thu may come later
  if (compactKey(words[at] ?? '') === 'la' && compactKey(words[at + 1] ?? '') === 'thu') at += 2;
  else if (['thu', 'letters'].includes(compactKey(words[at] ?? ''))) at += 1;
  const after = before ? null : dayAt(ctx, words, at);
  if (after) at += after.used;
  // "7 ngày (một lần)" and nothing more: how often, not an opening ("Tuấn", "Ngân" after a count are witnesses)
  else if (!before && compactKey(words[at] ?? '') === 'ngay' && ['', 'motlan', '1lan'].includes(compactKey(words.slice(at + 1).join(' '))))
    throw new DomainError('box.usage_cadence', 'box-usage-cadence', { days: Number(count[1]) });
  return {
    openedOn: before?.day ?? after?.day ?? ctx.today,
    letters: Number(count[1]),
    witnesses: witnessesFrom(
      typed
        .slice(at)
        .join(' ')
        .replace(/^[\s,;:.-]+/, ''),
    ),
  };
}

function boundUnit(ctx: CommandContext): Unit {
  if (!ctx.chat.unit) throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/homthu' });
  return ctx.chat.unit;
}

/** The unit's cadence in days (0: it keeps no box), as the reminders use it. */
async function cadenceOf(ctx: CommandContext, unit: Unit): Promise<number> {
  return (await ctx.store.feedback.boxSchedules()).find((s) => s.unitId === unit.id)?.cadenceDays ?? 0;
}

async function status(ctx: CommandContext, unit: Unit): Promise<Reply> {
  const last = await ctx.store.feedback.lastBoxOpening(unit.id);
  const cadence = await cadenceOf(ctx, unit);
  const head = last ? ctx.t('box-last', { date: formatDateVi(last.openedOn), letters: last.letters }) : ctx.t('box-never');
  if (cadence === 0) return { text: [head, ctx.t('box-no-schedule')].join('\n') };
  const due = nextBoxOpening(last?.openedOn ?? null, cadence, ctx.today);
  const late = boxDaysLate(last?.openedOn ?? null, cadence, ctx.today);
  return { text: [head, ctx.t(late > 0 ? 'box-late' : 'box-next', { date: formatDateVi(due), days: late, cadence })].join('\n') };
}

/** "/homthu lich 14", "lich 2 tuan", "lich mac dinh", "lich 0" (no box); alone: the current cadence. */
async function schedule(ctx: CommandContext, unit: Unit, words: string[]): Promise<Reply> {
  const key = compactKey(words.join(' '));
  if (key === '') {
    const cadence = await cadenceOf(ctx, unit);
    return { text: cadence === 0 ? ctx.t('box-no-schedule') : ctx.t('box-cadence-current', { unit: unit.name, cadence }) };
  }
  let days: number | null;
  const counted = /^(\d{1,3})(ngay|days?|tuan|weeks?)?$/.exec(key);
  if (['macdinh', 'default'].includes(key)) days = null;
  else if (['tuan', 'hangtuan', 'week', 'weekly'].includes(key)) days = 7;
  else if (counted) days = Number(counted[1]) * (counted[2]?.startsWith('tuan') || counted[2]?.startsWith('week') ? 7 : 1);
  else throw new DomainError('box.cadence_usage', 'box-cadence-usage');
  await setBoxCadence(ctx.store, { actor: ctx.actor, unitId: unit.id, days });
  const cadence = await cadenceOf(ctx, unit);
  if (cadence === 0) return { text: ctx.t('box-cadence-none-set', { unit: unit.name }) };
  const last = await ctx.store.feedback.lastBoxOpening(unit.id);
  return {
    text: ctx.t('box-cadence-set', {
      unit: unit.name,
      cadence,
      date: formatDateVi(nextBoxOpening(last?.openedOn ?? null, cadence, ctx.today)),
    }),
  };
}

interface PendingOpening {
  openedOn: LocalDate;
  letters: number;
  witnesses: string | null;
}

const sameDayChoices = (ctx: CommandContext): Choice[] => [
  { label: ctx.t('box-same-day-add'), value: 'add' },
  { label: ctx.t('box-same-day-drop'), value: 'drop' },
];

async function record(ctx: CommandContext, unit: Unit, opening: PendingOpening, anotherOnSameDay: boolean): Promise<Reply> {
  try {
    const saved = await recordBoxOpening(ctx.store, { actor: ctx.actor, unitId: unit.id, ...opening, today: ctx.today, anotherOnSameDay });
    await ctx.flow.end();
    const text = saved.witnesses
      ? ctx.t('box-recorded', { date: formatDateVi(saved.openedOn), letters: saved.letters, witnesses: saved.witnesses })
      : ctx.t('box-recorded-no-witness', { date: formatDateVi(saved.openedOn), letters: saved.letters });
    return { text };
  } catch (error) {
    if (!(error instanceof SameDayOpening)) throw error;
    const before = error.existing.map((o) => o.letters).join(', ');
    await ctx.flow.ask('same-day', { ...opening }, sameDayChoices(ctx));
    return {
      text: ctx.t('box-same-day-ask', { date: formatDateVi(opening.openedOn), letters: before, count: error.existing.length }),
      choices: sameDayChoices(ctx),
    };
  }
}

/**
 * /homthu <số thư> [ngày] [chứng kiến: …]: records an opening of the unit's complaint box ("/homthu 0" is a
 * record too; a second one on the same day is asked about). /homthu lich <số ngày>: how often the box is opened.
 * Without arguments: when it was last opened and when it is due.
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
    const first = compactKey(words[0] ?? '');
    if (['lich', 'lichmo', 'chuky', 'schedule'].includes(first)) return schedule(ctx, boundUnit(ctx), words.slice(1));
    const unit = boundUnit(ctx);
    if (words.length === 0) return status(ctx, unit);
    return record(ctx, unit, readOpening(ctx, words), false);
  },
  async resume(ctx, state, input) {
    const pending = state.data as unknown as PendingOpening;
    const yes = parseYesNo(input.text.split(/\s+/).filter(Boolean));
    const answer = input.choice ?? (yes === null ? null : yes ? 'add' : 'drop');
    if (answer === 'add') return record(ctx, boundUnit(ctx), pending, true);
    if (answer === 'drop') {
      await ctx.flow.end();
      return { text: ctx.t('box-same-day-dropped') };
    }
    await ctx.flow.ask('same-day', { ...pending }, sameDayChoices(ctx));
    return { text: ctx.t('box-same-day-again'), choices: sameDayChoices(ctx) };
  },
});
