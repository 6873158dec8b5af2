import { afterEach, describe, expect, it, vi } from 'vitest';
import { configSecrets, isConsoleMode, parseConfig } from '../../src/config.js';
import { configOrExit } from '../../src/startup.js';

describe('parseConfig', () => {
  it('runs on the embedded database in console mode with nothing set', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.database).toEqual({ driver: 'pglite', dataDir: './data' });
    expect(result.config.defaultTimezone).toBe('Asia/Ho_Chi_Minh');
    expect(result.config.defaultLocale).toBe('vi');
    expect(result.config.port).toBe(8080);
    expect(isConsoleMode(result.config)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set and reads admins', () => {
    const result = parseConfig({ DATABASE_URL: 'postgres://bot@db:5432/bot', ADMIN_IDS: 'telegram:123, zalo-oa:456' });
    expect(result.ok && result.config.database).toEqual({ driver: 'postgres', url: 'postgres://bot@db:5432/bot' });
    expect(result.ok && result.config.adminIds).toEqual([
      { platform: 'telegram', id: '123' },
      { platform: 'zalo-oa', id: '456' },
    ]);
  });

  it('treats empty values as unset', () => {
    const result = parseConfig({ DATABASE_URL: '', TELEGRAM_BOT_TOKEN: '  ', PORT: '' });
    expect(result.ok).toBe(true);
  });

  it('lists every bad key at once, with what it expects', () => {
    const result = parseConfig({
      PORT: 'abc',
      DEFAULT_TIMEZONE: 'Mars/Olympus',
      ADMIN_IDS: 'skype:1',
      DEFAULT_LOCALE: 'fr',
      DATABASE_URL: 'mysql://x',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { key: 'PORT', expect: 'port' },
        { key: 'DEFAULT_TIMEZONE', expect: 'timezone' },
        { key: 'ADMIN_IDS', expect: 'admin-ids' },
        { key: 'DEFAULT_LOCALE', expect: 'locale' },
        { key: 'DATABASE_URL', expect: 'postgres-url' },
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it('never carries a secret value into its problems', () => {
    const secret = 'not-a-valid-token-Sup3rS3cret';
    const result = parseConfig({ TELEGRAM_BOT_TOKEN: secret, TELEGRAM_WEBHOOK_SECRET: 'short' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(JSON.stringify(result)).not.toContain('short');
  });

  it('echoes no value of any secret key, whether it is malformed or only missing its partner', () => {
    const malformed = {
      TELEGRAM_BOT_TOKEN: 'malformed token SECRET-A',
      TELEGRAM_WEBHOOK_SECRET: 'spaces not allowed SECRET-B',
      ZALO_APP_SECRET: 'SEC-C',
      ZALO_OA_SECRET_KEY: 'SEC-D',
      ZALO_OA_ACCESS_TOKEN: 'SEC-E',
      ZALO_OA_REFRESH_TOKEN: 'SEC-F',
      ZALO_BOT_TOKEN: 'bad bot token SECRET-G',
      ZALO_BOT_WEBHOOK_SECRET: 'SEC-H',
      DATABASE_URL: 'mysql://bot:SECRET-I@db/bot',
    };
    const bad = parseConfig(malformed);
    expect(bad.ok ? [] : bad.problems.map((p) => p.key).sort()).toEqual(Object.keys(malformed).sort());
    for (const value of Object.values(malformed)) expect(JSON.stringify(bad)).not.toContain(value);
    // Well-formed values whose partner is missing: the problem names the missing key, never the given value.
    const lonely = {
      ZALO_OA_ACCESS_TOKEN: 'well-formed-access-token-SECRET-J',
      ZALO_BOT_WEBHOOK_SECRET: 'well-formed-bot-secret-SECRET-K',
      TELEGRAM_WEBHOOK_SECRET: 'well-formed-tg-secret-SECRET-L',
    };
    const partial = parseConfig(lonely);
    expect(partial.ok).toBe(false);
    for (const value of Object.values(lonely)) expect(JSON.stringify(partial)).not.toContain(value);
  });

  it('lists the configured credentials for the logger to mask, the database password included', () => {
    const result = parseConfig({
      DATABASE_URL: 'postgres://bot:p%40ss-word-1@db:5432/bot',
      TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      ZALO_OA_APP_ID: '1234567890',
      ZALO_APP_SECRET: 'app-secret-value',
      ZALO_OA_SECRET_KEY: 'oa-secret-key-value',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(configSecrets(result.config).sort()).toEqual(
      ['123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'app-secret-value', 'oa-secret-key-value', 'p%40ss-word-1', 'p@ss-word-1'].sort(),
    );
    expect(configSecrets((parseConfig({}) as { ok: true; config: Parameters<typeof configSecrets>[0] }).config)).toEqual([]);
  });

  it('takes FLOOD_LIMIT as a whole number, 30 by default and 0 for none', () => {
    expect(parseConfig({}).ok && (parseConfig({}) as { ok: true; config: { floodLimit: number } }).config.floodLimit).toBe(30);
    const off = parseConfig({ FLOOD_LIMIT: '0' });
    expect(off.ok && off.config.floodLimit).toBe(0);
    for (const bad of ['-1', '2.5', 'many', '100000']) {
      const result = parseConfig({ FLOOD_LIMIT: bad });
      expect(result.ok ? [] : result.problems).toEqual([{ key: 'FLOOD_LIMIT', expect: 'flood-limit' }]);
    }
  });

  it('requires a secret for the Telegram webhook and a token with it', () => {
    const noSecret = parseConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
    });
    expect(noSecret.ok ? [] : noSecret.problems).toEqual([{ key: 'TELEGRAM_WEBHOOK_SECRET', expect: 'telegram-secret-required' }]);
    const ok = parseConfig({
      TELEGRAM_BOT_TOKEN: '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret',
    });
    expect(ok.ok && ok.config.telegram?.webhook).toEqual({
      url: 'https://bot.example.vn/webhooks/telegram',
      secret: 'a-long-enough-secret',
    });
    expect(ok.ok && isConsoleMode(ok.config)).toBe(false);
  });

  it('needs the Zalo OA app id and secret key together, and the token pair whole', () => {
    const result = parseConfig({ ZALO_OA_ACCESS_TOKEN: 'access-token-value' });
    expect(result.ok ? [] : result.problems.map((p) => p.key).sort()).toEqual([
      'ZALO_OA_APP_ID',
      'ZALO_OA_REFRESH_TOKEN',
      'ZALO_OA_SECRET_KEY',
    ]);
  });

  it('needs the app secret with Zalo OA, since no token can be refreshed without it', () => {
    const oa = { ZALO_OA_APP_ID: '1234567890', ZALO_OA_SECRET_KEY: 'oa-secret-key-value' };
    const missing = parseConfig(oa);
    expect(missing.ok ? [] : missing.problems).toEqual([{ key: 'ZALO_APP_SECRET', expect: 'zalo-app-secret-required' }]);
    const ok = parseConfig({ ...oa, ZALO_APP_SECRET: 'app-secret-value', ZALO_OA_REDIRECT_URI: 'https://bot.example.vn/zalo/callback' });
    expect(ok.ok && ok.config.zaloOa).toMatchObject({
      appId: '1234567890',
      accessToken: null,
      refreshToken: null,
      redirectUri: 'https://bot.example.vn/zalo/callback',
    });
    expect(ok.ok && isConsoleMode(ok.config)).toBe(false);
  });

  it('takes the Zalo Bot by polling, or by webhook when a URL and its secret are set', () => {
    const polling = parseConfig({ ZALO_BOT_TOKEN: '1234567:abcdefghijk' });
    expect(polling.ok && polling.config.zaloBot?.webhook).toBeNull();
    const noSecret = parseConfig({
      ZALO_BOT_TOKEN: '1234567:abcdefghijk',
      ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
    });
    expect(noSecret.ok ? [] : noSecret.problems).toEqual([{ key: 'ZALO_BOT_WEBHOOK_SECRET', expect: 'zalo-bot-secret-required' }]);
    const webhook = parseConfig({
      ZALO_BOT_TOKEN: '1234567:abcdefghijk',
      ZALO_BOT_WEBHOOK_URL: 'https://bot.example.vn/webhooks/zalo-bot',
      ZALO_BOT_WEBHOOK_SECRET: 'a-secret-123',
    });
    expect(webhook.ok && webhook.config.zaloBot?.webhook).toEqual({
      url: 'https://bot.example.vn/webhooks/zalo-bot',
      secret: 'a-secret-123',
    });
  });

  it('reports the checks between keys together with the bad keys, in one list', () => {
    const result = parseConfig({ PORT: 'abc', TELEGRAM_WEBHOOK_URL: 'https://x', ZALO_OA_APP_ID: '1234567' });
    expect(result.ok ? [] : result.problems).toEqual([
      { key: 'PORT', expect: 'port' },
      { key: 'TELEGRAM_WEBHOOK_SECRET', expect: 'telegram-secret-required' },
      { key: 'TELEGRAM_BOT_TOKEN', expect: 'telegram-token-required' },
      { key: 'ZALO_OA_SECRET_KEY', expect: 'zalo-oa-required' },
      { key: 'ZALO_APP_SECRET', expect: 'zalo-app-secret-required' },
    ]);
  });

  it('skips a check between keys only where a key it depends on is itself bad', () => {
    const result = parseConfig({
      // malformed: reported as such, never again as missing
      TELEGRAM_WEBHOOK_SECRET: 'short',
      ZALO_OA_ACCESS_TOKEN: 'short',
      // well-formed: they still call for their partners
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
      ZALO_OA_REFRESH_TOKEN: 'refresh-token-value',
      // malformed: the Zalo Bot token and secret it would call for are left until it is fixed
      ZALO_BOT_WEBHOOK_URL: 'not a url',
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { key: 'TELEGRAM_WEBHOOK_SECRET', expect: 'telegram-secret' },
      { key: 'ZALO_OA_ACCESS_TOKEN', expect: 'secret' },
      { key: 'ZALO_BOT_WEBHOOK_URL', expect: 'url' },
      { key: 'TELEGRAM_BOT_TOKEN', expect: 'telegram-token-required' },
      { key: 'ZALO_OA_APP_ID', expect: 'zalo-oa-required' },
      { key: 'ZALO_OA_SECRET_KEY', expect: 'zalo-oa-required' },
    ]);
    // a malformed app id: whether the app secret is needed is left until it is fixed
    const badAppId = parseConfig({ ZALO_OA_APP_ID: 'app-1', ZALO_OA_SECRET_KEY: 'oa-secret-key-value' });
    expect(badAppId.ok ? [] : badAppId.problems).toEqual([{ key: 'ZALO_OA_APP_ID', expect: 'zalo-app-id' }]);
  });

  describe('the start-up message', () => {
    afterEach(() => vi.restoreAllMocks());

    async function startUpMessage(env: Record<string, string>): Promise<string> {
      const written: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
        throw new Error(`exit ${code}`);
      }) as typeof process.exit);
      await expect(configOrExit(env)).rejects.toThrow('exit 1');
      expect(written).toHaveLength(1);
      return written[0]!;
    }

    it('lists every bad key and every missing partner at once, without any secret value', async () => {
      const accessToken = 'well-formed-access-token-SECRET-M';
      const message = await startUpMessage({
        PORT: 'abc',
        TELEGRAM_WEBHOOK_URL: 'https://x',
        ZALO_OA_APP_ID: '1234567',
        ZALO_OA_ACCESS_TOKEN: accessToken,
        DEFAULT_LOCALE: 'en',
      });
      const keys = [...message.matchAll(/^• ([A-Z_]+): \S/gm)].map((match) => match[1]);
      expect(keys).toEqual([
        'PORT',
        'TELEGRAM_WEBHOOK_SECRET',
        'TELEGRAM_BOT_TOKEN',
        'ZALO_OA_SECRET_KEY',
        'ZALO_APP_SECRET',
        'ZALO_OA_REFRESH_TOKEN',
      ]);
      expect(message.trimEnd().split('\n')).toHaveLength(1 + keys.length);
      expect(message).toContain('expected a port number from 0 to 65535');
      expect(message).toContain('required with TELEGRAM_WEBHOOK_URL');
      expect(message).not.toContain('config-expect-');
      expect(message).not.toContain(accessToken);
    });
  });
});
