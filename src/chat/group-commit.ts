import type { Store } from '../core/store.js';

/**
 * One message's work for a shared transaction: `work` does it in the transaction it is given; `alone` does it
 * in a transaction of its own (what runs when the message arrives alone, or when its batch is undone).
 */
export interface GroupedWork<T> {
  work: (tx: Store) => Promise<T>;
  alone: () => Promise<T>;
}

export interface GroupCommit {
  /** The work's result once the transaction that holds it has committed. */
  run<T>(job: GroupedWork<T>): Promise<T>;
}

export interface GroupCommitOptions {
  /** the most messages one transaction holds */
  maxBatch: number;
  /** how many transactions may be open at once; what arrives while they are all open waits for the next */
  inFlight: number;
  /** whether a result may be committed with others (a failed message's work is undone, so its batch is too) */
  commits: (result: unknown) => boolean;
  /** told why a batch was undone (its messages are then done again alone, which reports their own outcomes) */
  onUndone?: (reason: unknown, size: number) => void;
}

/** Thrown inside a batch's transaction to undo it when one of its messages' results may not be committed. */
class BatchUndone extends Error {
  constructor() {
    super('a message of the batch failed');
  }
}

interface Waiting {
  job: GroupedWork<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Group commit: messages that arrive while the database is busy with earlier ones are handled together, in
 * one transaction, and each is answered when it has committed. Under load a commit (its round trips, its
 * flush to disk) is shared by a batch instead of paid by every message; a message that arrives when a
 * transaction slot is free starts at once, alone, as it always did, so a quiet bot answers no later.
 *
 * Each message is still processed exactly once: its processed mark is in the transaction with its effects, and
 * the platform has its answer only after the commit. When any message of a batch fails (a bug in its handling,
 * a statement the database refused, a deadlock), the whole batch is undone and each of its messages done again
 * alone, so one message's failure never costs another its effects.
 */
export function createGroupCommit(store: Pick<Store, 'transaction'>, options: GroupCommitOptions): GroupCommit {
  const waiting: Waiting[] = [];
  let open = 0;

  async function settleAlone(entry: Waiting) {
    try {
      entry.resolve(await entry.job.alone());
    } catch (error) {
      entry.reject(error);
    }
  }

  async function runBatch(batch: Waiting[]) {
    if (batch.length === 1) return settleAlone(batch[0]!);
    let results: unknown[];
    try {
      results = await store.transaction(async (tx) => {
        // every message's work settles before the transaction ends, so that none runs a statement after it
        const values: unknown[] = [];
        for (const outcome of await Promise.allSettled(batch.map((entry) => entry.job.work(tx)))) {
          if (outcome.status === 'rejected') throw outcome.reason;
          values.push(outcome.value);
        }
        if (!values.every(options.commits)) throw new BatchUndone();
        return values;
      });
    } catch (error) {
      options.onUndone?.(error, batch.length);
      // Undone, whatever the reason: each message again on its own, where its own outcome (its apology, or the
      // database's error that makes the platform deliver it again) is its alone.
      await Promise.all(batch.map(settleAlone));
      return;
    }
    batch.forEach((entry, index) => entry.resolve(results[index]));
  }

  function next() {
    while (open < options.inFlight && waiting.length > 0) {
      const batch = waiting.splice(0, options.maxBatch);
      open += 1;
      void runBatch(batch).finally(() => {
        open -= 1;
        next();
      });
    }
  }

  return {
    run<T>(job: GroupedWork<T>) {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ job, resolve: resolve as (value: unknown) => void, reject });
        // on the next turn, so that the messages arriving in this one can join the same batch
        if (waiting.length === 1) queueMicrotask(next);
      });
    },
  };
}
