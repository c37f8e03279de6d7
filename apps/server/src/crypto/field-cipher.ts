import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { customType } from 'drizzle-orm/pg-core';
import type { ZodType } from 'zod';
import type { EncryptionKey } from '../lib/secrets.ts';

/**
 * Encryption of identity and contact fields (access model: ID and CT) at rest.
 *
 * Layout of one stored value (bytea):
 *
 *   [1 byte format version = 1][1 byte key version][12 bytes IV][ciphertext][16 bytes GCM tag]
 *
 * AES-256-GCM with a random 96-bit IV per value. With random IVs NIST SP 800-38D limits one key
 * to 2^32 encryptions; Keten stays far below that, and key rotation resets the count anyway.
 *
 * The associated data is `${table}:${row}:${column}`: a ciphertext copied into another row or
 * another column (for example a victim's name pasted into a record the attacker may read) does
 * not authenticate there. The header bytes are not part of the AAD, but they need not be: a
 * changed key-version byte selects another key (the tag then fails) and a changed format byte is
 * refused before any key is used.
 */

export const FORMAT_VERSION = 1;
const HEADER_LENGTH = 2;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const KEY_LENGTH = 32;
/** The smallest valid value: header, IV and tag around an empty plaintext. */
export const MIN_CIPHERTEXT_LENGTH = HEADER_LENGTH + IV_LENGTH + TAG_LENGTH;

/** Where a value lives; bound into the ciphertext as associated data. */
export interface FieldContext {
  /** The SQL table name, e.g. `victim_identities`. */
  table: string;
  /**
   * The row's primary key exactly as PostgreSQL prints it (`id::text`; for uuid: lower-case with
   * dashes). Key rotation rebuilds the context from `id::text`, so another spelling would not
   * decrypt there.
   */
  row: string;
  /** The SQL column name, e.g. `family_name`. */
  column: string;
}

export type DecryptionFailure =
  | 'too_short'
  | 'unknown_format_version'
  | 'unknown_key_version'
  | 'authentication_failed'
  | 'invalid_utf8'
  | 'invalid_json';

const FAILURE_TEXT: Record<DecryptionFailure, string> = {
  too_short: 'the value is too short to be an encrypted field',
  unknown_format_version: 'unknown format version',
  unknown_key_version: 'encrypted with a key version that is not loaded',
  authentication_failed:
    'authentication failed (tampered value, wrong key, or copied from another row or column)',
  invalid_utf8: 'the decrypted bytes are not valid UTF-8',
  invalid_json: 'the decrypted text is not valid JSON or does not match the expected shape',
};

/**
 * A value could not be decrypted. The message names where the value lives and why it failed, and
 * never the value: error messages end up in logs, and logs must not hold victims' identities.
 */
export class DecryptionError extends Error {
  override readonly name = 'DecryptionError';

  constructor(
    readonly reason: DecryptionFailure,
    readonly context: FieldContext,
    readonly keyVersion: number | null = null,
  ) {
    super(
      `Cannot decrypt ${context.table}.${context.column} of row ${context.row}: ${FAILURE_TEXT[reason]}` +
        (keyVersion === null ? '' : ` (key version ${keyVersion})`),
    );
  }
}

/** bytea comes back as Uint8Array from PGlite and as Buffer from node-postgres. */
export function toBuffer(value: Buffer | Uint8Array): Buffer {
  // Copy rather than view: PGlite's arrays may sit on memory the WASM side reuses.
  return Buffer.isBuffer(value) ? value : Buffer.from(value);
}

/** Table and column names become part of the AAD; a ':' in them would make it ambiguous. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function associatedData(ctx: FieldContext): Buffer {
  if (!IDENTIFIER.test(ctx.table) || !IDENTIFIER.test(ctx.column)) {
    throw new TypeError(
      `Encryption context needs SQL identifiers for table and column (got ${ctx.table}.${ctx.column})`,
    );
  }
  if (ctx.row.length === 0) {
    throw new TypeError('Encryption context needs the row id');
  }
  return Buffer.from(`${ctx.table}:${ctx.row}:${ctx.column}`, 'utf8');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** In a `u` regex a paired surrogate is one code point, so only unpaired halves match. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export class FieldCipher {
  private readonly keys = new Map<number, Buffer>();
  readonly currentKeyVersion: number;

  /** @param keys oldest first, as `Secrets.encryptionKeys`; the highest version encrypts. */
  constructor(keys: readonly EncryptionKey[]) {
    if (keys.length === 0) {
      throw new Error('FieldCipher needs at least one encryption key');
    }
    let current = 0;
    for (const { version, key } of keys) {
      if (!Number.isInteger(version) || version < 1 || version > 255) {
        throw new Error(`Encryption key version must be an integer 1–255 (got ${version})`);
      }
      if (key.length !== KEY_LENGTH) {
        throw new Error(`Encryption key version ${version} must be ${KEY_LENGTH} bytes`);
      }
      if (this.keys.has(version)) {
        throw new Error(`Encryption key version ${version} is listed twice`);
      }
      // A private copy, so a caller zeroing or reusing its buffer cannot change our key.
      this.keys.set(version, Buffer.from(key));
      current = Math.max(current, version);
    }
    this.currentKeyVersion = current;
  }

  static fromSecrets(secrets: { encryptionKeys: readonly EncryptionKey[] }): FieldCipher {
    return new FieldCipher(secrets.encryptionKeys);
  }

  /** The key versions this cipher can decrypt, ascending. */
  get keyVersions(): number[] {
    return [...this.keys.keys()].sort((a, b) => a - b);
  }

  encrypt(plaintext: string, ctx: FieldContext): Buffer {
    // A lone surrogate would silently become U+FFFD in UTF-8: refuse rather than store a
    // different value than the one we were given.
    if (LONE_SURROGATE.test(plaintext)) {
      throw new TypeError(
        `Refusing to encrypt ${ctx.table}.${ctx.column}: the text contains an unpaired surrogate`,
      );
    }
    const aad = associatedData(ctx);
    const key = this.keys.get(this.currentKeyVersion);
    if (!key) {
      throw new Error('The current encryption key is missing');
    }
    const iv = randomBytes(IV_LENGTH);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
    cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const header = Buffer.from([FORMAT_VERSION, this.currentKeyVersion]);
    return Buffer.concat([header, iv, body, cipher.getAuthTag()]);
  }

  decrypt(value: Buffer | Uint8Array, ctx: FieldContext): string {
    const buf = toBuffer(value);
    const aad = associatedData(ctx);
    if (buf.length < MIN_CIPHERTEXT_LENGTH) {
      throw new DecryptionError('too_short', ctx);
    }
    if (buf[0] !== FORMAT_VERSION) {
      throw new DecryptionError('unknown_format_version', ctx);
    }
    const keyVersion = buf[1] ?? 0;
    const key = this.keys.get(keyVersion);
    if (!key) {
      throw new DecryptionError('unknown_key_version', ctx, keyVersion);
    }
    const iv = buf.subarray(HEADER_LENGTH, HEADER_LENGTH + IV_LENGTH);
    const body = buf.subarray(HEADER_LENGTH + IV_LENGTH, buf.length - TAG_LENGTH);
    const tag = buf.subarray(buf.length - TAG_LENGTH);
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      plain = Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      // OpenSSL's message ("Unsupported state or unable to authenticate data") says nothing
      // useful; ours says where. Nothing is lost by not chaining it.
      throw new DecryptionError('authentication_failed', ctx, keyVersion);
    }
    try {
      return utf8.decode(plain);
    } catch {
      throw new DecryptionError('invalid_utf8', ctx, keyVersion);
    }
  }

  encryptNullable(plaintext: string | null | undefined, ctx: FieldContext): Buffer | null {
    return plaintext === null || plaintext === undefined ? null : this.encrypt(plaintext, ctx);
  }

  decryptNullable(value: Buffer | Uint8Array | null | undefined, ctx: FieldContext): string | null {
    return value === null || value === undefined ? null : this.decrypt(value, ctx);
  }

  /** For structured personal data (aliases, addresses): JSON text, encrypted like a string. */
  encryptJson(value: unknown, ctx: FieldContext): Buffer {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) {
      throw new TypeError(`Cannot encrypt ${ctx.table}.${ctx.column}: the value has no JSON form`);
    }
    return this.encrypt(text, ctx);
  }

  /**
   * Decrypts JSON. With a zod schema the result is validated and typed; a mismatch is a
   * DecryptionError whose message does not repeat the value (zod's issues would).
   */
  decryptJson(value: Buffer | Uint8Array, ctx: FieldContext): unknown;
  decryptJson<T>(value: Buffer | Uint8Array, ctx: FieldContext, schema: ZodType<T>): T;
  decryptJson<T>(value: Buffer | Uint8Array, ctx: FieldContext, schema?: ZodType<T>): unknown {
    const text = this.decrypt(value, ctx);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new DecryptionError('invalid_json', ctx, keyVersionOf(value));
    }
    if (!schema) {
      return parsed;
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      throw new DecryptionError('invalid_json', ctx, keyVersionOf(value));
    }
    return result.data;
  }

  /** Decrypts with whichever key wrote the value and encrypts again with the current key. */
  reencrypt(value: Buffer | Uint8Array, ctx: FieldContext): Buffer {
    return this.encrypt(this.decrypt(value, ctx), ctx);
  }

  keyVersionOf(value: Buffer | Uint8Array): number {
    return keyVersionOf(value);
  }

  /** True when the value was written with an older (or unknown) key than the current one. */
  needsRotation(value: Buffer | Uint8Array): boolean {
    return keyVersionOf(value) !== this.currentKeyVersion;
  }
}

/** The key version byte of a stored value, without decrypting it. */
export function keyVersionOf(value: Buffer | Uint8Array): number {
  if (value.length < HEADER_LENGTH || value[0] !== FORMAT_VERSION) {
    throw new TypeError('Not an encrypted field value (format version 1)');
  }
  return value[1] ?? 0;
}

/**
 * The column type for an encrypted field in a drizzle schema file: `bytea` in SQL, `Buffer` in
 * TypeScript on both drivers (PGlite hands back Uint8Array, node-postgres Buffer). The column holds
 * ciphertext only; encrypt in the repository, with the row id in the context.
 *
 *   familyName: encryptedBytea().notNull(),
 */
export const encryptedBytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  toDriver(value) {
    return value;
  },
  fromDriver(value) {
    return toBuffer(value);
  },
});
