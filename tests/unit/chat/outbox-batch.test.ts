import { describe, expect, it } from 'vitest';
import { batchedEnqueue } from '../../../src/chat/outbox-batch.js';
import type { OutboxMessage } from '../../../src/core/outbox/outbox.js';

const message = (key: string): OutboxMessage => ({ key, chat: 'telegram:-1', text: key });

describe('deferred replies written to the outbox', () => {
  it('writes the replies deferred together in one insert, and a later one in the next', async () => {
    const writes: string[][] = [];
    const defer = batchedEnqueue({ enqueue: async (messages) => (writes.push(messages.map((m) => m.key)), messages.length) });
    await Promise.all([defer(message('a')), defer(message('b')), defer(message('c'))]);
    await defer(message('d'));
    expect(writes).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('tells every caller of a batch that could not be stored, and stores the next batch', async () => {
    let fail = true;
    const stored: string[] = [];
    const defer = batchedEnqueue({
      enqueue: async (messages) => {
        if (fail) throw new Error('database unreachable');
        stored.push(...messages.map((m) => m.key));
        return messages.length;
      },
    });
    const outcomes = await Promise.allSettled([defer(message('a')), defer(message('b'))]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await defer(message('c'));
    expect(stored).toEqual(['c']);
  });
});
