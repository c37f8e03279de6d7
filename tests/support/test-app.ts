import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../apps/server/src/config/config.ts';
import type { Database } from '../../apps/server/src/db/client.ts';
import { seedDemoData } from '../../apps/server/src/demo/seed.ts';
import { seedBuiltinCatalogues } from '../../apps/server/src/signals/catalogue.repo.ts';
import { registerSignalJobs } from '../../apps/server/src/signals/signal.jobs.ts';
import { registerExternalDatasetJobs } from '../../apps/server/src/external-datasets/external-dataset.service.ts';
import { buildApp } from '../../apps/server/src/http/app.ts';
import { registerAdminJobs } from '../../apps/server/src/admin/admin.jobs.ts';
import { registerCaseJobs } from '../../apps/server/src/tasks/case.jobs.ts';
import { createAppCrypto, type AppCrypto } from '../../apps/server/src/crypto/app-crypto.ts';
import { JobQueue } from '../../apps/server/src/jobs/queue.ts';
import { loadSecrets, type Secrets } from '../../apps/server/src/lib/secrets.ts';
import { KETEN_VERSION } from '../../apps/server/src/lib/version.ts';
import { createTestDatabase } from './test-db.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  jobs: JobQueue;
  config: Config;
  secrets: Secrets;
  crypto: AppCrypto;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  demo?: boolean;
  /** Register extra routes before the app is ready (e.g. probes for the error handler). */
  extend?: (app: FastifyInstance) => void | Promise<void>;
}

/** A real app on a real (throw-away) database, driven through app.inject(). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'keten-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    KETEN_DATA_DIR: dataDir,
    KETEN_WEB_DIST: path.join(dataDir, 'no-web'),
    LOG_LEVEL: 'silent',
    KETEN_DEMO: options.demo ? 'true' : 'false',
    // Tests log many users in from one address; the HTTP login limit has its own test.
    KETEN_LOGIN_RATE_PER_MINUTE: '100000',
    ...options.env,
  });
  const secrets = loadSecrets(config, () => undefined);
  const { database, drop } = await createTestDatabase();

  const jobs = new JobQueue(database.db, { pollMs: 50 });
  const crypto = createAppCrypto(secrets);
  await seedBuiltinCatalogues(database.db);
  if (options.demo) {
    await seedDemoData(database.db, crypto);
  }
  const app = await buildApp({ config, database, secrets, crypto, jobs, version: KETEN_VERSION });
  // Handlers only; tests run jobs with jobs.drain() and schedule recurring ones themselves.
  const mailer = registerAdminJobs(jobs, { config, log: app.log });
  registerCaseJobs(jobs, { config, mailer });
  registerSignalJobs(jobs);
  registerExternalDatasetJobs(jobs);
  await options.extend?.(app);
  await app.ready();
  return {
    app,
    database,
    jobs,
    config,
    secrets,
    crypto,
    close: async () => {
      await jobs.stop();
      await app.close();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
