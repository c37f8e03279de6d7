import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-db.ts';
import { queryRows, type Db } from '../db/types.ts';
import { DecryptionError, FieldCipher, toBuffer } from './field-cipher.ts';
import {
  ENCRYPTED_COLUMNS,
  countValuesNeedingRotation,
  rotateEncryptedColumns,
  type EncryptedColumnSpec,
  type RotationProgress,
} from './key-rotation.ts';

const k1 = { version: 1, key: randomBytes(32) };
const k2 = { version: 2, key: randomBytes(32) };
const k3 = { version: 3, key: randomBytes(32) };

const REGISTRY: EncryptedColumnSpec[] = [
  { table: 'crypto_rotation_probe', idColumn: 'id', columns: ['given_name', 'phone'] },
];
const ROWS = 250;

interface Original {
  id: string;
  givenName: string;
  phone: string | null;
}

let testDb: TestDatabase;
let db: Db;
const originals: Original[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
  await db.execute(
    sql`CREATE TABLE crypto_rotation_probe (id uuid PRIMARY KEY, given_name bytea NOT NULL, phone bytea, remark text)`,
  );
  const v1 = new FieldCipher([k1]);
  for (let i = 0; i < ROWS; i += 1) {
    const id = randomUUID();
    const givenName = `Fictional Person ${i}`;
    const phone = i % 3 === 0 ? null : `+3247000${String(i).padStart(4, '0')}`;
    originals.push({ id, givenName, phone });
    await db.execute(
      sql`INSERT INTO crypto_rotation_probe (id, given_name, phone, remark)
          VALUES (${id}, ${v1.encrypt(givenName, { table: 'crypto_rotation_probe', row: id, column: 'given_name' })},
                  ${v1.encryptNullable(phone, { table: 'crypto_rotation_probe', row: id, column: 'phone' })}, 'not encrypted')`,
    );
  }
});

afterAll(async () => {
  await testDb.drop();
});

async function keyVersions(): Promise<Record<string, number>> {
  const rows = await queryRows<{ v: number; n: number }>(
    db,
    sql`SELECT v, count(*)::int AS n FROM (
          SELECT get_byte(given_name, 1) AS v FROM crypto_rotation_probe
          UNION ALL SELECT get_byte(phone, 1) FROM crypto_rotation_probe WHERE phone IS NOT NULL) x
        GROUP BY v`,
  );
  return Object.fromEntries(rows.map((r) => [`v${r.v}`, r.n]));
}

async function expectAllReadable(cipher: FieldCipher): Promise<void> {
  const rows = await queryRows<{
    id: string;
    given_name: Uint8Array;
    phone: Uint8Array | null;
    remark: string;
  }>(db, sql`SELECT id::text AS id, given_name, phone, remark FROM crypto_rotation_probe`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const o of originals) {
    const row = byId.get(o.id)!;
    expect(
      cipher.decrypt(row.given_name, { table: 'crypto_rotation_probe', row: o.id, column: 'given_name' }),
    ).toBe(o.givenName);
    expect(
      cipher.decryptNullable(row.phone, { table: 'crypto_rotation_probe', row: o.id, column: 'phone' }),
    ).toBe(o.phone);
    expect(row.remark).toBe('not encrypted');
  }
}

const PHONES = Math.floor((ROWS * 2) / 3);

describe('rotateEncryptedColumns', () => {
  it('starts with an empty registry that modules add to', () => {
    expect(Array.isArray(ENCRYPTED_COLUMNS)).toBe(true);
  });

  it('re-encrypts every value under the new key, chunk by chunk, and then has nothing left to do', async () => {
    const cipher = new FieldCipher([k1, k2]);
    expect(await keyVersions()).toEqual({ v1: ROWS + PHONES });
    expect(await countValuesNeedingRotation(db, cipher, REGISTRY)).toEqual({
      crypto_rotation_probe: ROWS + PHONES,
    });

    const progress: RotationProgress[] = [];
    const result = await rotateEncryptedColumns(db, cipher, REGISTRY, {
      chunkSize: 40,
      onProgress: async (p) => {
        progress.push(p);
        // Between chunks no transaction is open: the database answers (on PGlite, where there
        // is one session, this would hang if the chunk were still open).
        await queryRows(db, sql`SELECT 1 AS ok`);
      },
    });

    expect(result).toEqual({ crypto_rotation_probe: { rows: ROWS, values: ROWS + PHONES } });
    expect(progress).toHaveLength(Math.ceil(ROWS / 40));
    expect(progress.at(-1)).toEqual({
      table: 'crypto_rotation_probe',
      chunk: 7,
      rows: ROWS,
      values: ROWS + PHONES,
    });
    expect(await keyVersions()).toEqual({ v2: ROWS + PHONES });
    await expectAllReadable(new FieldCipher([k2]));

    const again: RotationProgress[] = [];
    expect(
      await rotateEncryptedColumns(db, cipher, REGISTRY, {
        chunkSize: 40,
        onProgress: (p) => void again.push(p),
      }),
    ).toEqual({
      crypto_rotation_probe: { rows: 0, values: 0 },
    });
    expect(again).toEqual([]);
    expect(await countValuesNeedingRotation(db, cipher, REGISTRY)).toEqual({ crypto_rotation_probe: 0 });
  });

  it('stops at a value it cannot decrypt, keeps the committed chunks, and resumes', async () => {
    const cipher = new FieldCipher([k2, k3]);
    const sorted = [...originals].sort((a, b) => (a.id < b.id ? -1 : 1));
    const broken = sorted[100]!;
    // A value copied from another row: it no longer authenticates where it is.
    await db.execute(
      sql`UPDATE crypto_rotation_probe SET given_name = (SELECT given_name FROM crypto_rotation_probe WHERE id = ${sorted[0]!.id}) WHERE id = ${broken.id}`,
    );

    const error = await rotateEncryptedColumns(db, cipher, REGISTRY, { chunkSize: 30 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DecryptionError);
    expect((error as DecryptionError).message).toContain(broken.id);
    expect((error as DecryptionError).message).not.toContain('Fictional');
    // Rows 0–89 were in three committed chunks; the fourth chunk (90–119) rolled back.
    const rotated = await queryRows<{ id: string }>(
      db,
      sql`SELECT id::text AS id FROM crypto_rotation_probe WHERE get_byte(given_name, 1) = 3 ORDER BY id`,
    );
    expect(rotated.map((r) => r.id)).toEqual(sorted.slice(0, 90).map((o) => o.id));

    // The operator repairs the value (here: writes it again), then runs the rotation again.
    const repaired = cipher.encrypt(broken.givenName, {
      table: 'crypto_rotation_probe',
      row: broken.id,
      column: 'given_name',
    });
    await db.execute(sql`UPDATE crypto_rotation_probe SET given_name = ${repaired} WHERE id = ${broken.id}`);
    const rest = await rotateEncryptedColumns(db, cipher, REGISTRY, { chunkSize: 30 });
    // The repaired row still counts when its phone is under the old key.
    expect(rest.crypto_rotation_probe!.rows).toBe(ROWS - 90 - (broken.phone === null ? 1 : 0));
    expect(await keyVersions()).toEqual({ v3: ROWS + PHONES });
    await expectAllReadable(new FieldCipher([k3]));
  });

  it('orders chunks by the id column itself, not by its text (integer ids)', async () => {
    await db.execute(sql`CREATE TABLE crypto_rotation_int (id integer PRIMARY KEY, secret bytea)`);
    const v1 = new FieldCipher([k1]);
    for (let id = 1; id <= 25; id += 1) {
      const value = v1.encrypt(`value ${id}`, {
        table: 'crypto_rotation_int',
        row: String(id),
        column: 'secret',
      });
      await db.execute(sql`INSERT INTO crypto_rotation_int (id, secret) VALUES (${id}, ${value})`);
    }
    const cipher = new FieldCipher([k1, k2]);
    const registry = [{ table: 'crypto_rotation_int', idColumn: 'id', columns: ['secret'] }];
    expect(await rotateEncryptedColumns(db, cipher, registry, { chunkSize: 4 })).toEqual({
      crypto_rotation_int: { rows: 25, values: 25 },
    });
    const rows = await queryRows<{ id: number; secret: Uint8Array }>(
      db,
      sql`SELECT id, secret FROM crypto_rotation_int ORDER BY id`,
    );
    expect(
      rows.map((r) =>
        cipher.decrypt(r.secret, { table: 'crypto_rotation_int', row: String(r.id), column: 'secret' }),
      ),
    ).toEqual(Array.from({ length: 25 }, (_, i) => `value ${i + 1}`));
    expect(rows.every((r) => toBuffer(r.secret)[1] === 2)).toBe(true);
  });

  it('refuses a registry that is not plain identifiers', async () => {
    const cipher = new FieldCipher([k1]);
    await expect(
      rotateEncryptedColumns(db, cipher, [{ table: 'x; DROP TABLE y', idColumn: 'id', columns: ['a'] }]),
    ).rejects.toThrow(/identifier/);
    await expect(
      rotateEncryptedColumns(db, cipher, [{ table: 'x', idColumn: 'id', columns: [] }]),
    ).rejects.toThrow(/distinct/);
    await expect(rotateEncryptedColumns(db, cipher, REGISTRY, { chunkSize: 0 })).rejects.toThrow(RangeError);
  });
});
