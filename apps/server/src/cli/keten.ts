import path from 'node:path';
import { systemActor } from '../access/actor.ts';
import { defaultCheckpointFile } from '../audit/audit-checkpoint.ts';
import { formatAuditReport, verifyAudit } from '../audit/audit-verify.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { acquireDataDirLock, DataDirLockedError, type HeldLock } from '../db/lock.ts';
import { migrationStatus, runMigrations } from '../db/migrate.ts';
import { seedDemoData } from '../demo/seed.ts';
import { createAppCrypto } from '../crypto/app-crypto.ts';
import { loadSecrets } from '../lib/secrets.ts';

interface Command {
  summary: string;
  usage: string;
  needsDatabase: boolean;
  run(ctx: { config: Config; database: Database | null; args: string[] }): Promise<void>;
}

const commands: Record<string, Command> = {
  help: {
    summary: 'List the commands',
    usage: 'help',
    needsDatabase: false,
    run: async () => printHelp(),
  },
  migrate: {
    summary: 'Apply pending database migrations (the server also does this at start)',
    usage: 'migrate',
    needsDatabase: true,
    run: async ({ database }) => {
      await runMigrations(db(database));
      const s = await migrationStatus(db(database));
      console.log(`Migrations applied: ${s.applied} (latest ${s.latest ?? 'none'})`);
    },
  },
  status: {
    summary: 'Show the database kind and migration state',
    usage: 'status',
    needsDatabase: true,
    run: async ({ database }) => {
      const s = await migrationStatus(db(database));
      console.log(`Database: ${db(database).kind}`);
      console.log(`Migrations applied: ${s.applied}; latest: ${s.latest ?? 'none'}; pending: ${s.pending.length ? s.pending.join(', ') : 'none'}`);
    },
  },
  'demo seed': {
    summary: 'Add the fictional demo organisations and users (never in production)',
    usage: 'demo seed',
    needsDatabase: true,
    run: async ({ config, database }) => {
      if (config.production) {
        throw new Error('Demo data is never seeded in production.');
      }
      await runMigrations(db(database));
      await seedDemoData(db(database).db, createAppCrypto(loadSecrets(config, (m) => console.warn(m))));
      console.log('Demo data is present.');
    },
  },
  'audit verify': {
    summary: 'Verify the audit trail (hash chains, signed checkpoints in the database and the file); exit 1 if damaged',
    usage: 'audit verify [--checkpoint-file=PATH]',
    needsDatabase: true,
    run: async ({ config, database, args }) => {
      const d = db(database);
      const status = await migrationStatus(d);
      if (status.pending.length > 0) {
        throw new Error(`The database has pending migrations (${status.pending.join(', ')}): run "npm run keten -- migrate" first.`);
      }
      const fileArg = args.find((a) => a.startsWith('--checkpoint-file='))?.slice('--checkpoint-file='.length);
      const checkpointFile = fileArg ? path.resolve(fileArg) : defaultCheckpointFile(config);
      const secrets = loadSecrets(config, (m) => console.warn(m));
      const report = await verifyAudit(d.db, secrets, { checkpointFile });
      console.log(formatAuditReport(report));
      // The verification itself is part of the trail (who checked, when, with what result).
      await d.db.transaction((tx) =>
        recordAudit(tx, { actor: systemActor('cli'), requestId: null, ip: null }, {
          action: 'audit.verified',
          details: {
            ok: report.ok,
            streams: report.streams.length,
            rows: report.rows,
            problems: report.problems.length + report.streams.reduce((n, r) => n + r.problems.length, 0),
          },
        }),
      );
      if (!report.ok) {
        throw new Error('The audit trail failed verification: see the report above.');
      }
    },
  },
};

function db(database: Database | null): Database {
  if (!database) {
    throw new Error('This command needs the database');
  }
  return database;
}

function printHelp(): void {
  console.log('Keten administration: npm run keten -- <command>\n');
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length));
  for (const c of Object.values(commands)) {
    console.log(`  ${c.usage.padEnd(width)}  ${c.summary}`);
  }
  console.log(
    '\nCommands that use the embedded database refuse to run while a Keten server holds its data directory:' +
      '\nstop the server first (the embedded database allows one process only).',
  );
}

function findCommand(argv: string[]): { name: string; command: Command; args: string[] } | null {
  for (let n = Math.min(argv.length, 3); n >= 1; n--) {
    const name = argv.slice(0, n).join(' ');
    const command = commands[name];
    if (command) {
      return { name, command, args: argv.slice(n) };
    }
  }
  return null;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const found = findCommand(argv.length ? argv : ['help']);
  if (!found) {
    console.error(`Unknown command: ${argv.join(' ')}\n`);
    printHelp();
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(process.env, { readDotEnv: true });
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    return 1;
  }
  let lock: HeldLock | null = null;
  let database: Database | null = null;
  try {
    if (found.command.needsDatabase) {
      if (config.database.kind === 'pglite') {
        lock = acquireDataDirLock(config.dataDir, `command: ${found.name}`, (m) => console.warn(m));
        database = await openDatabase({ kind: 'pglite', dataDir: config.database.dataDir });
      } else {
        database = await openDatabase({ kind: 'postgresql', url: config.database.url });
      }
    }
    await found.command.run({ config, database, args: found.args });
    return 0;
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`Cannot run "${found.name}" now: ${err.message}`);
      return 1;
    }
    console.error(err instanceof Error ? err.message : err);
    return 1;
  } finally {
    await database?.close();
    lock?.release();
  }
}

process.exitCode = await main();
