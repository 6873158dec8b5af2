import postgres from 'postgres';

export interface BenchDatabase {
  /** the throwaway database's URL, for the app under test */
  url: string;
  /** a raw connection for seeding in bulk */
  sql: postgres.Sql;
  drop(): Promise<void>;
}

/**
 * A fresh database on the PostgreSQL server of DATABASE_URL (default: the local one), dropped afterwards.
 * Benchmarks seed it with set-based SQL: tens of thousands of rows in seconds, not through the app.
 */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `tda_bench_${label}_${process.pid}`;
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const server = new URL(base);
  server.pathname = '/postgres';
  base.pathname = `/${name}`;
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const sql = postgres(base.toString(), { max: 1, onnotice: () => {} });
  return {
    url: base.toString(),
    sql,
    async drop() {
      await sql.end();
      // BENCH_KEEP_DB=1 leaves it for a look at its query plans (EXPLAIN) afterwards
      if (process.env.BENCH_KEEP_DB) return void (await admin.end());
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
