import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { GrammyError, HttpError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { configSecrets, parseConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { createLogger, serializeError } from '../../src/logger.js';
import { projectRoot } from '../../src/paths.js';
import { startRuntime } from '../../src/runtime.js';
import { FakeTelegram } from '../support/fake-telegram.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { botText, oaGroupText } from '../support/zalo-events.js';
import { OA_GROUP, startZaloHarness } from '../support/zalo-harness.js';

/** A logger whose lines land in `lines`, with no list of secrets: only the built-in patterns protect it. */
function capture(secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) }, { secrets });
  return { lines, logger, text: () => lines.join('') };
}

function expectNone(text: string, secrets: string[]) {
  for (const secret of secrets) expect(text, `a secret of ${secret.length} characters appears in the log`).not.toContain(secret);
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const readAll = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** Forwards to the fake Bot API, but hangs up on the methods named: a network failure mid-start. */
async function flakyProxy(target: string, hangUpOn: Set<string>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    void (async () => {
      const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
      if (hangUpOn.has(method)) return req.socket.destroy();
      const body = await readAll(req);
      const upstream = await fetch(`${target}${req.url}`, {
        method: req.method,
        headers: { 'content-type': String(req.headers['content-type'] ?? 'application/json') },
        body: body.length ? body : undefined,
      });
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

function run(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script)], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function runToExit(
  script: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  const child = run(script, env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output };
}

describe('log redaction of errors', () => {
  const token = '987654321:AAF-realistic_bot_token_value_0123456';

  it("masks the bot token that node-fetch repeats in grammY's network errors (message and stack)", () => {
    const cause = Object.assign(new Error(`request to https://api.telegram.org/bot${token}/sendMessage failed, reason: socket hang up`), {
      name: 'FetchError',
      code: 'ECONNRESET',
    });
    const { logger, text } = capture();
    logger.error({ err: new HttpError("Network request for 'sendMessage' failed!", cause) }, 'send failed');
    logger.error(cause); // an error logged as the whole object
    logger.warn(`retrying https://api.telegram.org/bot${token}/getUpdates`);
    expectNone(text(), [token, token.split(':')[1]!]);
    expect(text()).toContain('/bot[redacted]/sendMessage');
    expect(text()).toContain('socket hang up'); // the useful part stays
  });

  it("drops a failed call's payload (a webhook secret, a person's message) and masks credential fields at any depth", () => {
    const error = new GrammyError(
      "Call to 'setWebhook' failed!",
      { ok: false, error_code: 400, description: 'Bad Request: bad webhook' },
      'setWebhook',
      {
        url: 'https://bot.example.vn/webhooks/telegram',
        secret_token: 'webhook-secret-value-123',
      } as never,
    );
    Object.assign(error, {
      request: {
        headers: { Authorization: 'Bearer abc-def-ghi-jkl', cookie: 'sid=s3cr3t-cookie' },
        options: { deep: { access_token: 'at-deep-nested-value' } },
      },
    });
    const serialized = JSON.stringify(serializeError(error));
    expectNone(serialized, ['webhook-secret-value-123', 'abc-def-ghi-jkl', 's3cr3t-cookie', 'at-deep-nested-value']);
    expect(serialized).toContain('Bad Request: bad webhook');
    expect(serialized).toContain('"method":"setWebhook"');
  });

  it('masks passwords in connection strings and tokens in query strings', () => {
    const { logger, text } = capture();
    logger.error({ err: new Error('could not connect to postgres://bot:Pa55w0rd-db@db.internal:5432/bot') }, 'database');
    logger.info({ url: 'https://oauth.zaloapp.com/v4/oa/permission?app_id=1&code=auth-code-xyz-123&state=s' }, 'auth');
    expectNone(text(), ['Pa55w0rd-db', 'auth-code-xyz-123']);
  });

  it('masks every configured secret wherever it appears, also JSON-escaped', () => {
    const parsed = parseConfig({
      DATABASE_URL: 'postgres://bot:db%22pass%5Cword@db:5432/bot',
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'tg-webhook-secret-0001',
      ZALO_OA_APP_ID: '1234567890',
      ZALO_APP_SECRET: 'zalo-app-secret-"quoted"',
      ZALO_OA_SECRET_KEY: 'zalo-oa-secret-key-0001',
      ZALO_BOT_TOKEN: 'zalo-bot-token-value-0001',
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const secrets = configSecrets(parsed.config);
    expect(secrets).toEqual(
      expect.arrayContaining([
        token,
        'tg-webhook-secret-0001',
        'zalo-app-secret-"quoted"',
        'zalo-oa-secret-key-0001',
        'zalo-bot-token-value-0001',
        'db"pass\\word',
      ]),
    );
    const { logger, text } = capture(secrets);
    for (const secret of secrets) {
      logger.info({ note: `value ${secret} in a message`, [`key-${secret.length}`]: secret }, `and in the message: ${secret}`);
    }
    expectNone(text(), secrets);
    expectNone(
      text(),
      secrets.map((s) => JSON.stringify(s).slice(1, -1)),
    );
    for (const line of text().trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow(); // still JSON
  });
});

describe('secrets on real failure paths', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('a Telegram start-up that fails on the network (token in the URL) logs no token', async () => {
    const fake = await new FakeTelegram({ token: '555666777:AAE-start_failure_token_abcdefghijk' }).start();
    const proxy = await flakyProxy(fake.apiRoot, new Set(['setMyCommands']));
    const { logger, text } = capture();
    const parsed = parseConfig({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: proxy.url });
    if (!parsed.ok) throw new Error('bad config');
    const app = await createApp({ config: parsed.config, logger, clock: fixedClock('2026-11-23T09:00:00+07:00'), database: db });
    try {
      const failure = await startRuntime(app, { scheduler: false, outboxIntervalMs: 60_000, telegram: { pollingTimeoutSeconds: 1 } }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(HttpError);
      // what main.ts logs before it exits
      logger.fatal({ err: failure }, 'could not start the chat platforms');
      expect(text()).toContain('could not start the chat platforms');
      expect(text()).toContain('setMyCommands');
      expectNone(text(), [fake.token, fake.token.split(':')[1]!]);
    } finally {
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
      proxy.server.closeAllConnections();
      await fake.stop();
    }
  });

  it('npm start against a Bot API it cannot reach stops within seconds, saying so in Vietnamese, without the token', async () => {
    const token = '555444333:AAG-unreachable_api_token_abcdefgh';
    const started = Date.now();
    const { code, output } = await runToExit('src/main.ts', {
      DATABASE_URL: db.url!,
      PORT: String(await closedPort()),
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${await closedPort()}`,
    });
    expect(code).not.toBe(0);
    // grammY alone would retry getMe for ever, in silence
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(output).toContain('Không khởi động được kết nối tới nền tảng chat');
    expectNone(output, [token, token.split(':')[1]!]);
  });

  it('npm start whose setWebhook Telegram refuses exits non-zero without printing the token or the webhook secret', async () => {
    const fake = await new FakeTelegram({ token: '444333222:AAG-webhook_refused_token_abcdefgh' }).start();
    fake.failNext('setWebhook', {
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: bad webhook: HTTPS url must be provided for webhook' },
    });
    const port = await closedPort();
    const secret = 'npm-start-webhook-secret-777';
    try {
      const { code, output } = await runToExit('src/main.ts', {
        DATABASE_URL: db.url!,
        PORT: String(port),
        LOG_LEVEL: 'debug',
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`,
        TELEGRAM_WEBHOOK_SECRET: secret,
      });
      expect(code).not.toBe(0);
      expect(output).toContain('could not start the chat platforms');
      expect(output).toContain('HTTPS url must be provided');
      expectNone(output, [fake.token, fake.token.split(':')[1]!, secret]);
      // the refused call really carried the secret: the log had it to leak
      expect(fake.callsOf('setWebhook')[0]?.payload.secret_token).toBe(secret);
    } finally {
      await fake.stop();
    }
  });

  it('Zalo token refresh failures (a reused refresh token, a wrong app secret, an unreachable OAuth host) and refused sends log no token or key', async () => {
    const fake = await new FakeZalo({
      appSecret: 'zalo-app-secret-for-refresh-test',
      oaSecretKey: 'zalo-oa-secret-key-for-test',
      botToken: '7305812945601234:zalo-bot-secret-for-test',
    }).start();
    const lines: string[] = [];
    const seed = fake.issuePair();
    fake.markRefreshTokenUsed(seed.refreshToken); // another deployment used it: -14020
    const h = await startZaloHarness({ fake, seed, logLines: lines, bot: 'polling' });
    try {
      await fake.waitFor(() => fake.refreshCalls().length >= 1);
      // A send with a token Zalo no longer takes: refused (-220), and no fresh token to retry with.
      fake.expireAccessTokens();
      await h.oaPost(oaGroupText(OA_GROUP, h.people.focal.id, '/start', { at: h.clock.now() }));
      await fake.waitFor(() => fake.calls.some((c) => c.path === '/v3.0/oa/group/message' && c.error === -220));
      h.fake.pushBot(botText(h.botPeople.focal.id, '/start'));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const text = lines.join('');
      expect(text).toContain('Zalo OA token refresh failed');
      expect(text).toMatch(/-14020|refresh_reused/);
      expectNone(text, [
        fake.appSecret,
        fake.oaSecretKey,
        fake.botToken,
        fake.botToken.split(':')[1]!,
        seed.accessToken,
        seed.refreshToken,
      ]);
    } finally {
      // The harness's app closes the database connection; the test database itself is left, as elsewhere.
      await h.stop();
      await fake.stop();
    }

    // The same with the wrong app secret and then no OAuth host at all.
    const variants: Array<Record<string, string>> = [
      { ZALO_APP_SECRET: 'a-wrong-app-secret-value' },
      { ZALO_OAUTH_BASE: `http://127.0.0.1:${await closedPort()}` },
    ];
    for (const env of variants) {
      const other = await new FakeZalo({
        appSecret: 'zalo-app-secret-second-run',
        botToken: '7305812945601234:zalo-bot-second-run',
      }).start();
      const logged: string[] = [];
      const pair = other.issuePair();
      const run2 = await startZaloHarness({ fake: other, seed: pair, logLines: logged, bot: false, env });
      try {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const text = logged.join('');
        expect(text).toContain('Zalo OA token refresh failed');
        expectNone(text, [other.appSecret, 'a-wrong-app-secret-value', other.oaSecretKey, pair.accessToken, pair.refreshToken]);
      } finally {
        await run2.stop();
        await other.stop();
      }
    }
  });

  it('a Zalo Bot platform that cannot be reached (token in its URL path) logs no token', async () => {
    const fake = await new FakeZalo({ botToken: '7305812945601234:bot-token-unreachable-api' }).start();
    const logged: string[] = [];
    const h = await startZaloHarness({ fake, logLines: logged, oa: false, bot: 'polling' });
    try {
      // It started (getMe through the fake); now the platform goes away under its long poll.
      await fake.stop();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const text = logged.join('');
      expect(text).toContain('zalo bot polling failed');
      expectNone(text, [fake.botToken, 'bot-token-unreachable-api']);
    } finally {
      await h.stop();
    }
  });
});

describe('configuration and the repository', () => {
  it('npm start with bad secret values names the keys and echoes no value', async () => {
    const values = {
      TELEGRAM_BOT_TOKEN: 'not-a-bot-token-SECRETVALUE-1',
      TELEGRAM_WEBHOOK_SECRET: 'has spaces SECRETVALUE-2',
      ZALO_APP_SECRET: 'S3cr7', // too short
      ZALO_OA_SECRET_KEY: 'oa-key-SECRETVALUE-4',
      ZALO_BOT_TOKEN: 'bot token SECRETVALUE-5',
      DATABASE_URL: 'mysql://bot:SECRETVALUE-6@db/bot',
      ZALO_BOT_WEBHOOK_SECRET: 'SV-7',
    };
    const { code, output } = await runToExit('src/main.ts', values);
    expect(code).toBe(1);
    expect(output).toContain('Cấu hình không hợp lệ');
    for (const key of [
      'TELEGRAM_BOT_TOKEN',
      'TELEGRAM_WEBHOOK_SECRET',
      'ZALO_APP_SECRET',
      'ZALO_BOT_TOKEN',
      'DATABASE_URL',
      'ZALO_BOT_WEBHOOK_SECRET',
    ])
      expect(output).toContain(key);
    expectNone(output, Object.values(values));
    expect(output).not.toMatch(/SECRETVALUE/);
  });

  it('npm start with a database password it cannot use does not print the password', async () => {
    const port = await closedPort();
    // A platform is configured, so that npm start goes on to the database (with none, it stops before it).
    const { code, output } = await runToExit(
      'src/main.ts',
      {
        DATABASE_URL: `postgres://bot:Unreachable-Db-Pa55@127.0.0.1:${port}/bot`,
        TELEGRAM_BOT_TOKEN: '123456789:AAH-unused_token_for_this_test_00',
      },
      60_000,
    );
    expect(code).not.toBe(0);
    expect(output).not.toContain('Unreachable-Db-Pa55');
  });

  it('.env files are ignored by git, .env.example is not', () => {
    const ignored = (file: string) => {
      try {
        execFileSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: projectRoot });
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('.env')).toBe(true);
    expect(ignored('.env.production')).toBe(true);
    expect(ignored('.env.local')).toBe(true);
    expect(ignored('.env.example')).toBe(false);
    // and none is tracked by mistake
    const tracked = execFileSync('git', ['ls-files', '--', '.env', '.env.*', '**/.env', '**/.env.*'], {
      cwd: projectRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(tracked.filter((file) => !file.endsWith('.env.example'))).toEqual([]);
  });
});
