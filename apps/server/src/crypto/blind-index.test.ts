import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLIND_INDEX_KINDS,
  BlindIndexer,
  dice,
  nameTrigrams,
  namePhoneticCodes,
  wordTrigrams,
} from './blind-index.ts';

const key = randomBytes(32);
const indexer = new BlindIndexer(key);

describe('BlindIndexer.exact', () => {
  it('is deterministic and 32 bytes of base64url', () => {
    const a = indexer.exact('phone', '+32470123456');
    expect(a).toBe(new BlindIndexer(Buffer.from(key)).exact('phone', '+32470123456'));
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
  });

  it('separates kinds: the same string under two kinds gives unrelated hashes', () => {
    const value = '85073003328';
    const hashes = BLIND_INDEX_KINDS.map((kind) => indexer.exact(kind, value));
    expect(new Set(hashes).size).toBe(BLIND_INDEX_KINDS.length);
  });

  it('depends on the key, and is not a plain hash of the value', () => {
    const other = new BlindIndexer(randomBytes(32));
    expect(other.exact('email', 'jan@example.be')).not.toBe(indexer.exact('email', 'jan@example.be'));
    const plain = createHash('sha256').update('jan@example.be').digest('base64url');
    expect(indexer.exact('email', 'jan@example.be')).not.toBe(plain);
  });

  it('normalises raw input for look-ups, so spellings of one value meet', () => {
    const stored = indexer.exactFor('phone', '0470 12 34 56');
    expect(stored).not.toBeNull();
    expect(indexer.exactFor('phone', '+32 470 12 34 56')).toBe(stored);
    expect(indexer.exactFor('iban', 'be68 5390 0754 7034')).toBe(indexer.exact('iban', 'BE68539007547034'));
    expect(indexer.exactFor('national_number', '85.07.30-033.29')).toBeNull();
  });

  it('refuses empty values and short keys', () => {
    expect(() => indexer.exact('email', '')).toThrow(/empty/);
    expect(() => new BlindIndexer(randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('name tokens', () => {
  it('builds trigrams like pg_trgm', () => {
    expect(wordTrigrams('ana')).toEqual(['  a', ' an', 'ana', 'na ']);
    expect(nameTrigrams('Ana Ana')).toEqual(['  a', ' an', 'ana', 'na ']);
    expect(wordTrigrams('𝒜b')).toEqual(['  𝒜', ' 𝒜b', '𝒜b ']);
  });

  it('hashes trigrams to distinct, sorted, signed 32-bit integers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const tokens = indexer.nameTokens(name);
        expect(tokens).toEqual([...new Set(tokens)].sort((a, b) => a - b));
        for (const t of tokens) {
          expect(Number.isInteger(t) && t >= -(2 ** 31) && t < 2 ** 31).toBe(true);
        }
      }),
    );
    expect(indexer.nameTokens('Ana')).toHaveLength(4);
  });

  it('filters on all trigrams but the word-start ones', () => {
    const all = indexer.nameTokens('Ana Maria');
    const filter = indexer.nameFilterTokens('Ana Maria');
    expect(filter.every((t) => all.includes(t))).toBe(true);
    expect(all.length - filter.length).toBe(2); // "  a" and "  m"
    expect(indexer.nameFilterTokens('J')).toHaveLength(1); // " j "
  });

  it('gives equal tokens for names equal after normalisation', () => {
    expect(indexer.nameTokens('Nguyễn Văn An')).toEqual(indexer.nameTokens('nguyen van an'));
    expect(indexer.phoneticTokens('Nguyễn Văn An')).toEqual(indexer.phoneticTokens('NGUYEN VAN AN'));
  });

  it('keeps trigram and phonetic tokens in separate domains', () => {
    // "AN" is both a phonetic code and (padded) not a trigram; compare token sets of one name.
    const trgm = new Set(indexer.nameTokens('an'));
    expect(indexer.phoneticTokens('an').some((t) => trgm.has(t))).toBe(false);
    expect(indexer.nameTokens('x')).not.toEqual(new BlindIndexer(randomBytes(32)).nameTokens('x'));
  });

  it('matches names that sound alike through phonetic codes', () => {
    expect(namePhoneticCodes('Mohamed')).toEqual(['MHMT']);
    expect(indexer.phoneticTokens('Muhammad')).toEqual(indexer.phoneticTokens('Mohammed'));
    const joana = new Set(indexer.phoneticTokens('Joana'));
    expect(indexer.phoneticTokens('Ioana').some((t) => joana.has(t))).toBe(true);
    expect(indexer.phoneticTokens('Олена')).toEqual([]);
  });
});

describe('dice', () => {
  it('is 2|A∩B|/(|A|+|B|)', () => {
    expect(dice([1, 2, 3, 4], [3, 4, 5, 6])).toBe(0.5);
    expect(dice([1, 2], [1, 2])).toBe(1);
    expect(dice([1], [2])).toBe(0);
    expect(dice([], [])).toBe(0);
  });

  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.array(fc.integer()), (a, b) => {
        const d = dice(a, b);
        expect(d).toBe(dice(b, a));
        expect(d >= 0 && d <= 1).toBe(true);
      }),
    );
  });
});
