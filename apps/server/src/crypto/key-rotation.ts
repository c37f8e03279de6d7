import { sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { FORMAT_VERSION, toBuffer, type FieldCipher } from './field-cipher.ts';

/**
 * Re-encryption of stored fields under the current key, after a new key version was added to
 * KETEN_ENCRYPTION_KEYS (and every running server was restarted with it, so nothing new is
 * written with the old key).
 *
 * The work is done in chunks, each its own transaction, committed before the next one starts:
 * on PGlite there is a single session, so one long transaction would stop the server from
 * answering for the whole run; on PostgreSQL it would hold row locks for as long. The rows of a
 * chunk are locked (FOR UPDATE) so a concurrent edit waits for the chunk instead of being
 * overwritten with the old plaintext.
 *
 * Rows are visited by keyset pagination on the id, and only rows with a value whose key-version
 * byte is not the current version are read at all. A second run therefore finds nothing to do;
 * a run that stopped (crash, DecryptionError) resumes where it stopped, because finished chunks
 * are committed and no longer match.
 */

export interface EncryptedColumnSpec {
  /** The SQL table name; also the `table` of the encryption context. */
  table: string;
  /** The primary key column; its `::text` form is the `row` of the encryption context. */
  idColumn: string;
  /** The `bytea` columns written by FieldCipher; each name is the `column` of the context. */
  columns: string[];
  /** At most this many rows per chunk (large values: a chunk of attachments stays small in memory). */
  maxChunkRows?: number;
}

/**
 * Every encrypted column in the schema. Modules that add encrypted columns add their table here,
 * so that `keys rotate` cannot miss it.
 */
/**
 * Every encrypted column in the schema, in one explicit list so `keys rotate` cannot miss one.
 * A test compares it with the bytea columns in the database.
 */
export const ENCRYPTED_COLUMNS: EncryptedColumnSpec[] = [
  { table: 'users', idColumn: 'id', columns: ['totp_secret'] },
  { table: 'organisation_oidc', idColumn: 'organisation_id', columns: ['client_secret'] },
  {
    table: 'signals',
    idColumn: 'id',
    columns: ['family_name', 'given_name', 'aliases', 'birth_date', 'document_number', 'narrative', 'reporter_contact'],
  },
  { table: 'signal_traces', idColumn: 'id', columns: ['value', 'note'] },
  { table: 'signal_drafts', idColumn: 'id', columns: ['data'] },
  { table: 'signal_questions', idColumn: 'id', columns: ['question', 'answer'] },
  {
    table: 'victim_files',
    idColumn: 'id',
    columns: ['family_name', 'given_name', 'aliases', 'birth_date', 'nationality', 'document_numbers', 'contact', 'support_plan'],
  },
  { table: 'victim_file_notes', idColumn: 'id', columns: ['text'] },
  // Up to KETEN_ATTACHMENT_MAX_BYTES (10 MB) each: a few rows per chunk.
  { table: 'victim_file_attachments', idColumn: 'id', columns: ['file_name', 'content'], maxChunkRows: 5 },
  { table: 'procedures', idColumn: 'id', columns: ['guardian_name'] },
  { table: 'procedure_requests', idColumn: 'id', columns: ['document_number'] },
  { table: 'judicial_tracks', idColumn: 'victim_file_id', columns: ['data'] },
  // Statistics exports live at most KETEN_EXPORT_TTL_HOURS, but a rotation must not leave any
  // value under a retired key; files can be large, so a few rows per chunk.
  { table: 'export_files', idColumn: 'id', columns: ['content'], maxChunkRows: 5 },
];

/**
 * bytea columns that are deliberately NOT encrypted: published library documents (public or
 * professional material, never personal data). Everything else that is bytea must be above.
 */
export const PLAIN_BYTEA_COLUMNS: readonly string[] = ['document_files.content'];

export interface RotationCount {
  /** Rows with at least one value re-encrypted. */
  rows: number;
  /** Values re-encrypted (a row may hold several). */
  values: number;
}

/** Reported after each committed chunk; the counts are this table's totals so far. */
export interface RotationProgress extends RotationCount {
  table: string;
  /** 1 for the table's first chunk, and so on. */
  chunk: number;
}

export interface RotationOptions {
  /** Rows per transaction. Default 500. */
  chunkSize?: number;
  /** Called after each committed chunk (outside the transaction: it may use the database). */
  onProgress?: (progress: RotationProgress) => void | Promise<void>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** An output alias that cannot clash with a real column, so ORDER BY reaches the table's id. */
const ROW_ID = 'keten_row_id';

function validateRegistry(registry: readonly EncryptedColumnSpec[]): void {
  for (const spec of registry) {
    const names = [spec.table, spec.idColumn, ...spec.columns];
    const bad = names.find((n) => !IDENTIFIER.test(n));
    if (bad !== undefined) {
      throw new Error(`Encrypted column registry: "${bad}" is not a plain SQL identifier`);
    }
    if (
      spec.columns.length === 0 ||
      new Set(spec.columns).size !== spec.columns.length ||
      spec.columns.includes(spec.idColumn)
    ) {
      throw new Error(
        `Encrypted column registry: ${spec.table} needs distinct encrypted columns, other than its id`,
      );
    }
  }
}

/** The first two bytes of a value that is already under the current key. */
function currentHeader(cipher: FieldCipher): Buffer {
  return Buffer.from([FORMAT_VERSION, cipher.currentKeyVersion]);
}

/** True in SQL when the value exists and its header is not "format 1, current key version". */
function needsRotationSql(column: string, header: Buffer): SQL {
  // substring instead of get_byte: a value shorter than two bytes must be selected (and then
  // fail loudly on decryption), not abort the whole query with an out-of-range error.
  return sql`(${sql.identifier(column)} IS NOT NULL AND substring(${sql.identifier(column)} FROM 1 FOR 2) <> ${header})`;
}

function anyNeedsRotation(spec: EncryptedColumnSpec, header: Buffer): SQL {
  return sql.join(
    spec.columns.map((c) => needsRotationSql(c, header)),
    sql` OR `,
  );
}

interface ChunkResult {
  scanned: number;
  lastId: string | null;
  rows: number;
  values: number;
}

async function rotateChunk(
  tx: Executor,
  cipher: FieldCipher,
  spec: EncryptedColumnSpec,
  afterId: string | null,
  chunkSize: number,
): Promise<ChunkResult> {
  const id = sql.identifier(spec.idColumn);
  const header = currentHeader(cipher);
  const after = afterId === null ? sql`true` : sql`${id} > ${afterId}`;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT ${id}::text AS ${sql.identifier(ROW_ID)}, ${sql.join(
      spec.columns.map((c) => sql.identifier(c)),
      sql`, `,
    )}
        FROM ${sql.identifier(spec.table)}
        WHERE ${after} AND (${anyNeedsRotation(spec, header)})
        ORDER BY ${id}
        LIMIT ${chunkSize}
        FOR UPDATE`,
  );
  let rowsChanged = 0;
  let values = 0;
  let lastId: string | null = afterId;
  for (const row of rows) {
    const rowId = String(row[ROW_ID]);
    lastId = rowId;
    const updates: SQL[] = [];
    for (const column of spec.columns) {
      const raw = row[column] as Buffer | Uint8Array | null;
      // The same test as the SQL filter. Anything else is re-encrypted, and decrypt() throws a
      // DecryptionError for a malformed value or one under a key this server does not have.
      if (raw === null || toBuffer(raw).subarray(0, 2).equals(header)) {
        continue;
      }
      const fresh = cipher.reencrypt(raw, { table: spec.table, row: rowId, column });
      updates.push(sql`${sql.identifier(column)} = ${fresh}`);
    }
    if (updates.length > 0) {
      await tx.execute(
        sql`UPDATE ${sql.identifier(spec.table)} SET ${sql.join(updates, sql`, `)} WHERE ${id} = ${rowId}`,
      );
      rowsChanged += 1;
      values += updates.length;
    }
  }
  return { scanned: rows.length, lastId, rows: rowsChanged, values };
}

/**
 * Re-encrypts, under the cipher's current key, every registered value written with another key.
 * Returns the counts per table. Throws DecryptionError (naming table, row and column, never the
 * value) on a value no loaded key can read; chunks committed before that stay done.
 */
export async function rotateEncryptedColumns(
  db: Db,
  cipher: FieldCipher,
  registry: readonly EncryptedColumnSpec[],
  options: RotationOptions = {},
): Promise<Record<string, RotationCount>> {
  validateRegistry(registry);
  const chunkSize = options.chunkSize ?? 500;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError('chunkSize must be a positive integer');
  }
  const result: Record<string, RotationCount> = {};
  for (const spec of registry) {
    const total = (result[spec.table] ??= { rows: 0, values: 0 });
    let afterId: string | null = null;
    let chunk = 0;
    for (;;) {
      const from: string | null = afterId;
      const done: ChunkResult = await db.transaction(async (tx) =>
        rotateChunk(tx, cipher, spec, from, Math.min(chunkSize, spec.maxChunkRows ?? chunkSize)),
      );
      if (done.scanned === 0) {
        break;
      }
      chunk += 1;
      afterId = done.lastId;
      total.rows += done.rows;
      total.values += done.values;
      await options.onProgress?.({ table: spec.table, chunk, rows: total.rows, values: total.values });
      if (done.scanned < chunkSize) {
        break;
      }
    }
  }
  return result;
}

/** How many stored values per table are not under the current key (for `keys status`). */
export async function countValuesNeedingRotation(
  db: Executor,
  cipher: FieldCipher,
  registry: readonly EncryptedColumnSpec[],
): Promise<Record<string, number>> {
  validateRegistry(registry);
  const result: Record<string, number> = {};
  for (const spec of registry) {
    const header = currentHeader(cipher);
    const counts = spec.columns.map((c) => sql`count(*) FILTER (WHERE ${needsRotationSql(c, header)})`);
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT (${sql.join(counts, sql` + `)})::int AS n FROM ${sql.identifier(spec.table)}`,
    );
    result[spec.table] = (result[spec.table] ?? 0) + (row?.n ?? 0);
  }
  return result;
}
