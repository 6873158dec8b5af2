import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { App } from './app.js';
import type { Clock } from './core/clock.js';
import { PLATFORMS, type Platform } from './core/members/member.js';
import { grantAdmins } from './core/members/bootstrap-admins.js';
import type { Locale } from './i18n/i18n.js';
import { configOrExit, createAppOrExit, loadDotEnv, loggerFor } from './startup.js';

// Each command loads what only it uses (the console, the demo, the importer…) when it runs: `ask` waits for none of it.

const out = (text: string) => process.stdout.write(`${text}\n`);

/** `--at` that is not a moment: said in the operator's language, exit code 2 (a usage mistake), nothing run. */
function refuseAt(app: App, locale: Locale, value: string | undefined): void {
  process.stderr.write(`${app.i18n.t(locale, 'cli-bad-at', { value: value ?? '' })}\n`);
  process.exitCode = 2;
}

async function withApp<T>(work: (app: App, locale: Locale) => Promise<T>, clock?: Clock): Promise<T> {
  loadDotEnv();
  const config = await configOrExit(process.env);
  const app = await createAppOrExit(config, loggerFor(config, 'warn'), clock);
  try {
    return await work(app, config.defaultLocale);
  } finally {
    await app.close();
  }
}

/**
 * `chat [--user ID] [--chat ID] [--private] [--at ISO-8601] [--json]`: a console session; with --at, the bot's
 * clock starts at that moment and runs on from it (a demo or a test on a chosen day, whatever day it really
 * is); with --json every message the bot sends is one JSON line `{"in", "chat", "text", "choices"}`.
 */
async function chat(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      user: { type: 'string' },
      chat: { type: 'string' },
      private: { type: 'boolean', default: false },
      at: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const start = values.at ? new Date(values.at) : null;
  if (start && Number.isNaN(start.getTime())) {
    await withApp(async (app, locale) => refuseAt(app, locale, values.at));
    return;
  }
  const began = Date.now();
  const clock: Clock | undefined = start ? { now: () => new Date(start.getTime() + (Date.now() - began)) } : undefined;
  await withApp(async (app) => {
    const { openConsoleSession } = await import('./adapters/console/console-session.js');
    const session = await openConsoleSession(app, {
      userId: values.user,
      chatId: values.chat,
      private: values.private,
      input: process.stdin,
      output: process.stdout,
      interactive: false,
      json: values.json,
    });
    await session.run();
  }, clock);
}

async function demo() {
  await withApp(async (app, locale) => {
    const { loadDemo } = await import('./demo/load-demo.js');
    const loaded = await loadDemo(app.store, { clock: app.clock, timezone: app.config.defaultTimezone });
    out(
      loaded
        ? app.i18n.t(locale, 'cli-demo-loaded', { units: await app.store.units.count(), plans: await app.store.plans.countPlans() })
        : app.i18n.t(locale, 'cli-demo-present'),
    );
  });
}

// createApp applies the migrations before anything else; this only says so.
async function migrate() {
  await withApp(async (app, locale) => out(app.i18n.t(locale, 'cli-migrated')));
}

async function admin(argv: string[]) {
  await withApp(async (app, locale) => {
    const [verb, id] = argv;
    const colon = id?.indexOf(':') ?? -1;
    const platform = id?.slice(0, colon) as Platform;
    if (verb !== 'add' || !id || colon <= 0 || !PLATFORMS.includes(platform)) {
      process.stderr.write(`${app.i18n.t(locale, 'cli-admin-invalid')}\n`);
      process.exitCode = 1;
      return;
    }
    const granted = await grantAdmins(app.store, [{ platform, id: id.slice(colon + 1) }], app.clock);
    out(app.i18n.t(locale, granted > 0 ? 'cli-admin-added' : 'cli-admin-present', { id }));
  });
}

/** Runs the reminder job for a moment (now by default) and prints what it queued, or would queue with --dry-run. */
async function reminders(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { at: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  await withApp(async (app, locale) => {
    const at = values.at ? new Date(values.at) : app.clock.now();
    if (Number.isNaN(at.getTime())) return refuseAt(app, locale, values.at);
    const { runReminders } = await import('./jobs/reminders.job.js');
    const messages = await runReminders(
      { store: app.store, i18n: app.i18n, calendar: app.calendar, timezone: app.config.defaultTimezone },
      at,
      { dryRun: values['dry-run'] },
    );
    for (const message of messages) out(`[→ ${message.chat}]\n${message.text}\n`);
    out(
      messages.length === 0
        ? app.i18n.t(locale, 'cli-reminders-none')
        : app.i18n.t(locale, values['dry-run'] ? 'cli-reminders-dry' : 'cli-reminders-queued', { count: messages.length }),
    );
  });
}

/**
 * `digest --dry-run --json [--unit CODE] [--at ISO-8601]`: the digests that are due (or, with --unit, that
 * unit's whatever its schedule), as DESIGN's contract says. Without --dry-run they are queued for sending.
 */
async function digest(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      at: { type: 'string' },
      unit: { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  await withApp(async (app, locale) => {
    const at = values.at ? new Date(values.at) : app.clock.now();
    if (Number.isNaN(at.getTime())) return refuseAt(app, locale, values.at);
    if (values.unit && !(await app.store.units.findByCode(values.unit))) {
      process.stderr.write(`${app.i18n.t(locale, 'cli-digest-unknown-unit', { code: values.unit })}\n`);
      process.exitCode = 2;
      return;
    }
    const { runDigests } = await import('./jobs/digest.job.js');
    const deps = {
      store: app.store,
      i18n: app.i18n,
      calendar: app.calendar,
      timezone: app.config.defaultTimezone,
      chart: app.services.leaderChart,
    };
    const messages = await runDigests(deps, at, {
      dryRun: values['dry-run'],
      unitCode: values.unit ?? null,
      ignoreSchedule: Boolean(values.unit),
    });
    if (values.json) {
      const digests = messages.map((m) => ({
        chat: m.chat,
        kind: m.kind,
        unit: m.unit,
        text: m.text,
        attachments: m.files.map((f) => ({ kind: f.kind === 'photo' ? 'image' : 'file', name: f.name })),
      }));
      out(JSON.stringify({ digests }));
      return;
    }
    for (const message of messages) out(`[→ ${message.chat}]\n${message.text}${message.files.map((f) => `\n📎 ${f.name}`).join('')}\n`);
    out(
      messages.length === 0
        ? app.i18n.t(locale, 'cli-digest-none')
        : app.i18n.t(locale, values['dry-run'] ? 'cli-digest-dry' : 'cli-digest-queued', { count: messages.length }),
    );
  });
}

// Benchmarks live in bench/ (outside the shipped code); they run in their own process with the same runtime.
async function bench(argv: string[]) {
  const { spawn } = await import('node:child_process');
  const path = await import('node:path');
  const { projectRoot } = await import('./paths.js');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'run.ts'), ...argv], { stdio: 'inherit' });
  process.exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

/** zalo auth | groups | group create | group bind | assets | status: setting up the Zalo OA (src/adapters/zalo-oa/oa.cli.ts). */
async function zalo(argv: string[]) {
  const { runZaloCli } = await import('./adapters/zalo-oa/oa.cli.js');
  await withApp(async (app, locale) => {
    const { createInterface } = await import('node:readline/promises');
    const ask = process.stdin.isTTY
      ? async (prompt: string) => {
          const lines = createInterface({ input: process.stdin, output: process.stdout });
          try {
            return await lines.question(`${prompt} `);
          } finally {
            lines.close();
          }
        }
      : undefined;
    process.exitCode = await runZaloCli(app, argv, { out, err: (line) => process.stderr.write(`${line}\n`), ask }, locale);
  });
}

// Each loads its module on demand: `deadlines` needs no database, `chat` no importer.
const deadlines = async (argv: string[]) => (await import('./cli/deadlines.js')).deadlinesCommand(argv);
const importFiles = async (argv: string[]) => (await import('./cli/import.js')).importCommand(argv);
const holidays = async (argv: string[]) => (await import('./cli/holidays.js')).holidaysCommand(argv);
const plan = async (argv: string[]) => (await import('./cli/plan.js')).planCommand(argv);
const members = async (argv: string[]) => (await import('./cli/members.js')).membersCommand(argv);
const groups = async (argv: string[]) => (await import('./cli/members.js')).groupsCommand(argv);

// `cli ask "<question>" [--json]`: the document lookup (src/cli/ask.ts)
async function ask(argv: string[]) {
  const { askCommand } = await import('./cli/ask.js');
  process.exitCode = await withApp((app, locale) => askCommand(app, locale, argv));
}

// `cli xuatbaocao [kế hoạch] [kỳ] [--out DIR]`: the consolidated report's files on disk (src/cli/export-report.ts)
async function exportReport(argv: string[]) {
  const { exportReportCommand } = await import('./cli/export-report.js');
  process.exitCode = await withApp((app, locale) => exportReportCommand(app, locale, argv));
}

// `cli login --user <id>`: a one-time sign-in link to the dashboard (src/cli/login.ts)
async function login(argv: string[]) {
  const { loginCommand, embeddedDatabaseBusy } = await import('./cli/login.js');
  loadDotEnv();
  const config = await configOrExit(process.env);
  // The embedded database belongs to one process: while npm start serves it, that process gives the links.
  if (config.database.driver === 'pglite' && config.web) {
    const base = config.web.baseUrl ?? `http://127.0.0.1:${config.port}`;
    if (await embeddedDatabaseBusy(base)) {
      const { loadI18n } = await import('./i18n/i18n.js');
      const { localesDir } = await import('./paths.js');
      const i18n = await loadI18n(localesDir, config.defaultLocale);
      process.stderr.write(`${i18n.t(config.defaultLocale, 'cli-login-busy', { address: base })}\n`);
      process.exitCode = 1;
      return;
    }
  }
  process.exitCode = await withApp((app, locale) => loginCommand(app, locale, argv));
}

const subcommands: Record<string, (argv: string[]) => Promise<void>> = {
  chat,
  demo,
  migrate,
  admin,
  reminders,
  digest,
  bench,
  deadlines,
  import: importFiles,
  holidays,
  plan,
  members,
  groups,
  zalo,
  ask,
  xuatbaocao: exportReport,
  login,
};

const HELP_WORDS = new Set(['--help', '-h', 'help', 'trogiup']);

/**
 * Runs one command line (the arguments after `npm run cli --`) on this process's environment, standard streams
 * and exit code. src/cli.ts run as a program calls it; the tests call it in-process where the process itself
 * is not the point.
 */
export async function runCli(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const run = name ? subcommands[name] : undefined;
  if (!run || rest.some((arg) => arg === '--help' || arg === '-h')) {
    const { loadI18n } = await import('./i18n/i18n.js');
    const { localesDir } = await import('./paths.js');
    const i18n = await loadI18n(localesDir);
    const help = run !== undefined || (name !== undefined && HELP_WORDS.has(name));
    if (name && !help) process.stderr.write(`${i18n.t('vi', 'cli-unknown-command', { command: name })}\n`);
    process.stderr.write(`${i18n.t('vi', 'cli-usage')}\n${i18n.t('vi', 'cli-usage-more')}\n${i18n.t('vi', 'cli-usage-zalo')}\n`);
    process.exitCode = name && !help ? 1 : 0;
    return;
  }
  try {
    await run(rest);
  } catch (error) {
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const { loadI18n } = await import('./i18n/i18n.js');
      const { localesDir } = await import('./paths.js');
      const i18n = await loadI18n(localesDir);
      process.stderr.write(
        `${i18n.t('vi', 'cli-bad-option', { message: parseArgsProblem(error, i18n.t.bind(i18n, 'vi')) })}\n${i18n.t('vi', 'cli-usage')}\n${i18n.t('vi', 'cli-usage-more')}\n${i18n.t('vi', 'cli-usage-zalo')}\n`,
      );
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

/** node's parseArgs explains in English; the operator reads which option, in Vietnamese. */
function parseArgsProblem(error: TypeError, t: (key: string, args?: Record<string, string>) => string): string {
  const code = (error as { code?: string }).code;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli-option-unknown', { option: quoted });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t('cli-option-extra', { value: quoted });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli-option-value', { option: quoted.split(' ')[0] ?? quoted });
  return error.message;
}

// Run as a program (npm run cli, node … src/cli.ts, the built dist/cli.js); imported, it only defines runCli.
// (`node dist/cli`, without its extension, names no file: realpath would throw, so it is tried with `.js` too)
function isEntryPoint(entry: string | undefined): boolean {
  if (!entry) return false;
  const self = realpathSync(fileURLToPath(import.meta.url));
  for (const candidate of [entry, `${entry}.js`, `${entry}.ts`]) {
    try {
      if (realpathSync(candidate) === self) return true;
    } catch {
      // not this spelling
    }
  }
  return false;
}

if (isEntryPoint(process.argv[1])) {
  // `npm run cli -- digest --dry-run | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  runCli(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
