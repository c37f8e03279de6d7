import { hkdfSync } from 'node:crypto';
import type { Secrets } from '../lib/secrets.ts';
import { BlindIndexer } from './blind-index.ts';
import { FieldCipher } from './field-cipher.ts';

/** The crypto services built from the secrets once per process. */
export interface AppCrypto {
  cipher: FieldCipher;
  blindIndex: BlindIndexer;
  /** Keyed hashing of login identifiers and recovery codes (never reversible without the key). */
  hashKey: Buffer;
}

export function createAppCrypto(secrets: Secrets): AppCrypto {
  return {
    cipher: new FieldCipher(secrets.encryptionKeys),
    blindIndex: new BlindIndexer(secrets.blindIndexKey),
    hashKey: Buffer.from(hkdfSync('sha256', secrets.blindIndexKey, Buffer.alloc(0), 'keten:auth-hash:v1', 32)),
  };
}
