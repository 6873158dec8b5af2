import { type Config, configSecrets, parseConfig } from './config.js';
import { loadI18n } from './i18n/i18n.js';
import { createLogger, type Logger, type LogLevel } from './logger.js';
import { localesDir } from './paths.js';

/** Reads the configuration or stops the process with one message listing every bad key. */
export async function configOrExit(env: Record<string, string | undefined>): Promise<Config> {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  const i18n = await loadI18n(localesDir);
  const locale = i18n.resolve(env.DEFAULT_LOCALE);
  const lines = [
    i18n.t(locale, 'config-invalid'),
    ...result.problems.map((problem) => i18n.t(locale, 'config-problem', { key: problem.key, expect: i18n.t(locale, `config-expect-${problem.expect}`) })),
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

export const loggerFor = (config: Config, fallback: LogLevel): Logger =>
  createLogger(config.logLevel ?? fallback, undefined, { secrets: configSecrets(config) });
