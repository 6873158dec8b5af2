import { openDatabase, dumpPglite } from '/work/main/src/db/client.ts';
let t = performance.now();
const h = await openDatabase({ driver: 'pglite', dataDir: null });
console.log('fresh open', performance.now() - t); t = performance.now();
await h.migrate();
console.log('migrate', performance.now() - t); t = performance.now();
const blob = await dumpPglite(h);
console.log('dump', performance.now() - t, blob.size); t = performance.now();
await h.close();
for (let i = 0; i < 3; i++) {
  t = performance.now();
  const h2 = await openDatabase({ driver: 'pglite', dataDir: null, loadDataDir: blob });
  console.log('open from snapshot', performance.now() - t); t = performance.now();
  await h2.close();
}
