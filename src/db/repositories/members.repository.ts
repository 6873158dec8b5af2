import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type {
  Actor,
  Contact,
  MemberRef,
  MembersRepository,
  Platform,
  PlatformUser,
  RoleGrant,
  StoredIdentity,
} from '../../core/members/member.js';
import type { Role } from '../../core/members/roles.js';
import type { Database } from '../client.js';
import { identities, memberRoles, members } from '../schema/index.js';

const normalizeUsername = (username: string | null | undefined) => (username ? username.replace(/^@/, '').toLowerCase() : null);

const DAY_MS = 24 * 3600_000;

const unitCondition = (unitId: number | null) => (unitId === null ? isNull(memberRoles.unitId) : eq(memberRoles.unitId, unitId));

export function createMembersRepository({ db }: { db: Database }): MembersRepository {
  const grantsOf = async (memberId: number): Promise<RoleGrant[]> => {
    const rows = await db
      .select({ role: memberRoles.role, unitId: memberRoles.unitId })
      .from(memberRoles)
      .where(eq(memberRoles.memberId, memberId));
    return rows.map((row) => ({ role: row.role as Role, unitId: row.unitId }));
  };

  const findIdentity = async (platform: Platform, externalId: string): Promise<StoredIdentity | null> => {
    // One round trip for the person and every role they hold: this runs for every message.
    const rows = await db
      .select({
        identityId: identities.id,
        memberId: members.id,
        memberName: members.displayName,
        locale: members.locale,
        displayName: identities.displayName,
        username: identities.username,
        privateChatAt: identities.privateChatAt,
        role: memberRoles.role,
        unitId: memberRoles.unitId,
      })
      .from(identities)
      .innerJoin(members, eq(members.id, identities.memberId))
      .leftJoin(memberRoles, eq(memberRoles.memberId, members.id))
      .where(and(eq(identities.platform, platform), eq(identities.externalId, externalId)));
    const [first] = rows;
    if (!first) return null;
    const grants: RoleGrant[] = rows.filter((row) => row.role !== null).map((row) => ({ role: row.role as Role, unitId: row.unitId }));
    const { role: _role, unitId: _unitId, ...identity } = first;
    return { ...identity, grants };
  };

  async function createMember(user: PlatformUser, seenAt: Date) {
    const [member] = await db.insert(members).values({ displayName: user.displayName }).returning({ id: members.id });
    if (!member) throw new Error('member insert returned nothing');
    const inserted = await db
      .insert(identities)
      .values({
        memberId: member.id,
        platform: user.platform,
        externalId: user.id,
        username: normalizeUsername(user.username),
        displayName: user.displayName,
        lastSeenAt: seenAt,
      })
      .onConflictDoNothing()
      .returning({ id: identities.id });
    // Two first messages from the same person raced: keep the identity that won, drop our spare member.
    if (inserted.length === 0) await db.delete(members).where(eq(members.id, member.id));
  }

  return {
    grantsOf,
    async resolveActor(user, seenAt, options = {}): Promise<Actor> {
      let found = options.known !== undefined ? options.known : await findIdentity(user.platform, user.id);
      if (!found) {
        await createMember(user, seenAt);
        found = await findIdentity(user.platform, user.id);
        if (!found) throw new Error('identity vanished after insert');
      } else {
        const username = normalizeUsername(user.username);
        if (found.displayName !== user.displayName || (username !== null && found.username !== username)) {
          await db
            .update(identities)
            .set({ displayName: user.displayName, username: username ?? found.username, lastSeenAt: seenAt })
            .where(eq(identities.id, found.identityId));
          // The member's name follows the account's until someone sets it to something else.
          if (found.memberName === found.displayName && found.displayName !== user.displayName) {
            await db.update(members).set({ displayName: user.displayName }).where(eq(members.id, found.memberId));
            found = { ...found, memberName: user.displayName };
          }
        }
      }
      // A private message means the bot may write to this account privately: noted at most once a day.
      if (options.privateChat && (!found.privateChatAt || seenAt.getTime() - found.privateChatAt.getTime() >= DAY_MS)) {
        await db.update(identities).set({ privateChatAt: seenAt }).where(eq(identities.id, found.identityId));
      }
      return {
        memberId: found.memberId,
        displayName: found.memberName,
        locale: found.locale,
        user,
        grants: found.grants,
      };
    },
    async findByUsername(platform, username) {
      const [row] = await db
        .select({ memberId: members.id, displayName: members.displayName })
        .from(identities)
        .innerJoin(members, eq(members.id, identities.memberId))
        .where(and(eq(identities.platform, platform), eq(identities.username, normalizeUsername(username) ?? '')));
      return row ?? null;
    },
    async findByExternalId(platform, externalId) {
      const row = await findIdentity(platform, externalId);
      return row ? { memberId: row.memberId, displayName: row.memberName } : null;
    },
    async grant(memberId, grant, grantedBy) {
      const inserted = await db
        .insert(memberRoles)
        .values({ memberId, role: grant.role, unitId: grant.unitId, grantedBy })
        .onConflictDoNothing()
        .returning({ id: memberRoles.id });
      return inserted.length > 0;
    },
    async revoke(memberId, grant) {
      const deleted = await db
        .delete(memberRoles)
        .where(and(eq(memberRoles.memberId, memberId), eq(memberRoles.role, grant.role), unitCondition(grant.unitId)))
        .returning({ id: memberRoles.id });
      return deleted.length > 0;
    },
    async withRole(role, unitId): Promise<MemberRef[]> {
      return db
        .select({ memberId: members.id, displayName: members.displayName })
        .from(memberRoles)
        .innerJoin(members, eq(members.id, memberRoles.memberId))
        .where(and(eq(memberRoles.role, role), unitCondition(unitId)))
        .orderBy(members.id);
    },
    async setLeave(memberId, until) {
      // the day it ran to before, read in the same statement (the update's own snapshot)
      const before = sql<string | null>`(select ${members.onLeaveUntil}::text from ${members} where ${members.id} = ${memberId})`;
      const [row] = await db.update(members).set({ onLeaveUntil: until }).where(eq(members.id, memberId)).returning({ before });
      return { before: row?.before ?? null };
    },
    async setLocale(memberId, locale) {
      await db.update(members).set({ locale }).where(eq(members.id, memberId));
    },
    async contactsWithRole(role, unitId): Promise<Contact[]> {
      const rows = await db
        .select({
          memberId: members.id,
          displayName: members.displayName,
          onLeaveUntil: members.onLeaveUntil,
          platform: identities.platform,
          username: identities.username,
        })
        .from(memberRoles)
        .innerJoin(members, eq(members.id, memberRoles.memberId))
        .leftJoin(identities, eq(identities.memberId, members.id))
        .where(and(eq(memberRoles.role, role), eq(memberRoles.unitId, unitId)))
        .orderBy(members.id);
      const contacts = new Map<number, Contact>();
      for (const row of rows) {
        const contact = contacts.get(row.memberId) ?? {
          memberId: row.memberId,
          displayName: row.displayName,
          onLeaveUntil: row.onLeaveUntil,
          usernames: {},
        };
        if (row.platform && row.username) contact.usernames[row.platform as Platform] = row.username;
        contacts.set(row.memberId, contact);
      }
      return [...contacts.values()];
    },
    async identitiesOf(memberId) {
      const rows = await db
        .select({
          platform: identities.platform,
          id: identities.externalId,
          displayName: identities.displayName,
          username: identities.username,
        })
        .from(identities)
        .where(eq(identities.memberId, memberId))
        .orderBy(identities.id);
      return rows.map((row) => ({ ...row, platform: row.platform as Platform }));
    },
    async countWithRole(role) {
      const [row] = await db.select({ n: count() }).from(memberRoles).where(eq(memberRoles.role, role));
      return row?.n ?? 0;
    },
  };
}
