import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { runPostgresMigrations } from '../../src/db/migrate.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

// A bot on the machine of its PostgreSQL reaches it through the server's Unix socket, named as libpq names it.
describe.runIf(inject('testDatabase').driver === 'postgres')('DATABASE_URL with the Unix socket directory as its host parameter', () => {
  let t: TestDatabase;
  let socketUrl: string | null = null;

  beforeAll(async () => {
    t = await openTestDatabase();
    const tcp = new URL(t.url!);
    const [row] = rowsOf<{ directories: string }>(
      await t.db.execute(sql.raw("select current_setting('unix_socket_directories') as directories")),
    );
    const directory = row?.directories.split(',')[0]?.trim();
    // only a server on this machine has a socket the tests can reach
    if (directory?.startsWith('/') && ['127.0.0.1', 'localhost', '[::1]'].includes(tcp.hostname)) {
      socketUrl = `postgres://${tcp.username}${tcp.password ? `:${tcp.password}` : ''}@${tcp.pathname}?host=${directory}`;
    }
  });
  afterAll(() => t.close());

  it('connects through the socket, not over TCP, and finds the migrations applied', async (context) => {
    if (!socketUrl) return context.skip();
    const handle = await openDatabase({ driver: 'postgres', url: socketUrl, maxConnections: 1 });
    try {
      await handle.migrate();
      const [row] = rowsOf<{ address: string | null; database: string; tables: number }>(
        await handle.db.execute(
          sql.raw(`select inet_server_addr()::text as address, current_database() as database,
                   (select count(*)::int from pg_tables where schemaname = 'public') as tables`),
        ),
      );
      // a connection through a Unix socket has no server address
      expect(row).toEqual({ address: null, database: new URL(t.url!).pathname.slice(1), tables: expect.any(Number) });
      expect(row!.tables).toBeGreaterThan(10);
    } finally {
      await handle.close();
    }
  });

  it('runs the migrator through the socket (under its lock, nothing left to apply)', async (context) => {
    if (!socketUrl) return context.skip();
    await expect(runPostgresMigrations(socketUrl)).resolves.toBeUndefined();
  });
});
