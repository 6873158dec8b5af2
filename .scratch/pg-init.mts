import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
for (const ext of [false, true]) {
  const t = performance.now();
  const c = await PGlite.create(ext ? { extensions: { unaccent, pg_trgm } } : {});
  console.log('ext', ext, Math.round(performance.now() - t));
  await c.close();
}
