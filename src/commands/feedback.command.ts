import { isSkipAnswer } from '../core/plans/confirm-answer.js';
import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { CATEGORIES, type Category, type Channel, type ComplainantContact, type Severity, type Ticket } from '../core/feedback/feedback.js';
import { sensitiveCaseReaders, sensitiveWords } from '../core/feedback/sensitive.js';
import { assertCaseOfThisChat, findTicket } from '../core/feedback/handle.js';
import { createTicket, findLikelyDuplicate, setTicketContact, validateContent } from '../core/feedback/intake.js';
import { parseStatsPeriod, statsPeriodLabel } from '../core/feedback/period.js';
import { reclassifyTicket } from '../core/feedback/reclassify.js';
import { parseReceived, readReceivedPrefix } from '../core/feedback/received.js';
import { parseContact } from '../core/feedback/redact.js';
import { feedbackStatistics, openCases } from '../core/feedback/queries.js';
import {
  guessCategory,
  parseCategory,
  parseChannel,
  parseSeverity,
  parseStatusWords,
  parseUrgencyMarker,
  parseYesNo,
} from '../core/feedback/words.js';
import { isAllowed, permissions } from '../core/members/policy.js';
import { deadlineListScope } from '../core/plans/list-scope.js';
import { compactKey } from '../core/text/vietnamese.js';
import type { Unit } from '../core/units/unit.js';
import { defineCommand, type Choice, type CommandContext, type Reply } from './command.js';
import { categoryName, channelName, statusName, ticketDetails, ticketLineFor, ticketLines } from '../chat/format/ticket-lines.js';
import { echoToUnitGroups } from './unit-groups.js';

interface Draft {
  unitId: number;
  channel?: Channel;
  receivedAt?: string;
  /** false when only the day was given */
  receivedTimeKnown?: boolean;
  content?: string;
  category?: Category;
  severity?: Severity;
  contact?: ComplainantContact | null;
  /** the open case this one may repeat, while the person is asked; then the answer: its code, or null */
  duplicateCandidate?: string;
  duplicateOf?: string | null;
  /** the category and severity were not asked but guessed (one-line intake): the confirmation says so */
  guessed?: boolean;
}

type Complete = Required<Pick<Draft, 'channel' | 'content' | 'category' | 'severity'>> & Draft;

const SKIP = ['boqua', 'khong', 'khongco', 'skip', 'an', 'andanh'];
const CHANNEL_ORDER: Channel[] = ['box', 'hotline', 'direct', 'email', 'portal'];
const TICKET_CODE = /^PA-\d{4}-\d{1,6}$/i;

const channelChoices = (ctx: CommandContext): Choice[] => CHANNEL_ORDER.map((c) => ({ label: channelName(ctx.t, c), value: c }));
const categoryChoices = (ctx: CommandContext): Choice[] => CATEGORIES.map((c) => ({ label: categoryName(ctx.t, c), value: c }));
const severityChoices = (ctx: CommandContext): Choice[] => [
  { label: ctx.t('feedback-severity-normal'), value: 'normal' },
  { label: ctx.t('feedback-severity-urgent'), value: 'urgent' },
];
const duplicateChoices = (ctx: CommandContext, code: string): Choice[] => [
  { label: ctx.t('feedback-duplicate-same', { code }), value: 'same' },
  { label: ctx.t('feedback-duplicate-new'), value: 'new' },
];

/** The unit whose log book this chat keeps: the group's, or in private the one unit the person logs for. */
async function feedbackUnit(ctx: CommandContext): Promise<Unit> {
  if (ctx.chat.unit) return ctx.chat.unit;
  if (ctx.chat.kind === 'group') throw new DomainError('chat.not_bound', 'chat-not-bound', { command: '/phananh' });
  const ids = [
    ...new Set(
      ctx.actor.grants
        .filter((g) => g.unitId !== null && ['focal_point', 'deputy', 'feedback_handler'].includes(g.role))
        .map((g) => g.unitId!),
    ),
  ];
  if (ids.length !== 1) throw new DomainError('feedback.which_unit', 'feedback-which-unit');
  return (await ctx.store.units.findById(ids[0]!))!;
}

async function save(ctx: CommandContext, draft: Complete): Promise<Reply> {
  const duplicate = draft.duplicateOf ? await ctx.store.feedback.findByCode(draft.duplicateOf) : null;
  const ticket = await createTicket(ctx.store, {
    actor: ctx.actor,
    unitId: draft.unitId,
    channel: draft.channel,
    receivedAt: draft.receivedAt ? new Date(draft.receivedAt) : ctx.now,
    receivedTimeKnown: draft.receivedTimeKnown ?? true,
    content: draft.content,
    category: draft.category,
    severity: draft.severity,
    contact: draft.contact ?? null,
    duplicateOf: duplicate,
    now: ctx.now,
    timezone: ctx.chat.timezone,
    calendar: ctx.calendar,
    policy: ctx.settings.feedbackSla,
  });
  await ctx.flow.end();
  if (ticket.sensitive) return savedSensitive(ctx, draft, ticket, duplicate !== null);
  const saved = async (t: CommandContext['t']) => [
    t(duplicate ? 'feedback-linked-saved' : 'feedback-saved', { code: ticket.code, main: duplicate?.code ?? '' }),
    await ticketLineFor(t, ctx.store, ticket),
  ];
  const lines = await saved(ctx.t);
  // logged in private: the unit's group still sees the code, the category and the redacted line
  const toGroups = await echoToUnitGroups(ctx, draft.unitId, 'feedback-logged-in-private', async (t) => (await saved(t)).join('\n'));
  if (ticket.status === 'acknowledged') lines.push(ctx.t('feedback-praise-acknowledged'));
  if (draft.guessed && !duplicate) {
    lines.push(
      ctx.t('feedback-guessed', {
        code: ticket.code,
        category: categoryName(ctx.t, ticket.category),
        severity: ctx.t(`feedback-severity-${ticket.severity}`),
      }),
    );
  }
  if (ctx.chat.kind === 'group' && !draft.contact && ticket.status !== 'acknowledged')
    lines.push(ctx.t('feedback-contact-private', { code: ticket.code }));
  // The unit's handlers get the whole case in private, contact included; praise and duplicates need nobody.
  const handlers = duplicate || ticket.status === 'acknowledged' ? [] : await ctx.store.members.withRole('feedback_handler', draft.unitId);
  const contact = await ctx.store.feedback.contactOf(ticket.id);
  const unit = await ctx.store.units.findById(draft.unitId);
  const notices = handlers
    .filter((h) => h.memberId !== ctx.actor.memberId)
    .map((h) => ({
      member: h.memberId,
      text: `${ctx.t('feedback-new-for-handler', { unit: unit?.name ?? '', code: ticket.code })}\n${ticketDetails(ctx.t, ticket, contact, [], ctx.chat.timezone)}`,
    }));
  return { text: lines.join('\n'), notices: [...toGroups, ...notices] };
}

/**
 * A sensitive case (tiêu cực, nhũng nhiễu) is announced in a group only as received and to be handled apart,
 * with its code: no summary, no category. The whole case goes in private to the unit's leaders and the feedback
 * handlers of the unit and the Department. The message that held the words, typed in a group, is cleaned up
 * (`confidentialIn`); one answering the category question with "tiêu cực" holds nothing to clean.
 */
async function savedSensitive(ctx: CommandContext, draft: Complete, ticket: Ticket, duplicate: boolean): Promise<Reply> {
  const neutral = ctx.t('feedback-saved-sensitive', { code: ticket.code });
  const toGroups = await echoToUnitGroups(ctx, draft.unitId, 'feedback-logged-in-private', (t) =>
    t('feedback-saved-sensitive', { code: ticket.code }),
  );
  const lines = [neutral];
  if (ctx.chat.kind === 'private') lines.push(ctx.t('feedback-sensitive-private-note', { code: ticket.code }));
  else if (!draft.contact) lines.push(ctx.t('feedback-contact-private', { code: ticket.code }));
  const readers = duplicate ? [] : await sensitiveCaseReaders(ctx.store, draft.unitId);
  const contact = await ctx.store.feedback.contactOf(ticket.id);
  const unit = await ctx.store.units.findById(draft.unitId);
  const notices = readers
    .filter((member) => member !== ctx.actor.memberId)
    .map((member) => ({
      member,
      text: `${ctx.t('feedback-new-sensitive', { unit: unit?.name ?? '', code: ticket.code })}\n${ticketDetails(ctx.t, ticket, contact, [], ctx.chat.timezone)}`,
    }));
  return { text: lines.join('\n'), notices: [...toGroups, ...notices] };
}

/**
 * A case's words typed in a message are kept (in the case, or in its draft until the next answer): the clean-up
 * of a group message holding a phone says so. Those of a sensitive case are not for the group at all: the
 * message is cleaned up whatever it holds.
 */
const confidentialIn = (ctx: CommandContext, typed: string, reply: Reply): Reply => ({
  ...reply,
  kept: true,
  ...(ctx.chat.kind === 'group' && sensitiveWords(typed) !== null ? { confidential: 'case' as const } : {}),
});

/** Asks for what the case still lacks, in order; saves when nothing is missing. */
async function next(ctx: CommandContext, draft: Draft): Promise<Reply> {
  if (!draft.channel) {
    await ctx.flow.ask('channel', { ...draft }, channelChoices(ctx));
    return { text: ctx.t('feedback-ask-channel'), choices: channelChoices(ctx) };
  }
  if (!draft.receivedAt) {
    const choices = [
      { label: ctx.t('feedback-received-today'), value: 'hom nay' },
      { label: ctx.t('feedback-received-yesterday'), value: 'hom qua' },
    ];
    await ctx.flow.ask('received', { ...draft }, choices);
    return { text: ctx.t('feedback-ask-received'), choices };
  }
  if (!draft.content) {
    await ctx.flow.ask('content', { ...draft });
    return { text: ctx.t('feedback-ask-content') };
  }
  if (draft.duplicateOf === undefined) {
    const duplicate = await findLikelyDuplicate(ctx.store, draft.unitId, draft.content, ctx.now);
    if (duplicate) {
      const choices = duplicateChoices(ctx, duplicate.code);
      await ctx.flow.ask('duplicate', { ...draft, duplicateCandidate: duplicate.code }, choices);
      // The question is read by the whole group: the case is shown as a group may see it.
      return { text: `${ctx.t('feedback-duplicate-ask')}\n${await ticketLineFor(ctx.t, ctx.store, duplicate)}`, choices };
    }
    draft.duplicateOf = null;
  }
  if (!draft.category) {
    await ctx.flow.ask('category', { ...draft }, categoryChoices(ctx));
    // the guess a one-line intake would make, offered as a hint; the list keeps its order (its numbers)
    const guess = guessCategory(draft.content);
    const text =
      guess === 'other'
        ? ctx.t('feedback-ask-category')
        : ctx.t('feedback-ask-category-guess', { category: categoryName(ctx.t, guess), number: CATEGORIES.indexOf(guess) + 1 });
    return { text, choices: categoryChoices(ctx) };
  }
  if (!draft.severity) {
    if (draft.category === 'praise') return next(ctx, { ...draft, severity: 'normal' });
    // tiêu cực, nhũng nhiễu is always urgent: nothing to ask
    if (draft.category === 'misconduct') return next(ctx, { ...draft, severity: 'urgent' });
    await ctx.flow.ask('severity', { ...draft }, severityChoices(ctx));
    return { text: ctx.t('feedback-ask-severity'), choices: severityChoices(ctx) };
  }
  if (draft.contact === undefined) {
    // A contact typed in a group is read by the whole group: there the bot asks for it in private instead.
    if (ctx.chat.kind === 'group') return next(ctx, { ...draft, contact: null });
    const choices = [{ label: ctx.t('feedback-contact-skip'), value: 'skip' }];
    await ctx.flow.ask('contact', { ...draft }, choices);
    return { text: ctx.t('feedback-ask-contact'), choices };
  }
  return save(ctx, draft as Complete);
}

async function resume(ctx: CommandContext, step: string, data: Draft, input: { text: string; choice: string | null }): Promise<Reply> {
  const words = input.text.split(/\s+/).filter(Boolean);
  const again = async (key: string, choices?: Choice[]) => {
    await ctx.flow.ask(step, { ...data }, choices);
    return { text: ctx.t(key), choices };
  };
  switch (step) {
    case 'channel': {
      const channel = (input.choice as Channel | null) ?? parseChannel(words)?.value ?? null;
      return channel ? next(ctx, { ...data, channel }) : again('feedback-ask-channel', channelChoices(ctx));
    }
    case 'received': {
      const received = parseReceived(input.choice ?? input.text, ctx.now, ctx.chat.timezone);
      return next(ctx, { ...data, receivedAt: received.at.toISOString(), receivedTimeKnown: received.timeKnown });
    }
    case 'content': {
      if (input.text.trim().length === 0) return again('feedback-ask-content');
      return confidentialIn(ctx, input.text, await next(ctx, { ...data, content: validateContent(input.text) }));
    }
    case 'duplicate': {
      const candidate = data.duplicateCandidate;
      const { duplicateCandidate: _asked, ...rest } = data;
      // "1"/"2", a button, "có"/"không" (with or without diacritics), or the candidate's own code
      let answer = input.choice;
      if (!answer && candidate && compactKey(input.text) === compactKey(candidate)) answer = 'same';
      const yes = answer ? null : parseYesNo(words);
      if (yes !== null) answer = yes ? 'same' : 'new';
      // a question asked before this answer's wording offered the case's code itself as the value
      if (answer && TICKET_CODE.test(answer)) return next(ctx, { ...rest, duplicateOf: answer });
      if (!candidate || answer === 'new') return next(ctx, { ...rest, duplicateOf: null });
      if (answer === 'same') return next(ctx, { ...rest, duplicateOf: candidate });
      const choices = duplicateChoices(ctx, candidate);
      await ctx.flow.ask('duplicate', { ...data }, choices);
      return { text: ctx.t('feedback-duplicate-again', { code: candidate }), choices };
    }
    case 'category': {
      const category = (input.choice as Category | null) ?? parseCategory(words)?.value ?? null;
      return category ? next(ctx, { ...data, category }) : again('feedback-ask-category', categoryChoices(ctx));
    }
    case 'severity': {
      const severity = (input.choice as Severity | null) ?? parseSeverity(words)?.value ?? null;
      return severity ? next(ctx, { ...data, severity }) : again('feedback-ask-severity', severityChoices(ctx));
    }
    case 'contact': {
      if (input.choice === 'skip' || SKIP.includes(compactKey(input.text)) || isSkipAnswer(input.text))
        return next(ctx, { ...data, contact: null });
      if (input.text.trim().length < 3) return again('feedback-ask-contact');
      return next(ctx, { ...data, contact: parseContact(input.text) });
    }
    default:
      await ctx.flow.end();
      return { text: ctx.t('cancel-nothing') };
  }
}

async function statistics(ctx: CommandContext, words: string[]): Promise<Reply> {
  const scope = await deadlineListScope(ctx.store, { actor: ctx.actor, chat: ctx.chat });
  const period = parseStatsPeriod(words, ctx.today);
  const {
    stats,
    backlog: late,
    byUnit,
  } = await feedbackStatistics(ctx.store, {
    unitIds: scope.unitIds,
    period,
    today: ctx.today,
    timezone: ctx.chat.timezone,
  });
  const t = ctx.t;
  const joinCounts = (entries: Array<[string, number]>, name: (key: string) => string) =>
    entries
      .filter(([, n]) => n > 0)
      .map(([key, n]) => `${name(key)} ${n}`)
      .join(' · ') || '—';
  const rate =
    stats.onTimeRate === null
      ? t('feedback-rate-none')
      : new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 1 }).format(stats.onTimeRate);
  const lines = [
    t('feedback-stats-head', { who: scope.unit?.name ?? t('all-units'), period: statsPeriodLabel(ctx.t, period), count: stats.total }),
    t('feedback-stats-channels', { list: joinCounts(Object.entries(stats.byChannel), (k) => channelName(t, k)) }),
    t('feedback-stats-categories', {
      // in a group, cases of misconduct are counted without saying what they are about
      list: joinCounts(Object.entries(stats.byCategory), (k) =>
        k === 'misconduct' && ctx.chat.kind === 'group' ? t('feedback-sensitive-label') : categoryName(t, k),
      ),
    }),
    t('feedback-stats-statuses', { list: joinCounts(Object.entries(stats.byStatus), (k) => statusName(t, k)) }),
    t('feedback-stats-on-time', { rate, onTime: stats.closedOnTime, late: stats.closedLate, overdue: stats.openOverdue }),
    late.length === 0
      ? t('feedback-stats-backlog-none')
      : t('feedback-stats-backlog', {
          count: late.length,
          codes: late
            .slice(0, 10)
            .map((x) => x.code)
            .join(', '),
        }),
  ];
  // Over several units, a line per unit; a Department leader also gets the table as a spreadsheet.
  if (scope.unit === null && byUnit.length > 0) {
    const names = new Map((await ctx.store.units.list()).map((unit) => [unit.id, unit]));
    const rows = byUnit.map((row) => ({ ...row, unitName: names.get(row.unitId)?.name ?? String(row.unitId) }));
    lines.push(t('feedback-stats-by-unit'));
    for (const row of rows) lines.push(t('feedback-stats-unit-line', { unit: names.get(row.unitId)?.shortName ?? row.unitName, ...row }));
    if (isAllowed(ctx.actor, permissions.leader, null)) {
      const title = t('feedback-xlsx-title', { period: statsPeriodLabel(ctx.t, period) });
      // the spreadsheet library is loaded when a leader first asks, not at every start
      const { renderFeedbackStatsXlsx } = await import('../exports/feedback-stats-xlsx.js');
      const data = await renderFeedbackStatsXlsx({ title, rows }, t);
      const name = `thong-ke-phan-anh-${period.from}.xlsx`;
      return {
        text: lines.join('\n'),
        files: [{ kind: 'document', name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data }],
      };
    }
  }
  return { text: lines.join('\n') };
}

async function show(ctx: CommandContext, code: string): Promise<Reply> {
  const ticket = await findTicket(ctx.store, code);
  const scope = await ctx.store.units.ancestorIds(ticket.unitId);
  if (!isAllowed(ctx.actor, permissions.unitMember, scope))
    throw new DomainError('feedback.forbidden', 'feedback-forbidden-view', { code: ticket.code });
  await assertCaseOfThisChat(ctx.store, ticket, ctx.chat.unit?.id ?? null);
  // The whole case only in private, and only for those who handle or lead.
  if (ctx.chat.kind === 'private' && isAllowed(ctx.actor, permissions.feedbackReader, scope)) {
    const contact = await ctx.store.feedback.contactOf(ticket.id);
    return { text: ticketDetails(ctx.t, ticket, contact, await ctx.store.feedback.actionsOf(ticket.id), ctx.chat.timezone) };
  }
  return { text: await ticketLineFor(ctx.t, ctx.store, ticket) };
}

async function listOpen(ctx: CommandContext): Promise<Reply> {
  const scope = await deadlineListScope(ctx.store, { actor: ctx.actor, chat: ctx.chat });
  const open = await openCases(ctx.store, scope.unitIds);
  if (open.length === 0) return { text: ctx.t('feedback-open-none', { who: scope.unit?.name ?? ctx.t('all-units') }) };
  const names = scope.unit ? null : new Map((await ctx.store.units.list()).map((u) => [u.id, u.shortName ?? u.name]));
  const lines = await ticketLines(ctx.t, ctx.store, open.slice(0, 20), names ? { unitName: (id) => names.get(id) ?? '' } : {});
  if (open.length > 20) lines.push(ctx.t('list-more', { count: open.length - 20 }));
  return { text: [ctx.t('feedback-open-head', { who: scope.unit?.name ?? ctx.t('all-units'), count: open.length }), ...lines].join('\n') };
}

/**
 * /phananh lienhe <mã> <họ tên, số điện thoại>: the complainant's contact, stored apart. Typed in a group by
 * mistake it is saved all the same (nothing is lost), and the message is cleaned up: deleted where the platform
 * lets the bot, its sender asked to recall it elsewhere.
 */
async function addContact(ctx: CommandContext, code: string, text: string): Promise<Reply> {
  const contact = parseContact(text);
  if (!contact.name && !contact.phone && !contact.email && !contact.idNumber)
    throw new DomainError('feedback.contact_empty', 'feedback-contact-empty');
  const inGroup = ctx.chat.kind === 'group';
  const ticket = await setTicketContact(ctx.store, {
    actor: ctx.actor,
    code,
    contact,
    chatUnitId: inGroup ? (ctx.chat.unit?.id ?? null) : null,
  });
  if (!inGroup) return { text: ctx.t('feedback-contact-saved', { code: ticket.code }) };
  return { text: ctx.t('feedback-contact-saved-group', { code: ticket.code }), confidential: 'contact' };
}

/** /phananh <mã> loai <loại> | muc <khẩn|thường>: corrects what a one-line intake guessed. */
async function reclassify(ctx: CommandContext, code: string, what: string, words: string[]): Promise<Reply> {
  const category = what === 'category' ? (parseCategory(words)?.value ?? null) : undefined;
  const severity = what === 'severity' ? (parseSeverity(words)?.value ?? null) : undefined;
  if (category === null || severity === null || words.length === 0)
    throw new DomainError('feedback.reclassify_usage', 'feedback-reclassify-usage', { code: code.toUpperCase() });
  const { before, after } = await reclassifyTicket(ctx.store, {
    actor: ctx.actor,
    code,
    ...(category ? { category } : {}),
    ...(severity ? { severity } : {}),
    now: ctx.now,
    timezone: ctx.chat.timezone,
    calendar: ctx.calendar,
    policy: ctx.settings.feedbackSla,
    chatUnitId: ctx.chat.unit?.id ?? null,
  });
  // a sensitive case's category is not told where a group may read it
  const head = after.sensitive
    ? ctx.t('feedback-marked-sensitive', { code: after.code })
    : ctx.t('feedback-reclassified', {
        code: after.code,
        category: categoryName(ctx.t, after.category),
        severity: ctx.t(`feedback-severity-${after.severity}`),
      });
  const lines = [head, await ticketLineFor(ctx.t, ctx.store, after)];
  if (before.slaDue !== after.slaDue) lines.push(ctx.t('feedback-reclassified-sla'));
  return { text: lines.join('\n') };
}

const RECLASSIFY_WORDS: Record<string, 'category' | 'severity'> = {
  loai: 'category',
  phanloai: 'category',
  category: 'category',
  muc: 'severity',
  mucdo: 'severity',
  severity: 'severity',
};

/** /phananh: the unit's log book of complaint-box, hotline and in-person feedback. */
// official style writes quarters in Roman numerals: "quý IV/2026"

const READ_WORDS = ['thongke', 'tk', 'ds', 'danhsach', 'tondong'];

export const feedbackCommand = defineCommand({
  name: 'phananh',
  aliases: ['gopy', 'feedback'],
  descriptionKey: 'cmd-phananh-description',
  usageKey: 'cmd-phananh-usage',
  scope: 'any',
  permission: permissions.anyone,
  // the lists and statistics reveal a unit's cases: seen exactly where the unit's tasks are (/nhiemvu)
  permissionFor: (words) => (READ_WORDS.includes(compactKey(words[0] ?? '')) ? permissions.unitMember : null),
  args: z.array(z.string()).max(800),
  async run(ctx, words) {
    const sub = compactKey(words[0] ?? '');
    if (sub === 'thongke' || sub === 'tk') return statistics(ctx, words.slice(1));
    if ((sub === 'xem' || sub === 'chitiet') && words[1]) return show(ctx, words[1]);
    if (sub === 'ds' || sub === 'danhsach' || sub === 'tondong') return listOpen(ctx);
    if (sub === 'lienhe' && words[1]) return addContact(ctx, words[1], words.slice(2).join(' '));
    if (TICKET_CODE.test(words[0] ?? '')) {
      if (words.length === 1) return show(ctx, words[0]!);
      const what = RECLASSIFY_WORDS[compactKey(words[1] ?? '')];
      // "/phananh PA-… xong …": a handling result, which /xuly records (the note is not echoed: it may name people)
      const status = what ? null : parseStatusWords(words.slice(1));
      if (status)
        return {
          text: ctx.t('feedback-handle-with-xuly', {
            code: words[0]!.toUpperCase(),
            // back to "received" is said "mở lại", as /xuly's usage says it
            status: status.value === 'received' ? ctx.t('feedback-status-reopen') : statusName(ctx.t, status.value),
          }),
        };
      if (!what) throw new DomainError('feedback.reclassify_usage', 'feedback-reclassify-usage', { code: words[0]!.toUpperCase() });
      return reclassify(ctx, words[0]!, what, words.slice(2));
    }

    const unit = await feedbackUnit(ctx);
    if (!isAllowed(ctx.actor, permissions.feedbackIntake, await ctx.store.units.ancestorIds(unit.id))) {
      throw new DomainError('feedback.forbidden', 'feedback-forbidden-intake', { unit: unit.name });
    }
    if (words.length === 0) return next(ctx, { unitId: unit.id });
    const channel = parseChannel(words);
    if (!channel) throw new DomainError('feedback.channel', 'feedback-unknown-channel', { word: words[0]!.slice(0, 30) });
    const afterChannel = words.slice(channel.used);
    // "/phananh hotline khẩn …": an urgency word right after the channel
    const urgency = parseUrgencyMarker(afterChannel);
    const afterUrgency = urgency ? afterChannel.slice(urgency.used) : afterChannel;
    // "/phananh hòm thư ngày 18/11 …": the day it came in, when the line starts by saying it
    const said = readReceivedPrefix(afterUrgency, ctx.now, ctx.chat.timezone);
    const content = (said ? afterUrgency.slice(said.used) : afterUrgency).join(' ');
    if (!content) return next(ctx, { unitId: unit.id, channel: channel.value, receivedAt: ctx.now.toISOString() });
    // One line: received now, category guessed from the words, severity as marked (normal otherwise); the
    // confirmation says both and how to correct them. A likely duplicate still asks.
    const reply = await next(ctx, {
      unitId: unit.id,
      channel: channel.value,
      receivedAt: (said?.received.at ?? ctx.now).toISOString(),
      receivedTimeKnown: said ? said.received.timeKnown : true,
      content: validateContent(content),
      category: guessCategory(content),
      severity: urgency?.value ?? 'normal',
      contact: ctx.chat.kind === 'group' ? null : undefined,
      guessed: true,
    });
    return confidentialIn(ctx, content, reply);
  },
  async resume(ctx, state, input) {
    return resume(ctx, state.step, state.data as unknown as Draft, input);
  },
});
