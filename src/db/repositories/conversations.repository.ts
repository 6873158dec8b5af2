import { and, eq, sql } from 'drizzle-orm';
import type { ConversationState, ConversationsRepository } from '../../core/conversations/conversation.js';
import type { Database } from '../client.js';
import { conversationStates } from '../schema/index.js';

const key = (chatRef: string, userKey: string) => and(eq(conversationStates.chatRef, chatRef), eq(conversationStates.userKey, userKey));

export function toState(row: typeof conversationStates.$inferSelect): ConversationState {
  const { choices, askedText, ...data } = row.data as Record<string, unknown> & {
    choices?: ConversationState['choices'];
    askedText?: string;
  };
  return { flow: row.flow, step: row.step, data, choices, ...(askedText ? { question: askedText } : {}), expiresAt: row.expiresAt };
}

export function createConversationsRepository({ db }: { db: Database }): ConversationsRepository {
  return {
    async get(chatRef, userKey) {
      const [row] = await db.select().from(conversationStates).where(key(chatRef, userKey));
      return row ? toState(row) : null;
    },
    async save(chatRef, userKey, state) {
      // choices and the question ride in the jsonb column with the flow's data: one row, one write per step
      const data = {
        ...state.data,
        ...(state.choices ? { choices: state.choices } : {}),
        ...(state.question ? { askedText: state.question } : {}),
      };
      const values = { chatRef, userKey, flow: state.flow, step: state.step, data, expiresAt: state.expiresAt };
      await db
        .insert(conversationStates)
        .values(values)
        .onConflictDoUpdate({
          target: [conversationStates.chatRef, conversationStates.userKey],
          set: { flow: state.flow, step: state.step, data, expiresAt: state.expiresAt, updatedAt: sql`now()` },
        });
    },
    async clear(chatRef, userKey) {
      await db.delete(conversationStates).where(key(chatRef, userKey));
    },
  };
}
