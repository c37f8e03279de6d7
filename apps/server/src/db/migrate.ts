import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type pg from 'pg';
import type { Database } from './client.ts';
import { queryRows } from './types.ts';

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, '../../drizzle');

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

const journals = new Map<string, Journal>();

/** The migration journal; migrations ship with the code, so it is read once per process. */
export function readJournal(folder = MIGRATIONS_FOLDER): Journal {
  let journal = journals.get(folder);
  if (!journal) {
    journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as Journal;
    journals.set(folder, journal);
  }
  return journal;
}

/** An arbitrary constant: the advisory lock that serialises concurrent migrators on PostgreSQL. */
const MIGRATION_LOCK_ID = 7_311_903_421;

/** Applies every pending forward-only migration. Safe to call from several processes at once. */
export async function runMigrations(database: Database, folder = MIGRATIONS_FOLDER): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  if (!database.pool) {
    throw new Error('PostgreSQL database without a pool');
  }
  // One dedicated connection holds the advisory lock for the whole run.
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      await migrateNodePg(drizzleNodePg(client as unknown as pg.Pool), { migrationsFolder: folder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    client.release();
  }
}

export interface MigrationStatus {
  applied: number;
  latest: string | null;
  pending: string[];
}

export async function migrationStatus(database: Database, folder = MIGRATIONS_FOLDER): Promise<MigrationStatus> {
  const journal = readJournal(folder);
  let appliedWhen: number[] = [];
  try {
    const rows = await queryRows<{ created_at: string }>(
      database.db,
      sql`SELECT created_at::text AS created_at FROM drizzle.__drizzle_migrations ORDER BY created_at`,
    );
    appliedWhen = rows.map((r) => Number(r.created_at));
  } catch {
    appliedWhen = [];
  }
  const appliedSet = new Set(appliedWhen);
  const applied = journal.entries.filter((e) => appliedSet.has(e.when));
  return {
    applied: appliedWhen.length,
    latest: applied.at(-1)?.tag ?? null,
    pending: journal.entries.filter((e) => !appliedSet.has(e.when)).map((e) => e.tag),
  };
}
