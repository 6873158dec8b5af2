import type { Secret } from '../support/privacy-guard.js';

/**
 * Conversation scenarios, written once and run on every chat platform (console, Telegram, Zalo OA, Zalo
 * Bot) with the same expected replies. A scenario speaks of people and chats by role; each platform's driver
 * maps them to its own users and chats, sends what a person would send there (a command, a reply to the bot,
 * a sticker, a photo, a pressed button or a typed number), and hands back what the person would read.
 */

/** The demo hospital's administrator, its focal point, and someone the bot has not met. */
export type Person = 'admin' | 'focal' | 'stranger';

/** The hospital's group (bound to BVDK), a group of this scenario bound to nothing yet, the person's private chat. */
export type Place = 'unit' | 'newGroup' | 'private';

export type Say =
  /** typed text; "{id:stranger}" becomes that person's id on the platform */
  | string
  | { sticker: true }
  /** a photo with this caption */
  | { photo: string }
  /** one of the choices the bot just offered in this chat, by its number or by words of its label */
  | { choose: number | string };

export interface ExpectedReply {
  text: string | RegExp;
  /** the offered choices, in order: buttons on Telegram, a numbered list with "Trả lời 1, 2…" elsewhere */
  choices?: Array<string | RegExp>;
}

/** null: the bot stays silent. A string or pattern: the whole reply, with no choices offered. */
export type Expected = string | RegExp | ExpectedReply | null;

export interface Step {
  as: Person;
  in: Place;
  say: Say;
  /** the message answers the bot's last message in this chat (how answers reach a bot that only hears replies) */
  reply?: boolean;
  /** group talk not meant for the bot */
  chatter?: boolean;
  expect: Expected;
}

/** What some platforms cannot carry: the console has no stickers or photos, and every line there is for the bot. */
export type Need = 'stickers' | 'photos' | 'chatter';

export interface Scenario {
  name: string;
  needs?: Need[];
  /**
   * The complainants' phones, e-mails, ID numbers and names the scenario gives as feedback contacts: the
   * driver of every platform shows each text the bot sends to a group to the privacy guard, which fails the
   * scenario if one of them appears (tests/support/privacy-guard.ts).
   */
  complainants?: Secret[];
  steps: Step[];
}

/** What a person reads: the bot's messages in that chat, joined, and the choices offered with them. */
export interface Reply {
  text: string;
  choices: string[];
}

export type Content = { text: string } | { sticker: true } | { photo: string } | { choice: number };

export interface Outgoing {
  as: Person;
  in: Place;
  content: Content;
  reply: boolean;
  chatter: boolean;
}

/** One platform, set up with the demo Department as every driver sets it up. */
export interface ScenarioDriver {
  readonly platform: string;
  readonly can: ReadonlySet<Need>;
  /** the person's id on this platform, for "{id:…}" */
  idOf(person: Person): string;
  /** Starts a scenario: a new group bound to nothing becomes "newGroup". */
  beginScenario(index: number): Promise<void>;
  /** Sends and waits until the bot has fully handled it; the bot's answer in that chat, or null. */
  send(message: Outgoing): Promise<Reply | null>;
  stop(): Promise<void>;
}

const HINT = /^(?:Trả lời|Reply) ([\d, ]+?)(?: (?:hoặc|or) (\d+))?, (?:hoặc gõ|or type) \/huy/;

/**
 * A reply rendered without buttons carries its choices as "1. …" lines and a hint "Trả lời 1, 2 hoặc 3".
 * Reads them back, and checks that the hint names exactly the numbers listed.
 */
export function parseNumberedChoices(text: string): Reply {
  const lines = text.split('\n');
  const hint = HINT.exec(lines.at(-1) ?? '');
  if (!hint) return { text, choices: [] };
  const numbers = [
    ...hint[1]!
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
    ...(hint[2] ? [hint[2]] : []),
  ].map(Number);
  const choices = lines.slice(lines.length - 1 - numbers.length, -1);
  const labels = choices.map((line, index) => {
    const match = /^(\d+)\. (.*)$/.exec(line);
    if (!match || Number(match[1]) !== index + 1) throw new Error(`choice ${index + 1} is not numbered: "${line}"\n${text}`);
    return match[2]!;
  });
  if (numbers.join(',') !== labels.map((_, i) => i + 1).join(','))
    throw new Error(`the hint names ${numbers.join(', ')} for ${labels.length} choices`);
  return { text: lines.slice(0, lines.length - 1 - numbers.length).join('\n'), choices: labels };
}

function describeReply(reply: Reply | null): string {
  if (!reply) return '(silence)';
  return reply.choices.length ? `${reply.text}\n[choices: ${reply.choices.join(' | ')}]` : reply.text;
}

const matches = (value: string, expected: string | RegExp) => (typeof expected === 'string' ? value === expected : expected.test(value));

function check(reply: Reply | null, expected: Expected): string | null {
  if (expected === null) return reply ? 'expected silence' : null;
  if (!reply) return 'expected a reply, got silence';
  const wanted: ExpectedReply = typeof expected === 'string' || expected instanceof RegExp ? { text: expected, choices: [] } : expected;
  if (!matches(reply.text, wanted.text)) return `text differs from ${String(wanted.text)}`;
  if (wanted.choices) {
    if (reply.choices.length !== wanted.choices.length) return `expected ${wanted.choices.length} choices, got ${reply.choices.length}`;
    const wrong = wanted.choices.findIndex((choice, i) => !matches(reply.choices[i]!, choice));
    if (wrong >= 0) return `choice ${wrong + 1} differs from ${String(wanted.choices[wrong])}`;
  }
  return null;
}

function resolveChoice(last: Reply | null, choose: number | string): number {
  if (!last || last.choices.length === 0) throw new Error('no choices were offered here to choose from');
  const index = typeof choose === 'number' ? choose - 1 : last.choices.findIndex((label) => label.includes(choose));
  if (index < 0 || index >= last.choices.length) throw new Error(`no choice "${choose}" among: ${last.choices.join(' | ')}`);
  return index;
}

export interface ScenarioOutcome {
  skipped: Need[];
  steps: number;
}

/** Plays a scenario on a driver; throws at the first step whose answer differs, saying what was read instead. */
export async function playScenario(driver: ScenarioDriver, scenario: Scenario, index: number): Promise<ScenarioOutcome> {
  const missing = (scenario.needs ?? []).filter((need) => !driver.can.has(need));
  if (missing.length > 0) return { skipped: missing, steps: 0 };
  await driver.beginScenario(index);
  const last = new Map<Place, Reply | null>();
  for (const [position, step] of scenario.steps.entries()) {
    let content: Content;
    if (typeof step.say === 'string')
      content = { text: step.say.replace(/\{id:(admin|focal|stranger)\}/g, (_, person: Person) => driver.idOf(person)) };
    else if ('choose' in step.say) content = { choice: resolveChoice(last.get(step.in) ?? null, step.say.choose) };
    else content = step.say;
    const reply = await driver.send({ as: step.as, in: step.in, content, reply: step.reply ?? false, chatter: step.chatter ?? false });
    const problem = check(reply, step.expect);
    if (problem) {
      throw new Error(
        `${driver.platform} · “${scenario.name}” · step ${position + 1} (${step.as} in ${step.in} says ${JSON.stringify(step.say)}): ${problem}\n--- read:\n${describeReply(reply)}`,
      );
    }
    if (reply) last.set(step.in, reply);
  }
  return { skipped: [], steps: scenario.steps.length };
}
