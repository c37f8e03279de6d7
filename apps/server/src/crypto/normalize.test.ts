import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

type Case = [input: string, expected: string];
type Bad = [input: string, reason: string];

function check(fn: (s: string) => Normalized, valid: Case[], invalid: Bad[]): void {
  it.each(valid)('accepts %j as %j', (input, expected) => {
    expect(fn(input)).toEqual({ ok: true, value: expected });
  });
  it.each(invalid)('refuses %j (%s)', (input, reason) => {
    expect(fn(input)).toEqual({ ok: false, value: null, reason });
  });
}

describe('normalizePhone', () => {
  check(
    normalizePhone,
    [
      ['0470 12 34 56', '+32470123456'],
      ['0470/12.34.56', '+32470123456'],
      ['+32 (0)470 12 34 56', '+32470123456'],
      ['0032 470 12 34 56', '+32470123456'],
      ['+33 6 12 34 56 78', '+33612345678'],
      ['+31 6 12345678', '+31612345678'],
      ['０４７０１２３４５６', '+32470123456'],
    ],
    [
      ['', 'empty'],
      ['   ', 'empty'],
      ['abc', 'invalid_format'],
      ['12', 'invalid_number'],
      ['+32 470 12 34 567', 'invalid_number'],
    ],
  );
});

describe('normalizeEmail', () => {
  check(
    normalizeEmail,
    [
      ['  Jan.Peeters@Example.BE ', 'jan.peeters@example.be'],
      ['a+tag@sub.example.org', 'a+tag@sub.example.org'],
      ['info@münchen.de', 'info@xn--mnchen-3ya.de'],
    ],
    [
      ['', 'empty'],
      ['jan.peeters', 'invalid_format'],
      ['@example.be', 'invalid_format'],
      ['jan@', 'invalid_format'],
      ['jan@@example.be', 'invalid_format'],
      ['jan@localhost', 'invalid_format'],
      ['jan@-example.be', 'invalid_format'],
      ['jan peeters@example.be', 'invalid_characters'],
      ['jan..peeters@example.be', 'invalid_characters'],
      ['.jan@example.be', 'invalid_characters'],
    ],
  );
});

describe('normalizeIban', () => {
  check(
    normalizeIban,
    [
      ['BE68539007547034', 'BE68539007547034'],
      ['be68 5390 0754 7034', 'BE68539007547034'],
      ['BE68-5390-0754-7034', 'BE68539007547034'],
      ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
      ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ],
    [
      ['', 'empty'],
      ['BE68539007547035', 'invalid_checksum'],
      ['BE69539007547034', 'invalid_checksum'],
      ['BE6853900754703', 'invalid_length'],
      ['XX68539007547034', 'invalid_format'],
      ['68539007547034', 'invalid_format'],
      ['BE68 5390 0754 7034 0000 0000 0000 0000 0000', 'invalid_length'],
    ],
  );
});

// Fictional numbers; check digits computed by hand: 97 − (first nine mod 97), or over
// 2 followed by the first nine for people born from 2000 on.
describe('normalizeNationalNumber', () => {
  check(
    normalizeNationalNumber,
    [
      ['85.07.30-033.28', '85073003328'], // born 1985
      ['85073003328', '85073003328'],
      ['01.02.03-123.45', '01020312345'], // born 2001: check over 2010203123
      ['93 12 31 999 11', '93123199911'],
      ['75.45.21-001.95', '75452100195'], // BIS number, month + 40
      ['00.01.01-001.05', '00010100105'], // born 2000
    ],
    [
      ['', 'empty'],
      ['85.07.30-033.29', 'invalid_checksum'],
      ['01.02.03-123.44', 'invalid_checksum'], // 45 (born 2001) and 16 (born 1901) are valid
      ['8507300332', 'invalid_length'],
      ['850730033281', 'invalid_length'],
      ['85.07.3O-033.28', 'invalid_characters'],
      ['85.13.30-033.28', 'invalid_date_part'],
      ['85.07.32-033.28', 'invalid_date_part'],
    ],
  );
});

describe('normalizeEnterpriseNumber', () => {
  check(
    normalizeEnterpriseNumber,
    [
      ['0403.561.768', '0403561768'],
      ['BE 0403.561.768', '0403561768'],
      ['be0403561768', '0403561768'],
      ['403.561.768', '0403561768'], // old nine-digit form
      ['0203.157.986', '0203157986'],
      ['1000.000.021', '1000000021'],
    ],
    [
      ['', 'empty'],
      ['0403.561.769', 'invalid_checksum'],
      ['2000.000.0xx', 'invalid_characters'],
      ['2088.873.213', 'invalid_format'],
      ['04035617', 'invalid_length'],
    ],
  );
});

describe('normalizeDocumentNumber', () => {
  check(
    normalizeDocumentNumber,
    [
      ['ab 123-456 7', 'AB1234567'],
      ['592-1234567-89', '592123456789'],
      ['ＸＹ１２３', 'XY123'],
      ['B/1234.56', 'B/1234.56'],
    ],
    [
      ['', 'empty'],
      [' - ', 'empty'],
      ['AB#123', 'invalid_characters'],
      ['A'.repeat(65), 'too_long'],
    ],
  );
});

describe('normalizeVehiclePlate', () => {
  check(
    normalizeVehiclePlate,
    [
      ['1-abc-123', '1ABC123'],
      ['1 ABC 123', '1ABC123'],
      ['GH-123-JK', 'GH123JK'],
    ],
    [
      ['', 'empty'],
      ['1*ABC', 'invalid_characters'],
    ],
  );
});

describe('normalizeName', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['  MOHAMMED   el-Amrani ', 'mohammed el amrani'],
    ["O'Brien", 'obrien'],
    ['N’Diaye', 'ndiaye'],
    ['Strauß', 'strauss'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Đorđević', 'dordevic'],
    ['Þórður', 'thordur'],
    ['İsmail Çelik', 'ismail celik'],
    ['Ioana-Maria, Popescu.', 'ioana maria popescu'],
    ['François Dupont', 'francois dupont'],
    ['Ｊｏａｎａ', 'joana'],
    ['Олена Шевченко', 'олена шевченко'],
    ['', ''],
    [' -- ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('is idempotent on any Unicode input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no upper-case letters, marks, doubled or outer spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const n = normalizeName(s);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/ {2}|\p{M}|\p{Lu}/u);
      }),
      { numRuns: 1000 },
    );
  });
});
