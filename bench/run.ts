import { parseArgs } from 'node:util';
import { dashboardBenchmark } from './scenarios/dashboard.bench.js';
import { digestBuildBenchmark } from './scenarios/digest-build.bench.js';
import { fanoutBenchmark } from './scenarios/fanout.bench.js';
import { dispatchBenchmark } from './scenarios/dispatch.bench.js';
import { hanchotBenchmark } from './scenarios/hanchot.bench.js';
import { intentsBenchmark } from './scenarios/intents.bench.js';
import { extractBenchmark } from './scenarios/extract.bench.js';
import { lookupCompareBenchmark } from './scenarios/lookup-compare.bench.js';
import { lookupBenchmark } from './scenarios/lookup.bench.js';
import { planImportBenchmark } from './scenarios/plan-import.bench.js';
import { redactionBenchmark } from './scenarios/redaction.bench.js';
import { reportBuildBenchmark } from './scenarios/report-build.bench.js';
import { soakBenchmark } from './scenarios/soak.bench.js';
import { startupBenchmark } from './scenarios/startup.bench.js';
import { webhookBenchmark } from './scenarios/webhook.bench.js';

/**
 * `npm run bench -- <scenario> [--json]`: runs one benchmark and prints one JSON object as its last line.
 * Benchmarks measure; tests decide behaviour.
 */
const scenarios: Record<string, (options: { quick: boolean }) => Promise<Record<string, unknown>>> = {
  startup: startupBenchmark,
  dispatch: dispatchBenchmark,
  webhook: webhookBenchmark,
  hanchot: hanchotBenchmark,
  extract: extractBenchmark,
  intents: intentsBenchmark,
  lookup: lookupBenchmark,
  'lookup-compare': lookupCompareBenchmark,
  'plan-import': planImportBenchmark,
  'digest-build': digestBuildBenchmark,
  fanout: fanoutBenchmark,
  'report-build': reportBuildBenchmark,
  dashboard: dashboardBenchmark,
  soak: soakBenchmark,
  redaction: redactionBenchmark,
};

async function main() {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    options: { json: { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const name = positionals[0];
  const scenario = name ? scenarios[name] : undefined;
  if (!scenario) {
    process.stderr.write(`scenarios: ${Object.keys(scenarios).join(', ')}\n`);
    process.exitCode = 1;
    return;
  }
  const result = await scenario({ quick: values.quick });
  process.stdout.write(`${JSON.stringify({ scenario: name, ...result })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
