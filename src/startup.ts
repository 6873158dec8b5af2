import type { Clock } from './core/clock.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type App, type AppOptions, createApp } from './app.js';
import { type Config, configSecrets, isConsoleMode, parseConfig } from './config.js';
import { connectionLost } from './db/client.js';
import { postgresConnection } from './db/connection-url.js';
import { loadI18n } from './i18n/i18n.js';
import { createLogger, type Logger, type LogLevel } from './logger.js';
import { localesDir } from './paths.js';

/**
 * Reads `.env` in the working directory into the environment when there is one, as `.env.example` invites
 * (variables already set win). Off with TDA_DOTENV=off: the tests' child processes use it, so that a
 * developer's own .env cannot change what they test.
 */
export function loadDotEnv(env: Record<string, string | undefined> = process.env): void {
  const file = path.resolve('.env');
  if (env.TDA_DOTENV === 'off' || !existsSync(file)) return;
  process.loadEnvFile(file);
}

/** Reads the configuration or stops the process with one message listing every bad key. */
export async function configOrExit(env: Record<string, string | undefined>): Promise<Config> {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  const i18n = await loadI18n(localesDir);
  const locale = i18n.resolve(env.DEFAULT_LOCALE);
  const lines = [
    i18n.t(locale, 'config-invalid'),
    ...result.problems.map((problem) =>
      i18n.t(locale, 'config-problem', { key: problem.key, expect: i18n.t(locale, `config-expect-${problem.expect}`) }),
    ),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

export const loggerFor = (config: Config, fallback: LogLevel): Logger =>
  createLogger(config.logLevel ?? fallback, undefined, { secrets: configSecrets(config) });

/**
 * Why `npm start` must not open the demo console here, or null when it may. The console is for trying the bot
 * on the embedded database: never on PostgreSQL (a real database, where the demo must never be loaded), and
 * never in a deployment with no terminal, where a missing token would otherwise run the demo until the end of
 * the (empty) input and exit 0, again and again under a restart policy.
 */
export function consoleRefusal(config: Config, interactive: boolean): 'postgres' | 'production' | null {
  if (!isConsoleMode(config)) return null;
  if (config.database.driver === 'postgres') return 'postgres';
  if (config.production && !interactive) return 'production';
  return null;
}

/** Stops the process, before it touches any database, when no chat platform is configured where the console may not run. */
export async function refuseConsoleOrContinue(config: Config, interactive: boolean): Promise<void> {
  const reason = consoleRefusal(config, interactive);
  if (!reason) return;
  const i18n = await loadI18n(localesDir);
  process.stderr.write(`${i18n.t(config.defaultLocale, `console-refused-${reason}`)}\n`);
  process.exit(1);
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'CONNECT_TIMEOUT',
  '28P01',
  '28000',
  '3D000',
]);

/**
 * Opens the app, or stops with one Vietnamese line when PostgreSQL cannot be reached or refuses us (wrong
 * host, password or database name): the operator's mistake, not a bug, so no stack trace, and the
 * connection string is named by its host only, never with its password.
 */
export async function createAppOrExit(
  config: Config,
  logger: Logger,
  clock?: Clock,
  options: Pick<AppOptions, 'renderFilesApart'> = {},
): Promise<App> {
  try {
    return await createApp({ config, logger, ...(clock ? { clock } : {}), ...options });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (config.database.driver !== 'postgres' || typeof code !== 'string' || !UNREACHABLE.has(code)) throw error;
    const databaseUrl = config.database.url;
    const i18n = await loadI18n(localesDir);
    const host = (() => {
      try {
        const connection = postgresConnection(databaseUrl);
        const url = new URL(connection.url);
        return `${connection.host ?? url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
      } catch {
        return '?';
      }
    })();
    process.stderr.write(`${i18n.t(i18n.resolve(config.defaultLocale), 'database-unreachable', { host, code })}\n`);
    process.exit(1);
  }
}

/**
 * The bot's listener for promises rejected with no one awaiting them. A statement the server cut off (a
 * restart, a failover: FATAL 57P01) can reach Node that way from inside postgres.js (see guardTransactions in
 * src/db/client.ts); it killed the bot once in the reliability suite, in a run of many. The message it
 * belonged to has failed and its platform sends it again: logged, not fatal. Any other such rejection is a
 * bug, and still ends the process, as Node would.
 */
export function unhandledRejection(logger: Logger): (error: unknown) => void {
  return (error) => {
    if (!connectionLost(error)) throw error;
    logger.warn({ err: error }, 'a database connection was cut under a statement no one awaited');
  };
}
