import { customType, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** PostgreSQL's bytea: a Buffer in, a Buffer out (PGlite answers a Uint8Array, postgres.js a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
});

/**
 * The photos and files sent as evidence with reports, downloaded from the platform at receipt and kept in the
 * database: a Zalo link stops working after a while, and a Telegram file id works only for this bot. In the
 * database rather than under DATA_DIR because several replicas share one PostgreSQL and no disk, the files go
 * into the same backup as the reports that cite them, and the retention job deletes them with a plain UPDATE.
 * One row per platform file (a file cited by two reports is kept once); reports name files by platform and id.
 */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    platform: text('platform').notNull(),
    // the platform's file id (Telegram) or link (Zalo), as the report stores it
    fileId: text('file_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name'),
    mimeType: text('mime_type'),
    sizeBytes: integer('size_bytes'),
    content: bytea('content'),
    sha256: text('sha256'),
    // "pending" (to download), "stored", "failed" (given up), "too_large", "expired" (deleted after the retention)
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastError: text('last_error'),
    // where it was sent and for which task: a download that fails for good is reported there
    chatRef: text('chat_ref'),
    taskCode: text('task_code'),
    reporterId: integer('reporter_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    storedAt: timestamp('stored_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique('evidence_files_uq').on(t.platform, t.fileId), index('evidence_files_pending_idx').on(t.status, t.nextAttemptAt)],
);
