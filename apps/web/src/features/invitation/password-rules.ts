import type { PasswordProblemCode } from '@keten/shared';

/**
 * The length the server requires of a new password (apps/server/src/auth/password.ts, NIST SP
 * 800-63B). Only the length and the e-mail rule can be checked while typing; the lists of common
 * and context words stay on the server, which answers 422 with the problem.
 */
export const PASSWORD_MIN_LENGTH = 12;

/** Length in characters as the server counts them (code points: an emoji is one). */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) {
    count += 1;
  }
  return count;
}

export interface PasswordCheck {
  longEnough: boolean;
  avoidsEmail: boolean;
}

export function checkPasswordWhileTyping(password: string, email: string): PasswordCheck {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  return {
    longEnough: characterCount(password) >= PASSWORD_MIN_LENGTH,
    avoidsEmail: local.length < 4 || !password.toLowerCase().includes(local),
  };
}

/** The first problem the browser can already see, as the server would name it. */
export function localPasswordProblem(password: string, email: string): PasswordProblemCode | null {
  const check = checkPasswordWhileTyping(password, email);
  if (!check.longEnough) {
    return 'too_short';
  }
  return check.avoidsEmail ? null : 'contains_email';
}
