import { and, eq, isNull } from 'drizzle-orm';
import type { Platform } from '../../core/members/member.js';
import type { SignInRepository, SignInVia } from '../../core/sign-in/sign-in.js';
import type { Database } from '../client.js';
import { identities, members, webSessions, webSignInTokens } from '../schema/index.js';

export function createSignInRepository({ db }: { db: Database }): SignInRepository {
  return {
    async createToken(token) {
      await db.insert(webSignInTokens).values(token);
    },
    async findToken(tokenHash) {
      const [row] = await db
        .select({
          id: webSignInTokens.id,
          memberId: webSignInTokens.memberId,
          memberName: members.displayName,
          locale: members.locale,
          via: webSignInTokens.via,
          chatRef: webSignInTokens.chatRef,
          expiresAt: webSignInTokens.expiresAt,
          usedAt: webSignInTokens.usedAt,
        })
        .from(webSignInTokens)
        .innerJoin(members, eq(members.id, webSignInTokens.memberId))
        .where(eq(webSignInTokens.tokenHash, tokenHash));
      return row ? { ...row, via: row.via as SignInVia } : null;
    },
    async useToken(id, at) {
      // Conditional on "not used yet": of two clicks racing, one update finds the row and the other nothing.
      const used = await db
        .update(webSignInTokens)
        .set({ usedAt: at })
        .where(and(eq(webSignInTokens.id, id), isNull(webSignInTokens.usedAt)))
        .returning({ id: webSignInTokens.id });
      return used.length > 0;
    },
    async recordUsedProof(proof) {
      const inserted = await db
        .insert(webSignInTokens)
        .values({
          tokenHash: proof.tokenHash,
          memberId: proof.memberId,
          via: proof.via,
          chatRef: null,
          expiresAt: proof.expiresAt,
          usedAt: proof.usedAt,
        })
        .onConflictDoNothing({ target: webSignInTokens.tokenHash })
        .returning({ id: webSignInTokens.id });
      return inserted.length > 0;
    },
    async createSession(session) {
      const [row] = await db
        .insert(webSessions)
        .values({ ...session, lastSeenAt: session.startedAt })
        .returning({ id: webSessions.id });
      if (!row) throw new Error('session insert returned nothing');
      return row.id;
    },
    async findSession(tokenHash) {
      const [row] = await db
        .select({
          id: webSessions.id,
          memberId: webSessions.memberId,
          memberName: members.displayName,
          locale: members.locale,
          startedAt: webSessions.startedAt,
          lastSeenAt: webSessions.lastSeenAt,
          expiresAt: webSessions.expiresAt,
          endedAt: webSessions.endedAt,
        })
        .from(webSessions)
        .innerJoin(members, eq(members.id, webSessions.memberId))
        .where(eq(webSessions.tokenHash, tokenHash));
      return row ?? null;
    },
    async touchSession(id, at) {
      await db.update(webSessions).set({ lastSeenAt: at }).where(eq(webSessions.id, id));
    },
    async endSession(id, at, by) {
      await db
        .update(webSessions)
        .set({ endedAt: at, endedBy: by })
        .where(and(eq(webSessions.id, id), isNull(webSessions.endedAt)));
    },
    async endSessionsOf(memberId, at, by) {
      const ended = await db
        .update(webSessions)
        .set({ endedAt: at, endedBy: by })
        .where(and(eq(webSessions.memberId, memberId), isNull(webSessions.endedAt)))
        .returning({ id: webSessions.id });
      // sessions already past their limits count as ended too: only those still usable were "open"
      return ended.length;
    },
    async memberOf(platform: Platform, externalId: string) {
      const [row] = await db
        .select({ memberId: members.id, memberName: members.displayName, locale: members.locale })
        .from(identities)
        .innerJoin(members, eq(members.id, identities.memberId))
        .where(and(eq(identities.platform, platform), eq(identities.externalId, externalId)));
      return row ?? null;
    },
  };
}
