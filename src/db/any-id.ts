import { type Column, type SQL, sql } from 'drizzle-orm';

/**
 * `column = any($1::int[])`: a list of ids sent as one parameter. drizzle's `inArray` writes a parameter per id,
 * so that every length of list is another statement for PostgreSQL to parse and for postgres.js to prepare and
 * keep on each connection, and a plan grid's 2 000 occurrence ids cost more to build and bind than to run.
 */
export function anyId(column: Column | SQL, ids: readonly number[]): SQL {
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new TypeError(`not an id: ${String(id)}`);
  return sql`${column} = any(${`{${ids.join(',')}}`}::int[])`;
}
