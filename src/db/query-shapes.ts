import type { SQL } from 'drizzle-orm';
import type { Database } from './client.js';

/**
 * What drizzle builds from a query: its SQL text, its parameters (placeholders among them) and how the rows
 * map onto the selected fields.
 */
interface BuiltQuery {
  query: { sql: string; params: unknown[] };
  fields: unknown;
  joinsNotNullableMap: unknown;
}

/** The parts of drizzle's prepared query and session used here (the same on postgres.js and on PGlite). */
interface PreparedQuery {
  getQuery(): { sql: string; params: unknown[] };
  fields?: unknown;
  joinsNotNullableMap?: unknown;
  execute(values?: Record<string, unknown>): Promise<unknown>;
}
interface Session {
  prepareQuery(query: { sql: string; params: unknown[] }, fields: unknown, name: undefined, arrayMode: boolean): PreparedQuery;
}

/**
 * Queries run on every message, built once per shape. Building a query (walking its tree, quoting every
 * name, checking each node's kind) was a fifth of the bot's CPU on a one-line report, for text that never
 * changes: the query is written with `sql.placeholder(...)` for its values, built on first use, and then run
 * with new values on the database or on a transaction alike, as drizzle runs a prepared query.
 *
 * A shape is everything that changes the text (which filters apply, whether a part is there); values that
 * differ in number (a list of ids) go in as one array parameter (`= any(...)`), so that they do not.
 */
export function queryShapes() {
  const shapes = new Map<string, BuiltQuery>();
  return function run<Query extends { prepare(name: string): unknown; execute(): Promise<unknown> }>(
    db: Database,
    shape: string,
    build: () => Query,
    values: Record<string, unknown>,
  ): ReturnType<Query['execute']> {
    let built = shapes.get(shape);
    if (!built) {
      const prepared = build().prepare(shape) as PreparedQuery;
      built = { query: prepared.getQuery(), fields: prepared.fields, joinsNotNullableMap: prepared.joinsNotNullableMap };
      shapes.set(shape, built);
    }
    const session = (db as unknown as { session: Session }).session;
    const query = session.prepareQuery(built.query, built.fields, undefined, true);
    query.joinsNotNullableMap = built.joinsNotNullableMap;
    return query.execute(values) as ReturnType<Query['execute']>;
  };
}

/** drizzle's dialect: turns SQL written with `sql` into its text and parameters (placeholders among them). */
interface Dialect {
  sqlToQuery(query: SQL): { sql: string; params: unknown[] };
}

/**
 * As `queryShapes`, for a statement written as SQL (`sql` with `sql.placeholder(...)` for its values): the
 * report's insert, fourteen values in a CTE, was built anew for every report. Answers what the driver answers
 * (`rowsOf` reads its rows).
 */
export function sqlShapes() {
  const shapes = new Map<string, { sql: string; params: unknown[] }>();
  return function run(db: Database, shape: string, build: () => SQL, values: Record<string, unknown>): Promise<unknown> {
    let built = shapes.get(shape);
    if (!built) {
      built = (db as unknown as { dialect: Dialect }).dialect.sqlToQuery(build());
      shapes.set(shape, built);
    }
    const session = (db as unknown as { session: Session }).session;
    return session.prepareQuery(built, undefined, undefined, false).execute(values);
  };
}
