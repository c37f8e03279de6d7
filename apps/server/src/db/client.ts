import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { DatabaseKind } from '@keten/shared';
import * as schema from './schema.ts';
import type { Db } from './types.ts';

export const PGLITE_EXTENSIONS = { pg_trgm, fuzzystrmatch, unaccent, pgcrypto };

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** The underlying PGlite instance (embedded mode only), for snapshots and tools. */
  pglite: PGlite | null;
  pool: pg.Pool | null;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File }
  | { kind: 'postgresql'; url: string; poolSize?: number };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client that errors (server restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = drizzleNodePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return { kind: 'postgresql', db, pglite: null, pool, close: () => pool.end() };
  }
  let client: PGlite;
  if (target.kind === 'pglite') {
    // PGlite needs the parent folder to exist; it takes no lock itself (see db/lock.ts).
    mkdirSync(path.dirname(target.dataDir), { recursive: true });
    client = await PGlite.create(target.dataDir, { extensions: PGLITE_EXTENSIONS });
  } else {
    client = await PGlite.create({
      extensions: PGLITE_EXTENSIONS,
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    });
  }
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    pool: null,
    close: async () => {
      if (!client.closed) {
        await client.close();
      }
    },
  };
}
