import { and, eq, sql } from 'drizzle-orm';
import { chatRecordRef } from '../../core/chats/chat.js';
import type { MessageContextOptions, MessageContextReads, OpenTaskRead } from '../../core/chats/message-context.js';
import type { RoleGrant, StoredIdentity } from '../../core/members/member.js';
import type { Role } from '../../core/members/roles.js';
import type { Database } from '../client.js';
import { calendarDays, chats, conversationStates, identities, memberRoles, members, processedEvents } from '../schema/index.js';
import { calendarRevision } from './calendar-days.repository.js';
import { toChat } from './chats.repository.js';
import { toState } from './conversations.repository.js';
import { queryShapes } from '../query-shapes.js';
import { openTaskFromJson, openTasksOfUnitJson } from './plans.repository.js';

/** The sender's account, member and roles as one JSON value (null when the account is not stored). */
const senderJson = sql`(
  select json_build_object(
    'identityId', ${identities.id}, 'memberId', ${members.id}, 'memberName', ${members.displayName},
    'locale', ${members.locale}, 'displayName', ${identities.displayName}, 'username', ${identities.username},
    'privateChatAt', ${identities.privateChatAt},
    'grants', coalesce(
      (select json_agg(json_build_object('role', ${memberRoles.role}, 'unitId', ${memberRoles.unitId}))
       from ${memberRoles} where ${memberRoles.memberId} = ${members.id}),
      '[]'::json))
  from ${identities} inner join ${members} on ${members.id} = ${identities.memberId}
  where ${identities.platform} = ${sql.placeholder('senderPlatform')} and ${identities.externalId} = ${sql.placeholder('senderId')})`;

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

/** The read-ahead task's occurrences as the JSON subquery gave them (none without a unit). */
function openTaskRead(taskId: number, unitId: number | null, value: unknown): OpenTaskRead {
  const rows = unitId === null || value === null || value === undefined ? [] : typeof value === 'string' ? JSON.parse(value) : value;
  return { taskId, unitId, occurrences: (rows as Parameters<typeof openTaskFromJson>[0][]).map(openTaskFromJson) };
}

// built once per shape: this read is the first statement of every message
const runShape = queryShapes();

export function createMessageContextReads({ db }: { db: Database }): MessageContextReads {
  /** The processed mark as a data-modifying CTE: it runs in the same statement, and its rows say whether it was new. */
  const claim = () =>
    db.$with('claim').as(
      db
        .insert(processedEvents)
        .values({ platform: sql.placeholder('claimPlatform'), eventId: sql.placeholder('claimEventId') })
        .onConflictDoNothing()
        .returning({ id: processedEvents.id }),
    );

  /** The query for one combination of what is asked (a claim, the sender, a user whose flow may be waiting). */
  const build = (withClaim: boolean, withSender: boolean, withFlow: boolean, withTask: boolean) => {
    const claimed = withClaim ? claim() : null;
    const fields = {
      chat: chats,
      flow: conversationStates,
      calendarRevision: sql<string>`(select ${calendarRevision} from ${calendarDays})`,
      sender: withSender ? senderJson : sql`null`,
      claimed: claimed ? sql<boolean>`exists (select 1 from ${claimed})` : sql<boolean>`null`,
      openTask: withTask ? openTasksOfUnitJson(sql`${chats.unitId}`, sql`${sql.placeholder('taskId')}::int`) : sql`null`,
    };
    // one row whatever exists: the chat and the flow joined onto a single row, the rest subqueries
    return (claimed ? db.with(claimed).select(fields) : db.select(fields))
      .from(sql`(select 1) as one`)
      .leftJoin(chats, eq(chats.chatRef, sql.placeholder('chatRecordRef')))
      .leftJoin(
        conversationStates,
        withFlow
          ? and(eq(conversationStates.chatRef, sql.placeholder('chatRef')), eq(conversationStates.userKey, sql.placeholder('userKey')))
          : sql`false`,
      );
  };

  return {
    async read(chatRef, userKey, options: MessageContextOptions = {}) {
      const { claim: event, sender, openTask: taskId } = options;
      const [withClaim, withSender, withFlow, withTask] = [
        event !== undefined,
        sender !== undefined,
        userKey !== null,
        taskId !== undefined,
      ];
      const [row] = await runShape(
        db,
        `message-context:${withClaim}:${withSender}:${withFlow}:${withTask}`,
        () => build(withClaim, withSender, withFlow, withTask),
        {
          chatRecordRef: chatRecordRef(chatRef),
          chatRef,
          userKey,
          senderPlatform: sender?.platform,
          senderId: sender?.id,
          claimPlatform: event?.platform,
          claimEventId: event?.eventId,
          taskId,
        },
      );
      const chat = row?.chat ? toChat(row.chat) : null;
      return {
        chat,
        flow: row?.flow ? toState(row.flow) : null,
        calendarRevision: row?.calendarRevision ?? '0:',
        ...(sender ? { sender: toStoredIdentity(row?.sender) } : {}),
        ...(event ? { claimed: row?.claimed === true } : {}),
        ...(taskId === undefined ? {} : { openTask: openTaskRead(taskId, chat?.unitId ?? null, row?.openTask) }),
      };
    },
  };
}
