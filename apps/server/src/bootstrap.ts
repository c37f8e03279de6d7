import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from './config/config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { acquireDataDirLock, type HeldLock } from './db/lock.ts';
import { runMigrations } from './db/migrate.ts';
import { seedDemoData } from './demo/seed.ts';
import { seedBuiltinCatalogues } from './signals/catalogue.repo.ts';
import { DRAFT_SWEEP_JOB } from './signals/draft-sweep.ts';
import { registerSignalJobs } from './signals/signal.jobs.ts';
import { registerExternalDatasetJobs } from './external-datasets/external-dataset.service.ts';
import { scheduleOnce } from './jobs/recurring.ts';
import { buildApp, requestSerializer } from './http/app.ts';
import { registerAdminJobs, scheduleAdminJobs } from './admin/admin.jobs.ts';
import { registerCaseJobs, scheduleCaseJobs } from './tasks/case.jobs.ts';
import { createAppCrypto } from './crypto/app-crypto.ts';
import { defaultCheckpointFile, registerAuditCheckpointJob, scheduleAuditCheckpoint, writeCheckpoints } from './audit/audit-checkpoint.ts';
import { JobQueue } from './jobs/queue.ts';
import { loadSecrets, type Secrets } from './lib/secrets.ts';
import { KETEN_VERSION } from './lib/version.ts';

export interface Keten {
  app: FastifyInstance;
  database: Database;
  jobs: JobQueue;
  secrets: Secrets;
  config: Config;
  close(): Promise<void>;
}

export function createLogger(config: Config): FastifyBaseLogger {
  return pino({
    level: config.logLevel,
    // Request logs carry method, path and id only: query strings and bodies can hold personal data.
    serializers: { req: requestSerializer },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
  });
}

/**
 * Opens everything Keten needs, in order: lock (embedded only) → secrets → database → migrations →
 * demo data → HTTP app → job worker. `close` undoes it in reverse.
 */
export async function startKeten(config: Config, options: { logger?: FastifyBaseLogger; purpose?: string } = {}): Promise<Keten> {
  const log = options.logger ?? createLogger(config);
  let lock: HeldLock | null = null;
  if (config.database.kind === 'pglite') {
    lock = acquireDataDirLock(config.dataDir, options.purpose ?? 'server', (m) => log.warn(m));
  }
  let database: Database | null = null;
  try {
    const secrets = loadSecrets(config, (m) => log.warn(m));
    database =
      config.database.kind === 'pglite'
        ? await openDatabase({ kind: 'pglite', dataDir: config.database.dataDir })
        : await openDatabase({ kind: 'postgresql', url: config.database.url });
    await runMigrations(database);
    const crypto = createAppCrypto(secrets);
    await seedBuiltinCatalogues(database.db);
    if (config.demo) {
      await seedDemoData(database.db, crypto);
      log.info('Demo mode: fictional demo data is present');
    }
    const jobs = new JobQueue(database.db, {
      pollMs: config.jobs.pollMs,
      onError: (err, job) => log.error({ err, jobId: job?.id, kind: job?.kind }, 'job failed'),
    });
    const checkpointFile = defaultCheckpointFile(config);
    registerAuditCheckpointJob(jobs, { secrets, filePath: checkpointFile });
    await scheduleAuditCheckpoint(database.db, jobs);
    const app = await buildApp({ config, database, secrets, crypto, jobs, version: KETEN_VERSION, loggerInstance: log });
    const mailer = registerAdminJobs(jobs, { config, log });
    registerCaseJobs(jobs, { config, mailer });
    await scheduleCaseJobs(database.db, jobs);
    await scheduleAdminJobs(database.db, jobs);
    registerSignalJobs(jobs);
    registerExternalDatasetJobs(jobs);
    await scheduleOnce(database.db, jobs, DRAFT_SWEEP_JOB);
    const db = database;
    return {
      app,
      database: db,
      jobs,
      secrets,
      config,
      close: async () => {
        await jobs.stop();
        await app.close();
        // A last checkpoint so the newest audit rows are covered by a signature, not only the chain.
        await writeCheckpoints(db.db, secrets, checkpointFile).catch((err: unknown) => log.error({ err }, 'final audit checkpoint failed'));
        await db.close();
        lock?.release();
      },
    };
  } catch (err) {
    await database?.close().catch(() => undefined);
    lock?.release();
    throw err;
  }
}
