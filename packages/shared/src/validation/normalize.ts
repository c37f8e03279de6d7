import { validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Normalisers for exact look-ups through a blind index. The stored index and the search must see
 * the same string for the same identifier, so every value is brought to one canonical form before
 * it is hashed; whatever cannot be brought to a canonical form gets no index (`value: null`) and
 * a reason the form can show. Reasons never echo the input.
 */

/**
 * IDNA to ASCII (punycode) through the WHATWG URL parser, available in Node and in browsers, so
 * the web form and the server normalise e-mail domains identically. '' when not a valid host.
 */
function domainToAscii(domain: string): string {
  if (/[/?#@:\\\s]/.test(domain)) {
    return '';
  }
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
}

export type NormalizeFailure =
  | 'empty'
  | 'too_long'
  | 'invalid_characters'
  | 'invalid_format'
  | 'invalid_length'
  | 'invalid_checksum'
  | 'invalid_date_part'
  | 'invalid_number';

export type Normalized = { ok: true; value: string } | { ok: false; value: null; reason: NormalizeFailure };

function ok(value: string): Normalized {
  return { ok: true, value };
}

function fail(reason: NormalizeFailure): Normalized {
  return { ok: false, value: null, reason };
}

/** Far above any real identifier; stops a pasted paragraph from becoming an "identifier". */
const MAX_INPUT = 256;

function prepare(input: string): string {
  // NFKC folds full-width digits and letters (common when numbers are copied from PDFs or typed
  // on East-Asian keyboards) into ASCII.
  return input.normalize('NFKC').trim();
}

/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign. */
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const WHITESPACE = /\s+/g;

/**
 * Phone numbers in E.164 (`+32470123456`). Numbers without a country prefix are Belgian. Uses the
 * "max" metadata so that validity is checked against the real numbering plans, not only length.
 */
export function normalizePhone(
  input: string,
  defaultCountry: 'BE' | 'NL' | 'FR' | 'DE' | 'LU' = 'BE',
): Normalized {
  const s = prepare(input);
  if (s === '') {
    return fail('empty');
  }
  if (s.length > MAX_INPUT) {
    return fail('too_long');
  }
  const parsed = parsePhoneNumberFromString(s, defaultCountry);
  if (!parsed) {
    return fail('invalid_format');
  }
  if (!parsed.isValid()) {
    return fail('invalid_number');
  }
  return ok(parsed.number);
}

/**
 * E-mail addresses: trimmed and lower-cased as a whole. The local part is case-sensitive in
 * theory (RFC 5321) but no mail provider treats it so, and a look-up that misses because of a
 * capital letter is worse than a theoretical collision. International domains are stored in
 * their ASCII (punycode) form so both spellings match. No attempt at full RFC 5322 parsing.
 */
export function normalizeEmail(input: string): Normalized {
  const s = input.normalize('NFC').trim().toLowerCase();
  if (s === '') {
    return fail('empty');
  }
  if (s.length > 254) {
    return fail('too_long');
  }
  const at = s.lastIndexOf('@');
  if (at <= 0 || at !== s.indexOf('@') || at === s.length - 1) {
    return fail('invalid_format');
  }
  const local = s.slice(0, at);
  const domainInput = s.slice(at + 1);
  if (
    /[\s<>(),;:"[\]\\]/.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    return fail('invalid_characters');
  }
  const domain = domainToAscii(domainInput);
  if (
    domain === '' ||
    !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ||
    domain.split('.').some((l) => l.startsWith('-') || l.endsWith('-'))
  ) {
    return fail('invalid_format');
  }
  return ok(`${local}@${domain}`);
}

/** IBANs in electronic format (no spaces, upper-case), country format and checksum verified. */
export function normalizeIban(input: string): Normalized {
  const s = prepare(input).replace(WHITESPACE, '').replace(DASHES, '').toUpperCase();
  if (s === '') {
    return fail('empty');
  }
  if (s.length > 34) {
    return fail('invalid_length');
  }
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) {
    return fail('invalid_format');
  }
  const { valid, errorCodes } = validateIBAN(s);
  if (valid) {
    return ok(s);
  }
  // A wrong length or format for the country says more than the checksum it then also fails.
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) {
    return fail('invalid_length');
  }
  const checksum = [
    ValidationErrorsIBAN.ChecksumNotNumber,
    ValidationErrorsIBAN.WrongIBANChecksum,
    ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
  ];
  return fail(errorCodes.some((c) => !checksum.includes(c)) ? 'invalid_format' : 'invalid_checksum');
}

function digitsOnly(input: string): string {
  return prepare(input).replace(/[\s.\-/\u2010-\u2014\u2212]/g, '');
}

/**
 * Belgian national register numbers (rijksregisternummer / numéro de registre national), also
 * BIS numbers: 11 digits YYMMDD SSS CC. CC = 97 − (YYMMDDSSS mod 97); for people born in 2000 or
 * later the check is computed over 2YYMMDDSSS (the register's rule since 2000), so either rule
 * may hold. BIS numbers add 20 or 40 to the month; month or day 00 means unknown.
 */
export function normalizeNationalNumber(input: string): Normalized {
  const s = digitsOnly(input);
  if (s === '') {
    return fail('empty');
  }
  if (!/^[0-9]+$/.test(s)) {
    return fail('invalid_characters');
  }
  if (s.length !== 11) {
    return fail('invalid_length');
  }
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  const monthOk = month <= 12 || (month >= 20 && month <= 32) || (month >= 40 && month <= 52);
  if (!monthOk || day > 31) {
    return fail('invalid_date_part');
  }
  const body = Number(s.slice(0, 9));
  const check = Number(s.slice(9));
  const before2000 = 97 - (body % 97);
  const from2000 = 97 - ((2_000_000_000 + body) % 97);
  if (check !== before2000 && check !== from2000) {
    return fail('invalid_checksum');
  }
  return ok(s);
}

/**
 * Belgian enterprise numbers (KBO/BCE, also the VAT number without "BE"): 10 digits starting with
 * 0 or 1, the last two = 97 − (first eight mod 97). Old 9-digit numbers get their leading 0 back.
 */
export function normalizeEnterpriseNumber(input: string): Normalized {
  let s = digitsOnly(input).toUpperCase();
  if (s.startsWith('BE')) {
    s = s.slice(2);
  }
  if (s === '') {
    return fail('empty');
  }
  if (!/^[0-9]+$/.test(s)) {
    return fail('invalid_characters');
  }
  if (s.length === 9) {
    s = `0${s}`;
  }
  if (s.length !== 10) {
    return fail('invalid_length');
  }
  if (s[0] !== '0' && s[0] !== '1') {
    return fail('invalid_format');
  }
  const body = Number(s.slice(0, 8));
  if (Number(s.slice(8)) !== 97 - (body % 97)) {
    return fail('invalid_checksum');
  }
  return ok(s);
}

/**
 * Identity and travel document numbers of any country: upper-case without spaces and dashes.
 * No checksum: formats differ per issuing state and the number may be read from a photo.
 */
export function normalizeDocumentNumber(input: string): Normalized {
  const s = prepare(input).replace(WHITESPACE, '').replace(DASHES, '').toUpperCase();
  if (s === '') {
    return fail('empty');
  }
  if (s.length > 64) {
    return fail('too_long');
  }
  if (!/^[\p{L}\p{N}./]+$/u.test(s)) {
    return fail('invalid_characters');
  }
  return ok(s);
}

/**
 * Vehicle registration plates of any country: upper-case letters and digits only, because the
 * separators (1-ABC-123, 1 ABC 123, 1.ABC.123) differ with whoever noted the plate.
 */
export function normalizeVehiclePlate(input: string): Normalized {
  const s = prepare(input)
    .replace(/[\s.\-·\u2010-\u2014\u2212]/g, '')
    .toUpperCase();
  if (s === '') {
    return fail('empty');
  }
  if (s.length > 16) {
    return fail('too_long');
  }
  if (!/^[\p{L}\p{N}]+$/u.test(s)) {
    return fail('invalid_characters');
  }
  return ok(s);
}

/**
 * Letters that Unicode decomposition leaves alone but that people (and other registers) write
 * with plain Latin letters. Applied after lower-casing.
 */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  ŋ: 'n',
  ĸ: 'k',
  ſ: 's',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Apostrophes vanish (O'Brien = OBrien, N’Diaye = NDiaye); other punctuation separates words. */
const APOSTROPHES = /['’‘`´ʼʻʹ′]/gu;

/**
 * The canonical form of a person's name for fuzzy search: compatibility decomposition, accents
 * removed (Nguyễn → nguyen), lower-case, letters without a decomposition folded (ß → ss), every
 * character that is not a letter or digit turned into a word break, whitespace collapsed.
 * Scripts other than Latin are kept as they are (no transliteration). Idempotent.
 */
export function normalizeName(input: string): string {
  const folded = input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LETTER_FOLD_PATTERN, (c) => LETTER_FOLDS[c] ?? c)
    // Lower-casing can produce new decomposable characters (İ → i̇), so decompose once more.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '');
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
