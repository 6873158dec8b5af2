import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { FakeTelegram } from '../support/fake-telegram.js';
import { groupMessage, person, privateMessage } from '../support/telegram-updates.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

function run(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

let fake: FakeTelegram;
let dataDir: string;
let pg: TestDatabase | null = null;
let env: Record<string, string>;

beforeAll(async () => {
  fake = await new FakeTelegram().start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'tda-tg-'));
  if (process.env.DATABASE_URL) pg = await openTestDatabase();
  env = pg ? { DATABASE_URL: pg.url! } : { DATA_DIR: dataDir };
  // The Department's units come from the demo here; a real deployment imports its own.
  expect(await exited(run('src/cli.ts', ['demo'], env))).toBe(0);
});

afterAll(async () => {
  await fake.stop();
  await pg?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start with TELEGRAM_BOT_TOKEN', () => {
  it('runs the bot by long polling, takes its first admin from ADMIN_IDS, and stops cleanly on SIGTERM', async () => {
    const bot = run('src/main.ts', [], {
      ...env,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      ADMIN_IDS: 'telegram:1000',
      // long polling serves the dashboard too: any free port
      PORT: '0',
    });
    let stderr = '';
    bot.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await fake.waitFor((calls) => calls.some((c) => c.method === 'getUpdates'), 60_000);
      const admin = person(1000, 'Trần Quốc Minh', 'minh_admin');
      fake.push(privateMessage(fake.updateId(), admin, '/help'));
      await fake.waitFor(() => fake.sentTo(1000).length === 1);
      expect(fake.sentTo(1000)[0]).toContain('/phanquyen');

      fake.push(groupMessage(fake.updateId(), -100777, admin, '/dangky TTYT-PT'));
      await fake.waitFor(() => fake.sentTo(-100777).length === 1);
      expect(fake.sentTo(-100777)[0]).toContain('Đã gắn nhóm này với Trung tâm Y tế Phong Thổ (TTYT-PT).');
    } finally {
      bot.kill('SIGTERM');
      expect(await exited(bot)).toBe(0);
    }
    expect(stderr).not.toContain('"level":50');
  }, 120_000);
});
