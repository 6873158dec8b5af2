import pino from 'pino';

export type Logger = pino.Logger;
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

// Anything that looks like a credential is masked wherever it appears in a log object.
const REDACT_PATHS = [
  'token',
  'secret',
  'password',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  '*.token',
  '*.secret',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.refresh_token',
  'headers.authorization',
  'headers["x-telegram-bot-api-secret-token"]',
  'headers["x-bot-api-secret-token"]',
];

/** JSON logs on stderr, so that standard output stays free for the console chat and CLI results. */
export function createLogger(level: LogLevel, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}
