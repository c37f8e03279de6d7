import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestContext } from '../access/actor.ts';
import { auditKeyId } from '../audit/audit-checkpoint.ts';
import { auditCheckpoints } from '../audit/audit.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Database } from '../db/client.ts';
import { migrationStatus, MIGRATIONS_FOLDER, runMigrations } from '../db/migrate.ts';
import { queryRows, type Executor, type Tx } from '../db/types.ts';
import type { Secrets } from '../lib/secrets.ts';
import { BackupFileError, BackupWriter, openBackup, readBackupHeader, type BackupHeader } from './backup-format.ts';

/*
 * Backup and restore of the whole database (every table of the `public` schema and its
 * sequences), the same on PGlite and PostgreSQL:
 * - backup reads everything in ONE read-only REPEATABLE READ transaction (one snapshot), table by
 *   table in foreign-key order, through a cursor, and streams it into an encrypted file;
 * - restore writes everything in ONE transaction into an empty or freshly migrated database at the
 *   same migration level, resets the sequences, re-reads every table and compares it with the
 *   row count and SHA-256 recorded at backup time before it commits.
 * Rows travel as PostgreSQL's own JSON (`row_to_json`) and come back through
 * `json_populate_recordset`, so no value passes through a JavaScript number or Date.
 */

const SCHEMA = 'public';
const FETCH_ROWS = 1000;
const INSERT_ROWS = 1000;
const INSERT_BYTES = 4 * 1024 * 1024;

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

interface TableInfo {
  name: string;
  columns: string[];
  /** ORDER BY expression: the primary key, or the whole row for tables without one. */
  orderBy: string;
}

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const qualified = (name: string): string => `${ident(SCHEMA)}.${ident(name)}`;

/** The tables of the schema, parents before children (foreign keys), ties by name. */
export async function listTables(db: Executor): Promise<TableInfo[]> {
  const names = (
    await queryRows<{ name: string }>(
      db,
      sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = ${SCHEMA} AND c.relkind = 'r' ORDER BY c.relname`,
    )
  ).map((r) => r.name);
  const fks = await queryRows<{ child: string; parent: string }>(
    db,
    sql`SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
        JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = ch.relnamespace
        WHERE k.contype = 'f' AND n.nspname = ${SCHEMA}`,
  );
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = ${SCHEMA} AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const pks = await queryRows<{ table_name: string; column_name: string; pos: number }>(
    db,
    sql`SELECT c.relname AS table_name, a.attname AS column_name, array_position(k.conkey, a.attnum) AS pos
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (k.conkey)
        WHERE k.contype = 'p' AND n.nspname = ${SCHEMA} ORDER BY 1, 3`,
  );
  // Kahn's algorithm; a cycle (none today) would leave its tables in name order at the end.
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const fk of fks) {
    if (fk.child !== fk.parent) {
      parents.get(fk.child)?.add(fk.parent);
    }
  }
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !done.has(n) && [...(parents.get(n) ?? [])].every((p) => done.has(p) || !parents.has(p)));
    const batch = ready.length > 0 ? ready : names.filter((n) => !done.has(n));
    for (const n of batch) {
      ordered.push(n);
      done.add(n);
    }
  }
  return ordered.map((name) => {
    const key = pks.filter((p) => p.table_name === name).map((p) => `t.${ident(p.column_name)}`);
    return {
      name,
      columns: columns.filter((c) => c.table_name === name).map((c) => c.column_name),
      orderBy: key.length > 0 ? key.join(', ') : 't::text',
    };
  });
}

/** Every row of a table as PostgreSQL JSON text, in key order, through a cursor (inside a transaction). */
async function* tableRows(tx: Tx, table: TableInfo): AsyncGenerator<string[]> {
  await tx.execute(
    sql.raw(`DECLARE keten_backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${qualified(table.name)} AS t ORDER BY ${table.orderBy}`),
  );
  try {
    for (;;) {
      const rows = await queryRows<{ j: string }>(tx, sql.raw(`FETCH FORWARD ${FETCH_ROWS} FROM keten_backup_rows`));
      if (rows.length === 0) {
        return;
      }
      yield rows.map((r) => r.j);
    }
  } finally {
    await tx.execute(sql.raw('CLOSE keten_backup_rows'));
  }
}

export interface TableFingerprint {
  rows: number;
  /** SHA-256 over the rows' JSON text in key order. */
  sha256: string;
}

async function fingerprintTable(tx: Tx, table: TableInfo): Promise<TableFingerprint> {
  const h = createHash('sha256');
  let rows = 0;
  for await (const batch of tableRows(tx, table)) {
    for (const r of batch) {
      h.update(r).update('\n');
      rows++;
    }
  }
  return { rows, sha256: h.digest('hex') };
}

/** Session settings that make the JSON text of a row the same on every connection and database. */
async function stableOutput(tx: Tx): Promise<void> {
  await tx.execute(sql.raw(`SET LOCAL TimeZone = 'UTC'`));
  await tx.execute(sql.raw('SET LOCAL extra_float_digits = 1'));
}

/** Row count and checksum of every table, from one snapshot (used by restore and by tests). */
export async function fingerprintDatabase(database: Database): Promise<Record<string, TableFingerprint>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY'));
    await stableOutput(tx);
    const out: Record<string, TableFingerprint> = {};
    for (const t of await listTables(tx)) {
      out[t.name] = await fingerprintTable(tx, t);
    }
    return out;
  });
}

interface SequenceValue {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

async function readSequences(tx: Tx): Promise<SequenceValue[]> {
  const names = await queryRows<{ name: string }>(
    tx,
    sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ${SCHEMA} AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const out: SequenceValue[] = [];
  for (const { name } of names) {
    const [row] = await queryRows<{ last_value: string; is_called: boolean }>(
      tx,
      sql.raw(`SELECT last_value::text AS last_value, is_called FROM ${qualified(name)}`),
    );
    if (row) {
      out.push({ name, lastValue: row.last_value, isCalled: row.is_called });
    }
  }
  return out;
}

/** Short fingerprints of the installation's keys: which keys the encrypted values and checkpoints need. */
export function keyFingerprints(secrets: Secrets): KeyFingerprints {
  const fp = (b: Buffer): string => createHash('sha256').update(b).digest('hex').slice(0, 16);
  return {
    encryption: secrets.encryptionKeys.map((k) => ({ version: k.version, id: fp(k.key) })),
    blindIndex: fp(secrets.blindIndexKey),
    audit: auditKeyId(secrets.auditVerifyKey),
  };
}

const KeyFingerprintsSchema = z.strictObject({
  encryption: z.array(z.strictObject({ version: z.int(), id: z.string() })),
  blindIndex: z.string(),
  audit: z.string(),
});
type KeyFingerprints = z.infer<typeof KeyFingerprintsSchema>;

/** The secrets file content (the shape of keten-secrets.json) for a backup that carries the keys. */
export function secretsFileContent(secrets: Secrets): Record<string, string> {
  return {
    sessionSecret: secrets.sessionSecret,
    encryptionKeys: secrets.encryptionKeys.map((k) => `${k.version}:${k.key.toString('base64')}`).join(','),
    blindIndexKey: secrets.blindIndexKey.toString('base64'),
    auditSigningKey: secrets.auditSigningKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const MetaLine = z.strictObject({
  t: z.literal('meta'),
  keys: KeyFingerprintsSchema,
  secrets: z.record(z.string(), z.string()).nullable(),
  tables: z.array(z.string()),
});
const TableLine = z.strictObject({ t: z.literal('table'), name: z.string(), columns: z.array(z.string()) });
const TableEndLine = z.strictObject({ t: z.literal('table-end'), name: z.string(), rows: z.int().nonnegative(), sha256: z.string() });
const SequencesLine = z.strictObject({
  t: z.literal('sequences'),
  values: z.array(z.strictObject({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
});
const EndLine = z.strictObject({ t: z.literal('end'), tables: z.int().nonnegative(), rows: z.int().nonnegative() });
const ControlLine = z.discriminatedUnion('t', [MetaLine, TableLine, TableEndLine, SequencesLine, EndLine]);

const control = (value: z.infer<typeof ControlLine>): string => `#${JSON.stringify(value)}`;

export interface BackupOptions {
  file: string;
  passphrase: string;
  secrets: Secrets;
  /** Put the installation's keys (the secrets file) into the encrypted backup. */
  includeKeys: boolean;
  ctx: RequestContext;
  kdf?: { n: number; r: number; p: number };
  onProgress?: (table: string, rows: number) => void;
}

export interface BackupResult {
  bytes: number;
  tables: number;
  rows: number;
  header: BackupHeader;
}

/** Writes a consistent, encrypted backup of the whole database, then records it in the audit trail. */
export async function createBackup(database: Database, options: BackupOptions): Promise<BackupResult> {
  if (existsSync(options.file)) {
    throw new BackupFileError(`${options.file} already exists: choose a new file name.`);
  }
  const status = await migrationStatus(database);
  if (status.pending.length > 0) {
    throw new BackupFileError(`The database has pending migrations (${status.pending.join(', ')}): run "npm run keten -- migrate" first.`);
  }
  const writer = await BackupWriter.create(options.file, {
    passphrase: options.passphrase,
    header: {
      createdAt: new Date().toISOString(),
      database: database.kind,
      migration: { applied: status.applied, latest: status.latest },
    },
    ...(options.kdf ? { kdf: options.kdf } : {}),
  });
  let tables = 0;
  let rows = 0;
  let bytes: number;
  try {
    await database.db.transaction(async (tx) => {
      // One snapshot for every table: what the backup holds existed together at one moment.
      await tx.execute(sql.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY'));
      await stableOutput(tx);
      const list = await listTables(tx);
      await writer.writeLine(
        control({
          t: 'meta',
          keys: keyFingerprints(options.secrets),
          secrets: options.includeKeys ? secretsFileContent(options.secrets) : null,
          tables: list.map((t) => t.name),
        }),
      );
      for (const table of list) {
        await writer.writeLine(control({ t: 'table', name: table.name, columns: table.columns }));
        const h = createHash('sha256');
        let n = 0;
        for await (const batch of tableRows(tx, table)) {
          for (const r of batch) {
            h.update(r).update('\n');
            await writer.writeLine(r);
          }
          n += batch.length;
          options.onProgress?.(table.name, n);
        }
        await writer.writeLine(control({ t: 'table-end', name: table.name, rows: n, sha256: h.digest('hex') }));
        tables++;
        rows += n;
      }
      await writer.writeLine(control({ t: 'sequences', values: await readSequences(tx) }));
      await writer.writeLine(control({ t: 'end', tables, rows }));
    });
    bytes = await writer.close();
  } catch (err) {
    await writer.abort();
    throw err;
  }
  // Recorded after the snapshot, in its own transaction: the backup holds the trail up to just before it.
  await database.db.transaction((tx) =>
    recordAudit(tx, options.ctx, {
      action: 'backup.created',
      details: { formatVersion: 1, tables, rows, bytes, keysIncluded: options.includeKeys, migration: status.latest },
    }),
  );
  return { bytes, tables, rows, header: await readBackupHeader(options.file) };
}

/** Tables that the migrations themselves fill (reference lists); a freshly migrated database has rows there. */
export function tablesFilledByMigrations(folder = MIGRATIONS_FOLDER): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(folder)) {
    if (f.endsWith('.sql')) {
      for (const m of readFileSync(path.join(folder, f), 'utf8').matchAll(/insert\s+into\s+"?(?:public"?\."?)?([a-z_][a-z0-9_]*)"?/gi)) {
        if (m[1]) {
          out.add(m[1].toLowerCase());
        }
      }
    }
  }
  return out;
}

export interface RestoreOptions {
  file: string;
  passphrase: string;
  /** The target installation's keys, or null when it has none yet (the backup's keys are then used). */
  secrets: Secrets | null;
  /** Wipe a database that already holds data. */
  force: boolean;
  ctx: RequestContext;
  onProgress?: (table: string, rows: number) => void;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  header: BackupHeader;
  /** The keys carried by the backup, to be written as the secrets file when the target had none. */
  secretsFromBackup: Record<string, string> | null;
}

function sameKeys(a: KeyFingerprints, b: KeyFingerprints): boolean {
  // Every key version the backup's values may use must be present with the same key.
  const mine = new Map(b.encryption.map((k) => [k.version, k.id]));
  return a.audit === b.audit && a.blindIndex === b.blindIndex && a.encryption.every((k) => mine.get(k.version) === k.id);
}

/** Restores a backup into an empty or freshly migrated database, in one transaction. */
export async function restoreBackup(database: Database, options: RestoreOptions): Promise<RestoreResult> {
  const backup = await openBackup(options.file, options.passphrase);
  try {
    const lines = backup.lines();
    const read = async (): Promise<string> => {
      const next = await lines.next();
      if (next.done) {
        throw new BackupFileError('The backup body ends too early.');
      }
      return next.value;
    };
    const parseControl = (line: string): z.infer<typeof ControlLine> => {
      if (!line.startsWith('#')) {
        throw new BackupFileError('The backup body is not in the expected order.');
      }
      const parsed = ControlLine.safeParse(JSON.parse(line.slice(1)));
      if (!parsed.success) {
        throw new BackupFileError('The backup body holds an unknown record.');
      }
      return parsed.data;
    };
    const meta = parseControl(await read());
    if (meta.t !== 'meta') {
      throw new BackupFileError('The backup body does not start with its description.');
    }
    if (options.secrets) {
      if (!sameKeys(meta.keys, keyFingerprints(options.secrets))) {
        throw new RestoreRefusedError(
          'The data in this backup was encrypted and signed with other keys than this installation has. ' +
            (meta.secrets
              ? 'The backup carries its keys: restore into an installation without keys (move its keten-secrets.json away, and unset the KETEN_* key variables) to use them.'
              : 'Provide the keys of the installation the backup comes from (KETEN_SECRETS_FILE or the KETEN_* key variables).'),
        );
      }
    } else if (!meta.secrets) {
      throw new RestoreRefusedError(
        'This backup does not carry its keys and this installation has none: provide the keys of the installation the backup comes from.',
      );
    }

    let status = await migrationStatus(database);
    if (status.applied === 0) {
      await runMigrations(database);
      status = await migrationStatus(database);
    }
    const level = backup.header.migration;
    if (status.applied !== level.applied || status.latest !== level.latest) {
      throw new RestoreRefusedError(
        `The backup is at migration level ${level.latest ?? 'none'} (${level.applied} applied), this database at ${status.latest ?? 'none'} (${status.applied}). ` +
          'Restore with the Keten version that made the backup, into an empty database, then upgrade.',
      );
    }

    let tables = 0;
    let rows = 0;
    await database.db.transaction(async (tx) => {
      await stableOutput(tx);
      const list = await listTables(tx);
      const byName = new Map(list.map((t) => [t.name, t]));
      const missing = meta.tables.filter((t) => !byName.has(t));
      const extra = list.filter((t) => !meta.tables.includes(t.name)).map((t) => t.name);
      if (missing.length > 0 || extra.length > 0) {
        throw new RestoreRefusedError(`The tables of this database differ from the backup's (${[...missing, ...extra].join(', ')}).`);
      }
      if (!options.force) {
        const seeded = tablesFilledByMigrations();
        const withRows: string[] = [];
        for (const t of list) {
          if (seeded.has(t.name)) {
            continue;
          }
          const [r] = await queryRows<{ any: boolean }>(tx, sql.raw(`SELECT EXISTS (SELECT 1 FROM ${qualified(t.name)}) AS any`));
          if (r?.any) {
            withRows.push(t.name);
          }
        }
        if (withRows.length > 0) {
          throw new RestoreRefusedError(
            `This database already holds data (tables ${withRows.slice(0, 8).join(', ')}${withRows.length > 8 ? ', …' : ''}). ` +
              'Restore into an empty or freshly migrated database, or add --force to wipe this one first. Nothing was changed.',
          );
        }
      }
      // The reference rows of a fresh migration (and with --force, everything) make way for the backup's.
      await tx.execute(sql.raw(`TRUNCATE TABLE ${list.map((t) => qualified(t.name)).join(', ')}`));

      const expected = new Map<string, { rows: number; sha256: string }>();
      for (;;) {
        const c = parseControl(await read());
        if (c.t === 'end') {
          if (c.tables !== tables || c.rows !== rows) {
            throw new BackupFileError('The backup body does not match its own totals.');
          }
          break;
        }
        if (c.t === 'sequences') {
          for (const s of c.values) {
            await tx.execute(sql`SELECT setval(${qualified(s.name)}, ${s.lastValue}::bigint, ${s.isCalled})`);
          }
          continue;
        }
        if (c.t !== 'table') {
          throw new BackupFileError('The backup body is not in the expected order.');
        }
        const table = byName.get(c.name);
        if (!table || c.columns.some((col) => !table.columns.includes(col))) {
          throw new RestoreRefusedError(`The columns of table ${c.name} differ from the backup's.`);
        }
        const cols = c.columns.map(ident).join(', ');
        let batch: string[] = [];
        let batchBytes = 0;
        let n = 0;
        const flush = async (): Promise<void> => {
          if (batch.length === 0) {
            return;
          }
          await tx.execute(
            sql`${sql.raw(`INSERT INTO ${qualified(c.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${qualified(c.name)}, `)}${`[${batch.join(',')}]`}${sql.raw('::json)')}`,
          );
          n += batch.length;
          options.onProgress?.(c.name, n);
          batch = [];
          batchBytes = 0;
        };
        for (;;) {
          const line = await read();
          if (line.startsWith('#')) {
            await flush();
            const end = parseControl(line);
            if (end.t !== 'table-end' || end.name !== c.name || end.rows !== n) {
              throw new BackupFileError(`The backup of table ${c.name} is incomplete.`);
            }
            expected.set(c.name, { rows: end.rows, sha256: end.sha256 });
            break;
          }
          batch.push(line);
          batchBytes += line.length;
          if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) {
            await flush();
          }
        }
        tables++;
        rows += n;
      }
      if ((await lines.next()).done !== true) {
        throw new BackupFileError('The backup body continues after its end.');
      }
      // Read back what was written and compare it with what the backup recorded, before committing.
      for (const t of list) {
        const want = expected.get(t.name);
        const got = await fingerprintTable(tx, t);
        if (!want || want.rows !== got.rows || want.sha256 !== got.sha256) {
          throw new BackupFileError(`Table ${t.name} does not read back as it was backed up; nothing was changed.`);
        }
      }
      await recordAudit(tx, options.ctx, {
        action: 'backup.restored',
        details: {
          formatVersion: backup.header.version,
          tables,
          rows,
          backupCreatedAt: backup.header.createdAt,
          sourceDatabase: backup.header.database,
          migration: level.latest,
          forced: options.force,
        },
      });
    });
    return { tables, rows, header: backup.header, secretsFromBackup: options.secrets ? null : meta.secrets };
  } finally {
    await backup.close();
  }
}

/**
 * Writes the checkpoint file (the copy of the signed audit checkpoints outside the database) from
 * the restored `audit_checkpoints` rows. An existing file describes the database as it was before
 * the restore (it may name newer rows that the backup does not hold): it is kept, renamed, as
 * evidence, and the path of that copy is returned.
 */
export async function writeCheckpointFileFromDatabase(database: Database, filePath: string): Promise<{ lines: number; archivedTo: string | null }> {
  const rows = await database.db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.signedAt), asc(auditCheckpoints.stream), asc(auditCheckpoints.seq));
  let archivedTo: string | null = null;
  if (existsSync(filePath)) {
    archivedTo = `${filePath}.before-restore-${new Date().toISOString().replaceAll(':', '-')}`;
    renameSync(filePath, archivedTo);
  }
  const text = rows
    .map((r) => JSON.stringify({ v: 1, stream: r.stream, seq: r.seq, hash: r.hash, signedAt: r.signedAt.toISOString(), signature: r.signature, keyId: r.keyId }))
    .map((l) => `${l}\n`)
    .join('');
  const tmp = `${filePath}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, filePath);
  return { lines: rows.length, archivedTo };
}
