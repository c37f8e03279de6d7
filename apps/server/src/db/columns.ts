// The encrypted column type lives with the cipher; schema files import it from here or there.
export { encryptedBytea } from '../crypto/field-cipher.ts';
