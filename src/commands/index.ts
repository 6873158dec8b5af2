import { assignRoleCommand } from './assign-role.command.js';
import { boxCommand } from './box.command.js';
import { cancelCommand } from './cancel.command.js';
import { overdueCommand, upcomingCommand } from './deadlines.command.js';
import { evidenceCommand } from './evidence.command.js';
import { explainCommand } from './explain.command.js';
import { exportReportCommand } from './export-report.command.js';
import { feedbackCommand } from './feedback.command.js';
import { handleFeedbackCommand } from './handle-feedback.command.js';
import type { CommandSpec } from './command.js';
import { followCommand } from './follow.command.js';
import { helpCommand } from './help.command.js';
import { holidaysCommand } from './holidays.command.js';
import { importPlanCommand } from './import-plan.command.js';
import { plansCommand } from './plans.command.js';
import { languageCommand } from './language.command.js';
import { leaveCommand } from './leave.command.js';
import { lookupCommand } from './lookup.command.js';
import { registerGroupCommand } from './register-group.command.js';
import { reportCommand } from './report.command.js';
import { resumeCommand } from './resume.command.js';
import { scheduleCommand } from './schedule.command.js';
import { summaryCommand } from './summary.command.js';
import { signInCommand, signOutCommand } from './sign-in.command.js';
import { startCommand } from './start.command.js';
import { tasksCommand } from './tasks.command.js';
import { unitCardCommand } from './unit-card.command.js';

/** Every chat command, in the order /help and the Telegram menu show them. */
export const allCommands: readonly CommandSpec[] = [
  startCommand,
  helpCommand,
  tasksCommand,
  reportCommand,
  explainCommand,
  upcomingCommand,
  overdueCommand,
  evidenceCommand,
  feedbackCommand,
  handleFeedbackCommand,
  boxCommand,
  leaveCommand,
  summaryCommand,
  exportReportCommand,
  scheduleCommand,
  lookupCommand,
  followCommand,
  registerGroupCommand,
  assignRoleCommand,
  unitCardCommand,
  languageCommand,
  signInCommand,
  signOutCommand,
  holidaysCommand,
  importPlanCommand,
  plansCommand,
  cancelCommand,
  resumeCommand,
];
