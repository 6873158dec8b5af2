import type { z } from 'zod';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { ChatKind, ChatRecord } from '../core/chats/chat.js';
import type { OpenTaskRead } from '../core/chats/message-context.js';
import type { Clock } from '../core/clock.js';
import type { SlaPolicy } from '../core/feedback/sla.js';
import type { ConversationState } from '../core/conversations/conversation.js';
import type { LocalDate } from '../core/dates/local-date.js';
import type { Actor } from '../core/members/member.js';
import type { Permission } from '../core/members/policy.js';
import type { Services } from '../core/services.js';
import type { Store } from '../core/store.js';
import type { Translate } from '../core/text/translate.js';
import type { Unit } from '../core/units/unit.js';

export interface Choice {
  label: string;
  value: string;
}

/** A message for another chat than the one being answered (an escalation), or for a person in private. */
export interface Notice {
  chat?: string;
  member?: number;
  text: string;
  files?: Reply['files'];
}

/** What a command answers. Adapters render it: buttons where the platform has them, numbered text otherwise. */
export interface Reply {
  text: string;
  choices?: Choice[];
  notices?: Notice[];
  /** files to pass on with the answer, by their platform file id */
  attachments?: Array<{ kind: 'photo' | 'document'; fileId: string; name?: string | null }>;
  /** files the command made (a chart, a spreadsheet), uploaded with the answer */
  files?: Array<{ kind: 'photo' | 'document'; name: string; mimeType: string; data: Buffer }>;
  /** a sign-in button the platform vouches for (Telegram's login_url), beside a link the text already gives */
  loginButton?: { label: string; url: string };
  /**
   * The message answered is itself not for the group's eyes (a sensitive case typed there): it is cleaned up as
   * a leak is, deleted where the platform lets the bot, its sender asked to recall it elsewhere.
   */
  confidential?: 'case' | 'contact';
  /**
   * The words of the message answered are kept by the bot where no group reads them (a case's content, or the
   * draft of one): a copy cleaned from the group for the phone or ID it holds is then said to be kept, not lost.
   */
  kept?: true;
}

export interface ChatContext {
  ref: string;
  kind: ChatKind;
  title: string | null;
  record: ChatRecord | null;
  unit: Unit | null;
  /** the unit and every unit above it; null when the chat is bound to none */
  unitScope: number[] | null;
  timezone: string;
}

/** The flow handle: a command that needs more answers saves its step here and is resumed with the next message. */
export interface FlowHandle {
  ask(step: string, data: Record<string, unknown>, choices?: Choice[]): Promise<void>;
  end(): Promise<void>;
}

export interface CommandContext {
  /** the canonical name of the running command */
  command: string;
  actor: Actor;
  chat: ChatContext;
  locale: string;
  t: Translate;
  /**
   * a translator for another language than the reader's (a confirmation in the language just chosen, a group's
   * own); null: the deployment's default
   */
  translate(locale: string | null): Translate;
  now: Date;
  /** today in the chat's timezone */
  today: LocalDate;
  calendar: WorkingCalendar;
  /** what the dispatcher read with the message's first statement at the command's request (`CommandSpec.readAhead`) */
  readAhead: { openTask?: OpenTaskRead };
  clock: Clock;
  store: Store;
  /** long-lived services: the document lookup and its index, the chart renderer */
  services: Services;
  flow: FlowHandle;
  /** what followed the command name, as typed (quotes, line breaks and all); the whole text for free text */
  argsText: string;
  /** the message that triggered this run, with what the platform resolved about it */
  message: {
    id: string;
    text: string;
    replyTo: Actor['user'] | null;
    mentions: Actor['user'][];
    /** files sent with the message (evidence), by the platform's file id */
    attachments: Array<{ kind: 'photo' | 'document'; fileId: string; name?: string | null }>;
  };
  /**
   * What this user had waiting in this chat that the command's arrival abandoned: a command's flow (by the
   * command's name; a choice among units or tasks counts as its command's), the bot's own "did you mean…?"
   * question, or nothing.
   */
  abandonedFlow: { command: string } | 'question' | null;
  settings: { feedbackSla: SlaPolicy };
  /** every registered command, for /help */
  commands: readonly CommandSpec[];
}

export interface FlowInput {
  text: string;
  /** the value of the chosen option when the user picked one (by number, by name or by button) */
  choice: string | null;
}

export type CommandScope = 'group' | 'private' | 'any';

/**
 * One chat command. Names and aliases are ASCII (Telegram allows only a–z, 0–9 and _); what users type is
 * folded before lookup, so "/trợgiúp" finds "trogiup".
 */
export interface CommandSpec<Args = unknown> {
  name: string;
  aliases: readonly string[];
  /** locale key of the one-line description shown by /help and in Telegram's command menu */
  descriptionKey: string;
  /** locale key of the usage line shown when the arguments do not fit */
  usageKey: string;
  scope: CommandScope;
  permission: Permission;
  /**
   * A form of the command open to other people than the command itself (`/phanquyen ds`, a list leaders may
   * read, where `/phanquyen` changes roles and is the administrators'): its permission, from the words typed.
   */
  permissionFor?(args: readonly string[]): Permission | null;
  /** validates the words after the command; a failure answers with the usage line and changes nothing */
  args: z.ZodType<Args, readonly string[]>;
  run(ctx: CommandContext, args: Args): Promise<Reply>;
  /**
   * This command also answers free text addressed to the bot (a mention or a private message) that no flow
   * is waiting for; the words of the text become its arguments. At most one command may claim it.
   */
  freeText?: boolean;
  /** continues a multi-step flow this command started */
  resume?(ctx: CommandContext, state: ConversationState, input: FlowInput): Promise<Reply>;
  /**
   * What the command will read, guessed from the words typed after it, for the dispatcher to read with the
   * message's first statement (`CommandContext.readAhead`) instead of in a round trip of its own. A guess:
   * the command checks that what was read is what it needs, and reads it itself otherwise.
   */
  readAhead?(argsText: string): ReadAheadRequest | null;
}

/** What a command may have read ahead: a task's open occurrences in the chat's unit. */
export interface ReadAheadRequest {
  openTask: number;
}

/** Helps type-check a command module while keeping the registry's list heterogeneous. */
export const defineCommand = <Args>(spec: CommandSpec<Args>): CommandSpec => spec as unknown as CommandSpec;
