import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.js';
import { units } from './units.js';

import type { DigestSchedule } from '../../core/chats/chat.js';

export const chats = pgTable(
  'chats',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    // opaque reference such as "telegram:-1001234567890" or "zalo-oa:<group_id>"; all a job needs to post
    chatRef: text('chat_ref').notNull().unique(),
    platform: text('platform').notNull(),
    kind: text('kind').notNull(),
    title: text('title'),
    unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
    // a chat that receives the cross-unit picture (the leaders' group)
    isLeadersChat: boolean('is_leaders_chat').notNull().default(false),
    locale: text('locale'),
    timezone: text('timezone'),
    digestSchedule: jsonb('digest_schedule').$type<DigestSchedule>(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('chats_unit_idx').on(t.unitId)],
);
