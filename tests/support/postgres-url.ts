/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A database on the server that always exists, to create and drop the others from. */
export const serverUrl = (url: string) => withDatabase(url, 'postgres');
