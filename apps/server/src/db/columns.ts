import { customType } from 'drizzle-orm/pg-core';

/**
 * A bytea column holding a FieldCipher ciphertext (AES-256-GCM, AAD table:row:column). PGlite
 * returns Uint8Array and node-postgres returns Buffer; both become Buffer here.
 */
export const encryptedBytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
});
