import { assignRoleCommand } from './assign-role.command.js';
import { cancelCommand } from './cancel.command.js';
import type { CommandSpec } from './command.js';
import { followCommand } from './follow.command.js';
import { helpCommand } from './help.command.js';
import { languageCommand } from './language.command.js';
import { lookupCommand } from './lookup.command.js';
import { registerGroupCommand } from './register-group.command.js';
import { startCommand } from './start.command.js';
import { tasksCommand } from './tasks.command.js';

/** Every chat command, in the order /help and the Telegram menu show them. */
export const allCommands: readonly CommandSpec[] = [
  startCommand,
  helpCommand,
  tasksCommand,
  lookupCommand,
  followCommand,
  registerGroupCommand,
  assignRoleCommand,
  languageCommand,
  cancelCommand,
];
