import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { Executor } from '../db/types.ts';
import { recoveryCodes, users } from '../users/user.schema.ts';
import { normaliseRecoveryCode } from './login.service.ts';
import { keyedHash } from './tokens.ts';
import { newTotpSecret, otpauthUri, qrDataUrl, verifyTotp } from './totp.ts';

export const RECOVERY_CODE_COUNT = 10;

export interface EnrolmentStart {
  /** The secret in base32, for typing into an authenticator by hand. */
  manualKey: string;
  otpauthUri: string;
  qrDataUrl: string;
}

const totpCtx = (userId: string) => ({ table: 'users', row: userId, column: 'totp_secret' });

/**
 * Stores a new TOTP secret (encrypted) that is not yet active: `totp_enrolled_at` stays null until
 * the person proves with a code that their authenticator has it.
 */
export async function startTotpEnrolment(tx: Executor, cipher: FieldCipher, user: { id: string; email: string }): Promise<EnrolmentStart> {
  const secret = newTotpSecret();
  await tx
    .update(users)
    .set({ totpSecret: cipher.encrypt(secret, totpCtx(user.id)), totpEnrolledAt: null, totpLastStep: null, updatedAt: sql`now()` })
    .where(eq(users.id, user.id));
  const uri = otpauthUri(secret, user.email);
  return { manualKey: secret, otpauthUri: uri, qrDataUrl: await qrDataUrl(uri) };
}

/** Confirms enrolment with a first code and issues fresh one-time recovery codes (shown once). */
export async function confirmTotpEnrolment(
  tx: Executor,
  cipher: FieldCipher,
  hashKey: Buffer,
  userId: string,
  code: string,
): Promise<{ recoveryCodes: string[] } | null> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user?.totpSecret) {
    return null;
  }
  const secret = cipher.decrypt(user.totpSecret, totpCtx(userId));
  const step = await verifyTotp(secret, code.replace(/\s/g, ''), user.totpLastStep);
  if (step === null) {
    return null;
  }
  await tx.update(users).set({ totpEnrolledAt: sql`now()`, totpLastStep: step, updatedAt: sql`now()` }).where(eq(users.id, userId));
  return { recoveryCodes: await issueRecoveryCodes(tx, hashKey, userId) };
}

export async function issueRecoveryCodes(tx: Executor, hashKey: Buffer, userId: string): Promise<string[]> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomBytes(8).toString('hex').slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: keyedHash(hashKey, normaliseRecoveryCode(c)) })));
  return codes;
}
