import { eq, inArray } from 'drizzle-orm';
import type { Config } from '../config/config.ts';
import type { Executor } from '../db/types.ts';
import { loginThrottle } from './session.schema.ts';

export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number; locked: boolean };

/** Progressive delay: after `delayAfter` failures, each attempt waits 2^(n−delayAfter) s, at most 60 s. */
export function delayMs(failures: number, cfg: Config['login']): number {
  if (failures < cfg.delayAfter) {
    return 0;
  }
  return Math.min(1000 * 2 ** (failures - cfg.delayAfter), 60_000);
}

/**
 * Decides whether an attempt may proceed for all of its keys (the account's and the IP's). The
 * same verdict for a known and an unknown account, so throttling tells nothing about existence.
 */
export async function checkThrottle(db: Executor, keys: string[], cfg: Config['login'], now = Date.now()): Promise<ThrottleVerdict> {
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
  let wait = 0;
  let locked = false;
  for (const r of rows) {
    if (r.lockedUntil && r.lockedUntil.getTime() > now) {
      wait = Math.max(wait, r.lockedUntil.getTime() - now);
      locked = true;
      continue;
    }
    if (r.lockedUntil) {
      continue; // an expired lock: the next failure starts a fresh count
    }
    const next = r.lastFailureAt.getTime() + (r.key.startsWith('ip:') ? 0 : delayMs(r.failures, cfg));
    if (next > now) {
      wait = Math.max(wait, next - now);
    }
  }
  return wait > 0 ? { blocked: true, retryAfterSeconds: Math.ceil(wait / 1000), locked } : { blocked: false };
}

export async function recordFailure(tx: Executor, key: string, cfg: Config['login'], now = Date.now()): Promise<void> {
  const isIp = key.startsWith('ip:');
  const limit = isIp ? cfg.ipLockAfter : cfg.lockAfter;
  const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
  const fresh = !row || (row.lockedUntil !== null && row.lockedUntil.getTime() <= now);
  const failures = fresh ? 1 : row.failures + 1;
  const lockedUntil = failures >= limit ? new Date(now + cfg.lockMinutes * 60_000) : null;
  await tx
    .insert(loginThrottle)
    .values({ key, failures, lastFailureAt: new Date(now), lockedUntil })
    .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, lastFailureAt: new Date(now), lockedUntil } });
}

export async function clearThrottle(tx: Executor, key: string): Promise<void> {
  await tx.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
