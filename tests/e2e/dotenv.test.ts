import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

let dir: string;

/** `npm run cli` as an operator runs it from a folder of their own, which may hold a .env. */
function cliIn(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(projectRoot, 'src/cli.ts'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: path.join(cwd, 'data'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tda-dotenv-'));
  // a .env with one bad value: read, it stops the command with the usual one-message list
  await writeFile(path.join(dir, '.env'), 'PORT=abc\nTELEGRAM_BOT_TOKEN=123456:AAAA-secret-token\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('.env in the working directory', () => {
  it('is read at start, as .env.example says, without echoing its secrets', async () => {
    const run = await cliIn(dir, ['ask', 'trang phục y tế']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('• PORT:');
    expect(run.stderr).not.toContain('AAAA-secret-token');
  }, 60_000);

  it('loses to a variable already set, and TDA_DOTENV=off ignores it', async () => {
    expect((await cliIn(dir, ['ask', 'trang phục y tế'], { PORT: '8080' })).stderr).not.toContain('• PORT:');
    const ignored = await cliIn(dir, ['ask', 'trang phục y tế'], { TDA_DOTENV: 'off' });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain('45/2015/TT-BYT');
  }, 60_000);
});
