import { z } from 'zod';
import { permissions } from '../core/members/policy.js';
import { type DeadlineWindow, deadlineCounts, deadlineList } from '../core/plans/deadline-list.js';
import { deadlineListScope, type ListScope } from '../core/plans/list-scope.js';
import { foldVietnamese } from '../core/text/vietnamese.js';
import { DAY_NAMED, readDateInWords } from '../core/dates/date-words.js';
import { daysBetween } from '../core/dates/local-date.js';
import { defineCommand, type CommandContext, type Reply } from './command.js';
import { taskLines } from '../chat/format/due-lines.js';
import { LEADER_PAGE_SIZE, type LeaderGrouping, leaderLines } from '../chat/format/leader-deadlines.js';

const MAX_LINES = 25;
// A list over many units is grouped; this many occurrences are read to group (300 units × a few overdue each).
const MAX_GROUPED = 5000;

/** What follows /hanchot or /quahan: a number of days (for /hanchot), a grouping, a page. */
export interface ListWords {
  days: number | null;
  /** "thứ 6", "thứ 6 tuần sau", "15/12": the last day of the window, in words (for /hanchot) */
  until: string | null;
  grouping: LeaderGrouping | null;
  page: number;
}

/**
 * "30", "30 ngày", "theo đơn vị", "theo nhiệm vụ", "trang 2", in any order, with or without diacritics; null
 * when a word is none of these (the usage is shown).
 */
export function readListWords(words: readonly string[]): ListWords | null {
  const text = foldVietnamese(words.join(' '));
  const result: ListWords = { days: null, until: null, grouping: null, page: 1 };
  let rest = text;
  const take = (pattern: RegExp, apply: (match: RegExpExecArray) => void) => {
    const match = pattern.exec(rest);
    if (!match) return;
    apply(match);
    rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
  };
  take(/(?:^|\s)(?:trang|page|xem them)\s*(\d{1,3})(?=\s|$)/, (m) => (result.page = Math.max(1, Number(m[1]))));
  take(/(?:^|\s)(?:theo\s+)?(?:don\s*vi|unit|units)(?=\s|$)/, () => (result.grouping = 'unit'));
  take(/(?:^|\s)(?:theo\s+)?(?:nhiem\s*vu|task|tasks|viec)(?=\s|$)/, () => (result.grouping = 'task'));
  take(DAY_NAMED, (m) => (result.until = m[1]!));
  take(/(?:^|\s)(\d{1,3})(?:\s*(?:ngay|days?))?(?=\s|$)/, (m) => (result.days = Number(m[1])));
  return rest.trim() === '' ? result : null;
}

const listArgs = (allowDays: boolean) =>
  z
    .array(z.string().max(40))
    .max(8)
    .refine((words) => {
      const read = readListWords(words);
      return read !== null && (allowDays || (read.days === null && read.until === null));
    });

/** The command's words again, for the hint that shows the next page or the other grouping (words it reads, from the locales). */
function commandFor(ctx: CommandContext, words: ListWords, change: Partial<ListWords>): string {
  const next = { ...words, ...change };
  return [
    `/${ctx.command}`,
    next.days !== null ? String(next.days) : '',
    next.until ?? '',
    next.grouping === 'unit' ? ctx.t('leader-words-by-unit') : '',
    next.page > 1 ? ctx.t('leader-words-page', { page: next.page }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

async function listDeadlines(
  ctx: CommandContext,
  window: DeadlineWindow,
  keys: { header: string; none: string },
  args: Record<string, string | number>,
  words: ListWords,
): Promise<Reply> {
  const scope: ListScope = await deadlineListScope(ctx.store, { actor: ctx.actor, chat: ctx.chat });
  const grouped = scope.unit === null;
  const [list, [overdue]] = await Promise.all([
    deadlineList(ctx.store, {
      unitIds: scope.unitIds,
      window,
      today: ctx.today,
      calendar: ctx.calendar,
      limit: grouped ? MAX_GROUPED : MAX_LINES,
    }),
    // "nothing due this week" must not read as "nothing owed": what is already late is named beside it
    window.kind === 'upcoming'
      ? deadlineCounts(ctx.store, { unitIds: scope.unitIds, windows: [{ kind: 'overdue' }], today: ctx.today, calendar: ctx.calendar })
      : [0],
  ]);
  const who = scope.unit ? scope.unit.name : ctx.t('all-units');
  const alsoOverdue = overdue ? [ctx.t('upcoming-overdue-too', { count: overdue })] : [];
  if (list.total === 0) return { text: [ctx.t(keys.none, { ...args, who }), ...alsoOverdue].join('\n') };
  const header = ctx.t(keys.header, { ...args, who, count: list.total });
  if (!grouped) {
    const lines = list.items.map((task) => taskLines(ctx, task));
    // a list cut short says where the rest is: the unit's whole list
    const more = list.total > list.items.length ? [ctx.t('list-more-unit', { count: list.total - list.items.length })] : [];
    return { text: [header, ...lines, ...more, ...alsoOverdue].join('\n') };
  }
  // Over many units, one line per task with the units still owing it (or per unit), a page at a time.
  const shortNames = new Map((await ctx.store.units.list()).map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const grouping = words.grouping ?? 'task';
  const lines = leaderLines(ctx, list.items, grouping, shortNames);
  const pages = Math.max(1, Math.ceil(lines.length / LEADER_PAGE_SIZE));
  const page = Math.min(words.page, pages);
  const shown = lines.slice((page - 1) * LEADER_PAGE_SIZE, page * LEADER_PAGE_SIZE).map((line) => line.text);
  const footer = [
    ctx.t(grouping === 'task' ? 'leader-grouped-by-task' : 'leader-grouped-by-unit', {
      other: commandFor(ctx, words, { grouping: grouping === 'task' ? 'unit' : 'task', page: 1 }),
    }),
  ];
  if (page < pages) footer.push(ctx.t('leader-more', { page, pages, next: commandFor(ctx, words, { grouping, page: page + 1 }) }));
  if (list.total > list.items.length) footer.push(ctx.t('list-more-all', { count: list.total - list.items.length }));
  return { text: [header, ...shown, ...footer, ...alsoOverdue].join('\n') };
}

/** /hanchot [số ngày]: deadlines (effective, see deadlineStatus) from today to N days ahead (7 by default). */
export const upcomingCommand = defineCommand({
  name: 'hanchot',
  aliases: ['deadlines', 'sapden'],
  descriptionKey: 'cmd-hanchot-description',
  usageKey: 'cmd-hanchot-usage',
  scope: 'any',
  // what a unit owes is seen where its tasks are (/nhiemvu): by its people and those above it
  permission: permissions.unitMember,
  args: listArgs(true),
  async run(ctx, args) {
    const words = readListWords(args)!;
    // "/hanchot thứ 6": from today to the end of that day
    const until = words.until === null ? null : readDateInWords(words.until, ctx.today);
    const toDay = until !== null && until >= ctx.today ? daysBetween(ctx.today, until) + 1 : null;
    const days = Math.min(Math.max(toDay ?? words.days ?? 7, 1), 365);
    return listDeadlines(ctx, { kind: 'upcoming', days }, { header: 'upcoming-header', none: 'upcoming-none' }, { days }, words);
  },
});

/**
 * /quahan: what is past its effective deadline and still open, the longest overdue first. A last day on a day
 * off ends with the next working day (see deadlineList).
 */
export const overdueCommand = defineCommand({
  name: 'quahan',
  aliases: ['overdue', 'tremhan'],
  descriptionKey: 'cmd-quahan-description',
  usageKey: 'cmd-quahan-usage',
  scope: 'any',
  // what a unit owes is seen where its tasks are (/nhiemvu): by its people and those above it
  permission: permissions.unitMember,
  args: listArgs(false),
  async run(ctx, args) {
    return listDeadlines(ctx, { kind: 'overdue' }, { header: 'overdue-header', none: 'overdue-none' }, {}, readListWords(args)!);
  },
});
