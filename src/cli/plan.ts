import { parseArgs } from 'node:util';
import { describeLadder, type LadderChange, planLadder, setPlanLadder } from '../core/reminders/ladder.js';
import { compactKey } from '../core/text/vietnamese.js';
import { err, out, withCliApp } from './session.js';

const YES = new Set(['yes', 'y', 'co', 'c', 'true', '1', 'on']);
const NO = new Set(['no', 'n', 'khong', 'k', 'false', '0', 'off']);
const NEVER = new Set(['never', 'khong', 'no', 'none', 'off']);

/** A whole number of working days from 0 to 30, as typed; undefined when it is not one. */
const workingDays = (text: string) => (/^\d{1,2}$/.test(text.trim()) && Number(text) <= 30 ? Number(text) : undefined);

/** The change the options ask for, or the name of the option that is wrong. */
function changeOf(values: {
  before?: string;
  'on-due'?: string;
  'escalate-after'?: string;
  default?: boolean;
}): LadderChange | { bad: string } | null {
  if (values.default) return { reset: true };
  const change: LadderChange = {};
  if (values.before !== undefined) {
    const before = workingDays(values.before);
    if (before === undefined) return { bad: '--before' };
    change.beforeWorkingDays = before;
  }
  if (values['on-due'] !== undefined) {
    const word = compactKey(values['on-due']);
    if (!YES.has(word) && !NO.has(word)) return { bad: '--on-due' };
    change.onDueDate = YES.has(word);
  }
  if (values['escalate-after'] !== undefined) {
    const after = NEVER.has(compactKey(values['escalate-after'])) ? null : workingDays(values['escalate-after']);
    if (after === undefined) return { bad: '--escalate-after' };
    change.afterWorkingDays = after;
  }
  return Object.keys(change).length > 0 ? change : null;
}

/**
 * `plan ladder <plan code> [--before N] [--on-due yes|no] [--escalate-after N|never] [--default]`: when the
 * plan's deadlines are reminded (working days before, the unit leader on the day, the Department leaders
 * after). Without options it shows the plan's ladder.
 */
export async function planCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      before: { type: 'string' },
      'on-due': { type: 'string' },
      'escalate-after': { type: 'string' },
      default: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  await withCliApp(async (app, t) => {
    const [verb, code, ...extra] = positionals;
    const change = changeOf(values);
    if (verb !== 'ladder' || !code || extra.length > 0 || (change && 'bad' in change)) {
      if (change && 'bad' in change) err(t('ladder-bad-option', { option: change.bad }));
      err(t('plan-usage'));
      process.exitCode = 2;
      return;
    }
    const result = change ? await setPlanLadder(app.store, { planCode: code, change, actorId: null }) : await planLadder(app.store, code);
    out(
      t(change ? 'ladder-set' : 'ladder-shown', {
        code: result.code ?? String(result.planId),
        title: result.title,
        ladder: describeLadder(t, result.ladder),
        own: result.own ? 'yes' : 'no',
      }),
    );
  });
}
