import type { CommandContext, CommandSpec, FlowInput, ReadAheadRequest, Reply } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { ChatRecord } from '../core/chats/chat.js';
import type { OpenTaskRead } from '../core/chats/message-context.js';
import type { Clock } from '../core/clock.js';
import type { SlaPolicy } from '../core/feedback/sla.js';
import type { ConversationState } from '../core/conversations/conversation.js';
import { localDateOf } from '../core/dates/local-date.js';
import { ChoiceNeeded, isDomainError } from '../core/errors.js';
import type { PlatformEvent } from '../core/inbox.js';
import type { Actor } from '../core/members/member.js';
import { gate } from '../core/members/access.js';
import type { Services } from '../core/services.js';
import { groupMessageLeak } from '../core/feedback/leak.js';
import type { Store } from '../core/store.js';
import { classifyIntent } from '../core/intents/classify.js';
import {
  asksAboutOwnUnit,
  readTaskNumber,
  readUnitRoleQuestion,
  readUnitStandingQuestion,
  withoutTicketCode,
} from '../core/intents/values.js';
import { searchUnits } from '../core/units/unit-search.js';
import { isCancelAnswer } from '../core/plans/confirm-answer.js';
import type { Intent, IntentReading } from '../core/intents/intent.js';
import { foldVietnamese, stripControlCharacters } from '../core/text/vietnamese.js';
import type { I18n, Locale } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { type AdapterCapabilities, canUpload } from './chat-adapter.js';
import { pausedFlowKey } from '../commands/resume.command.js';
import { CHOICE_FLOW, type ChoiceData, MORE_CHOICES, argumentsWithChoice, choiceData, choicePage } from './choice-flow.js';
import { parseInput, tokenize } from './command-parser.js';
import { findSpelledCommand, nearestCommand, rewriteArguments, slashlessCommand } from './command-words.js';
import type { ChatRef, IncomingMessage, OutgoingMessage } from './messages.js';
import { denialText } from './permission-text.js';

export interface DispatcherSettings {
  defaultTimezone: string;
  feedbackSla: SlaPolicy;
  conversationTimeoutMinutes: number;
  /** longer messages are refused before they reach the database */
  maxInputLength: number;
}

export interface DispatcherDeps {
  registry: CommandRegistry;
  store: Store;
  services: Services;
  i18n: I18n;
  clock: Clock;
  logger: Logger;
  settings: DispatcherSettings;
  /** the working-day calendar as it stands now (holidays and announced days off can change at run time), read through `store` */
  calendar: (store: Store, revision?: string) => Promise<WorkingCalendar>;
}

export interface DispatchTarget {
  capabilities: AdapterCapabilities;
  botUsername: string | null;
}

export interface DispatchResult {
  reply: OutgoingMessage | null;
  /** messages for other chats, or for a person in private (whichever platform they use) */
  notices: Array<{ chat?: ChatRef; member?: number; message: OutgoingMessage }>;
  /** a bug or an outage interrupted the work: the reply is an apology and any writes should be undone */
  failed?: boolean;
  /**
   * The message held a phone, an e-mail or an ID number and the platform can delete it: the bot deletes it, then
   * posts `repost` (its redacted version) in its place; lacking the right, it posts `askRight` once per group.
   */
  cleanup?: { messageId: string; repost: OutgoingMessage; askRight: OutgoingMessage };
  /** the message answered is itself not for the group (a sensitive case, a complainant's contact): cleaned up as a leak, reposted as one neutral line */
  confidential?: 'case' | 'contact';
  /** the message's words are kept out of the group's sight (Reply.kept) */
  kept?: true;
}

export interface Dispatcher {
  /**
   * Turns one incoming message into what to send back. Never throws: this is the commands' error boundary.
   * `store` replaces the default one, so that a caller can run the whole message in its own transaction.
   */
  dispatch(message: IncomingMessage, target: DispatchTarget, store?: Store): Promise<DispatchResult>;
  /**
   * As `dispatch`, for a platform event processed at most once: its mark is written in `store`'s transaction,
   * with the message's first read, and null is returned, with nothing changed, when it had been processed.
   */
  dispatchOnce(message: IncomingMessage, target: DispatchTarget, store: Store, event: PlatformEvent): Promise<DispatchResult | null>;
  /** The apology for a message whose handling failed, in the default language. */
  apology(): OutgoingMessage;
}

interface MessageBasics {
  actor: Actor;
  /** the sender's flow waiting for an answer in this chat */
  pending: ConversationState | null;
  record: ChatRecord | null;
  calendar: WorkingCalendar;
  /** what the command typed asked to be read ahead, read with the first statement */
  readAhead: { openTask?: OpenTaskRead };
}

const NOTHING: DispatchResult = { reply: null, notices: [] };

/** An event's processed mark: asked for with the message's first read, or at the end when nothing read it. */
interface Claim {
  event: PlatformEvent;
  /** null until the mark is written: then whether it was new */
  taken: boolean | null;
}

/** Thrown from the first read when the event had been processed: nothing more is done. */
class ProcessedBefore extends Error {
  constructor() {
    super('event processed before');
  }
}

/** The words after a command's name, less those that spelled it ("/bao cao NV7"), with a glued code ("/baocaonv7") put back. */
function typedArguments(spelled: { used: number; prefix?: string }, argsText: string): string {
  const rest = spelled.used === 0 ? argsText : argsText.replace(new RegExp(`^(?:\\S+\\s*){${spelled.used}}`, 'u'), '');
  return spelled.prefix ? `${spelled.prefix} ${rest}`.trim() : rest;
}

// A message sent after the question it could answer lapsed is read as a new one from this many words.
const NEW_MESSAGE_WORDS = 3;

// A message telling a case in fewer words than this ("có phản ánh qua hotline") is no case's content yet.
const MIN_CASE_WORDS = 8;

/** What the clean-up of a group message needs to know of the reply (Reply.confidential, Reply.kept). */
const cleanupFlags = (reply: Reply): Pick<DispatchResult, 'confidential' | 'kept'> => ({
  ...(reply.confidential ? { confidential: reply.confidential } : {}),
  ...(reply.kept ? { kept: true } : {}),
});

/** The flow of a question the bot asked about free text ("did you mean…?"); no command owns it. */
export const INTENT_FLOW = 'hoi-y-dinh';

/** What a command did with its flow while handling one message. */
interface FlowTrace {
  /** it asked a question (saved a step) */
  asked: boolean;
  /** a flow is stored for the person in this chat */
  exists: boolean;
  /** the step it saved last, and where */
  saved: { chat: string; userKey: string; state: ConversationState } | null;
}

/**
 * Keeps the question a command's step asked with the step (one more write, on a flow's steps only), for /tieptuc
 * to ask again when the flow is taken up after a pause: the person may have scrolled past it.
 */
async function keepQuestion(store: Store, trace: FlowTrace, reply: Reply): Promise<void> {
  if (!trace.asked || !trace.saved || !reply.text) return;
  await store.conversations.save(trace.saved.chat, trace.saved.userKey, { ...trace.saved.state, question: reply.text });
}

/** What to do for free text: run a command with these arguments, or answer with a text. */
type IntentAction = { command: string; args: string } | { say: string };

// Half of a UTF-16 surrogate pair is not Unicode, and a platform refuses a message holding one. It gets in
// when typed text is echoed cut short in the middle of an emoji ("/xyz😀…" shown to 32 units), or was sent
// broken. What leaves the dispatcher is well-formed.
const LONE_SURROGATES = /\p{Cs}/gu;
const wellFormed = (text: string) => text.replace(LONE_SURROGATES, '');

function sendable(result: DispatchResult): DispatchResult {
  const reply = result.reply && {
    ...result.reply,
    text: wellFormed(result.reply.text),
    ...(result.reply.buttons ? { buttons: result.reply.buttons.map((button) => ({ ...button, label: wellFormed(button.label) })) } : {}),
  };
  const notices = result.notices.map((notice) => ({ ...notice, message: { ...notice.message, text: wellFormed(notice.message.text) } }));
  return { ...result, reply, notices };
}

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const { registry, services, i18n, clock, logger, settings, calendar } = deps;

  const text = (value: string): DispatchResult => ({ reply: { text: value }, notices: [] });
  const userKeyOf = (message: IncomingMessage) => `${message.sender.platform}:${message.sender.id}`;

  function render(reply: Reply, locale: Locale, target: DispatchTarget, expectsAnswer: boolean): DispatchResult {
    const notices = (reply.notices ?? []).map((notice) => ({
      chat: notice.chat,
      member: notice.member,
      message: { text: notice.text, ...(notice.files?.length ? { files: notice.files } : {}) },
    }));
    if (!reply.choices || reply.choices.length === 0) {
      // A file this platform cannot take is named rather than dropped in silence.
      const files = (reply.files ?? []).filter((file) => canUpload(target.capabilities, file));
      const refused = (reply.files ?? []).filter((file) => !canUpload(target.capabilities, file));
      const text =
        refused.length > 0
          ? `${reply.text}\n${i18n.t(locale, 'files-not-uploadable', { names: refused.map((file) => file.name).join(', ') })}`
          : reply.text;
      return {
        reply: {
          text,
          expectsAnswer,
          ...(reply.attachments?.length ? { attachments: reply.attachments } : {}),
          ...(files.length ? { files } : {}),
          ...(reply.loginButton && target.capabilities.buttons ? { loginButton: reply.loginButton } : {}),
        },
        notices,
        ...cleanupFlags(reply),
      };
    }
    if (target.capabilities.buttons) {
      return {
        reply: { text: reply.text, buttons: reply.choices.map((choice) => ({ label: choice.label, data: choice.value })), expectsAnswer },
        notices,
        ...cleanupFlags(reply),
      };
    }
    // Without buttons the same choices become a numbered list answered by number (Zalo, console).
    const numbers = reply.choices.map((_, index) => String(index + 1));
    const list = reply.choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n');
    const hint = i18n.t(locale, 'choices-hint', { numbers: new Intl.ListFormat(locale, { type: 'disjunction' }).format(numbers) });
    return {
      reply: { text: `${reply.text}\n${list}\n${hint}`, expectsAnswer },
      notices,
      ...cleanupFlags(reply),
    };
  }

  /**
   * What handling any message reads first, in one statement: who sent it, their waiting flow, the chat, the
   * calendar's revision (the calendar itself is rebuilt only when that changes), and the event's processed
   * mark. A known sender whose name has not changed costs nothing more.
   */
  async function readBasics(
    store: Store,
    message: IncomingMessage,
    pending: ConversationState | null | undefined,
    claim: Claim | null,
    ahead: ReadAheadRequest | null = null,
  ): Promise<MessageBasics> {
    const context = await store.messageContext.read(message.chat, pending === undefined ? userKeyOf(message) : null, {
      sender: message.sender,
      ...(claim?.taken === null ? { claim: claim.event } : {}),
      ...(ahead ? { openTask: ahead.openTask } : {}),
    });
    if (claim && context.claimed !== undefined) claim.taken = context.claimed;
    if (claim?.taken === false) throw new ProcessedBefore();
    const actor = await store.members.resolveActor(message.sender, clock.now(), {
      privateChat: message.chatKind === 'private',
      known: context.sender ?? null,
    });
    const workingCalendar = await calendar(store, context.calendarRevision);
    const readAhead = context.openTask ? { openTask: context.openTask } : {};
    return { actor, pending: pending === undefined ? context.flow : pending, record: context.chat, calendar: workingCalendar, readAhead };
  }

  /** The context a command runs in; `asked` tells afterwards whether the command is now waiting for an answer. */
  async function buildContext(
    store: Store,
    message: IncomingMessage,
    commandName: string,
    basics: MessageBasics,
    argsText = '',
    flowExists = false,
  ) {
    const { actor, record } = basics;
    const unit = record?.unitId ? await store.units.findById(record.unitId) : null;
    const unitScope = unit ? await store.units.ancestorIds(unit.id) : null;
    const locale = i18n.resolve(actor.locale ?? record?.locale ?? null);
    const timezone = record?.timezone ?? unit?.timezone ?? settings.defaultTimezone;
    const now = clock.now();
    const userKey = userKeyOf(message);
    // Whether a flow row may exist for this user here, so that ending "nothing" costs no write.
    const state: FlowTrace = { asked: false, exists: flowExists, saved: null };
    const ctx: CommandContext = {
      command: commandName,
      actor,
      chat: { ref: message.chat, kind: message.chatKind, title: message.chatTitle, record, unit, unitScope, timezone },
      locale,
      t: i18n.translator(locale),
      translate: (other) => i18n.translator(i18n.resolve(other)),
      now,
      today: localDateOf(now, timezone),
      calendar: basics.calendar,
      readAhead: basics.readAhead,
      clock,
      store,
      services,
      flow: {
        ask: async (step, data, choices) => {
          const expiresAt = new Date(now.getTime() + settings.conversationTimeoutMinutes * 60_000);
          const saved = { flow: ctx.command, step, data, choices, expiresAt };
          await store.conversations.save(message.chat, userKey, saved);
          state.asked = true;
          state.exists = true;
          state.saved = { chat: message.chat, userKey, state: saved };
        },
        end: async () => {
          if (state.exists) await store.conversations.clear(message.chat, userKey);
          state.asked = false;
          state.exists = false;
          state.saved = null;
        },
      },
      argsText,
      message: {
        id: message.messageId,
        text: message.text,
        replyTo: message.replyTo ?? null,
        mentions: message.mentions ?? [],
        attachments: message.attachments ?? [],
      },
      abandonedFlow: null,
      settings: { feedbackSla: settings.feedbackSla },
      commands: registry.commands,
    };
    return { ctx, state };
  }

  /** Where and by whom a command may run: the refusal to send, or null to go ahead. */
  async function refusal(store: Store, command: CommandSpec, ctx: CommandContext, args: readonly string[] = []): Promise<string | null> {
    const verdict = gate(ctx.actor, command, ctx.chat, args);
    if (verdict === 'group-only') return ctx.t('command-group-only', { command: `/${command.name}` });
    if (verdict === 'private-only') return ctx.t('command-private-only', { command: `/${command.name}` });
    if (verdict === 'denied') return denialText(ctx, command, store, args);
    return null;
  }

  async function guarded(
    ctx: CommandContext,
    work: () => Promise<Reply>,
    choose?: (error: ChoiceNeeded) => Promise<Reply | null>,
  ): Promise<Reply> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ChoiceNeeded && choose) {
        const offered = await choose(error);
        if (offered) return offered;
      }
      // A message may name "the command": the one the person typed, unless the domain named another.
      if (isDomainError(error)) return { text: ctx.t(error.i18nKey, { command: `/${ctx.command}`, ...error.params }) };
      throw error;
    }
  }

  async function runCommand(
    store: Store,
    command: CommandSpec,
    args: string[],
    ctx: CommandContext,
    choose?: (error: ChoiceNeeded) => Promise<Reply | null>,
  ): Promise<Reply> {
    const blocked = await refusal(store, command, ctx, args);
    if (blocked !== null) return { text: blocked };
    const parsed = command.args.safeParse(args);
    if (!parsed.success) return { text: `${ctx.t('usage-intro')}\n${ctx.t(command.usageKey)}` };
    return guarded(ctx, () => command.run(ctx, parsed.data), choose);
  }

  /** Saves a page of choices as the person's waiting question, and the reply that asks it. */
  async function offerChoices(store: Store, message: IncomingMessage, ctx: CommandContext, data: ChoiceData): Promise<Reply> {
    const page = choicePage(data);
    const choices = page.shown.map((option) => ({ label: option.label, value: option.value }));
    if (page.rest > 0) choices.push({ label: ctx.t('choice-more', { count: page.rest }), value: MORE_CHOICES });
    const expiresAt = new Date(ctx.now.getTime() + settings.conversationTimeoutMinutes * 60_000);
    await store.conversations.save(message.chat, userKeyOf(message), { flow: CHOICE_FLOW, step: 'pick', data, choices, expiresAt });
    const range = data.options.length > page.shown.length ? ctx.t('choice-range', { from: page.from, to: page.to }) : '';
    return { text: ctx.t(data.questionKey, { count: data.options.length, typed: data.typed.trim().slice(0, 60), range }), choices };
  }

  /** The question the bot's own flow (a choice, an intent) was waiting on, cleared now it is answered; null when expired. */
  async function takePendingAnswer(store: Store, message: IncomingMessage, basics: MessageBasics): Promise<ConversationState | null> {
    const state = basics.pending!;
    await store.conversations.clear(message.chat, userKeyOf(message));
    basics.pending = null;
    return state.expiresAt.getTime() <= clock.now().getTime() ? null : state;
  }

  /** The answer to a choice the bot offered: the command run again with it, the next page, or null (read afresh). */
  async function resumeChoice(
    store: Store,
    message: IncomingMessage,
    input: string,
    basics: MessageBasics,
    target: DispatchTarget,
  ): Promise<DispatchResult | null> {
    const state = await takePendingAnswer(store, message, basics);
    if (!state) return null;
    const data = state.data as unknown as ChoiceData;
    const command = registry.find(data.command);
    if (!command) return null;
    const picked = interpret(state, input, message.callbackData ?? null).choice;
    if (picked === null) {
      if (!isCancelAnswer(input)) return null;
      const locale = i18n.resolve(basics.actor.locale ?? basics.record?.locale ?? null);
      return text(i18n.t(locale, 'cancel-done', { command: `/${command.name}` }));
    }
    if (picked === MORE_CHOICES) {
      const { ctx } = await buildContext(store, message, command.name, basics);
      return render(await offerChoices(store, message, ctx, { ...data, page: data.page + 1 }), i18n.resolve(ctx.locale), target, true);
    }
    const args = argumentsWithChoice(data, picked);
    if (args === null) return null;
    return startCommand(store, message, basics, target, command, args, true);
  }

  function interpret(state: ConversationState, input: string, callbackData: string | null): FlowInput {
    const choices = state.choices ?? [];
    if (callbackData && choices.some((choice) => choice.value === callbackData)) return { text: input, choice: callbackData };
    const trimmed = input.trim();
    if (/^\d{1,3}$/.test(trimmed)) {
      const picked = choices[Number(trimmed) - 1];
      if (picked) return { text: trimmed, choice: picked.value };
    }
    const folded = foldVietnamese(trimmed);
    const byLabel = choices.find((choice) => foldVietnamese(choice.label) === folded);
    return { text: trimmed, choice: byLabel?.value ?? null };
  }

  async function resumeFlow(
    store: Store,
    message: IncomingMessage,
    input: string,
    basics: MessageBasics,
    target: DispatchTarget,
  ): Promise<DispatchResult | null> {
    const state = basics.pending;
    if (!state) return null;
    const command = registry.find(state.flow);
    const { ctx, state: after } = await buildContext(store, message, command?.name ?? state.flow, basics, '', true);
    if (!command?.resume) {
      await ctx.flow.end();
      return null;
    }
    if (state.expiresAt.getTime() <= ctx.now.getTime()) {
      await ctx.flow.end();
      return message.addressedToBot ? text(ctx.t('flow-expired', { command: `/${command.name}` })) : null;
    }
    // The role may have been taken away while the flow was waiting for an answer.
    const blocked = await refusal(store, command, ctx);
    if (blocked !== null) {
      await ctx.flow.end();
      return text(blocked);
    }
    const answer = interpret(state, input, message.callbackData ?? null);
    // "hủy", "thôi", "dừng lại" typed as the answer abandon the flow, as /huy does (unless it is a choice's name)
    if (answer.choice === null && isCancelAnswer(input)) {
      await ctx.flow.end();
      return text(ctx.t('cancel-done', { command: `/${command.name}` }));
    }
    const reply = await guarded(ctx, () => command.resume!(ctx, state, answer));
    await keepQuestion(store, after, reply);
    // A flow still waiting (asked again, or left as it was after an answer it could not take, such as a sticker)
    // expects an answer: on Telegram the question must open a reply, or privacy mode keeps the answer away.
    return render(reply, i18n.resolve(ctx.locale), target, after.asked || after.exists);
  }

  // the words /baocao and /phananh read, as typed without diacritics
  const STATUS_ARGS: Record<string, string> = {
    done: 'xong',
    in_progress: 'dang thuc hien',
    blocked: 'vuong',
    not_started: 'chua bat dau',
  };
  const CHANNEL_ARGS: Record<string, string> = { box: 'hom thu', hotline: 'hotline', in_person: 'truc tiep' };

  /** What a decided intent does; `chosen`: the person picked it from a question, so nothing is asked again. */
  function actionsFor(intent: Intent, reading: IntentReading, text: string, chosen: boolean): { action: IntentAction; propose?: string } {
    const { values } = reading;
    switch (intent) {
      case 'deadlines': {
        // "đơn vị nào chưa báo cáo NV5", "NV5 thế nào rồi": where that task stands, not every deadline
        if (values.task !== undefined) return { action: { command: 'nhiemvu', args: `NV${values.task}` } };
        // the words /hanchot and /quahan read for a list by unit
        const byUnit = values.byUnit ? 'theo don vi' : '';
        return values.list === 'overdue'
          ? { action: { command: 'quahan', args: byUnit } }
          : { action: { command: 'hanchot', args: [values.dueBy ?? String(values.days ?? 31), byUnit].filter(Boolean).join(' ') } };
      }
      case 'help':
        // "cấp quyền đầu mối cho anh Tuấn": how /phanquyen gives a role
        if (values.grantsRole) return { action: { say: 'grant-howto' } };
        return { action: { command: values.aboutHere ? 'start' : 'help', args: '' } };
      case 'lookup':
        return { action: { command: registry.freeText?.name ?? 'tracuu', args: text } };
      case 'report': {
        // "giao NV5 cho TTYT Sìn Hồ": how a task is given to a unit, not a report to offer
        if (values.assignsTask) return { action: { say: 'assign-howto' } };
        // "nhắc các đồng chí nộp báo cáo NV5": how reminders go out, not a report to offer
        if (values.asksReminder) return { action: { say: 'remind-howto' } };
        // "rút lại báo cáo vừa gửi": /baocao rut asks before it takes anything back
        if (values.reportChange === 'withdraw') return { action: { command: 'baocao', args: 'rut' } };
        if (values.reportChange === 'correct') {
          const change = values.percent !== undefined ? `${values.percent}%` : values.status ? STATUS_ARGS[values.status]! : '';
          // with the new figure, /baocao sua stores at once: offered first; without, it asks step by step
          const action = { command: 'baocao', args: `sua${change ? ` ${change}` : ''}` };
          return change && !chosen ? { action, propose: 'intent-report-correct-propose' } : { action };
        }
        const args = [
          values.task !== undefined ? `NV${values.task}` : '',
          values.task !== undefined && values.percent !== undefined ? `${values.percent}%` : '',
          values.task !== undefined && values.percent === undefined && values.status ? STATUS_ARGS[values.status]! : '',
        ]
          .filter(Boolean)
          .join(' ');
        // what the message says was done goes with it, so that it is not asked for again
        const withContent = values.task !== undefined && values.content ? `${args} ${values.content}` : args;
        if (chosen) return { action: { command: 'baocao', args: withContent } };
        const stated = values.task !== undefined || values.percent !== undefined || values.status !== undefined;
        return {
          action: { command: 'baocao', args: withContent },
          propose: !stated ? 'intent-report-howto' : withContent !== args ? 'intent-report-propose-content' : 'intent-report-propose',
        };
      }
      case 'feedback': {
        // "pa 2026 1 đã xử lý xong, đã xin lỗi …": a handling result, which its handler is offered to record with
        // /xuly as written (anyone else is told how it is recorded: routeFreeText asks who may run /xuly)
        if (values.ticket && values.handling) {
          const record = { command: 'xuly', args: `${values.ticket} ${values.handling} ${withoutTicketCode(text)}` };
          return chosen ? { action: record } : { action: record, propose: 'intent-handling-propose' };
        }
        if (values.ticket) return { action: { command: 'phananh', args: values.ticket } };
        // "hôm nay mở hòm thư có 2 thư": the box's opening, not a case
        if (values.boxOpening)
          return { action: { command: 'homthu', args: values.boxOpening }, ...(chosen ? {} : { propose: 'intent-box-propose' }) };
        // "phản ánh nào quá hạn": the open cases, the oldest deadline first; "bao nhiêu phản ánh": the statistics
        if (values.casesAsked) return { action: { command: 'phananh', args: values.casesAsked === 'list' ? 'tondong' : 'thongke' } };
        const channel = values.channel ? CHANNEL_ARGS[values.channel]! : '';
        // With its channel, a message that tells the case is logged as written when chosen: nothing is typed
        // twice, and nothing is lost when the group's copy is deleted for the phone it holds. Without, the
        // intake asks step by step.
        const asWritten = channel !== '' && text.trim().split(/\s+/).length >= MIN_CASE_WORDS;
        const args = asWritten ? `${channel} ${text}` : channel;
        if (chosen) return { action: { command: 'phananh', args } };
        return {
          action: { command: 'phananh', args },
          propose: asWritten ? 'intent-feedback-propose-as-written' : 'intent-feedback-propose',
        };
      }
      case 'chatter':
        return { action: { say: values.smalltalk ?? 'other' } };
    }
  }

  async function runIntentAction(
    store: Store,
    message: IncomingMessage,
    basics: MessageBasics,
    target: DispatchTarget,
    action: IntentAction,
    english: boolean,
  ): Promise<DispatchResult> {
    if ('say' in action) {
      const locale = english ? 'en' : i18n.resolve(basics.actor.locale ?? basics.record?.locale ?? null);
      if (action.say === 'acknowledgement') return NOTHING;
      // someone with no role yet who introduces themselves ("em là y sĩ trạm …, muốn tham gia") is told how to get one
      const key =
        action.say === 'introduction' && basics.actor.grants.length === 0
          ? 'intent-chatter-introduction-no-role'
          : `intent-chatter-${action.say}`;
      return text(i18n.t(locale, key, { name: message.sender.displayName ?? '' }));
    }
    const command = registry.find(action.command);
    if (!command) return NOTHING;
    const { ctx, state } = await buildContext(store, message, command.name, basics, action.args);
    const reply = await runCommand(store, command, tokenize(action.args), ctx);
    await keepQuestion(store, state, reply);
    return render(reply, i18n.resolve(ctx.locale), target, state.asked);
  }

  /** Asks which of several actions the person meant, saving them as a flow answered by choice. */
  async function askIntent(
    store: Store,
    message: IncomingMessage,
    basics: MessageBasics,
    target: DispatchTarget,
    question: string,
    options: Array<{ label: string; action: IntentAction }>,
    english: boolean,
    /** an action carries the message's words, kept with the question until it is answered (a case logged as written) */
    keeps = false,
  ): Promise<DispatchResult> {
    const locale = i18n.resolve(basics.actor.locale ?? basics.record?.locale ?? null);
    const choices = [
      ...options.map((option, index) => ({ label: option.label, value: `y${index}` })),
      { label: i18n.t(locale, 'intent-choice-none'), value: 'no' },
    ];
    const expiresAt = new Date(clock.now().getTime() + settings.conversationTimeoutMinutes * 60_000);
    await store.conversations.save(message.chat, userKeyOf(message), {
      flow: INTENT_FLOW,
      step: 'pick',
      data: { actions: options.map((option) => option.action), english },
      choices,
      expiresAt,
    });
    return render({ text: question, choices, ...(keeps ? { kept: true as const } : {}) }, locale, target, true);
  }

  /** Free text addressed to the bot, routed by what it asks before any document lookup. */
  async function routeFreeText(
    store: Store,
    message: IncomingMessage,
    input: string,
    basics: MessageBasics,
    target: DispatchTarget,
  ): Promise<DispatchResult> {
    // "ai là đầu mối", "ai đang nghỉ phép", "đầu mối bv mình là ai": the card of the chat's own unit
    if (asksAboutOwnUnit(input)) return runIntentAction(store, message, basics, target, { command: 'donvi', args: '' }, false);
    // "ai là đầu mối của TYT Sìn Hồ": the unit's card, when the words name a unit; "CDC đã nộp báo cáo NV8
    // chưa": where each unit stands on that task (the card only counts its tasks)
    const unitAsked = readUnitRoleQuestion(input);
    if (unitAsked && searchUnits(await store.units.list(), unitAsked).kind !== 'none') {
      const task = readTaskNumber(input);
      const action = task === null ? { command: 'donvi', args: unitAsked } : { command: 'nhiemvu', args: `NV${task}` };
      return runIntentAction(store, message, basics, target, action, false);
    }
    // "tình hình TTYT Tam Đường thế nào": the unit's open tasks
    const standingAsked = readUnitStandingQuestion(input);
    if (standingAsked && searchUnits(await store.units.list(), standingAsked).kind !== 'none')
      return runIntentAction(store, message, basics, target, { command: 'nhiemvu', args: standingAsked }, false);
    const reading = classifyIntent(input);
    const locale = i18n.resolve(basics.actor.locale ?? basics.record?.locale ?? null);
    if (reading.intent === null) {
      const options = reading.alternatives.map((intent) => ({
        label: i18n.t(locale, `intent-choice-${intent}`),
        action: actionsFor(intent, reading, input, true).action,
      }));
      return askIntent(store, message, basics, target, i18n.t(locale, 'intent-which'), options, reading.english);
    }
    const { action, propose } = actionsFor(reading.intent, reading, input, false);
    if (!propose || 'say' in action) return runIntentAction(store, message, basics, target, action, reading.english);
    // a handling result from someone who may not record one: how /xuly records it, as /phananh says
    if (propose === 'intent-handling-propose' && !(await mayRunHere(store, message, basics, 'xuly')))
      return runIntentAction(
        store,
        message,
        basics,
        target,
        { command: 'phananh', args: `${reading.values.ticket} ${reading.values.handling}` },
        reading.english,
      );
    // a task this unit has no open occurrence of, or someone who may not report here: /baocao says so now,
    // rather than offering a report it would refuse
    if (
      reading.intent === 'report' &&
      reading.values.reportChange === undefined &&
      ((reading.values.task !== undefined && !(await openHere(store, basics, reading.values.task))) ||
        !(await mayRunHere(store, message, basics, 'baocao')))
    )
      return runIntentAction(store, message, basics, target, action, reading.english);
    const what = [
      reading.values.task !== undefined ? `NV${reading.values.task}` : '',
      reading.values.percent !== undefined ? `${reading.values.percent}%` : '',
      reading.values.percent === undefined && reading.values.status
        ? i18n.t(locale, `report-status-${reading.values.status.replace('_', '-')}`)
        : '',
      // how a case came in, for a case only ("đã gọi cho …" in a report is no hotline)
      reading.intent === 'feedback' && reading.values.channel
        ? i18n.t(locale, `intent-channel-${reading.values.channel.replace('_', '-')}`)
        : '',
    ]
      .filter(Boolean)
      .join(', ');
    // the command as the person could type it, without the content the message already gave (never shown
    // again in the group: a case's words may hold a phone)
    const content =
      propose === 'intent-report-propose-content'
        ? (reading.values.content ?? '')
        : propose === 'intent-feedback-propose-as-written'
          ? input
          : propose === 'intent-handling-propose' && 'command' in action
            ? withoutTicketCode(input)
            : '';
    const args = 'command' in action ? action.args.slice(0, action.args.length - content.length).trim() : '';
    const command = `/${'command' in action ? action.command : ''}${args ? ` ${args}` : ''}`;
    const label = i18n.t(
      locale,
      propose === 'intent-report-correct-propose'
        ? 'intent-choice-correct-now'
        : reading.intent === 'report'
          ? 'intent-choice-report-now'
          : propose === 'intent-box-propose'
            ? 'intent-choice-box-now'
            : propose === 'intent-handling-propose'
              ? 'intent-choice-handle-now'
              : 'intent-choice-feedback-now',
      { command },
    );
    const key = propose === 'intent-feedback-propose' && what ? 'intent-feedback-propose-channel' : propose;
    const quoted = content.length > 160 ? `${content.slice(0, content.lastIndexOf(' ', 158))}…` : content;
    return askIntent(
      store,
      message,
      basics,
      target,
      i18n.t(locale, key, { what, command, content: quoted }),
      [{ label, action }],
      reading.english,
      // the words are kept in the offer: a group copy deleted for a phone in them loses nothing
      propose === 'intent-feedback-propose-as-written' || propose === 'intent-handling-propose',
    );
  }

  /** Whether the sender may run the command in this chat (its permission; in a private chat, for any unit). */
  async function mayRunHere(store: Store, message: IncomingMessage, basics: MessageBasics, name: string): Promise<boolean> {
    const command = registry.find(name);
    if (!command) return false;
    const unitId = basics.record?.unitId;
    const unitScope = unitId === null || unitId === undefined ? null : await store.units.ancestorIds(unitId);
    return gate(basics.actor, command, { kind: message.chatKind, unitScope }) === 'open';
  }

  /** Whether the group's unit has the task open; true where the chat has no unit (the command decides there). */
  async function openHere(store: Store, basics: MessageBasics, taskId: number): Promise<boolean> {
    const unitId = basics.record?.unitId;
    if (unitId === null || unitId === undefined) return true;
    return (await store.plans.openOccurrences({ unitIds: [unitId], taskIds: [taskId], withoutLastReport: true })).length > 0;
  }

  /** The answer to an intent question: the chosen action, or null when the text is something else (read afresh). */
  async function resumeIntent(
    store: Store,
    message: IncomingMessage,
    input: string,
    basics: MessageBasics,
    target: DispatchTarget,
  ): Promise<DispatchResult | null> {
    const state = await takePendingAnswer(store, message, basics);
    if (!state) return null;
    const picked = interpret(state, input, message.callbackData ?? null).choice;
    const data = state.data as { actions?: IntentAction[]; english?: boolean };
    if (picked === 'no') {
      const locale = i18n.resolve(basics.actor.locale ?? basics.record?.locale ?? null);
      return text(i18n.t(locale, 'intent-dropped'));
    }
    const action = picked?.startsWith('y') ? data.actions?.[Number(picked.slice(1))] : undefined;
    if (!action) return null;
    return runIntentAction(store, message, basics, target, action, data.english ?? false);
  }

  /** Runs a command typed by the person (with or without its slash), its arguments read as people type them. */
  async function startCommand(
    store: Store,
    message: IncomingMessage,
    basics: MessageBasics,
    target: DispatchTarget,
    command: CommandSpec,
    typed: string,
    rewritten = false,
  ): Promise<DispatchResult> {
    // A new command abandons whatever flow was waiting for an answer, unless it is refused: a refusal
    // changes nothing, so the flow still waits.
    const waiting = basics.pending;
    const { ctx, state } = await buildContext(store, message, command.name, basics, typed, waiting !== null);
    ctx.argsText = rewritten ? typed : rewriteArguments(command, typed, ctx.today);
    const blocked = await refusal(store, command, ctx, tokenize(ctx.argsText));
    if (blocked !== null) return text(blocked);
    // A flow another command interrupts is set aside, not lost: it says so, and /tieptuc takes it up again
    // within its timeout. /huy ends it, and the same command typed again alone starts it over; with words
    // ("/phananh ds" while a case is being logged) it is another use of the command, and the flow is set aside.
    const setAside =
      waiting !== null &&
      waiting.flow !== INTENT_FLOW &&
      waiting.flow !== CHOICE_FLOW &&
      (command.name !== waiting.flow || ctx.argsText.trim() !== '') &&
      command !== registry.find('huy') &&
      command !== registry.find('tieptuc') &&
      waiting.expiresAt.getTime() > ctx.now.getTime();
    if (waiting) {
      await ctx.flow.end();
      // the flows no command owns are named as the person saw them: a choice by the command it completes
      ctx.abandonedFlow =
        waiting.flow === INTENT_FLOW
          ? 'question'
          : { command: waiting.flow === CHOICE_FLOW ? (waiting.data as ChoiceData).command : waiting.flow };
      if (setAside) await store.conversations.save(message.chat, pausedFlowKey(message.sender), waiting);
    }
    const choose = async (error: ChoiceNeeded) => {
      const data = choiceData(command.name, ctx.argsText, error);
      if (!data) return null;
      state.asked = true;
      return offerChoices(store, message, ctx, data);
    };
    const reply = await runCommand(store, command, tokenize(ctx.argsText), ctx, choose);
    await keepQuestion(store, state, reply);
    const paused = setAside ? `\n${ctx.t('flow-paused', { command: `/${waiting.flow}` })}` : '';
    return render({ ...reply, text: `${reply.text}${paused}` }, i18n.resolve(ctx.locale), target, state.asked);
  }

  async function process(store: Store, message: IncomingMessage, target: DispatchTarget, claim: Claim | null): Promise<DispatchResult> {
    const input = stripControlCharacters(message.text ?? '');
    const parsed = parseInput(input);
    const isButton = Boolean(message.callbackData);

    if (parsed.kind === 'command' && parsed.botName && target.botUsername && parsed.botName !== target.botUsername.toLowerCase()) {
      return NOTHING; // "/help@otherbot" is for another bot in the same group
    }

    const defaultLocale = i18n.resolve(null);
    if (message.senderIsAnonymous) {
      // Whose roles would apply? Nobody's: answer a command without writing anything, ignore the rest.
      return parsed.kind === 'command' ? text(i18n.t(defaultLocale, 'anonymous-sender')) : NOTHING;
    }
    if (input.length > settings.maxInputLength) {
      const addressed = message.addressedToBot || parsed.kind === 'command';
      return addressed ? text(i18n.t(defaultLocale, 'input-too-long', { max: settings.maxInputLength })) : NOTHING;
    }

    let pending: ConversationState | null | undefined;
    if (parsed.kind === 'text' && !isButton && !message.addressedToBot) {
      // Group chatter: only a pending flow of this very user can make it ours. Read it before anything else.
      pending = await store.conversations.get(message.chat, userKeyOf(message));
      if (!pending) return NOTHING;
    }

    const spelled = parsed.kind === 'command' ? findSpelledCommand(registry, parsed.name, parsed.args) : null;
    // "/bao cao NV7": the words that spelled the name are not arguments
    const typed = parsed.kind === 'command' && spelled ? typedArguments(spelled, parsed.argsText) : '';
    const basics = await readBasics(store, message, pending, claim, spelled?.command.readAhead?.(typed) ?? null);
    const actorLocale = i18n.resolve(basics.actor.locale);

    if (parsed.kind === 'command') {
      const command = spelled?.command;
      if (!spelled || !command) {
        const shown = parsed.rawName.length > 32 ? `${parsed.rawName.slice(0, 32)}…` : parsed.rawName;
        const { ctx } = await buildContext(store, message, parsed.name, basics);
        // "/baocoa NV15 xong": offered as /baocao with the same words (not repeated: they may name people);
        // with a flow waiting only said, so that the question does not replace it
        const meant = nearestCommand(registry, parsed.name);
        if (!meant) return text(ctx.t('command-unknown', { command: `/${shown}` }));
        const question = ctx.t('command-unknown-meant', { command: `/${shown}`, meant: `/${meant.name}` });
        if (basics.pending) return text(question);
        const label = ctx.t('command-meant-choice', { meant: `/${meant.name}` });
        return askIntent(
          store,
          message,
          basics,
          target,
          question,
          [{ label, action: { command: meant.name, args: parsed.argsText } }],
          false,
        );
      }
      return startCommand(store, message, basics, target, command, typed);
    }

    if (basics.pending?.flow === INTENT_FLOW) {
      const answered = await resumeIntent(store, message, parsed.text, basics, target);
      if (answered) return answered;
    }
    if (basics.pending?.flow === CHOICE_FLOW) {
      const answered = await resumeChoice(store, message, parsed.text, basics, target);
      if (answered) return answered;
    }
    // A question answered after its flow lapsed: the flow ends. A message of a few words to the bot is taken as a
    // new one (a request typed after a pause, "em nghỉ phép từ thứ 2…", is not lost), told first that the
    // question lapsed; a short one ("1", "60%", "hôm qua") was a late answer, and is told only that.
    const waiting = basics.pending;
    const lapsed =
      waiting !== null && registry.find(waiting.flow)?.resume !== undefined && waiting.expiresAt.getTime() <= clock.now().getTime();
    if (waiting && lapsed && message.addressedToBot && !isButton && parsed.text.trim().split(/\s+/).length >= NEW_MESSAGE_WORDS) {
      await store.conversations.clear(message.chat, userKeyOf(message));
      const fresh = { ...basics, pending: null };
      const note = i18n.t(actorLocale, 'flow-expired', { command: `/${waiting.flow}` });
      const answer = await answerAfresh(store, message, parsed.text, fresh, target);
      return answer.reply ? { ...answer, reply: { ...answer.reply, text: `${note}\n\n${answer.reply.text}` } } : text(note);
    }
    const resumed = await resumeFlow(store, message, parsed.text, basics, target);
    if (resumed) return resumed;
    if (!message.addressedToBot || isButton) return NOTHING;
    return answerAfresh(store, message, parsed.text, basics, target);
  }

  /** A message to the bot that answers no question: a command typed without its slash, else free text. */
  async function answerAfresh(
    store: Store,
    message: IncomingMessage,
    input: string,
    basics: MessageBasics,
    target: DispatchTarget,
  ): Promise<DispatchResult> {
    // "bao cao NV7 xong", "qua han": a command's name at the start of a message to the bot, without its slash
    const slashless = slashlessCommand(registry, input);
    if (slashless) return startCommand(store, message, basics, target, slashless.command, slashless.argsText);
    if (input.length > 0) return routeFreeText(store, message, input, basics, target);
    return text(i18n.t(i18n.resolve(basics.actor.locale), 'text-not-understood'));
  }

  const apology = (): OutgoingMessage => ({ text: i18n.t(i18n.resolve(null), 'error-internal') });

  /** A group message the bot answered that holds contact details is deleted and reposted, or its sender asked to recall it. */
  function cleanedUp(message: IncomingMessage, target: DispatchTarget, result: DispatchResult): DispatchResult {
    if (!result.reply || result.failed || message.callbackData) return result;
    const locale = i18n.resolve(null);
    // a sensitive case or a complainant's contact typed in a group: the whole message goes, nothing of it is reposted
    const confidential = message.chatKind === 'group' ? (result.confidential ?? null) : null;
    const leak = confidential
      ? null
      : groupMessageLeak(message.chatKind, stripControlCharacters(message.text ?? ''), i18n.t(locale, 'feedback-redacted'));
    if (!leak && !confidential) return result;
    const name = message.sender.displayName ?? '';
    if (!target.capabilities.deletesMessages) {
      // a phone or an ID in words the bot did not keep is not said to be kept: it would be lost with the message
      const recall = i18n.t(locale, confidential ? `leak-recall-${confidential}` : result.kept ? 'leak-recall' : 'leak-recall-not-kept', {
        name,
      });
      return { ...result, reply: { ...result.reply, text: `${result.reply.text}\n${recall}` } };
    }
    return {
      ...result,
      cleanup: {
        messageId: message.messageId,
        repost: {
          text: leak
            ? i18n.t(locale, result.kept ? 'leak-reposted' : 'leak-reposted-not-kept', { name, text: leak.redacted })
            : i18n.t(locale, `leak-reposted-${confidential}`, { name }),
        },
        askRight: { text: i18n.t(locale, 'leak-delete-right') },
      },
    };
  }

  return {
    apology,
    async dispatch(message, target, store = deps.store) {
      try {
        return sendable(cleanedUp(message, target, await process(store, message, target, null)));
      } catch (error) {
        logger.error({ err: error, chat: message.chat, messageId: message.messageId }, 'message handling failed');
        return { reply: apology(), notices: [], failed: true };
      }
    },
    async dispatchOnce(message, target, store, event) {
      const claim: Claim = { event, taken: null };
      try {
        const result = await process(store, message, target, claim);
        // answered before reading anything (a command for another bot, chatter): the mark is written now
        if (claim.taken === null) claim.taken = await store.inbox.markProcessed(event.platform, event.eventId);
        return claim.taken ? sendable(cleanedUp(message, target, result)) : null;
      } catch (error) {
        if (error instanceof ProcessedBefore) return null;
        logger.error({ err: error, chat: message.chat, messageId: message.messageId }, 'message handling failed');
        return { reply: apology(), notices: [], failed: true };
      }
    },
  };
}
