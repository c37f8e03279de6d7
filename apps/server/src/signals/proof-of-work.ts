import { createHash, createHmac } from 'node:crypto';
import { safeEqual } from '../auth/tokens.ts';

/**
 * A small proof-of-work for the public report form, without third-party services: the server
 * hands out a signed, short-lived challenge; the browser finds a nonce such that
 * SHA-256(challenge + ":" + nonce) starts with `difficulty` zero bits (~1 s on a phone at 18
 * bits); the server checks it in microseconds. Stateless: the signature proves the challenge is
 * ours; a used challenge is refused by the caller's replay store.
 */
export const POW_DIFFICULTY_BITS = 16;
export const POW_VALIDITY_MS = 30 * 60_000;

export interface PowChallenge {
  challenge: string;
  difficulty: number;
  expiresAt: string;
}

export function issueChallenge(key: Buffer, difficulty = POW_DIFFICULTY_BITS, now = Date.now()): PowChallenge {
  const expires = now + POW_VALIDITY_MS;
  const body = `${expires}.${difficulty}.${createHash('sha256').update(String(Math.random()) + String(now)).digest('base64url').slice(0, 16)}`;
  const sig = createHmac('sha256', key).update(body).digest('base64url');
  return { challenge: `${body}.${sig}`, difficulty, expiresAt: new Date(expires).toISOString() };
}

export function leadingZeroBits(buf: Buffer): number {
  let bits = 0;
  for (const byte of buf) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

export type PowVerdict = 'ok' | 'bad_signature' | 'expired' | 'insufficient_work';

export function verifyProof(key: Buffer, challenge: string, nonce: string, now = Date.now()): PowVerdict {
  const parts = challenge.split('.');
  if (parts.length !== 4) {
    return 'bad_signature';
  }
  const [expires, difficulty, rand, sig] = parts as [string, string, string, string];
  const expected = createHmac('sha256', key).update(`${expires}.${difficulty}.${rand}`).digest('base64url');
  if (!safeEqual(sig, expected)) {
    return 'bad_signature';
  }
  if (Number(expires) < now) {
    return 'expired';
  }
  const hash = createHash('sha256').update(`${challenge}:${nonce}`).digest();
  return leadingZeroBits(hash) >= Number(difficulty) ? 'ok' : 'insufficient_work';
}

/** What the browser does (also used by tests): try nonces until the hash has enough zero bits. */
export function solveChallenge(challenge: string, difficulty: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest()) >= difficulty) {
      return nonce;
    }
  }
}
