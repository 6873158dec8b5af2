import { prepareMigratedCluster, preparePgliteTemplate } from './db/client.js';

/*
 * `npm install` runs this (package.json `prepare`): it makes the empty embedded cluster that a first
 * `npm start` fills its data directory from, so initdb's seconds are spent once, here, and from it the cluster
 * with every migration applied, which a new data directory is simply copied from. It never fails the install:
 * without them the bot runs initdb and the migrations itself.
 */
for (const [what, prepare] of [
  ['embedded database template', () => preparePgliteTemplate()],
  ['migrated embedded database', () => prepareMigratedCluster()],
] as const) {
  try {
    const started = performance.now();
    const outcome = await prepare();
    if (outcome === 'built') process.stdout.write(`tro-ly-dau-moi: ${what} ready (${Math.round(performance.now() - started)} ms)\n`);
  } catch (error) {
    process.stdout.write(
      `tro-ly-dau-moi: no ${what} (${error instanceof Error ? error.message : String(error)}); the first start will take a few seconds longer\n`,
    );
  }
}
