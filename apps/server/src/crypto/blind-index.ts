import { createHmac, hkdfSync } from 'node:crypto';
import { doubleMetaphone } from 'double-metaphone';
import {
  normalizeDocumentNumber,
  normalizeEmail,
  normalizeEnterpriseNumber,
  normalizeIban,
  normalizeName,
  normalizeNationalNumber,
  normalizePhone,
  normalizeVehiclePlate,
  type Normalized,
} from './normalize.ts';

/**
 * Blind indexes: searchable fingerprints of encrypted identity values (access-model.md,
 * "Searching what is encrypted").
 *
 * Why keyed (HMAC) and not a plain hash: the values are drawn from small, guessable spaces —
 * there are about 10^9 plausible Belgian national numbers, a few million phone numbers per
 * country, and dictionaries of every common first and family name. Anyone holding a table of
 * plain SHA-256 hashes could hash the whole dictionary and read the names back. With a secret
 * key the hashes are just random numbers to someone who has the database (a dump, a backup, a
 * compromised read replica) but not the key, which lives with the application's secrets.
 *
 * What still leaks, to whoever can read the index columns: equal values have equal exact hashes
 * (two files with the same phone number are visibly linked); equal names have equal token sets
 * and similar names overlapping ones; and token frequencies follow the language, so with enough
 * rows someone studying the table could guess common trigrams and common names. The access model
 * chose this trade ("Searching what is encrypted"): the index columns never leave the server
 * (presenters do not send them), and what they protect against is reading names out of a dump,
 * a backup or a stolen disk without the key — not against someone who has both.
 *
 * Domain separation: every kind of value, and each of the two name token families, hashes with
 * its own HKDF-derived sub-key, so the same string as a phone number and as a document number
 * gives unrelated hashes, and a token of one family never matches a token of another.
 */

export const BLIND_INDEX_KINDS = [
  'phone',
  'email',
  'iban',
  'national_number',
  'document_number',
  'enterprise_number',
  'vehicle_plate',
] as const;
export type BlindIndexKind = (typeof BLIND_INDEX_KINDS)[number];

/** The canonical form each kind is hashed in; look-ups must use the same. */
export const NORMALIZERS: Record<BlindIndexKind, (input: string) => Normalized> = {
  phone: (s) => normalizePhone(s),
  email: normalizeEmail,
  iban: normalizeIban,
  national_number: normalizeNationalNumber,
  document_number: normalizeDocumentNumber,
  enterprise_number: normalizeEnterpriseNumber,
  vehicle_plate: normalizeVehiclePlate,
};

/** Changing any of these re-keys every index: a new version means re-indexing all rows. */
const HKDF_SALT = Buffer.from('keten/blind-index/v1', 'utf8');
const SUBKEY_LENGTH = 32;

function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, HKDF_SALT, Buffer.from(purpose, 'utf8'), SUBKEY_LENGTH));
}

/** The word's trigrams as pg_trgm builds them: two spaces before, one after ("  a"," an","ana","na "). */
export function wordTrigrams(word: string): string[] {
  // Array.from splits by code point, so a character outside the BMP counts as one.
  const chars = Array.from(`  ${word} `);
  const grams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i += 1) {
    grams.push(chars.slice(i, i + 3).join(''));
  }
  return grams;
}

/** The distinct trigrams of a name, after normalizeName. */
export function nameTrigrams(name: string): string[] {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w !== '');
  return [...new Set(words.flatMap(wordTrigrams))];
}

/** The distinct Double Metaphone codes (primary and alternate) of each word of a name. */
export function namePhoneticCodes(name: string): string[] {
  const words = normalizeName(name)
    .split(' ')
    .filter((w) => w !== '');
  // Double Metaphone only knows Latin letters; a word in another script gives empty codes.
  return [...new Set(words.flatMap((w) => doubleMetaphone(w)).filter((code) => code !== ''))];
}

/** Sørensen–Dice coefficient of two sets: 2|A∩B| / (|A|+|B|); 0 when both are empty. */
export function dice<T>(a: readonly T[], b: readonly T[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size + setB.size === 0) {
    return 0;
  }
  let common = 0;
  for (const x of setA) {
    if (setB.has(x)) {
      common += 1;
    }
  }
  return (2 * common) / (setA.size + setB.size);
}

export class BlindIndexer {
  private readonly exactKeys: Record<BlindIndexKind, Buffer>;
  private readonly trigramKey: Buffer;
  private readonly phoneticKey: Buffer;

  /** @param key `Secrets.blindIndexKey` (32 bytes). Never an encryption key: they rotate, this cannot. */
  constructor(key: Buffer) {
    if (key.length !== 32) {
      throw new Error('The blind index key must be 32 bytes');
    }
    this.exactKeys = Object.fromEntries(
      BLIND_INDEX_KINDS.map((kind) => [kind, deriveKey(key, `exact:${kind}`)]),
    ) as Record<BlindIndexKind, Buffer>;
    this.trigramKey = deriveKey(key, 'name:trigram');
    this.phoneticKey = deriveKey(key, 'name:phonetic');
  }

  /**
   * The exact-match index of an already normalised value: HMAC-SHA256 under the kind's sub-key,
   * all 32 bytes, base64url (43 characters). Not truncated: truncation would only matter if we
   * wanted deliberate collisions (k-anonymous buckets), and then every hit would need decrypting
   * to weed out false matches; 32 bytes keep "same hash" meaning "same value".
   */
  exact(kind: BlindIndexKind, normalizedValue: string): string {
    if (normalizedValue === '') {
      // Every empty value would share one hash and "match" every other empty value.
      throw new Error(`Refusing to index an empty ${kind}`);
    }
    return createHmac('sha256', this.exactKeys[kind]).update(normalizedValue, 'utf8').digest('base64url');
  }

  /** Normalises raw input for the kind and indexes it; null when it has no canonical form. */
  exactFor(kind: BlindIndexKind, input: string): string | null {
    const normalized = NORMALIZERS[kind](input);
    return normalized.ok ? this.exact(kind, normalized.value) : null;
  }

  /**
   * Keyed tokens of the name's trigrams, for an `integer[]` column with a GIN index: each HMAC
   * truncated to a signed 32-bit integer, distinct, ascending. 32 bits make occasional collisions
   * between different trigrams (a name has tens of trigrams, a population some tens of
   * thousands): a collision only nudges a similarity score, and the final ranking is done on
   * decrypted names anyway.
   */
  nameTokens(name: string): number[] {
    return tokens(this.trigramKey, nameTrigrams(name));
  }

  /**
   * The subset of nameTokens worth filtering candidates on: without the word-start trigrams
   * ("  m"), which only say which letter a word begins with. On 100,000 synthetic names they
   * doubled the candidate set and the time to score it; a row that shares nothing with the query
   * but a first letter would score too low to be shown anyway. Scoring still uses all tokens.
   */
  nameFilterTokens(name: string): number[] {
    return tokens(
      this.trigramKey,
      nameTrigrams(name).filter((gram) => !gram.startsWith('  ')),
    );
  }

  /** Keyed tokens of the Double Metaphone codes of every word, in their own domain. */
  phoneticTokens(name: string): number[] {
    return tokens(this.phoneticKey, namePhoneticCodes(name));
  }
}

function tokens(key: Buffer, values: readonly string[]): number[] {
  const out = new Set<number>();
  for (const value of values) {
    out.add(createHmac('sha256', key).update(value, 'utf8').digest().readInt32BE(0));
  }
  return [...out].sort((a, b) => a - b);
}
