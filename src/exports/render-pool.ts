import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { getPriority, setPriority } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GeneratedFile } from '../core/services.js';
import type { Locale } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { slices, yieldToEventLoop } from '../core/yield.js';
import type { RenderJob, RenderMessage, RenderReply } from './render-jobs.js';

export interface RenderPool {
  render(job: RenderJob): Promise<GeneratedFile[]>;
  /** the renderer's process id while it runs, else null */
  pid(): number | null;
  close(): Promise<void>;
}

/**
 * How much lower than the bot the renderer runs (nice). A Department's .docx is seconds of CPU: at the bot's
 * priority it took a core from the webhooks on a small server, and their answers waited (issue 24's benchmark);
 * lowered, the files are drawn with the CPU the messages leave.
 */
export const RENDER_NICENESS = 10;

/** Units of a consolidated report sent to the renderer in one message (about 1 250 rows at 50 tasks a unit). */
const UNITS_PER_MESSAGE = 25;

/**
 * Sends a job to the renderer. A Department's consolidated report is some 15 000 rows, and copying it into one
 * message held the bot's thread for 20–35 ms: its units go first in parts, with other work let through between
 * them, and the job follows with the units left out (the renderer puts them back, render-worker.ts).
 */
async function sendInParts(child: ChildProcess, id: number, job: RenderJob): Promise<void> {
  if (job.kind !== 'consolidated' || job.report.units.length <= UNITS_PER_MESSAGE) {
    child.send({ id, job } satisfies RenderMessage);
    return;
  }
  for (const part of slices(job.report.units, UNITS_PER_MESSAGE)) {
    child.send({ id, part } satisfies RenderMessage);
    await yieldToEventLoop();
  }
  child.send({ id, job: { ...job, report: { ...job.report, units: [] } } } satisfies RenderMessage);
}

/**
 * One child process, started on the first download and kept, drawing the dashboard's files one after the
 * other at a lower priority than the bot. A renderer that dies (out of memory on a huge report) fails the jobs
 * it held and is started afresh for the next. Run from TypeScript sources (npm start, the tests), the child
 * gets the same loader as the app; it ends with the bot (its IPC channel closes).
 */
export function createRenderPool(options: { localesDir: string; defaultLocale: Locale; logger: Logger }): RenderPool {
  let child: ChildProcess | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (files: GeneratedFile[]) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const hold = (started: ChildProcess, held: boolean) => {
    // an idle renderer must not keep the bot's process alive at shutdown
    if (held) {
      started.ref();
      started.channel?.ref();
    } else {
      started.unref();
      started.channel?.unref();
    }
  };

  function start(): ChildProcess {
    const fromSources = import.meta.url.endsWith('.ts');
    const source = fileURLToPath(new URL(`./render-worker${fromSources ? '.ts' : '.js'}`, import.meta.url));
    const loader = fromSources ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
    const started = fork(source, [], {
      execArgv: loader,
      serialization: 'advanced',
      env: { ...process.env, TDA_RENDER_LOCALES: options.localesDir, TDA_RENDER_LOCALE: options.defaultLocale },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      if (started.pid) setPriority(started.pid, Math.min(19, getPriority() + RENDER_NICENESS));
    } catch (error) {
      options.logger.warn({ err: error }, 'the file renderer runs at the bot’s priority: lowering it was refused');
    }
    started.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else
        waiting.resolve(
          reply.files.map((file) => ({ ...file, data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength) })),
        );
    });
    started.on('error', (error) => {
      options.logger.error({ err: error }, 'the file renderer stopped; it starts again on the next download');
      if (child === started) child = null;
      failAll(error);
    });
    started.on('exit', () => {
      if (child === started) child = null;
      failAll(new Error('the file renderer exited'));
    });
    hold(started, false);
    return started;
  }

  return {
    render(job) {
      const running = (child ??= start());
      const id = nextId++;
      const promise = new Promise<GeneratedFile[]>((resolve, reject) => pending.set(id, { resolve, reject }));
      hold(running, true);
      sendInParts(running, id, job).catch((error: unknown) => {
        // the renderer went away while the parts were sent: the job fails, as it would have failed to start
        pending.get(id)?.reject(error instanceof Error ? error : new Error(String(error)));
        pending.delete(id);
      });
      return promise.finally(() => {
        if (pending.size === 0 && child === running) hold(running, false);
      });
    },
    pid: () => child?.pid ?? null,
    async close() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill();
      await exited;
    },
  };
}
