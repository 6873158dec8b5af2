import { describe, expect, it } from 'vitest';
import { AdapterError, type MessagePart, sendParts } from '../../../src/chat/chat-adapter.js';

const toError = (error: unknown) => (error instanceof AdapterError ? error : new AdapterError('NETWORK', String(error)));

describe('sendParts', () => {
  it('sends from the first part not yet delivered, and says how many went out when one fails', async () => {
    const log: string[] = [];
    const part = (name: string, fail = false): MessagePart => ({
      pace: async () => void log.push(`pace ${name}`),
      send: async () => {
        if (fail) throw new AdapterError('RATE_LIMITED', 'slow down', 30);
        log.push(`send ${name}`);
      },
    });
    let recorded = 0;
    const options = { skipParts: 1, beforeFirstRequest: async () => void (recorded += 1) };
    const failure = await sendParts([part('a'), part('b'), part('c', true), part('d')], options, toError).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AdapterError);
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30, partsDelivered: 2 });
    // part a was delivered by an earlier attempt; the attempt is recorded once, after pacing, before b
    expect(log).toEqual(['pace b', 'send b', 'pace c']);
    expect(recorded).toBe(1);
  });

  it('sends nothing and records nothing when every part went out before', async () => {
    let recorded = 0;
    await sendParts(
      [{ send: async () => expect.unreachable() }],
      { skipParts: 1, beforeFirstRequest: async () => void (recorded += 1) },
      toError,
    );
    expect(recorded).toBe(0);
  });

  it('counts a failure before anything went out as none delivered beyond the skipped parts', async () => {
    const failure = await sendParts(
      [{ send: async () => {} }, { send: async () => Promise.reject(new Error('socket hang up')) }],
      { skipParts: 1 },
      toError,
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'NETWORK', partsDelivered: 1, retryable: true });
  });
});
