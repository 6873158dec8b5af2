/** The rows of a raw `db.execute`: postgres-js returns them as the result, PGlite under `rows`. */
export const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
