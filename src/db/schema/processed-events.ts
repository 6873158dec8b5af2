import { integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

// Written in the same transaction as an event's effects: a redelivered update finds its row and changes nothing.
export const processedEvents = pgTable(
  'processed_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    platform: text('platform').notNull(),
    eventId: text('event_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('processed_events_uq').on(t.platform, t.eventId)],
);
