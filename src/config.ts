import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { isValidTimeZone } from './core/dates/local-date.js';
import { PLATFORMS, type Platform } from './core/members/member.js';
import { LOCALES, type Locale } from './i18n/i18n.js';
import { DEFAULT_SLA, parseSlaOverrides, type SlaPolicy } from './core/feedback/sla.js';
import type { LogLevel } from './logger.js';

/**
 * The environment, read once. Every key is checked together so that one start-up message lists every
 * problem; values are never echoed back, because several of them are secrets.
 */

export interface AdminId {
  platform: Platform;
  id: string;
}

export interface Config {
  database: { driver: 'postgres'; url: string } | { driver: 'pglite'; dataDir: string };
  dataDir: string;
  port: number;
  /** the dashboard (issue 24): null when WEB=off (no pages; the HTTP server then runs only for webhooks) */
  web: WebSettings | null;
  adminIds: AdminId[];
  defaultTimezone: string;
  defaultLocale: Locale;
  conversationTimeoutMinutes: number;
  /** working days to settle a feedback case, by channel and severity */
  feedbackSla: SlaPolicy;
  telegram: { token: string; apiRoot: string; webhook: { url: string; secret: string } | null } | null;
  zaloOa: {
    appId: string;
    appSecret: string | null;
    secretKey: string;
    accessToken: string | null;
    refreshToken: string | null;
    apiBase: string;
    oauthBase: string;
    /** the app's "Official Account Callback URL", where Zalo sends an admin after authorization */
    redirectUri: string | null;
  } | null;
  zaloBot: {
    token: string;
    apiBase: string;
    /** null: long polling (only when no public address is known; Zalo's docs want a webhook in production) */
    webhook: { url: string; secret: string } | null;
    /** the name people type to mention the bot ("Bot Trợ lý Đầu mối"); getMe gives only a handle */
    displayName: string | null;
  } | null;
  /** evidence photos and files kept with the reports: largest file, and how long they are kept */
  evidence: { maxBytes: number; retentionDays: number };
  /** null when LOG_LEVEL is unset: the server logs at info, the console only warnings */
  logLevel: LogLevel | null;
  /** messages to the bot one person may send at once, and per 10 seconds after that; 0: no limit */
  floodLimit: number;
  /** how long a replica holds the queued messages it claimed before another may take them (after a crash) */
  outboxLeaseSeconds: number;
  /** who issues and signs the consolidated report's Word draft; what is unset comes from the units' tree */
  report: ReportSettings;
  /** NODE_ENV=production: a deployment, where `npm start` never falls back to the demo console without a terminal */
  production: boolean;
}

export interface WebSettings {
  /**
   * The public address links are made of (`<baseUrl>/dang-nhap?t=…`), without a trailing slash; null: the
   * server's own, `http://127.0.0.1:<the port it listens on>` (known once it listens: PORT=0 picks a free one).
   */
  baseUrl: string | null;
}

/** The header and signature of the consolidated report (Nghị định 30/2020): each part only when configured. */
export interface ReportSettings {
  /** the superior body ("UBND TỈNH LAI CHÂU"); null: none at all */
  governingBody?: string | null;
  issuer?: string;
  /** the issuer's abbreviation in "Số: …/BC-SYT" */
  issuerCode?: string;
  place?: string;
  recipients?: string[];
  signer?: { title?: string; name?: string };
}

/** Which explanation (locale key `config-expect-<id>`) goes with a bad key. */
export interface ConfigProblem {
  key: string;
  expect: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

const httpUrl = z.url({ protocol: /^https?$/ });
// A line of the report's header or signature; several lines are separated by "|" (or a written "\n").
const reportText = z.string().max(300);
const reportLines = (value: string) =>
  value
    .split(/\||\\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
const optional = <T extends z.ZodType>(schema: T) => schema.optional();

const adminIds = z.string().transform((value, ctx) => {
  const ids: AdminId[] = [];
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const colon = part.indexOf(':');
    const platform = part.slice(0, colon) as Platform;
    const id = part.slice(colon + 1);
    if (colon <= 0 || !PLATFORMS.includes(platform) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      ctx.addIssue({ code: 'custom', message: 'admin-ids' });
      return z.NEVER;
    }
    ids.push({ platform, id });
  }
  return ids;
});

// Each key carries the id of its explanation; schema and explanations stay side by side.
const keys = {
  DATABASE_URL: [optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/)), 'postgres-url'],
  DATA_DIR: [z.string().min(1).default('./data'), 'path'],
  // 0: any free port (tests; the address printed at start says which)
  PORT: [z.coerce.number().int().min(0).max(65535).default(8080), 'port'],
  WEB: [z.enum(['on', 'off']).default('on'), 'web'],
  // the root of the server as the public sees it: the pages' own links are absolute paths, so no path prefix
  WEB_BASE_URL: [
    optional(httpUrl.refine((value) => ['', '/'].includes(new URL(value).pathname) && !new URL(value).search)),
    'web-base-url',
  ],
  ADMIN_IDS: [adminIds.default([]), 'admin-ids'],
  DEFAULT_TIMEZONE: [z.string().refine(isValidTimeZone).default('Asia/Ho_Chi_Minh'), 'timezone'],
  DEFAULT_LOCALE: [z.enum(LOCALES).default('vi'), 'locale'],
  CONVERSATION_TIMEOUT_MINUTES: [z.coerce.number().int().min(1).max(1440).default(15), 'minutes'],
  FEEDBACK_SLA: [
    z
      .string()
      .transform((value, ctx) => {
        try {
          return parseSlaOverrides(value);
        } catch {
          ctx.addIssue({ code: 'custom', message: 'feedback-sla' });
          return z.NEVER;
        }
      })
      .default(DEFAULT_SLA),
    'feedback-sla',
  ],
  TELEGRAM_BOT_TOKEN: [optional(z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/)), 'telegram-token'],
  TELEGRAM_API_ROOT: [httpUrl.default('https://api.telegram.org'), 'url'],
  TELEGRAM_WEBHOOK_URL: [optional(httpUrl), 'url'],
  TELEGRAM_WEBHOOK_SECRET: [optional(z.string().regex(/^[A-Za-z0-9_-]{12,256}$/)), 'telegram-secret'],
  ZALO_OA_APP_ID: [optional(z.string().regex(/^\d{6,32}$/)), 'zalo-app-id'],
  ZALO_APP_SECRET: [optional(z.string().min(8)), 'secret'],
  ZALO_OA_SECRET_KEY: [optional(z.string().min(8)), 'secret'],
  ZALO_OA_ACCESS_TOKEN: [optional(z.string().min(8)), 'secret'],
  ZALO_OA_REFRESH_TOKEN: [optional(z.string().min(8)), 'secret'],
  ZALO_OA_API_BASE: [httpUrl.default('https://openapi.zalo.me'), 'url'],
  ZALO_OAUTH_BASE: [httpUrl.default('https://oauth.zaloapp.com'), 'url'],
  ZALO_OA_REDIRECT_URI: [optional(httpUrl), 'url'],
  ZALO_BOT_TOKEN: [optional(z.string().regex(/^[A-Za-z0-9:_-]{10,}$/)), 'zalo-bot-token'],
  ZALO_BOT_API_BASE: [httpUrl.default('https://bot-api.zaloplatforms.com'), 'url'],
  ZALO_BOT_WEBHOOK_URL: [optional(httpUrl), 'url'],
  ZALO_BOT_WEBHOOK_SECRET: [optional(z.string().min(8).max(256)), 'zalo-bot-secret'],
  ZALO_BOT_NAME: [optional(z.string().min(1).max(100)), 'zalo-bot-name'],
  EVIDENCE_MAX_MB: [z.coerce.number().positive().max(1024).default(10), 'evidence-max-mb'],
  EVIDENCE_RETENTION_DAYS: [z.coerce.number().int().min(1).max(36_500).default(730), 'evidence-retention-days'],
  LOG_LEVEL: [optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])), 'log-level'],
  FLOOD_LIMIT: [z.coerce.number().int().min(0).max(10_000).default(30), 'flood-limit'],
  OUTBOX_LEASE_SECONDS: [z.coerce.number().int().min(15).max(3600).default(120), 'lease-seconds'],
  REPORT_SUPERIOR_AGENCY: [optional(reportText), 'report-text'],
  REPORT_AGENCY: [optional(reportText), 'report-text'],
  REPORT_AGENCY_CODE: [optional(z.string().regex(/^[\p{Lu}\d-]{1,20}$/u)), 'report-agency-code'],
  REPORT_PLACE: [optional(reportText), 'report-text'],
  REPORT_SIGNER_TITLE: [optional(reportText), 'report-text'],
  REPORT_SIGNER_NAME: [optional(reportText), 'report-text'],
  REPORT_RECIPIENTS: [optional(z.string().max(2000)), 'report-text'],
  NODE_ENV: [optional(z.string()), 'node-env'],
} as const satisfies Record<string, readonly [z.ZodType, string]>;

type Key = keyof typeof keys;
/** Every variable the configuration reads (.env.example and the README's table must list each one). */
export const CONFIG_KEYS = Object.keys(keys) as readonly Key[];
type Parsed = { [K in Key]: z.output<(typeof keys)[K][0]> };

/** Parses an environment (process.env in production, a literal in tests). Empty values count as unset. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const problems: ConfigProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, [schema, expect]] of Object.entries(keys) as Array<[Key, readonly [z.ZodType, string]]>) {
    const raw = env[key];
    const result = schema.safeParse(raw === undefined || raw.trim() === '' ? undefined : raw.trim());
    if (result.success) values[key] = result.data;
    else problems.push({ key, expect });
  }
  // The checks between keys run on what did parse, so that one message lists every problem. A bad key is
  // left out of `values`: as a trigger it proves nothing (another trigger that parsed may still fire the
  // check), and as the key a check would call missing it is already reported as malformed.
  const bad = new Set(problems.map((problem) => problem.key));
  const v = values as Parsed;
  const requires = (key: Key, expect: string, ...triggers: unknown[]) => {
    if (!bad.has(key) && !v[key] && triggers.some(Boolean)) problems.push({ key, expect });
  };

  requires('TELEGRAM_WEBHOOK_SECRET', 'telegram-secret-required', v.TELEGRAM_WEBHOOK_URL);
  requires('TELEGRAM_BOT_TOKEN', 'telegram-token-required', v.TELEGRAM_WEBHOOK_URL, v.TELEGRAM_WEBHOOK_SECRET);
  requires('ZALO_OA_APP_ID', 'zalo-oa-required', v.ZALO_OA_SECRET_KEY, v.ZALO_OA_ACCESS_TOKEN, v.ZALO_OA_REFRESH_TOKEN);
  requires('ZALO_OA_SECRET_KEY', 'zalo-oa-required', v.ZALO_OA_APP_ID, v.ZALO_OA_ACCESS_TOKEN, v.ZALO_OA_REFRESH_TOKEN);
  // Without the app secret no token can be refreshed: the OA would fall silent a day after start.
  requires('ZALO_APP_SECRET', 'zalo-app-secret-required', v.ZALO_OA_APP_ID);
  requires('ZALO_OA_REFRESH_TOKEN', 'zalo-oa-token-pair', v.ZALO_OA_ACCESS_TOKEN);
  requires('ZALO_OA_ACCESS_TOKEN', 'zalo-oa-token-pair', v.ZALO_OA_REFRESH_TOKEN);
  requires('ZALO_BOT_TOKEN', 'zalo-bot-token-required', v.ZALO_BOT_WEBHOOK_SECRET, v.ZALO_BOT_WEBHOOK_URL);
  requires('ZALO_BOT_WEBHOOK_SECRET', 'zalo-bot-secret-required', v.ZALO_BOT_WEBHOOK_URL);
  if (problems.length > 0) return { ok: false, problems };

  const config: Config = {
    database: v.DATABASE_URL ? { driver: 'postgres', url: v.DATABASE_URL } : { driver: 'pglite', dataDir: v.DATA_DIR },
    dataDir: v.DATA_DIR,
    port: v.PORT,
    web: v.WEB === 'off' ? null : { baseUrl: v.WEB_BASE_URL ? v.WEB_BASE_URL.replace(/\/+$/, '') : null },
    adminIds: v.ADMIN_IDS,
    defaultTimezone: v.DEFAULT_TIMEZONE,
    defaultLocale: v.DEFAULT_LOCALE,
    conversationTimeoutMinutes: v.CONVERSATION_TIMEOUT_MINUTES,
    feedbackSla: v.FEEDBACK_SLA,
    telegram: v.TELEGRAM_BOT_TOKEN
      ? {
          token: v.TELEGRAM_BOT_TOKEN,
          apiRoot: v.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
          webhook: v.TELEGRAM_WEBHOOK_URL ? { url: v.TELEGRAM_WEBHOOK_URL, secret: v.TELEGRAM_WEBHOOK_SECRET ?? '' } : null,
        }
      : null,
    zaloOa: v.ZALO_OA_APP_ID
      ? {
          appId: v.ZALO_OA_APP_ID,
          appSecret: v.ZALO_APP_SECRET ?? null,
          secretKey: v.ZALO_OA_SECRET_KEY ?? '',
          accessToken: v.ZALO_OA_ACCESS_TOKEN ?? null,
          refreshToken: v.ZALO_OA_REFRESH_TOKEN ?? null,
          apiBase: v.ZALO_OA_API_BASE.replace(/\/+$/, ''),
          oauthBase: v.ZALO_OAUTH_BASE.replace(/\/+$/, ''),
          redirectUri: v.ZALO_OA_REDIRECT_URI ?? null,
        }
      : null,
    zaloBot: v.ZALO_BOT_TOKEN
      ? {
          token: v.ZALO_BOT_TOKEN,
          apiBase: v.ZALO_BOT_API_BASE.replace(/\/+$/, ''),
          webhook: zaloBotWebhook(v),
          displayName: v.ZALO_BOT_NAME ?? null,
        }
      : null,
    evidence: { maxBytes: Math.round(v.EVIDENCE_MAX_MB * 1024 * 1024), retentionDays: v.EVIDENCE_RETENTION_DAYS },
    logLevel: v.LOG_LEVEL ?? null,
    floodLimit: v.FLOOD_LIMIT,
    outboxLeaseSeconds: v.OUTBOX_LEASE_SECONDS,
    production: v.NODE_ENV === 'production',
    report: reportSettings(v),
  };
  return { ok: true, config };
}

/**
 * The Zalo Bot's webhook: the address given, or else this server's public https address (WEB_BASE_URL), since
 * Zalo's docs keep getUpdates for local use ("với môi trường production, bạn nên thiết lập Webhook"). Without a
 * secret of its own, the webhook's secret is derived from the bot token: every replica computes the same one,
 * and no one without the token can.
 */
function zaloBotWebhook(v: Parsed): { url: string; secret: string } | null {
  const base = v.WEB_BASE_URL?.replace(/\/+$/, '');
  const url = v.ZALO_BOT_WEBHOOK_URL ?? (base?.startsWith('https://') ? `${base}/webhooks/zalo-bot` : null);
  if (!url || !v.ZALO_BOT_TOKEN) return null;
  const secret = v.ZALO_BOT_WEBHOOK_SECRET ?? createHmac('sha256', v.ZALO_BOT_TOKEN).update('zalo-bot-webhook-secret').digest('hex');
  return { url, secret };
}

function reportSettings(v: Parsed): ReportSettings {
  const settings: ReportSettings = {};
  // "-" says the Department has no superior body line, rather than the one read from its name
  if (v.REPORT_SUPERIOR_AGENCY) settings.governingBody = v.REPORT_SUPERIOR_AGENCY === '-' ? null : v.REPORT_SUPERIOR_AGENCY;
  if (v.REPORT_AGENCY) settings.issuer = v.REPORT_AGENCY;
  if (v.REPORT_AGENCY_CODE) settings.issuerCode = v.REPORT_AGENCY_CODE;
  if (v.REPORT_PLACE) settings.place = v.REPORT_PLACE;
  if (v.REPORT_RECIPIENTS) settings.recipients = reportLines(v.REPORT_RECIPIENTS);
  if (v.REPORT_SIGNER_TITLE || v.REPORT_SIGNER_NAME) {
    settings.signer = {
      ...(v.REPORT_SIGNER_TITLE ? { title: reportLines(v.REPORT_SIGNER_TITLE).join('\n') } : {}),
      ...(v.REPORT_SIGNER_NAME ? { name: v.REPORT_SIGNER_NAME } : {}),
    };
  }
  return settings;
}

/** The configured credentials, for the logger to mask wherever they would otherwise appear. */
export function configSecrets(config: Config): string[] {
  const values = [
    config.telegram?.token,
    config.telegram?.webhook?.secret,
    config.zaloOa?.appSecret,
    config.zaloOa?.secretKey,
    config.zaloOa?.accessToken,
    config.zaloOa?.refreshToken,
    config.zaloBot?.token,
    config.zaloBot?.webhook?.secret,
  ];
  if (config.database.driver === 'postgres') {
    const password = URL.canParse(config.database.url) ? new URL(config.database.url).password : '';
    if (password) values.push(password, decodeURIComponent(password));
  }
  return values.filter((value): value is string => Boolean(value));
}

/** True when no chat platform is configured: the console on the embedded database is what runs. */
export const isConsoleMode = (config: Config) => !config.telegram && !config.zaloOa && !config.zaloBot;
