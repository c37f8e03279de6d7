import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importMunicipalities } from '../reference/municipalities.service.ts';
import { systemActor } from '../access/actor.ts';
import { defaultCheckpointFile } from '../audit/audit-checkpoint.ts';
import { formatAuditReport, verifyAudit } from '../audit/audit-verify.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { acquireDataDirLock, DataDirLockedError, type HeldLock } from '../db/lock.ts';
import { migrationStatus, runMigrations } from '../db/migrate.ts';
import { seedDemoData } from '../demo/seed.ts';
import { generateStatisticsData } from '../demo/generate.ts';
import { createAppCrypto } from '../crypto/app-crypto.ts';
import { loadSecrets, secretsFilePath } from '../lib/secrets.ts';
import { createBackup, restoreBackup, writeCheckpointFileFromDatabase } from '../backup/backup.service.ts';
import { backupPassphrase } from '../backup/passphrase.ts';
import { currentTotp } from '../auth/totp.ts';
import { DEMO_TOTP_SECRET } from '../demo/demo-users.ts';
import { countValuesNeedingRotation, ENCRYPTED_COLUMNS, rotateEncryptedColumns } from '../crypto/key-rotation.ts';

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
  'demo generate': {
    summary: 'Add generated fictional signals and victim files for statistics and benchmarks (never in production)',
    usage: 'demo generate --signals N --files M [--seed 0.42]',
    needsDatabase: true,
    run: async ({ config, database, args }) => {
      if (config.production) {
        throw new Error('Generated data is never added in production.');
      }
      const { values } = parseArgs({ args, options: { signals: { type: 'string', default: '10000' }, files: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
      const count = (v: string | undefined, name: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 50_000_000) {
          throw new Error(`--${name} must be a whole number from 0 to 50,000,000`);
        }
        return n;
      };
      await runMigrations(db(database));
      await seedDemoData(db(database).db, createAppCrypto(loadSecrets(config, (m) => console.warn(m))));
      const started = Date.now();
      const r = await generateStatisticsData(db(database).db, {
        signals: count(values.signals, 'signals'),
        files: count(values.files, 'files'),
        ...(values.seed === undefined ? {} : { seed: Number(values.seed) }),
        onProgress: (p) => console.log(`  signals ${p.signals}, files ${p.files}`),
      });
      console.log(`Generated run ${r.run}: ${r.signals} signals, ${r.files} victim files, ${r.referrals} referrals, ${r.procedures} procedures, ${r.documents} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    },
  },
  'demo totp': {
    summary: 'Print the current TOTP code of the demo users (never in production)',
    usage: 'demo totp',
    needsDatabase: false,
    run: async ({ config }) => {
      if (config.production) {
        throw new Error('There are no demo users in production.');
      }
      console.log(await currentTotp(DEMO_TOTP_SECRET));
    },
  },
  'municipalities import': {
    summary: "Import Statbel's official REFNIS list of municipalities (NIS codes) from a CSV file",
    usage: 'municipalities import <file.csv>',
    needsDatabase: true,
    run: async ({ database, args }) => {
      const file = args[0];
      if (!file) {
        throw new Error('Give the path of the REFNIS CSV file (download it from Statbel).');
      }
      const result = await importMunicipalities(db(database).db, readFileSync(path.resolve(file), 'utf8'));
      console.log(`Imported ${result.imported} municipalities.`);
      for (const e of result.errors) {
        console.log(`  line ${e.line}: ${e.message}`);
      }
      if (result.errors.length > 0) {
        process.exitCode = 1;
      }
    },
  },
  'keys status': {
    summary: 'Count encrypted values not yet under the newest encryption key',
    usage: 'keys status',
    needsDatabase: true,
    run: async ({ config, database }) => {
      const secrets = loadSecrets(config, (m) => console.warn(m));
      const cipher = createAppCrypto(secrets).cipher;
      const counts = await countValuesNeedingRotation(db(database).db, cipher, ENCRYPTED_COLUMNS);
      console.log(`Newest key version: ${cipher.currentKeyVersion}`);
      for (const [table, n] of Object.entries(counts)) {
        console.log(`  ${table}: ${n} value(s) to re-encrypt`);
      }
    },
  },
  'keys rotate': {
    summary: 'Re-encrypt every encrypted value with the newest key, in committed chunks (add the new key first)',
    usage: 'keys rotate [--chunk=500]',
    needsDatabase: true,
    run: async ({ config, database, args }) => {
      const secrets = loadSecrets(config, (m) => console.warn(m));
      const cipher = createAppCrypto(secrets).cipher;
      const chunk = Number(args.find((a) => a.startsWith('--chunk='))?.slice('--chunk='.length) ?? 500);
      if (!Number.isInteger(chunk) || chunk < 1 || chunk > 10_000) {
        throw new Error('--chunk must be a whole number from 1 to 10000');
      }
      console.log(`Re-encrypting with key version ${cipher.currentKeyVersion}…`);
      const result = await rotateEncryptedColumns(db(database).db, cipher, ENCRYPTED_COLUMNS, {
        chunkSize: chunk,
        onProgress: (p) => {
          process.stdout.write(`\r  ${p.table}: ${p.rows} row(s), ${p.values} value(s)   `);
        },
      });
      process.stdout.write('\n');
      for (const [table, c] of Object.entries(result)) {
        console.log(`  ${table}: re-encrypted ${c.values} value(s) in ${c.rows} row(s)`);
      }
      console.log('Done. Old keys can be removed once every server runs with the new key and this reports 0.');
    },
  },
  backup: {
    summary: 'Write a consistent, encrypted backup of the whole database (passphrase: KETEN_BACKUP_PASSPHRASE or asked)',
    usage: 'backup <file> [--without-keys]',
    needsDatabase: true,
    run: async ({ config, database, args }) => {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) {
        throw new Error('Give the path of the backup file to write.');
      }
      const passphrase = await backupPassphrase(process.env, 'backup');
      const includeKeys = !args.includes('--without-keys');
      const result = await createBackup(db(database), {
        file: path.resolve(file),
        passphrase,
        secrets: loadSecrets(config, (m) => console.warn(m)),
        includeKeys,
        ctx: { actor: systemActor('cli'), requestId: null, ip: null },
      });
      console.log(`Backup written: ${result.tables} tables, ${result.rows} rows, ${result.bytes} bytes (migration ${result.header.migration.latest ?? 'none'}).`);
      console.log(
        includeKeys
          ? 'It holds the encryption and audit keys too: keep the passphrase apart from the file.'
          : 'It holds no keys: a restore needs the keys of this installation as well.',
      );
    },
  },
  restore: {
    summary: 'Restore a backup into an empty or freshly migrated database, in one transaction',
    usage: 'restore <file> [--force]',
    needsDatabase: true,
    run: async ({ config, database, args }) => {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) {
        throw new Error('Give the path of the backup file to restore.');
      }
      const passphrase = await backupPassphrase(process.env, 'restore');
      const env = config.secretsFromEnv;
      const hasKeys = Boolean(env.sessionSecret && env.encryptionKeys && env.blindIndexKey && env.auditSigningKey) || existsSync(secretsFilePath(config));
      const d = db(database);
      const result = await restoreBackup(d, {
        file: path.resolve(file),
        passphrase,
        secrets: hasKeys ? loadSecrets(config, (m) => console.warn(m)) : null,
        force: args.includes('--force'),
        ctx: { actor: systemActor('cli'), requestId: null, ip: null },
      });
      if (result.secretsFromBackup) {
        const target = secretsFilePath(config);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, JSON.stringify(result.secretsFromBackup, null, 2) + '\n', { mode: 0o600 });
        console.log(`Wrote the backup's keys to ${target} (mode 0600).`);
      }
      const cp = await writeCheckpointFileFromDatabase(d, defaultCheckpointFile(config));
      console.log(`Restored ${result.tables} tables, ${result.rows} rows from the backup of ${result.header.createdAt}.`);
      console.log(`Audit checkpoint file rewritten from the restored checkpoints (${cp.lines} line(s)).`);
      if (cp.archivedTo) {
        console.log(`The previous checkpoint file was kept as ${cp.archivedTo}.`);
      }
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
