import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseHandle } from '../../../src/db/client.js';

/**
 * A message is handled in one transaction, which holds one connection of the pool until it ends. Code running
 * inside it that reads or writes through the *root* database instead of the transaction's (a repository
 * captured at start-up, a service's own store) asks the pool for a second connection while holding one: with
 * as many such messages at once as the pool has connections, every one of them waits for the others, forever
 * (commit 2806200 fixed one: the document lookup). PGlite has a single connection, so there it hangs at once.
 *
 * This guard wraps a database handle so that any use of the root database from inside an open transaction of
 * the same handle is recorded, with its stack, and fails at once: the pool does not need to be exhausted, nor
 * the timing unlucky, for the mistake to show. Asynchronous context (AsyncLocalStorage) tells the transaction's
 * own work apart from other messages running at the same time on other connections; work a transaction starts
 * but does not wait for is not counted once the transaction is over.
 */
export interface GuardedDatabase {
  handle: DatabaseHandle;
  /** every use of the root database from inside an open transaction */
  violations: string[];
  /** transactions opened through the guard so far */
  transactions(): number;
}

export class RootUseInsideTransaction extends Error {}

export function guardTransactions(handle: DatabaseHandle): GuardedDatabase {
  const open = new AsyncLocalStorage<{ open: boolean }>();
  const violations: string[] = [];
  let transactions = 0;
  const root = handle.db as unknown as Record<PropertyKey, unknown> & {
    transaction: (work: (tx: unknown) => Promise<unknown>, config?: unknown) => Promise<unknown>;
  };

  const db = new Proxy(root, {
    get(target, property, receiver) {
      if (property === 'transaction') {
        return (work: (tx: unknown) => Promise<unknown>, config?: unknown) => {
          if (open.getStore()?.open) return refuse(property);
          transactions += 1;
          return target.transaction((tx) => {
            const state = { open: true };
            return open
              .run(state, () => work(tx))
              .finally(() => {
                state.open = false;
              });
          }, config);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      if (
        typeof property === 'string' &&
        !property.startsWith('_') &&
        open.getStore()?.open &&
        (typeof value === 'function' || property === 'query')
      ) {
        return refuse(property);
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });

  function refuse(property: PropertyKey): never {
    const error = new RootUseInsideTransaction(`db.${String(property)} on the root database inside a message's transaction`);
    violations.push(`${error.message}\n${error.stack?.split('\n').slice(2, 12).join('\n')}`);
    throw error;
  }

  return { handle: { ...handle, db: db as unknown as DatabaseHandle['db'] }, violations, transactions: () => transactions };
}
