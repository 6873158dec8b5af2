import type { Clock } from '../../src/core/clock.js';
import type { Store } from '../../src/core/store.js';

interface Timer {
  at: number;
  order: number;
  wake: () => void;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Simulated time for a fan-out: waits (the pacers', the fake platform's latency) take no real time, and the
 * clock moves to the next wake-up only when nothing real is in flight (a database query, an HTTP request on
 * its way), so what the simulation measures is the pacing, not the machine it runs on.
 */
export class SimClock {
  private current: number;
  private timers: Timer[] = [];
  private busy = 0;
  private order = 0;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  readonly now = (): number => this.current;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((wake) => {
      this.timers.push({ at: this.current + Math.max(0, ms), order: this.order++, wake });
    });

  /** The app's Clock on this time. */
  readonly clock: Clock = { now: () => new Date(this.current) };

  /** Real work begins (a request leaves, a query starts): time stands still until it ends. */
  begin(): void {
    this.busy += 1;
  }

  end(): void {
    this.busy -= 1;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.begin();
    return work.finally(() => this.end());
  }

  /** A fetch that holds the clock while a request is out (the fake server releases it while it "thinks"). */
  fetch(): typeof fetch {
    return async (input, init) => {
      this.begin();
      try {
        const response = await fetch(input, init);
        const body = await response.arrayBuffer();
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      } finally {
        this.end();
      }
    };
  }

  /** The store with every query held on the clock. */
  trackStore(store: Store): Store {
    const wrap = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (object, key, receiver) => {
          const value = Reflect.get(object, key, receiver) as unknown;
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            const result = (value as (...a: unknown[]) => unknown).apply(object, args);
            return result instanceof Promise ? this.track(result) : result;
          };
        },
      });
    // a store's repositories are getters on its prototype: read through it, not copied from it
    return new Proxy(store, {
      get: (target, key) => {
        if (key === 'transaction')
          return <T>(work: (tx: Store) => Promise<T>) => this.track(store.transaction((tx) => work(this.trackStore(tx))));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'object' && value !== null ? wrap(value) : value;
      },
    });
  }

  /** Runs `work` to its end, moving time forward whenever everything in flight is waiting on it. */
  async run<T>(work: Promise<T>): Promise<T> {
    let finished = false;
    const done = work.finally(() => {
      finished = true;
    });
    done.catch(() => {});
    while (!finished) {
      await turn();
      await turn();
      if (finished) break;
      if (this.busy > 0 || this.timers.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        continue;
      }
      this.timers.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = this.timers.shift()!;
      this.current = Math.max(this.current, next.at);
      next.wake();
    }
    return done;
  }
}
