import { and, desc, eq, gte, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { SystemHealthReads } from '../../core/dashboard/system-health.js';
import type { Platform } from '../../core/members/member.js';
import type { Role } from '../../core/members/roles.js';
import type { Database } from '../client.js';
import { chats, digestRuns, identities, memberRoles, members, outbox, zaloTokens } from '../schema/index.js';

export function createSystemHealthReads({ db }: { db: Database }): SystemHealthReads {
  return {
    async groupChats() {
      const last = db
        .select({
          chatRef: digestRuns.chatRef,
          period: sql<string>`max(${digestRuns.period})`.as('last_period'),
          at: sql<Date>`max(${digestRuns.createdAt})`.as('last_at'),
        })
        .from(digestRuns)
        .groupBy(digestRuns.chatRef)
        .as('last_digest');
      const rows = await db
        .select({
          ref: chats.chatRef,
          platform: chats.platform,
          title: chats.title,
          unitId: chats.unitId,
          leadersChat: chats.isLeadersChat,
          active: chats.active,
          lastPeriod: last.period,
          lastAt: last.at,
        })
        .from(chats)
        .leftJoin(last, eq(last.chatRef, chats.chatRef))
        .where(eq(chats.kind, 'group'))
        .orderBy(chats.id);
      return rows.map(({ lastPeriod, lastAt, ...row }) => ({
        ...row,
        platform: row.platform as Platform,
        // max() over timestamptz comes back as text on some drivers
        lastDigest: lastPeriod && lastAt ? { period: lastPeriod, at: new Date(lastAt) } : null,
      }));
    },
    async peopleWithRoles() {
      const [grants, accounts] = await Promise.all([
        db
          .select({ memberId: members.id, name: members.displayName, role: memberRoles.role, unitId: memberRoles.unitId })
          .from(memberRoles)
          .innerJoin(members, eq(members.id, memberRoles.memberId))
          .orderBy(members.id, memberRoles.id),
        db
          .select({ memberId: identities.memberId, platform: identities.platform, privateChatAt: identities.privateChatAt })
          .from(identities)
          .where(sql`${identities.memberId} in (select ${memberRoles.memberId} from ${memberRoles})`)
          .orderBy(identities.id),
      ]);
      const people = new Map<
        number,
        {
          memberId: number;
          name: string;
          grants: Array<{ role: Role; unitId: number | null }>;
          accounts: Array<{ platform: Platform; privateChatAt: Date | null }>;
        }
      >();
      for (const row of grants) {
        const person = people.get(row.memberId) ?? { memberId: row.memberId, name: row.name, grants: [], accounts: [] };
        person.grants.push({ role: row.role as Role, unitId: row.unitId });
        people.set(row.memberId, person);
      }
      for (const row of accounts)
        people.get(row.memberId)?.accounts.push({ platform: row.platform as Platform, privateChatAt: row.privateChatAt });
      return [...people.values()];
    },
    async troubledOutbox(since, now, limit) {
      const rows = await db
        .select({
          id: outbox.id,
          chatRef: outbox.chatRef,
          key: outbox.key,
          createdAt: outbox.createdAt,
          failedAt: outbox.failedAt,
          sendingAt: outbox.sendingAt,
          claimedUntil: outbox.claimedUntil,
          lastError: outbox.lastError,
        })
        .from(outbox)
        .where(
          or(
            and(isNotNull(outbox.failedAt), gte(outbox.failedAt, since)),
            // sending when its sender stopped, and nobody has looked at it since its lease ran out
            and(isNull(outbox.sentAt), isNull(outbox.failedAt), isNotNull(outbox.sendingAt), lt(outbox.claimedUntil, now)),
          ),
        )
        .orderBy(desc(outbox.id))
        .limit(limit);
      return rows.map(({ key, sendingAt, claimedUntil, ...row }) => ({
        ...row,
        kind: key.split(':')[0] ?? key,
        sendingStale: row.failedAt === null && sendingAt !== null && claimedUntil !== null && claimedUntil.getTime() < now.getTime(),
      }));
    },
    async zaloTokens() {
      return db
        .select({
          appId: zaloTokens.appId,
          accessExpiresAt: zaloTokens.accessExpiresAt,
          refreshedAt: zaloTokens.refreshedAt,
          updatedAt: zaloTokens.updatedAt,
        })
        .from(zaloTokens)
        .orderBy(zaloTokens.appId);
    },
  };
}
