import { sql } from 'drizzle-orm';
import type { DispatchResult } from '../../../src/chat/dispatcher.js';
import type { IncomingMessage } from '../../../src/chat/messages.js';
import type { Store } from '../../../src/core/store.js';
import type { Database } from '../../../src/db/client.js';
import { CONSOLE_CAPABILITIES, consoleUser, type TestApp } from '../../support/test-app.js';

/**
 * What the database holds, table by table: the row count and a digest of every row's content. Row counts
 * alone would miss a refused command or a replayed event that *updated* something (a rebound group, a changed
 * digest schedule, a ticket's status, a language), so the digest of the rows is compared too.
 */
export interface DatabaseState {
  counts: Record<string, number>;
  digests: Record<string, string>;
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** The state of every table of the schema (read from the catalog, so that a new table is never left out). */
export async function databaseState(source: TestApp | Database): Promise<DatabaseState> {
  const db = 'app' in source ? source.db.db : source;
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql.raw(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)),
  ).map((row) => row.name);
  const query = tables
    .map(
      (table) =>
        `select '${table}' as name, count(*)::int as n, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as digest from "${table}" x`,
    )
    .join(' union all ');
  const rows = rowsOf<{ name: string; n: number; digest: string }>(await db.execute(sql.raw(query)));
  return {
    counts: Object.fromEntries(rows.map((row) => [row.name, Number(row.n)])),
    digests: Object.fromEntries(rows.map((row) => [row.name, row.digest])),
  };
}

/** The tables whose content differs between two states, for a readable failure. */
export function changedTables(before: DatabaseState, after: DatabaseState): string[] {
  const names = new Set([...Object.keys(before.digests), ...Object.keys(after.digests)]);
  return [...names].filter((name) => before.digests[name] !== after.digests[name] || before.counts[name] !== after.counts[name]).sort();
}

export interface Sender {
  /** a console user id of the demo (`dau-moi`), or a newcomer's */
  user: string;
  displayName: string;
  chat: string;
  kind: 'group' | 'private';
}

let counter = 0;

export function messageFrom(sender: Sender, text: string, at: Date, addressed = true): IncomingMessage {
  counter += 1;
  return {
    chat: sender.chat,
    chatKind: sender.kind,
    chatTitle: null,
    sender: consoleUser(sender.user, sender.displayName),
    text,
    messageId: `auth-${counter}`,
    addressedToBot: addressed,
    replyTo: null,
    mentions: [],
    callbackData: null,
    receivedAt: at,
  };
}

const ROLLBACK = Symbol('rollback');

/**
 * Sends one message through the real dispatcher. With `rollback`, the whole message runs in one
 * transaction (as the bot runs it) that is then undone, so an allowed command leaves the next cell of the
 * matrix the same database.
 */
export async function dispatchAs(
  t: TestApp,
  sender: Sender,
  text: string,
  options: { rollback: boolean; addressed?: boolean },
): Promise<DispatchResult> {
  const message = messageFrom(sender, text, t.clock.now(), options.addressed ?? true);
  const target = { capabilities: CONSOLE_CAPABILITIES, botUsername: 'troly_daumoi_bot' };
  if (!options.rollback) return t.app.dispatcher.dispatch(message, target);
  let result: DispatchResult | null = null;
  try {
    await t.app.store.transaction(async (tx: Store) => {
      result = await t.app.dispatcher.dispatch(message, target, tx);
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return result!;
}
