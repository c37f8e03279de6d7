import { randomBytes, randomUUID } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-db.ts';
import { queryRows, type Db } from '../db/types.ts';
import { BlindIndexer, dice } from './blind-index.ts';
import { FieldCipher, encryptedBytea } from './field-cipher.ts';
import {
  nameCandidateFilter,
  nameScoreSql,
  nameSearchTokens,
  rerankByName,
  tokenDiceSql,
} from './name-search.ts';
import { normalizeName } from './normalize.ts';

/** A throw-away table shaped like any table with a searchable encrypted name. */
const people = pgTable('crypto_name_probe', {
  id: uuid().primaryKey(),
  name: encryptedBytea().notNull(),
  nameTrgm: integer().array().notNull(),
  namePhonetic: integer().array().notNull(),
});

// Fictional people. The generated crowd mixes first and family names of the communities the
// chain meets; the hand-written ones are the spellings the searches below must find, and the
// near misses they must rank lower.
const FIRST = [
  'Amina',
  'Fatima',
  'Youssef',
  'Karim',
  'Olena',
  'Andrii',
  'Blessing',
  'Chinedu',
  'Grace',
  'Precious',
  'Thi Lan',
  'Minh',
  'Ana',
  'Elena',
  'Mihai',
  'Sofia',
  'Jan',
  'Els',
  'Pieter',
  'Sarah',
  'Luis',
  'Rosa',
  'Daniel',
  'Mariam',
  'Omar',
  'Priya',
  'Rahul',
  'Li Wei',
  'Ayse',
  'Emre',
];
const FAMILY = [
  'El Idrissi',
  'Okafor',
  'Eze',
  'Kovalenko',
  'Shevchenko',
  'Ionescu',
  'Dumitru',
  'Peeters',
  'Janssens',
  'Maes',
  'Dubois',
  'Lambert',
  'Garcia',
  'Fernandes',
  'Tran',
  'Pham',
  'Hoang',
  'Yilmaz',
  'Demir',
  'Singh',
  'Sharma',
  'Zhang',
  'Haddad',
  'Mensah',
  'Boateng',
  'Nowak',
  'Kowalski',
  'Horvath',
  'Rossi',
  'Bakker',
];
const CROWD = Array.from(
  { length: 180 },
  (_, i) =>
    `${FIRST[i % FIRST.length] ?? ''} ${FAMILY[(i * 7 + Math.floor(i / FIRST.length)) % FAMILY.length] ?? ''}`,
);
const TARGETS = [
  'Mohamed Benali',
  'Mohammed Benali',
  'Muhammad Benali',
  'Ahmed Benali',
  'Mohamed Chaoui',
  'Hamid Bennani',
  'Nguyễn Văn An',
  'Nguyễn Thị Lan',
  'Trần Văn Anh',
  'Joana Popesku',
  'Ioana Ionescu',
  'Ion Popa',
  'Ioana-Maria Popescu',
  'Олена Шевченко',
  'Jean-Pierre Dubois',
  'Chloé Lefèvre',
  'Åsa Strauß',
  'Łucja Wałęsa',
  'Siobhán O’Brien',
];
const NAMES = [...new Set([...TARGETS, ...CROWD])];

const cipher = new FieldCipher([{ version: 1, key: randomBytes(32) }]);
const indexer = new BlindIndexer(randomBytes(32));
const TABLE = 'crypto_name_probe';

let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
  await db.execute(
    sql`CREATE TABLE crypto_name_probe (id uuid PRIMARY KEY, name bytea NOT NULL, name_trgm integer[] NOT NULL, name_phonetic integer[] NOT NULL)`,
  );
  await db.execute(sql`CREATE INDEX crypto_name_probe_trgm_idx ON crypto_name_probe USING gin (name_trgm)`);
  await db.execute(
    sql`CREATE INDEX crypto_name_probe_phonetic_idx ON crypto_name_probe USING gin (name_phonetic)`,
  );
  await db.insert(people).values(
    NAMES.map((name) => {
      const id = randomUUID();
      return {
        id,
        name: cipher.encrypt(name, { table: TABLE, row: id, column: 'name' }),
        nameTrgm: indexer.nameTokens(name),
        namePhonetic: indexer.phoneticTokens(name),
      };
    }),
  );
});

afterAll(async () => {
  await testDb.drop();
});

/** What a repository's search function does: candidates on tokens, then decrypt and re-rank. */
async function search(query: string, limit = 5): Promise<{ name: string; score: number }[]> {
  const tokens = nameSearchTokens(indexer, query);
  const columns = { trigrams: people.nameTrgm, phonetic: people.namePhonetic };
  const score = nameScoreSql(columns, tokens);
  const candidates = await db
    .select({ id: people.id, name: people.name, score })
    .from(people)
    .where(nameCandidateFilter(columns, tokens))
    .orderBy(desc(score), people.id)
    .limit(50);
  const decrypted = candidates.map((c) => ({
    ...c,
    plain: cipher.decrypt(c.name, { table: TABLE, row: c.id, column: 'name' }),
  }));
  return rerankByName(query, decrypted, (c) => [c.plain], { limit }).map((r) => ({
    name: r.item.plain,
    score: r.score,
  }));
}

describe('fuzzy search over encrypted names', () => {
  it('stored the whole fixture', async () => {
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM crypto_name_probe`);
    expect(row?.n).toBe(NAMES.length);
    expect(NAMES.length).toBeGreaterThanOrEqual(190);
  });

  it('finds other spellings of Mohamed', async () => {
    const top = (await search('Mohamed Benali', 3)).map((r) => r.name);
    expect(top).toEqual(['Mohamed Benali', 'Mohammed Benali', 'Muhammad Benali']);
    const firstNameOnly = (await search('Mohamed', 5)).map((r) => r.name);
    expect(firstNameOnly).toEqual(
      expect.arrayContaining(['Mohamed Benali', 'Mohamed Chaoui', 'Mohammed Benali', 'Muhammad Benali']),
    );
  });

  it('finds a Vietnamese name typed without diacritics', async () => {
    const [first, second] = await search('Nguyen Van An');
    expect(first).toEqual({ name: 'Nguyễn Văn An', score: 1 });
    expect(second?.score ?? 0).toBeLessThan(0.8);
  });

  it('finds a Romanian name spelled the way it sounds', async () => {
    const top = (await search('Ioana Popescu', 3)).map((r) => r.name);
    expect(top).toContain('Joana Popesku');
    expect(top).toContain('Ioana-Maria Popescu');
  });

  it('finds names with letters that do not decompose, and other scripts', async () => {
    expect((await search('Asa Strauss', 1))[0]?.name).toBe('Åsa Strauß');
    expect((await search('Lucja Walesa', 1))[0]?.name).toBe('Łucja Wałęsa');
    expect((await search('Siobhan OBrien', 1))[0]?.name).toBe('Siobhán O’Brien');
    expect((await search('олена шевченко', 1))[0]?.name).toBe('Олена Шевченко');
  });

  it('computes the same Dice similarity in SQL as in TypeScript', async () => {
    const query = nameSearchTokens(indexer, 'Mohamed Benali');
    const rows = await db
      .select({
        trgm: people.nameTrgm,
        phonetic: people.namePhonetic,
        score: tokenDiceSql(people.nameTrgm, query.trigrams),
      })
      .from(people)
      .limit(50);
    expect(rows.length).toBe(50);
    for (const row of rows) {
      expect(row.score).toBeCloseTo(dice(row.trgm, query.trigrams), 10);
    }
    const [empty] = await db
      .select({ score: tokenDiceSql(people.nameTrgm, []) })
      .from(people)
      .limit(1);
    expect(empty?.score).toBe(0);
  });

  it('finds nothing for a query without letters', async () => {
    expect(await search(' -- ')).toEqual([]);
  });

  it('uses the GIN index for the candidate filter', async () => {
    const tokens = nameSearchTokens(indexer, 'Mohamed');
    const plan = await db.transaction(async (tx) => {
      // 200 rows would be scanned sequentially; forbid that to see whether the index can serve.
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const rows = await queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN SELECT id FROM crypto_name_probe WHERE ${nameCandidateFilter({ trigrams: sql`name_trgm`, phonetic: sql`name_phonetic` }, tokens)}`,
      );
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('crypto_name_probe_trgm_idx');
    expect(plan).toContain('crypto_name_probe_phonetic_idx');
  });

  it('stores no name in any readable form', async () => {
    const rows = await queryRows<{ row: string }>(db, sql`SELECT p::text AS row FROM crypto_name_probe p`);
    expect(rows).toHaveLength(NAMES.length);
    const dump = rows.map((r) => r.row).join('\n');
    // The check must be able to fail: plaintext stored as text, or as bytea (printed as hex).
    expect(leaks(`${dump}\n(1,Mohamed Benali)`, 'Mohamed Benali')).toBe(true);
    expect(leaks(`${dump}\n\\x${Buffer.from('nguyen van an').toString('hex')}`, 'Nguyễn Văn An')).toBe(true);
    expect(NAMES.filter((name) => leaks(dump, name))).toEqual([]);
  });
});

/** Whether a table dump shows a name, or any word of it, as text or as UTF-8 hex. */
function leaks(dump: string, name: string): boolean {
  const text = dump.toLowerCase();
  return [name, normalizeName(name)].some((form) => {
    const words = form.toLowerCase().split(/[\s-]+/);
    // Short words made only of hex digits ("ade") could turn up in ciphertext by chance.
    const wordShown = words.some((w) => w.length >= 3 && !/^[0-9a-f]+$/.test(w) && text.includes(w));
    // Whole names are long enough that their hex cannot occur in random bytes by chance.
    const hexShown = text.includes(Buffer.from(form, 'utf8').toString('hex'));
    return wordShown || hexShown;
  });
}
