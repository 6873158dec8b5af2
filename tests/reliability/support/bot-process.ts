import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../../../src/paths.js';

export const WEBHOOK_SECRET = 'reliability-webhook-secret-01';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  port: number;
  /** http://127.0.0.1:<port> */
  base: string;
  webhookUrl: string;
  /** every JSON log line the process wrote to standard error so far */
  logs(): LogLine[];
  /** standard error lines that were not JSON (a stack trace of a crash) */
  rawErrors(): string;
  alive(): boolean;
  /** Resolves once the process logged that it is running (migrated, webhook set, listening). */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILL: no shutdown hook runs, nothing is flushed, in-flight work is simply gone. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
}

export interface BotOptions {
  databaseUrl: string;
  telegramApiRoot: string;
  telegramToken: string;
  env?: Record<string, string>;
}

/** `npm start` as a child process (the same entry, `node --import tsx src/main.ts`) in Telegram webhook mode. */
export async function startBotProcess(options: BotOptions): Promise<BotProcess> {
  const port = await freePort();
  const webhookUrl = `http://127.0.0.1:${port}/webhooks/telegram`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/main.ts')], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TDA_DOTENV: 'off',
      LOG_LEVEL: 'info',
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      TELEGRAM_BOT_TOKEN: options.telegramToken,
      TELEGRAM_API_ROOT: options.telegramApiRoot,
      TELEGRAM_WEBHOOK_URL: webhookUrl,
      TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: LogLine[] = [];
  let raw = '';
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      if (!part.trim()) continue;
      try {
        lines.push(JSON.parse(part) as LogLine);
      } catch {
        raw += `${part}\n`;
      }
    }
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const alive = () => child.exitCode === null && child.signalCode === null;

  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    webhookUrl,
    logs: () => lines,
    rawErrors: () => raw,
    alive,
    async ready(timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      while (!lines.some((line) => line.msg === 'running')) {
        if (!alive()) throw new Error(`bot exited before it was ready (code ${child.exitCode}):\n${raw}${JSON.stringify(lines.slice(-5))}`);
        if (Date.now() > deadline) throw new Error(`bot not ready after ${timeoutMs} ms:\n${raw}${JSON.stringify(lines.slice(-5))}`);
        await sleep(50);
      }
    },
    async kill() {
      if (!alive()) return;
      child.kill('SIGKILL');
      await exit;
    },
    async stop() {
      if (!alive()) return child.exitCode;
      child.kill('SIGTERM');
      return exit;
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Log lines at error level or above (pino: 50 error, 60 fatal). */
export const errorsIn = (logs: LogLine[]) => logs.filter((line) => line.level >= 50);
