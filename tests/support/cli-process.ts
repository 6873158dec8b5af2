import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/paths.js';

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's entry points (`src/cli.ts` is `npm run cli`, `src/main.ts` is `npm start`) as its
 * own process, the way an operator does: only PATH, HOME and the given environment, `input` on standard input.
 */
export function runEntry(entry: string, args: string[], env: Record<string, string>, input = ''): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    // under `npm run test:dates` the started process's wall clock says the same fake day as the tests'
    const fakeToday = process.env.TEST_FAKE_TODAY;
    const preload = fakeToday ? ['--import', path.join(projectRoot, 'tests/support/fake-today.ts')] : [];
    const child = spawn(process.execPath, ['--import', 'tsx', ...preload, path.join(projectRoot, entry), ...args], {
      cwd: projectRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TDA_DOTENV: 'off',
        ...(fakeToday ? { TEST_FAKE_TODAY: fakeToday } : {}),
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** `npm run cli -- <args>`. */
export const runCli = (args: string[], env: Record<string, string>, input = ''): Promise<ProcessRun> =>
  runEntry('src/cli.ts', args, env, input);
