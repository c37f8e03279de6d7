import { ConfigError, loadConfig } from './config/config.ts';
import { DataDirLockedError } from './db/lock.ts';
import { startKeten } from './bootstrap.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { readDotEnv: true });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  let keten;
  try {
    keten = await startKeten(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`Keten cannot start: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const { app, jobs } = keten;
  if (!config.webDist) {
    app.log.warn('No web build found (apps/web/dist): serving the API only. Run `npm run build:web` or `npm start`.');
  }
  await app.listen({ port: config.port, host: config.host });
  if (config.jobs.worker) {
    jobs.start();
  }
  app.log.info(
    `Keten is ready on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} ` +
      `(database: ${keten.database.kind}${config.demo ? ', demo data' : ''})`,
  );
  if (keten.database.kind === 'pglite') {
    app.log.info('Embedded database (PGlite) runs with fsync off: use PostgreSQL (DATABASE_URL) in production.');
  }
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) {
      return;
    }
    closing = true;
    app.log.info(`${signal} received, shutting down`);
    keten
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Keten failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
