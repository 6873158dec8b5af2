import { request } from 'node:http';
import type { Update } from 'grammy/types';
import type { FakeTelegram } from '../../support/fake-telegram.js';
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
  /** the secret header to send (default the bot processes' WEBHOOK_SECRET) */
  secret?: string;
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
      headers: {
        'content-type': 'application/json',
        'content-length': body.length,
        'x-telegram-bot-api-secret-token': options.secret ?? WEBHOOK_SECRET,
      },
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
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
  stop: () => boolean = () => false,
) {
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

export interface DeliveryQueueOptions {
  /** requests open at once (setWebhook's max_connections) */
  connections: number;
  /** how long to wait before trying an update again the first time; each later try waits twice as long, up to maxPauseMs */
  pauseMs?: number;
  maxPauseMs?: number;
  timeoutMs?: number;
  /** the network loses the answer to this update's first delivery (the bot handles it, Telegram never sees the 2xx) */
  loseFirstAnswer?: (index: number) => boolean;
  onAcknowledged?: (index: number) => void;
  /** give up (and fail) after this moment */
  deadline: number;
}

/**
 * Telegram's side of a webhook, for the fake Bot API: every update is posted, in order, to the URL and with the
 * secret the bot last gave setWebhook, and posted again after a pause until it gets a 2xx — through a killed
 * process (the connection is refused), until a new one sets its webhook. The test does not decide what to
 * redeliver: whatever had no 2xx, by the platform's rule.
 */
export class TelegramDeliveryQueue {
  readonly acknowledged = new Set<number>();
  readonly attempts: number[] = [];

  constructor(
    private readonly fake: FakeTelegram,
    private readonly options: DeliveryQueueOptions,
  ) {}

  async deliver(updates: readonly Update[]): Promise<void> {
    this.attempts.push(...new Array<number>(updates.length).fill(0));
    await pool(updates, this.options.connections, async (update, index) => {
      for (;;) {
        if (Date.now() > this.options.deadline)
          throw new Error(`update ${update.update_id} still not acknowledged after ${this.attempts[index]} attempts`);
        const webhook = this.fake.webhook;
        if (webhook) {
          const first = this.attempts[index] === 0;
          this.attempts[index]! += 1;
          const delivery = await postUpdate(webhook.url, update, {
            timeoutMs: this.options.timeoutMs,
            secret: webhook.secret ?? undefined,
            loseAnswer: first && (this.options.loseFirstAnswer?.(index) ?? false),
          });
          if (acknowledged(delivery)) {
            this.acknowledged.add(index);
            this.options.onAcknowledged?.(index);
            return;
          }
        }
        const pause = Math.min(
          (this.options.pauseMs ?? 200) * 2 ** Math.max(0, this.attempts[index]! - 1),
          this.options.maxPauseMs ?? Infinity,
        );
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    });
  }
}
