import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GeneratedFile } from '../core/services.js';
import type { Locale } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import type { RenderJob, RenderReply } from './render-jobs.js';

export interface RenderPool {
  render(job: RenderJob): Promise<GeneratedFile[]>;
  close(): Promise<void>;
}

/**
 * One worker thread, started on the first download and kept, drawing the dashboard's files one after the
 * other. A worker that dies (out of memory on a huge report) fails the jobs it held and is started afresh for
 * the next. Run from TypeScript sources (npm start, the tests), the worker gets the same loader as the app.
 */
export function createRenderPool(options: { localesDir: string; defaultLocale: Locale; logger: Logger }): RenderPool {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (files: GeneratedFile[]) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  function start(): Worker {
    const workerData = { localesDir: options.localesDir, defaultLocale: options.defaultLocale };
    const fromSources = import.meta.url.endsWith('.ts');
    const source = new URL(`./render-worker${fromSources ? '.ts' : '.js'}`, import.meta.url);
    // From the sources, the worker registers tsx's loader itself before loading the renderer: a worker does
    // not inherit the loader hooks of the thread that starts it.
    const tsx = fromSources
      ? pathToFileURL(
          createRequire(import.meta.url)
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href
      : null;
    const started = tsx
      ? new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source.href)}); });`, {
          eval: true,
          workerData,
        })
      : new Worker(source, { workerData });
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
      failAll(error);
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
      failAll(new Error('the file renderer exited'));
    });
    // an idle renderer does not keep the process alive
    started.unref();
    return started;
  }

  return {
    render(job) {
      worker ??= start();
      const id = nextId++;
      const promise = new Promise<GeneratedFile[]>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.ref();
      worker.postMessage({ id, job });
      return promise.finally(() => {
        if (pending.size === 0) worker?.unref();
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
    },
  };
}
