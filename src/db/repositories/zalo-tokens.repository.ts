import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database, DatabaseDriver } from '../client.js';
import { zaloOauthRequests, zaloTokens } from '../schema/index.js';

export interface StoredZaloTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  seedFingerprint: string | null;
  refreshedAt: Date | null;
}

export interface ZaloTokenRows {
  read(appId: string): Promise<StoredZaloTokens | null>;
  save(appId: string, tokens: StoredZaloTokens): Promise<void>;
}

export interface PendingZaloAuthorization {
  state: string;
  appId: string;
  codeVerifier: string;
  redirectUri: string;
  createdAt: Date;
}

export interface ZaloTokenStore extends ZaloTokenRows {
  /**
   * Runs `work` as the only refresher of this app's tokens. On PostgreSQL a transaction holds an advisory lock:
   * another replica waits, then re-reads and finds the pair already refreshed. PGlite is one process, so a
   * queue in this process is the whole lock.
   */
  exclusive<T>(appId: string, work: (rows: ZaloTokenRows) => Promise<T>): Promise<T>;
  savePending(request: PendingZaloAuthorization): Promise<void>;
  /** The newest authorization this app started since `since`, taken (deleted) so that it serves once. */
  takePending(appId: string, state: string | null, since: Date): Promise<PendingZaloAuthorization | null>;
}

// The first half of the two-number advisory lock key; the second half is a hash of the app id.
const TOKEN_LOCK_CLASS = 7_340_251;

function rows(db: Database): ZaloTokenRows {
  return {
    async read(appId) {
      const [row] = await db.select().from(zaloTokens).where(eq(zaloTokens.appId, appId));
      if (!row) return null;
      return {
        accessToken: row.accessToken,
        refreshToken: row.refreshToken,
        accessExpiresAt: row.accessExpiresAt,
        seedFingerprint: row.seedFingerprint,
        refreshedAt: row.refreshedAt,
      };
    },
    async save(appId, tokens) {
      const values = { ...tokens, updatedAt: new Date() };
      await db
        .insert(zaloTokens)
        .values({ appId, ...values })
        .onConflictDoUpdate({ target: zaloTokens.appId, set: values });
    },
  };
}

export function createZaloTokensRepository({ db, driver }: { db: Database; driver: DatabaseDriver }): ZaloTokenStore {
  // Refreshes in this process wait for each other on either driver: one connection enough, one HTTP call at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const inProcess = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  return {
    ...rows(db),
    exclusive(appId, work) {
      if (driver === 'pglite') return inProcess(() => work(rows(db)));
      return inProcess(() =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select pg_advisory_xact_lock(${TOKEN_LOCK_CLASS}, hashtext(${appId}))`);
          return work(rows(tx as unknown as Database));
        }),
      );
    },
    async savePending(request) {
      await db.insert(zaloOauthRequests).values(request).onConflictDoNothing();
    },
    async takePending(appId, state, since) {
      // Stale requests are of no use to anyone: Zalo's code lives ten minutes.
      await db.delete(zaloOauthRequests).where(lt(zaloOauthRequests.createdAt, since));
      const condition = state
        ? and(eq(zaloOauthRequests.appId, appId), eq(zaloOauthRequests.state, state))
        : eq(zaloOauthRequests.appId, appId);
      const [row] = await db.select().from(zaloOauthRequests).where(condition).orderBy(sql`${zaloOauthRequests.createdAt} desc`).limit(1);
      if (!row) return null;
      await db.delete(zaloOauthRequests).where(eq(zaloOauthRequests.state, row.state));
      return row;
    },
  };
}
