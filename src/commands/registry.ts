import { compactKey } from '../core/text/vietnamese.js';
import type { CommandSpec } from './command.js';

const TELEGRAM_NAME = /^[a-z0-9_]{1,32}$/;

export interface CommandRegistry {
  readonly commands: readonly CommandSpec[];
  find(name: string): CommandSpec | null;
  /** the command that answers free text addressed to the bot, if one claims it */
  readonly freeText: CommandSpec | null;
}

/**
 * Collects the commands. A name or alias that is not a valid Telegram command, or that two commands share,
 * fails here, at start-up, rather than surprising a user later.
 */
export function createCommandRegistry(commands: readonly CommandSpec[]): CommandRegistry {
  const byName = new Map<string, CommandSpec>();
  for (const command of commands) {
    for (const name of [command.name, ...command.aliases]) {
      if (!TELEGRAM_NAME.test(name)) throw new Error(`command name "${name}" must be 1–32 of a–z, 0–9 and _`);
      const key = compactKey(name);
      const taken = byName.get(key);
      if (taken) throw new Error(`command name "${name}" of /${command.name} is already used by /${taken.name}`);
      byName.set(key, command);
    }
  }
  const freeText = commands.filter((command) => command.freeText);
  if (freeText.length > 1) throw new Error(`only one command may answer free text: ${freeText.map((c) => `/${c.name}`).join(', ')}`);
  return {
    commands,
    find: (name) => byName.get(compactKey(name)) ?? null,
    freeText: freeText[0] ?? null,
  };
}
