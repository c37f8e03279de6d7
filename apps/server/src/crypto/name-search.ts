import { doubleMetaphone } from 'double-metaphone';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { dice, wordTrigrams, type BlindIndexer } from './blind-index.ts';
import { normalizeName } from './normalize.ts';

/**
 * Fuzzy search over encrypted names, in two steps (access-model.md, "Searching what is
 * encrypted"):
 *
 * 1. In SQL, on keyed tokens only: rows sharing a trigram or a phonetic token with the query are
 *    candidates (GIN index on the `integer[]` columns), ordered by Dice similarity of the token
 *    sets. The database never sees a name.
 * 2. In the server, for candidates the actor may see: decrypt and re-rank on the plaintext
 *    (`rerankByName`), which can look at words and sounds, not only at token overlap.
 *
 * A table that supports this has, next to the encrypted name, two columns filled from
 * BlindIndexer.nameTokens / phoneticTokens whenever the name changes:
 *
 *   nameTrgm: integer().array().notNull(),       -- GIN index
 *   namePhonetic: integer().array().notNull(),   -- GIN index
 */

export interface NameSearchTokens {
  /** All trigram tokens of the query, for scoring. */
  trigrams: number[];
  /** The selective trigram tokens, for the candidate filter (BlindIndexer.nameFilterTokens). */
  filterTrigrams: number[];
  phonetic: number[];
}

export function nameSearchTokens(indexer: BlindIndexer, name: string): NameSearchTokens {
  return {
    trigrams: indexer.nameTokens(name),
    filterTrigrams: indexer.nameFilterTokens(name),
    phonetic: indexer.phoneticTokens(name),
  };
}

/** The two token columns of a table: drizzle columns, or `sql` references for raw tables. */
export interface NameTokenColumns {
  trigrams: SQLWrapper;
  phonetic: SQLWrapper;
}

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/**
 * An `int[]` value as one bound parameter (`'{1,2,3}'::int[]`): one parameter whatever the length,
 * and the same text literal works on PGlite and node-postgres.
 */
export function intArray(values: readonly number[]): SQL<number[]> {
  for (const v of values) {
    if (!Number.isInteger(v) || v < INT32_MIN || v > INT32_MAX) {
      throw new RangeError('Name tokens must be 32-bit integers');
    }
  }
  return sql<number[]>`${`{${values.join(',')}}`}::int[]`;
}

/**
 * The candidate filter: shares at least one selective trigram or one phonetic token with the
 * query. Both `&&` are served by the GIN indexes. A query that normalises to nothing matches
 * nothing.
 */
export function nameCandidateFilter(columns: NameTokenColumns, query: NameSearchTokens): SQL {
  const parts: SQL[] = [];
  if (query.filterTrigrams.length > 0) {
    parts.push(sql`${columns.trigrams} && ${intArray(query.filterTrigrams)}`);
  }
  if (query.phonetic.length > 0) {
    parts.push(sql`${columns.phonetic} && ${intArray(query.phonetic)}`);
  }
  if (parts.length === 0) {
    return sql`false`;
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/**
 * Dice similarity of a token column and a token list, computed in SQL (0 for NULL or empty).
 * Counting the column's elements found in the list is the intersection size because stored
 * token arrays are distinct (BlindIndexer returns them so); it measured 20–30 % faster than
 * `ARRAY(SELECT unnest(a) INTERSECT SELECT unnest(b))` on PostgreSQL 15.
 */
export function tokenDiceSql(column: SQLWrapper, tokens: readonly number[]): SQL<number> {
  if (tokens.length === 0) {
    return sql<number>`0::float8`.mapWith(Number);
  }
  const common = sql`(SELECT count(*) FROM unnest(${column}) AS token WHERE token = ANY(${intArray(tokens)}))`;
  return sql<number>`coalesce((2.0 * ${common} / nullif(cardinality(${column}) + ${tokens.length}, 0))::float8, 0)`.mapWith(
    Number,
  );
}

/**
 * The SQL-side score used to pick which candidates to decrypt: trigram Dice weighted over
 * phonetic Dice. Only an ordering for the candidate limit; the final score is rerankByName's.
 */
export function nameScoreSql(columns: NameTokenColumns, query: NameSearchTokens): SQL<number> {
  return sql<number>`(0.7 * ${tokenDiceSql(columns.trigrams, query.trigrams)} + 0.3 * ${tokenDiceSql(columns.phonetic, query.phonetic)})`.mapWith(
    Number,
  );
}

interface PreparedName {
  words: string[];
  trigrams: string[];
  wordTrigrams: string[][];
  wordCodes: string[][];
}

function prepareName(name: string): PreparedName {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w !== '');
  const perWord = words.map(wordTrigrams);
  return {
    words,
    trigrams: [...new Set(perWord.flat())],
    wordTrigrams: perWord,
    wordCodes: words.map((w) => doubleMetaphone(w).filter((c) => c !== '')),
  };
}

export interface NameMatchScore {
  /** The final score, 0–1 (1 = the same name after normalisation). */
  score: number;
  /** Trigram Dice of the whole names. */
  trigram: number;
  /** Mean over the query's words of the best trigram Dice with a word of the candidate. */
  words: number;
  /** Share of the query's words that sound like a word of the candidate (Double Metaphone). */
  phonetic: number;
}

/**
 * Weights, tuned on the fixtures in name-search.api.test.ts: the whole-name trigram similarity
 * tells "Ahmed Benali" from "Mohamed Benali"; per-word matching makes the query order-free and
 * lets a partial query ("Mohamed") find a full name; the phonetic share lifts spellings that
 * sound alike but share few trigrams (Muhammad/Mohamed, Joana Popesku/Ioana Popescu) above a
 * different family name that happens to share letters (Ioana Ionescu).
 */
const WEIGHTS = { trigram: 0.4, words: 0.3, phonetic: 0.3 };

function scorePrepared(q: PreparedName, c: PreparedName): NameMatchScore {
  if (q.words.length === 0 || c.words.length === 0) {
    return { score: 0, trigram: 0, words: 0, phonetic: 0 };
  }
  const trigram = dice(q.trigrams, c.trigrams);
  let wordSum = 0;
  let phoneticSum = 0;
  q.words.forEach((_, i) => {
    const qGrams = q.wordTrigrams[i] ?? [];
    const qCodes = q.wordCodes[i] ?? [];
    let best = 0;
    let sounds = false;
    c.words.forEach((__, j) => {
      best = Math.max(best, dice(qGrams, c.wordTrigrams[j] ?? []));
      const cCodes = c.wordCodes[j] ?? [];
      sounds = sounds || qCodes.some((code) => cCodes.includes(code));
    });
    wordSum += best;
    // A word without a phonetic code (not Latin script) is judged by its spelling alone.
    phoneticSum += qCodes.length === 0 ? best : sounds ? 1 : 0;
  });
  const words = wordSum / q.words.length;
  const phonetic = phoneticSum / q.words.length;
  const score = WEIGHTS.trigram * trigram + WEIGHTS.words * words + WEIGHTS.phonetic * phonetic;
  return { score: Math.min(1, score), trigram, words, phonetic };
}

/** How well a decrypted candidate name matches the searched name. */
export function scoreNameMatch(query: string, candidate: string): NameMatchScore {
  return scorePrepared(prepareName(query), prepareName(candidate));
}

export interface RankedName<T> {
  item: T;
  score: number;
  /** The name (of possibly several: aliases) that matched best. */
  matchedName: string;
}

/**
 * Re-ranks decrypted candidates by their best-matching name (a person may have aliases), best
 * first; ties keep the input order. Call it only with rows the actor may see.
 */
export function rerankByName<T>(
  query: string,
  candidates: readonly T[],
  namesOf: (candidate: T) => readonly string[],
  options: { limit?: number; minScore?: number } = {},
): RankedName<T>[] {
  const q = prepareName(query);
  const ranked: (RankedName<T> & { order: number })[] = [];
  candidates.forEach((item, order) => {
    let best: { score: number; name: string } | null = null;
    for (const name of namesOf(item)) {
      const { score } = scorePrepared(q, prepareName(name));
      if (best === null || score > best.score) {
        best = { score, name };
      }
    }
    if (best !== null && best.score >= (options.minScore ?? 0)) {
      ranked.push({ item, score: best.score, matchedName: best.name, order });
    }
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked
    .slice(0, options.limit ?? ranked.length)
    .map(({ item, score, matchedName }) => ({ item, score, matchedName }));
}
