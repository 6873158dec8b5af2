import { feedbackLogBook } from './feedback.scenario.js';
import { groupBinding } from './group-binding.scenario.js';
import { groupChatter } from './group-chatter.scenario.js';
import { guidedReport } from './guided-report.scenario.js';
import { numberedRoles } from './numbered-roles.scenario.js';
import { oneLineReport } from './one-line-report.scenario.js';
import type { Scenario } from './scenario.js';
import { startAndHelp } from './start-and-help.scenario.js';
import { stickersAndPhotos } from './stickers-and-photos.scenario.js';

/** Every scenario, in the order each platform plays them (later ones see what earlier ones changed). */
export const scenarios: Scenario[] = [
  startAndHelp,
  groupBinding,
  guidedReport,
  oneLineReport,
  numberedRoles,
  stickersAndPhotos,
  groupChatter,
  feedbackLogBook,
];
