import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
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

/** A call to process.exit from the command run in-process: it ends the command, not the test's process. */
class ExitRequest extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

let running = false;

/**
 * `npm run cli -- <args>` in this process: the same commands through the same entry (src/cli.ts's runCli),
 * without paying a process start and the transpiling of every module for each command. For tests where the
 * process itself is not the point; start-up, exit on a signal and the real standard streams are tested with
 * runCli. For the duration of the call the process's environment (only PATH, HOME and `env`, as runCli
 * gives), standard input, output and error, exit code and process.exit are the command's: one call at a time.
 */
export async function runCliInProcess(args: string[], env: Record<string, string>, input = ''): Promise<ProcessRun> {
  if (running) throw new Error('runCliInProcess: one command at a time (it borrows the process streams)');
  running = true;
  const { runCli: run } = await import('../../src/cli.js');
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
      return true;
    }) as typeof process.stdout.write;
  const saved = {
    env: process.env,
    exitCode: process.exitCode,
    exit: process.exit,
    stdoutWrite: process.stdout.write,
    stderrWrite: process.stderr.write,
    stdin: Object.getOwnPropertyDescriptor(process, 'stdin')!,
  };
  const fakeToday = saved.env.TEST_FAKE_TODAY;
  process.env = {
    PATH: saved.env.PATH ?? '',
    HOME: saved.env.HOME ?? '',
    TDA_DOTENV: 'off',
    ...(fakeToday ? { TEST_FAKE_TODAY: fakeToday } : {}),
    ...env,
  };
  process.exitCode = undefined;
  process.exit = ((code?: number) => {
    throw new ExitRequest(code ?? Number(process.exitCode ?? 0));
  }) as typeof process.exit;
  process.stdout.write = capture((text) => (stdout += text));
  process.stderr.write = capture((text) => (stderr += text));
  Object.defineProperty(process, 'stdin', { configurable: true, enumerable: saved.stdin.enumerable, value: Readable.from([input]) });
  let code: number;
  try {
    await run(args);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof ExitRequest) code = error.code;
    else {
      // what src/cli.ts does with an error no command caught
      stderr += `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
      code = 1;
    }
  } finally {
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    process.exit = saved.exit;
    process.stdout.write = saved.stdoutWrite;
    process.stderr.write = saved.stderrWrite;
    Object.defineProperty(process, 'stdin', saved.stdin);
    running = false;
  }
  return { code, stdout, stderr };
}
