import { configSecrets, isConsoleMode } from './config.js';
import { configOrExit, createAppOrExit, loadDotEnv, loggerFor, refuseConsoleOrContinue, unhandledRejection } from './startup.js';

/**
 * `npm start`. With no chat platform configured: a console chat as the demo focal point on the embedded
 * database (also with a script piped in, `printf '/help\n' | npm start`), but never on PostgreSQL, nor in a
 * deployment (NODE_ENV=production) without a terminal: there it stops and says which variables to set.
 * Otherwise the configured platforms.
 */
async function main() {
  loadDotEnv();
  const config = await configOrExit(process.env);
  await refuseConsoleOrContinue(config, Boolean(process.stdin.isTTY));
  const consoleMode = isConsoleMode(config);
  const logger = loggerFor(config, consoleMode ? 'warn' : 'info');
  // the bot's heap is capped (package.json): the report's files are drawn by a process of their own
  const app = await createAppOrExit(config, logger, undefined, { renderFilesApart: true });
  const t = app.i18n.translator(config.defaultLocale);

  let stopping = false;
  let stopRuntime: (() => Promise<void>) | null = null;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopRuntime?.().catch((error: unknown) => logger.error({ err: error }, 'stopping the adapters failed'));
    await app.close().catch((error: unknown) => logger.error({ err: error }, 'closing the database failed'));
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  process.on('unhandledRejection', unhandledRejection(logger));

  // Each mode loads only its own modules: the console no chat platform's client, the bot no console.
  if (!consoleMode) {
    const { startRuntime } = await import('./runtime.js');
    // the runtime's stop as soon as anything runs: a SIGTERM during start-up stops it before the database closes
    const runtime = await startRuntime(app, { onRunning: (stop) => (stopRuntime = stop) }).catch(async (error: unknown) => {
      logger.fatal({ err: error }, 'could not start the chat platforms');
      // The operator reads one line in Vietnamese too, with any secret in the reason masked.
      const reason = configSecrets(config).reduce(
        (text, secret) => text.split(secret).join('***'),
        error instanceof Error ? error.message : String(error),
      );
      process.stderr.write(`${t('platform-start-failed', { reason })}\n`);
      await shutdown(1);
      throw error;
    });
    if (stopping) return;
    logger.info({ port: runtime.port, platforms: runtime.adapters.map((a) => a.platform) }, 'running');
    return;
  }

  const [{ openConsoleSession }, { startConsoleDashboard }] = await Promise.all([
    import('./adapters/console/console-session.js'),
    import('./adapters/console/console-dashboard.js'),
  ]);
  const session = await openConsoleSession(app, {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
  });
  const dashboard = await startConsoleDashboard(app, session.bot);
  stopRuntime = dashboard.stop;
  const banner = [
    t('console-banner-title', { dataDir: config.dataDir }),
    ...(session.demoLoaded ? [t('console-banner-demo')] : []),
    t('console-banner-who', { name: session.userName, chat: session.chatTitle ?? '' }),
    ...dashboard.banner,
    t('console-banner-platforms'),
    '',
  ];
  process.stdout.write(`${banner.join('\n')}\n`);
  await session.run();
  await shutdown(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
