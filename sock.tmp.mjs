import postgres from 'postgres';
for (const [max, conc] of [[8, 32], [32, 32], [8,8], [1, 1]]) {
  const sql = postgres({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test', max });
  await Promise.all(Array.from({ length: max }, () => sql`select 1`));
  const c0 = process.cpuUsage(); const t0 = performance.now();
  const N = 10000; let i = 0;
  await Promise.all(Array.from({ length: conc }, async () => { while (i++ < N) await sql`select ${i}::int as x`; }));
  const c = process.cpuUsage(c0); const t = performance.now() - t0;
  console.log(max, conc, 'qps', Math.round(N / t * 1000), 'cpu us/q', ((c.user + c.system) / N).toFixed(1), 'sys', (c.system / N).toFixed(1));
  await sql.end();
}
