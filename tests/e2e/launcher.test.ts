import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

/*
 * `npm start` and `npm run cli` go through scripts/run.js: the bundle of src/ in .start/ when it was made from
 * the sources as they are (made again first otherwise), the sources through tsx when it cannot be made or
 * with TDA_RUN=tsx. Either way the same program answers.
 */

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'run.js'), ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TDA_DOTENV: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'tda-launcher-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('scripts/run.js', () => {
  it('runs the command line from the bundle, made from the sources as they are, and through tsx on request, alike', async () => {
    const question = ['ask', 'thông tư nào quy định về trang phục y tế?', '--json'];
    const bundled = await run(['src/cli.ts', ...question], { DATA_DIR: dataDir });
    expect(bundled.stderr).toBe('');
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toMatchObject({ answer: { symbol: '45/2015/TT-BYT' } });
    expect(existsSync(path.join(projectRoot, '.start', 'cli.js'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(projectRoot, '.start', 'build.json'), 'utf8'))).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const sources = await run(['src/cli.ts', ...question], { DATA_DIR: dataDir, TDA_RUN: 'tsx' });
    expect(sources.code).toBe(0);
    expect(JSON.parse(sources.stdout)).toEqual(JSON.parse(bundled.stdout));
  }, 120_000);

  it('passes the exit code and the usage through, and names the entries it runs', async () => {
    const usage = await run(['src/cli.ts', 'ask'], { DATA_DIR: dataDir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Cách dùng: npm run cli -- ask "<câu hỏi>" [--json]');
    const unknown = await run(['src/nothing.ts']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: node scripts/run.js src/main.ts|src/cli.ts');
  }, 60_000);
});
