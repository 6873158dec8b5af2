import { request } from 'node:http';
import type { Update } from 'grammy/types';
import { WEBHOOK_SECRET } from './bot-process.js';

/** What one delivery attempt got: an HTTP status, or how the connection failed. */
export type Delivery = { status: number; ms: number } | { error: string; ms: number };

export const acknowledged = (delivery: Delivery) => 'status' in delivery && delivery.status >= 200 && delivery.status < 300;

export interface PostOptions {
  /** Telegram gives up on a request after a while and tries again later: that patience */
  timeoutMs?: number;
  /**
   * The connection breaks once the request is out, before any answer comes back: the bot receives and
   * handles the update, Telegram never sees the 2xx and will send the update again.
   */
  loseAnswer?: boolean;
}

/** One POST of an update to the webhook, as Telegram sends it (secret header, JSON). */
export function postUpdate(url: string, update: Update, options: PostOptions = {}): Promise<Delivery> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const started = performance.now();
  const body = Buffer.from(JSON.stringify(update));
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: { status: number } | { error: string }) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, ms: performance.now() - started });
    };
    // a fresh connection per update: a killed process must not take a shared keep-alive socket down with it
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      timeout: timeoutMs,
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0 }));
      res.on('error', (error) => done({ error: error.message }));
    });
    req.on('timeout', () => {
      req.destroy(new Error('timeout'));
    });
    req.on('error', (error) => done({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    if (options.loseAnswer) {
      req.on('finish', () => {
        done({ error: 'answer lost' });
        // a moment for the bytes to cross the loopback before the socket goes
        setTimeout(() => req.destroy(), 5);
      });
    }
    req.end(body);
  });
}

/** Runs `work` over `items` with at most `concurrency` at once, in order of the list; stops taking new items once `stop()` says so. */
export async function pool<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>, stop: () => boolean = () => false) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length && !stop()) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

/**
 * Telegram's behaviour for an update it has not had a 2xx for: send it again, and again, until it gets one.
 * Returns how many attempts each update took.
 */
export async function redeliverUntilAcknowledged(
  url: string,
  updates: readonly Update[],
  options: { concurrency: number; pauseMs?: number; timeoutMs?: number; deadline?: number; onAttempt?: (update: Update, delivery: Delivery) => void },
): Promise<number[]> {
  const attempts = new Array<number>(updates.length).fill(0);
  await pool(updates, options.concurrency, async (update, index) => {
    for (;;) {
      if (options.deadline && Date.now() > options.deadline) throw new Error(`update ${update.update_id} still not acknowledged after ${attempts[index]} attempts`);
      attempts[index]! += 1;
      const delivery = await postUpdate(url, update, { timeoutMs: options.timeoutMs });
      options.onAttempt?.(update, delivery);
      if (acknowledged(delivery)) return;
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 200));
    }
  });
  return attempts;
}
