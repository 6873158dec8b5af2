import { and, eq, sql } from 'drizzle-orm';
import { chatRecordRef } from '../../core/chats/chat.js';
import type { MessageContextOptions, MessageContextReads } from '../../core/chats/message-context.js';
import type { PlatformEvent } from '../../core/inbox.js';
import type { RoleGrant, StoredIdentity } from '../../core/members/member.js';
import type { Role } from '../../core/members/roles.js';
import type { Database } from '../client.js';
import { calendarDays, chats, conversationStates, identities, memberRoles, members, processedEvents } from '../schema/index.js';
import { calendarRevision } from './calendar-days.repository.js';
import { toChat } from './chats.repository.js';
import { toState } from './conversations.repository.js';

/** The sender's account, member and roles as one JSON value (null when the account is not stored). */
const senderJson = (sender: { platform: string; id: string }) => sql`(
  select json_build_object(
    'identityId', ${identities.id}, 'memberId', ${members.id}, 'memberName', ${members.displayName},
    'locale', ${members.locale}, 'displayName', ${identities.displayName}, 'username', ${identities.username},
    'privateChatAt', ${identities.privateChatAt},
    'grants', coalesce(
      (select json_agg(json_build_object('role', ${memberRoles.role}, 'unitId', ${memberRoles.unitId}))
       from ${memberRoles} where ${memberRoles.memberId} = ${members.id}),
      '[]'::json))
  from ${identities} inner join ${members} on ${members.id} = ${identities.memberId}
  where ${identities.platform} = ${sender.platform} and ${identities.externalId} = ${sender.id})`;

/** A StoredIdentity as JSON carries it: the time as text, the roles unchecked. */
type SenderJson = Omit<StoredIdentity, 'privateChatAt' | 'grants'> & {
  privateChatAt: string | null;
  grants: { role: string; unitId: number | null }[];
};

function toStoredIdentity(value: unknown): StoredIdentity | null {
  if (value === null || value === undefined) return null;
  // postgres.js and PGlite both parse json; a driver that hands back text is read all the same
  const row = (typeof value === 'string' ? JSON.parse(value) : value) as SenderJson;
  const grants: RoleGrant[] = row.grants.map((grant) => ({ role: grant.role as Role, unitId: grant.unitId }));
  return { ...row, privateChatAt: row.privateChatAt === null ? null : new Date(row.privateChatAt), grants };
}

export function createMessageContextReads({ db }: { db: Database }): MessageContextReads {
  /** The processed mark as a data-modifying CTE: it runs in the same statement, and its rows say whether it was new. */
  const claimOf = (event: PlatformEvent) =>
    db.$with('claim').as(db.insert(processedEvents).values(event).onConflictDoNothing().returning({ id: processedEvents.id }));

  return {
    async read(chatRef, userKey, options: MessageContextOptions = {}) {
      const claim = options.claim ? claimOf(options.claim) : null;
      const fields = {
        chat: chats,
        flow: conversationStates,
        calendarRevision: sql<string>`(select ${calendarRevision} from ${calendarDays})`,
        sender: options.sender ? senderJson(options.sender) : sql`null`,
        claimed: claim ? sql<boolean>`exists (select 1 from ${claim})` : sql<boolean>`null`,
      };
      // one row whatever exists: the chat and the flow joined onto a single row, the rest subqueries
      const [row] = await (claim ? db.with(claim).select(fields) : db.select(fields))
        .from(sql`(select 1) as one`)
        .leftJoin(chats, eq(chats.chatRef, chatRecordRef(chatRef)))
        .leftJoin(
          conversationStates,
          userKey === null ? sql`false` : and(eq(conversationStates.chatRef, chatRef), eq(conversationStates.userKey, userKey)),
        );
      return {
        chat: row?.chat ? toChat(row.chat) : null,
        flow: row?.flow ? toState(row.flow) : null,
        calendarRevision: row?.calendarRevision ?? '0:',
        ...(options.sender ? { sender: toStoredIdentity(row?.sender) } : {}),
        ...(claim ? { claimed: row?.claimed === true } : {}),
      };
    },
  };
}
