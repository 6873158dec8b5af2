import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { botText, oaGroupText, oaUserText } from '../support/zalo-events.js';
import { freePort } from '../support/zalo-harness.js';

function run(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
const output = (child: ChildProcess) => {
  const text = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (text.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text.stderr += chunk.toString()));
  return text;
};

let fake: FakeZalo;
let dataDir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;
const ADMIN = '8000000000000000001';

beforeAll(async () => {
  fake = await new FakeZalo().start();
  fake.userNames.set(ADMIN, 'Trần Quốc Minh');
  fake.addGroup('f414c8f76fa586fbdfb4', 'Nhóm TTYT Phong Thổ');
  dataDir = await mkdtemp(path.join(tmpdir(), 'tda-zalo-'));
  if (process.env.DATABASE_URL) pg = await openTestDatabase();
  env = pg ? { DATABASE_URL: pg.url! } : { DATA_DIR: dataDir };
  expect(await exited(run('src/cli.ts', ['demo'], env))).toBe(0);
});

afterAll(async () => {
  await fake.stop();
  await pg?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start with Zalo OA and Zalo Bot settings', () => {
  it('serves the OA webhook and polls the bot, takes its admin from ADMIN_IDS, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const pair = fake.issuePair();
    const zalo = {
      ZALO_OA_APP_ID: fake.appId,
      ZALO_APP_SECRET: fake.appSecret,
      ZALO_OA_SECRET_KEY: fake.oaSecretKey,
      ZALO_OA_API_BASE: fake.base,
      ZALO_OAUTH_BASE: fake.base,
    };
    const bot = run('src/main.ts', [], {
      ...env,
      ...zalo,
      ZALO_OA_ACCESS_TOKEN: pair.accessToken,
      ZALO_OA_REFRESH_TOKEN: pair.refreshToken,
      ZALO_BOT_TOKEN: fake.botToken,
      ZALO_BOT_API_BASE: fake.base,
      PORT: String(port),
      ADMIN_IDS: `zalo-oa:${ADMIN}`,
    });
    const logs = output(bot);
    const webhook = `http://127.0.0.1:${port}/webhooks/zalo-oa`;
    try {
      await fake.waitFor(() => fake.calls.some((c) => c.path === 'bot:getUpdates'), 60_000);
      expect((await fake.postOaEvent(webhook, oaUserText(ADMIN, '/help', { at: new Date() }))).status).toBe(200);
      await fake.waitFor(() => fake.sentToUser(ADMIN).length === 1);
      expect(fake.sentToUser(ADMIN)[0]).toContain('/phanquyen');

      expect(
        (await fake.postOaEvent(webhook, oaGroupText('f414c8f76fa586fbdfb4', ADMIN, '/dangky TTYT-PT', { at: new Date() }))).status,
      ).toBe(200);
      await fake.waitFor(() => fake.sentToGroup('f414c8f76fa586fbdfb4').length === 1);
      expect(fake.sentToGroup('f414c8f76fa586fbdfb4')[0]).toContain('Đã gắn nhóm này với Trung tâm Y tế Phong Thổ (TTYT-PT).');

      fake.pushBot(botText('2001', '/start', { name: 'Lê Văn Hùng' }));
      await fake.waitFor(() => fake.botSentTo('2001').length === 1);
      expect(fake.botSentTo('2001')[0]).toMatch(/^Xin chào Lê Văn Hùng!/);
    } finally {
      bot.kill('SIGTERM');
      expect(await exited(bot)).toBe(0);
    }
    expect(logs.stderr).not.toContain('"level":50');
    for (const secret of [pair.accessToken, pair.refreshToken, fake.appSecret, fake.oaSecretKey, fake.botToken])
      expect(logs.stderr).not.toContain(secret);

    // The operator's view afterwards: the group is listed as bound, with its invite link.
    const groups = run('src/cli.ts', ['zalo', 'groups'], { ...env, ...zalo });
    const printed = output(groups);
    expect(await exited(groups)).toBe(0);
    expect(printed.stdout).toContain(
      'f414c8f76fa586fbdfb4  Nhóm TTYT Phong Thổ  (0 thành viên, enabled)  đơn vị: TTYT-PT  mời: https://zalo.me/g/f414c8f76',
    );
  }, 120_000);
});
