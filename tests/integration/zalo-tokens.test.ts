import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOaOAuth } from '../../src/adapters/zalo-oa/oa.oauth.js';
import { createOaTokens, type OaTokens } from '../../src/adapters/zalo-oa/oa.tokens.js';
import { fixedClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/db/client.js';
import { createZaloTokensRepository, type ZaloTokenStore } from '../../src/db/repositories/zalo-tokens.repository.js';
import { createLogger } from '../../src/logger.js';
import { FakeZalo } from '../support/fake-zalo.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

let fake: FakeZalo;
let db: TestDatabase;
const clock = fixedClock('2026-11-23T09:00:00+07:00');
const logger = createLogger('silent');

beforeAll(async () => {
  fake = await new FakeZalo().start();
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
  await fake.stop();
});
beforeEach(() => db.reset());

function tokensOver(store: ZaloTokenStore, seed: { accessToken: string; refreshToken: string } | null = null): OaTokens {
  const oauth = createOaOAuth({ oauthBase: fake.base, appId: fake.appId, appSecret: fake.appSecret });
  return createOaTokens({ appId: fake.appId, store, oauth, clock, logger, seed });
}

describe('OA token lifecycle', () => {
  it('adopts a pair from the environment once, and a new one when the environment changes', async () => {
    const store = createZaloTokensRepository({ db: db.db, driver: db.driver });
    const first = fake.issuePair();
    await tokensOver(store, first).seed();
    expect((await store.read(fake.appId))?.accessToken).toBe(first.accessToken);
    // refreshed meanwhile: the same pair still in the environment at the next start must not come back
    const tokens = tokensOver(store, first);
    expect(await tokens.refreshIfDue()).toBe('refreshed');
    const refreshed = (await store.read(fake.appId))!;
    await tokensOver(store, first).seed();
    expect((await store.read(fake.appId))?.accessToken).toBe(refreshed.accessToken);
    const second = fake.issuePair();
    await tokensOver(store, second).seed();
    expect((await store.read(fake.appId))?.accessToken).toBe(second.accessToken);
  });

  it('says plainly when there is no pair at all', async () => {
    const tokens = tokensOver(createZaloTokensRepository({ db: db.db, driver: db.driver }));
    expect(await tokens.refreshIfDue()).toBe('missing');
    await expect(tokens.accessToken()).rejects.toThrow(/zalo auth/);
  });

  it('refreshes once when several callers in this process need a new token at the same time', async () => {
    const store = createZaloTokensRepository({ db: db.db, driver: db.driver });
    await tokensOver(store, fake.issuePair()).seed();
    const refreshes = fake.refreshCalls().length;
    fake.slow('/v4/oa/access_token', 200);
    try {
      const [a, b] = [tokensOver(store), tokensOver(store)];
      await Promise.all([a.refreshIfDue(), b.refreshIfDue(), a.refreshIfDue()]);
      expect(fake.refreshCalls().length).toBe(refreshes + 1);
      expect(fake.refreshCalls().at(-1)!.error).toBe(0);
    } finally {
      fake.slow('/v4/oa/access_token', 0);
    }
  });

  it('without the lock, two refreshers use the single-use refresh token twice (why the lock exists)', async () => {
    const real = createZaloTokensRepository({ db: db.db, driver: db.driver });
    const unlocked: ZaloTokenStore = { ...real, exclusive: (appId, work) => work(real) };
    await tokensOver(real, fake.issuePair()).seed();
    fake.slow('/v4/oa/access_token', 200);
    try {
      const outcomes = await Promise.allSettled([tokensOver(unlocked).refreshIfDue(), tokensOver(unlocked).refreshIfDue()]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(
        fake
          .refreshCalls()
          .slice(-2)
          .map((c) => c.error)
          .sort(),
      ).toEqual([-14020, 0]);
    } finally {
      fake.slow('/v4/oa/access_token', 0);
    }
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('lets exactly one of two replicas refresh, under the PostgreSQL advisory lock', async () => {
    const other = await openDatabase({ driver: 'postgres', url: db.url!, maxConnections: 2 });
    try {
      const storeA = createZaloTokensRepository({ db: db.db, driver: 'postgres' });
      const storeB = createZaloTokensRepository({ db: other.db, driver: 'postgres' });
      await tokensOver(storeA, fake.issuePair()).seed();
      const refreshes = fake.refreshCalls().length;
      fake.slow('/v4/oa/access_token', 300);
      await Promise.all([tokensOver(storeA).refreshIfDue(), tokensOver(storeB).refreshIfDue()]);
      expect(fake.refreshCalls().length).toBe(refreshes + 1);
      expect(fake.refreshCalls().at(-1)!.error).toBe(0);
      // Both replicas now hand out the one new token.
      const [a, b] = await Promise.all([tokensOver(storeA).accessToken(), tokensOver(storeB).accessToken()]);
      expect(a).toBe(b);
    } finally {
      fake.slow('/v4/oa/access_token', 0);
      await other.close();
    }
  });

  it('uses a token another replica refreshed instead of refreshing again when Zalo refuses the old one', async () => {
    const store = createZaloTokensRepository({ db: db.db, driver: db.driver });
    await tokensOver(store, fake.issuePair()).seed();
    const mine = tokensOver(store);
    const old = await mine.accessToken();
    await tokensOver(store).refreshIfDue(); // "the other replica"
    const refreshes = fake.refreshCalls().length;
    const fresh = await mine.rejected(old);
    expect(fresh).not.toBe(old);
    expect(fresh).toBe((await store.read(fake.appId))!.accessToken);
    expect(fake.refreshCalls().length).toBe(refreshes);
  });
});
