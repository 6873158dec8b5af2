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

const CENSOR = '[redacted]';

// Key names whose values are credentials, at any depth of an error (redact paths only reach two levels).
const SECRET_KEY = /token|secret|password|passwd|authorization|cookie|api[-_]?key/i;

/**
 * Credentials that travel inside text rather than under a key: the Bot API puts the bot token in its URL
 * path (/bot<token>/<method>), and node-fetch repeats that URL in its error message and stack, which grammY
 * keeps as the `error` of its HttpError.
 */
const TEXT_PATTERNS: Array<[RegExp, string]> = [
  [/\/bot[^/\s"'\\?#]+\//g, `/bot${CENSOR}/`],
  // a Telegram-style bot token anywhere else: digits, a colon, a long tail
  [/\b\d{5,}:[A-Za-z0-9_-]{20,}/g, CENSOR],
  [/([?&](?:access_token|refresh_token|token|secret|secret_key|code|code_verifier)=)[^&\s"'\\]+/gi, `$1${CENSOR}`],
  // user:password@ in a connection string or URL
  [/(\/\/[^/\s:@"']+:)[^@\s/"']+@/g, `$1${CENSOR}@`],
];

function scrubText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // What a failed API call was sent (grammY's `payload`): a webhook secret, or a person's message text.
    if (key === 'payload') continue;
    out[key] = SECRET_KEY.test(key) && inner !== null && typeof inner !== 'object' ? CENSOR : scrubValue(inner, depth + 1);
  }
  return out;
}

/** pino's error serializer (message, stack, causes, own fields), then credentials and call payloads taken out. */
export function serializeError(error: unknown): unknown {
  return scrubValue(pino.stdSerializers.err(error as Error), 0);
}

export interface LoggerOptions {
  /**
   * Values that must never be written (the configured tokens and keys), masked in the finished line whatever
   * field or message carries them. Short values are skipped: masking them would garble ordinary words.
   */
  secrets?: readonly string[];
}

const MIN_SECRET_LENGTH = 8;

function lineScrubber(secrets: readonly string[]): (line: string) => string {
  // As written in the line: JSON escapes quotes and backslashes, so look for the escaped form as well.
  const literals = [
    ...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)])),
  ].sort((a, b) => b.length - a.length);
  return (line) => {
    let out = scrubText(line);
    for (const literal of literals) if (out.includes(literal)) out = out.split(literal).join(CENSOR);
    return out;
  };
}

/** JSON logs on stderr, so that standard output stays free for the console chat and CLI results. */
export function createLogger(
  level: LogLevel,
  destination: pino.DestinationStream = pino.destination(2),
  options: LoggerOptions = {},
): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: serializeError },
      hooks: { streamWrite: lineScrubber(options.secrets ?? []) },
    },
    destination,
  );
}
