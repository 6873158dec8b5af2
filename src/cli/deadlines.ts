import { parseArgs } from 'node:util';
import { systemClock } from '../core/clock.js';
import { describeRule, describeWarning } from '../core/deadlines/describe-rule.js';
import { extractDeadlines, referenceOptions } from '../core/deadlines/extraction/extract-deadlines.js';
import { cliContext, err, out, referenceDate } from './session.js';

/**
 * `deadlines "<text>" --json [--reference-date YYYY-MM-DD]`: the DESIGN contract, one JSON object
 * {"rules": DeadlineRule[], "warnings": string[]} where each warning is "<code>: <message>". Without
 * --json, the same in words. A date without a year takes the reference date's year (today by default).
 */
export async function deadlinesCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, 'reference-date': { type: 'string' } },
    allowPositionals: true,
  });
  const { config, t } = await cliContext();
  const text = positionals.join(' ').trim();
  if (!text) {
    err(t('cli-deadlines-usage'));
    process.exitCode = 2;
    return;
  }
  const reference = referenceDate(values['reference-date'], config, systemClock.now(), t);
  if (!reference) return;
  const result = extractDeadlines(text, referenceOptions(reference));
  const warnings = result.warnings.map((w) => describeWarning(t, w));
  if (values.json) {
    out(JSON.stringify({ rules: result.rules, warnings }));
    return;
  }
  if (result.rules.length > 0)
    out([t('cli-deadlines-rules'), ...result.rules.map((rule) => t('cli-deadlines-rule', { rule: describeRule(t, rule) }))].join('\n'));
  for (const warning of warnings) out(t('import-warning', { warning }));
}
