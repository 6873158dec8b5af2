import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { unhandledRejection } from '../../src/startup.js';

describe("the bot's listener for rejections no one awaited", () => {
  const listener = unhandledRejection(createLogger('silent'));

  it('lets the bot live on when the server cut the connection under a statement (a restart, a failover)', () => {
    const cut = Object.assign(new Error('terminating connection due to administrator command'), { severity: 'FATAL', code: '57P01' });
    expect(() => listener(cut)).not.toThrow();
    expect(() => listener(Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' }))).not.toThrow();
  });

  it('ends the process on any other, as Node would: a bug must not be hidden', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    expect(() => listener(bug)).toThrow(bug);
    expect(() => listener(Object.assign(new Error('duplicate key'), { severity: 'ERROR', code: '23505' }))).toThrow();
  });
});
