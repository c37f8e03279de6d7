import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pgTable } from 'drizzle-orm/pg-core';
import {
  DecryptionError,
  FieldCipher,
  MIN_CIPHERTEXT_LENGTH,
  encryptedBytea,
  keyVersionOf,
  type FieldContext,
} from './field-cipher.ts';

const k1 = { version: 1, key: randomBytes(32) };
const k2 = { version: 2, key: randomBytes(32) };
const ctx: FieldContext = {
  table: 'victim_identities',
  row: '3f1c9a52-7d4e-4b8a-9c61-2e5f0a7b8d93',
  column: 'family_name',
};
const PLAIN = 'Joana Popesku';

function decryptError(fn: () => unknown): DecryptionError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DecryptionError);
    return err as DecryptionError;
  }
  throw new Error('expected a DecryptionError');
}

describe('FieldCipher', () => {
  const cipher = new FieldCipher([k1]);

  it('round-trips and lays out [format][key version][IV 12][ciphertext][tag 16]', () => {
    const buf = cipher.encrypt(PLAIN, ctx);
    expect(buf[0]).toBe(1);
    expect(buf[1]).toBe(1);
    expect(buf.length).toBe(MIN_CIPHERTEXT_LENGTH + Buffer.byteLength(PLAIN));
    expect(cipher.decrypt(buf, ctx)).toBe(PLAIN);
    expect(cipher.decrypt(new Uint8Array(buf), ctx)).toBe(PLAIN);
    expect(buf.includes(Buffer.from(PLAIN))).toBe(false);
  });

  it('uses a fresh IV for every value', () => {
    const a = cipher.encrypt(PLAIN, ctx);
    const b = cipher.encrypt(PLAIN, ctx);
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(2, 14).equals(b.subarray(2, 14))).toBe(false);
  });

  it('encrypts the empty string', () => {
    const buf = cipher.encrypt('', ctx);
    expect(buf.length).toBe(MIN_CIPHERTEXT_LENGTH);
    expect(cipher.decrypt(buf, ctx)).toBe('');
  });

  it('refuses any flipped bit, wherever it is', () => {
    const buf = cipher.encrypt(PLAIN, ctx);
    for (let i = 0; i < buf.length; i += 1) {
      const tampered = Buffer.from(buf);
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      const err = decryptError(() => cipher.decrypt(tampered, ctx));
      const expected =
        i === 0 ? 'unknown_format_version' : i === 1 ? 'unknown_key_version' : 'authentication_failed';
      expect(err.reason, `byte ${i}`).toBe(expected);
    }
  });

  it('refuses a value moved to another row, column or table', () => {
    const buf = cipher.encrypt(PLAIN, ctx);
    for (const moved of [
      { ...ctx, row: '9b2d4e61-0c3a-4f5e-8d7b-1a2b3c4d5e6f' },
      { ...ctx, column: 'given_name' },
      { ...ctx, table: 'signal_identities' },
    ]) {
      expect(decryptError(() => cipher.decrypt(buf, moved)).reason).toBe('authentication_failed');
    }
  });

  it('refuses a context with row and column swapped', () => {
    const a: FieldContext = { table: 'aliases', row: 'given_name', column: 'family_name' };
    const buf = cipher.encrypt(PLAIN, a);
    expect(decryptError(() => cipher.decrypt(buf, { ...a, row: a.column, column: a.row })).reason).toBe(
      'authentication_failed',
    );
  });

  it('refuses truncated values and unknown key versions', () => {
    const buf = cipher.encrypt(PLAIN, ctx);
    expect(decryptError(() => cipher.decrypt(buf.subarray(0, MIN_CIPHERTEXT_LENGTH - 1), ctx)).reason).toBe(
      'too_short',
    );
    expect(decryptError(() => cipher.decrypt(buf.subarray(0, buf.length - 1), ctx)).reason).toBe(
      'authentication_failed',
    );
    const fromTheFuture = new FieldCipher([k1, k2]).encrypt(PLAIN, ctx);
    const err = decryptError(() => cipher.decrypt(fromTheFuture, ctx));
    expect(err.reason).toBe('unknown_key_version');
    expect(err.keyVersion).toBe(2);
  });

  it('never puts the plaintext in the error message', () => {
    const other = new FieldCipher([{ version: 1, key: randomBytes(32) }]);
    const buf = cipher.encrypt(PLAIN, ctx);
    const err = decryptError(() => other.decrypt(buf, ctx));
    expect(err.message).not.toContain('Joana');
    expect(err.message).toContain('victim_identities.family_name');
    const json = cipher.encryptJson({ secret: PLAIN }, ctx);
    const shapeErr = decryptError(() => cipher.decryptJson(json, ctx, z.object({ secret: z.number() })));
    expect(shapeErr.reason).toBe('invalid_json');
    expect(shapeErr.message).not.toContain('Joana');
  });

  it('rejects malformed contexts that would make the AAD ambiguous', () => {
    expect(() => cipher.encrypt(PLAIN, { ...ctx, table: 'a:b' })).toThrow(TypeError);
    expect(() => cipher.encrypt(PLAIN, { ...ctx, column: 'Family Name' })).toThrow(TypeError);
    expect(() => cipher.encrypt(PLAIN, { ...ctx, row: '' })).toThrow(TypeError);
  });

  it('handles nullable values and JSON', () => {
    expect(cipher.encryptNullable(null, ctx)).toBeNull();
    expect(cipher.encryptNullable(undefined, ctx)).toBeNull();
    expect(cipher.decryptNullable(null, ctx)).toBeNull();
    expect(cipher.decryptNullable(cipher.encryptNullable('x', ctx), ctx)).toBe('x');
    const aliases = { aliases: ['Jo', 'Ioana P.'], born: '1999-04-02' };
    const buf = cipher.encryptJson(aliases, ctx);
    expect(cipher.decryptJson(buf, ctx)).toEqual(aliases);
    const typed = cipher.decryptJson(buf, ctx, z.object({ aliases: z.array(z.string()), born: z.string() }));
    expect(typed.aliases[1]).toBe('Ioana P.');
    expect(() => cipher.encryptJson(undefined, ctx)).toThrow(TypeError);
  });

  it('rotates: old values stay readable, new values use the newest key', () => {
    const old = cipher.encrypt(PLAIN, ctx);
    const both = new FieldCipher([k1, k2]);
    expect(both.currentKeyVersion).toBe(2);
    expect(both.keyVersions).toEqual([1, 2]);
    expect(both.keyVersionOf(old)).toBe(1);
    expect(both.needsRotation(old)).toBe(true);
    const fresh = both.reencrypt(old, ctx);
    expect(keyVersionOf(fresh)).toBe(2);
    expect(both.needsRotation(fresh)).toBe(false);
    expect(both.decrypt(fresh, ctx)).toBe(PLAIN);
    // The key list may come in any order; the highest version encrypts.
    expect(new FieldCipher([k2, k1]).encrypt(PLAIN, ctx)[1]).toBe(2);
  });

  it('validates the key list', () => {
    expect(() => new FieldCipher([])).toThrow(/at least one/);
    expect(() => new FieldCipher([{ version: 1, key: randomBytes(16) }])).toThrow(/32 bytes/);
    expect(() => new FieldCipher([k1, { ...k2, version: 1 }])).toThrow(/twice/);
    expect(() => new FieldCipher([{ version: 256, key: randomBytes(32) }])).toThrow(/1–255/);
  });

  it('round-trips any well-formed Unicode string and refuses lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.uuid(), (text, row) => {
        const c = { ...ctx, row };
        if (/\p{Surrogate}/u.test(text)) {
          expect(() => cipher.encrypt(text, c)).toThrow(TypeError);
        } else {
          expect(cipher.decrypt(cipher.encrypt(text, c), c)).toBe(text);
        }
      }),
    );
    expect(() => cipher.encrypt('ab\uD800', ctx)).toThrow(TypeError);
  });
});

describe('encryptedBytea', () => {
  const t = pgTable('probe', { v: encryptedBytea() });

  it('is bytea in SQL and a Buffer from either driver', () => {
    expect(t.v.getSQLType()).toBe('bytea');
    const fromPglite = t.v.mapFromDriverValue(new Uint8Array([1, 2, 3]));
    expect(Buffer.isBuffer(fromPglite)).toBe(true);
    expect([...(fromPglite as Buffer)]).toEqual([1, 2, 3]);
    const fromPg = Buffer.from([4, 5]);
    expect(t.v.mapFromDriverValue(fromPg)).toBe(fromPg);
  });
});
