import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { BlindIndexer } from './blind-index.ts';
import {
  intArray,
  nameCandidateFilter,
  nameSearchTokens,
  rerankByName,
  scoreNameMatch,
} from './name-search.ts';

const dialect = new PgDialect();
const columns = { trigrams: sql`t.name_trgm`, phonetic: sql`t.name_phonetic` };

describe('name search SQL', () => {
  it('passes a token array as one parameter', () => {
    const q = dialect.sqlToQuery(intArray([-5, 0, 2147483647]));
    expect(q.sql).toBe('$1::int[]');
    expect(q.params).toEqual(['{-5,0,2147483647}']);
    expect(() => intArray([2 ** 31])).toThrow(RangeError);
    expect(() => intArray([1.5])).toThrow(RangeError);
  });

  it('filters on either token family, and on nothing for an empty query', () => {
    const tokens = nameSearchTokens(new BlindIndexer(randomBytes(32)), 'Ana');
    const q = dialect.sqlToQuery(nameCandidateFilter(columns, tokens));
    expect(q.sql).toBe('(t.name_trgm && $1::int[] OR t.name_phonetic && $2::int[])');
    expect(
      dialect.sqlToQuery(nameCandidateFilter(columns, { trigrams: [], filterTrigrams: [], phonetic: [] }))
        .sql,
    ).toBe('false');
  });
});

describe('scoreNameMatch', () => {
  it('is 1 for the same name however it is written', () => {
    expect(scoreNameMatch('Nguyễn Văn An', 'NGUYEN van an').score).toBe(1);
    expect(scoreNameMatch('Popescu Ioana', 'Ioana Popescu').score).toBeGreaterThan(0.99);
    expect(scoreNameMatch('Олена Шевченко', 'олена шевченко').score).toBe(1);
  });

  it('is 0 for an empty side', () => {
    expect(scoreNameMatch('', 'Ana').score).toBe(0);
    expect(scoreNameMatch('Ana', ' - ').score).toBe(0);
  });

  it('prefers spelling variants over different people', () => {
    const q = 'Mohamed Benali';
    expect(scoreNameMatch(q, 'Muhammad Benali').score).toBeGreaterThan(
      scoreNameMatch(q, 'Ahmed Benali').score,
    );
    expect(scoreNameMatch(q, 'Mohammed Benali').score).toBeGreaterThan(
      scoreNameMatch(q, 'Mohamed Chaoui').score,
    );
    expect(scoreNameMatch('Ioana Popescu', 'Joana Popesku').phonetic).toBe(1);
    expect(scoreNameMatch('Ioana Popescu', 'Joana Popesku').score).toBeGreaterThan(
      scoreNameMatch('Ioana Popescu', 'Ioana Ionescu').score,
    );
    // A partial query finds the full name.
    expect(scoreNameMatch('Mohamed', 'Mohamed Chaoui').words).toBe(1);
  });
});

describe('rerankByName', () => {
  it('ranks by the best of each candidate’s names and keeps ties in input order', () => {
    const people = [
      { id: 'a', names: ['Ahmed Benali'] },
      { id: 'b', names: ['Jan Peeters', 'Muhammad Benali'] },
      { id: 'c', names: ['Mohamed Benali'] },
      { id: 'd', names: ['Mohamed Benali'] },
    ];
    const ranked = rerankByName('Mohamed Benali', people, (p) => p.names, { minScore: 0.65 });
    expect(ranked.map((r) => r.item.id)).toEqual(['c', 'd', 'b']);
    expect(ranked[0]?.score).toBe(1);
    expect(ranked.find((r) => r.item.id === 'b')?.matchedName).toBe('Muhammad Benali');
    expect(rerankByName('Mohamed Benali', people, (p) => p.names, { limit: 1 })).toHaveLength(1);
  });
});
