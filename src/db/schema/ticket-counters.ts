import { integer, pgTable } from 'drizzle-orm/pg-core';

// One row per year: an atomic increment gives each new case its number without a race between replicas.
export const ticketCounters = pgTable('ticket_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull().default(0),
});
