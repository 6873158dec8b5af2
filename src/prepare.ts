import { preparePgliteTemplate } from './db/client.js';

/*
 * `npm install` runs this (package.json `prepare`): it makes the empty embedded cluster that a first
 * `npm start` fills its data directory from, so initdb's seconds are spent once, here. It never fails the
 * install: without the archive the bot runs initdb itself.
 */
try {
  const started = performance.now();
  const outcome = await preparePgliteTemplate();
  if (outcome === 'built')
    process.stdout.write(`tro-ly-dau-moi: embedded database template ready (${Math.round(performance.now() - started)} ms)\n`);
} catch (error) {
  process.stdout.write(
    `tro-ly-dau-moi: no embedded database template (${error instanceof Error ? error.message : String(error)}); the first start will take a few seconds longer\n`,
  );
}
