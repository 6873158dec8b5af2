import { and, eq, sql } from 'drizzle-orm';
import { chatRecordRef } from '../../core/chats/chat.js';
import type { MessageContextReads } from '../../core/chats/message-context.js';
import type { Database } from '../client.js';
import { calendarDays, chats, conversationStates } from '../schema/index.js';
import { calendarRevision } from './calendar-days.repository.js';
import { toChat } from './chats.repository.js';
import { toState } from './conversations.repository.js';

export function createMessageContextReads({ db }: { db: Database }): MessageContextReads {
  return {
    async read(chatRef, userKey) {
      // one row whatever exists: the chat and the flow joined onto a single row, the revision a subquery
      const [row] = await db
        .select({
          chat: chats,
          flow: conversationStates,
          calendarRevision: sql<string>`(select ${calendarRevision} from ${calendarDays})`,
        })
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
      };
    },
  };
}
