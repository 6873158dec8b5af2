import { type App, createApp } from '../app.js';
import type { Config } from '../config.js';
import { localDateOf, isLocalDate, type LocalDate } from '../core/dates/local-date.js';
import type { Translate } from '../core/text/translate.js';
import { isDomainError } from '../core/errors.js';
import { loadI18n } from '../i18n/i18n.js';
import { localesDir } from '../paths.js';
import { configOrExit, loggerFor } from '../startup.js';

export const out = (text: string) => process.stdout.write(`${text}\n`);
export const err = (text: string) => process.stderr.write(`${text}\n`);

export interface CliContext {
  config: Config;
  t: Translate;
}

/** The configuration and the operator's language, without opening the database (for `deadlines`). */
export async function cliContext(): Promise<CliContext> {
  const config = await configOrExit(process.env);
  const i18n = await loadI18n(localesDir, config.defaultLocale);
  return { config, t: i18n.translator(config.defaultLocale) };
}

/**
 * Runs work against the configured database (migrated first) and closes it. A DomainError is the
 * operator's mistake: its message goes to standard error and the exit code is 1, nothing else happens.
 */
export async function withCliApp(work: (app: App, t: Translate) => Promise<void>): Promise<void> {
  const config = await configOrExit(process.env);
  const app = await createApp({ config, logger: loggerFor(config, 'warn') });
  const t = app.i18n.translator(config.defaultLocale);
  try {
    await work(app, t);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    err(t(error.i18nKey, error.params));
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}

/** `--reference-date` or today in the deployment's timezone; null (after saying why) when it is not a date. */
export function referenceDate(value: string | undefined, config: Config, now: Date, t: Translate): LocalDate | null {
  if (value === undefined) return localDateOf(now, config.defaultTimezone);
  if (isLocalDate(value)) return value;
  err(t('cli-bad-reference-date'));
  process.exitCode = 2;
  return null;
}
