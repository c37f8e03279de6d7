import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** NIST SP 800-63B: at least 12 characters here (8 is the floor), long passphrases allowed. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set<string>(dictionary['passwords-common'].map((p) => p.toLowerCase()));
/** Context-specific words (SP 800-63B 5.1.1.2): the service's own name and theme. */
const CONTEXT_WORDS = ['keten', 'mensenhandel', 'traite', 'menschenhandel', 'trafficking', 'password', 'wachtwoord', 'motdepasse', 'passwort'];

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'context' | 'repetitive' | 'contains_email';

/**
 * Checks a new password against NIST SP 800-63B: length, a bundled list of common and breached
 * passwords (zxcvbn-ts' common list, ~49k), context words, repetition. No composition rules.
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  // Length in code points, as SP 800-63B counts characters.
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) {
    return 'too_short';
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return 'too_long';
  }
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
  if (COMMON.has(lower) || (core.length >= 4 && COMMON.has(core) && core.length >= length - 4)) {
    return 'common';
  }
  const lettersOnly = lower.replace(/[^a-z]/g, '');
  if (CONTEXT_WORDS.some((w) => lettersOnly === w || (lettersOnly.startsWith(w) && lettersOnly.length <= w.length + 4))) {
    return 'context';
  }
  if (new Set(lower).size <= 2 || /^(.{1,4})\1+$/.test(lower) || isSequence(lower)) {
    return 'repetitive';
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) {
    return 'contains_email';
  }
  return null;
}

function isSequence(s: string): boolean {
  let asc = 0;
  let desc = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    asc += d === 1 ? 1 : 0;
    desc += d === -1 ? 1 : 0;
  }
  return asc >= s.length - 2 || desc >= s.length - 2;
}

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum), ~12 ms here. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('keten-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
