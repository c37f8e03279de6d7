import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Config } from '../config/config.ts';
import type { Db, Executor } from '../db/types.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { userRoles, users } from '../users/user.schema.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import { sessions, type AuthMethod } from './session.schema.ts';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  language: string;
  organisationId: string;
  organisationName: string;
  organisationType: string;
  roles: Role[];
}

export interface ResolvedSession {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: SessionUser;
  actor: Extract<Actor, { kind: 'user' }>;
}

/** Don't write last_seen_at on every request: once a minute is precise enough for a 30 min idle timeout. */
const TOUCH_AFTER_MS = 60_000;

export async function loadSessionUser(db: Executor, userId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      language: users.language,
      status: users.status,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      organisationType: organisations.type,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!row || row.status !== 'active') {
    return null;
  }
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  const { status: _status, ...user } = row;
  return { ...user, roles: roles.map((r) => r.role) };
}

/**
 * Resolves a session cookie. A session is valid while not revoked, before its absolute expiry
 * and within the idle timeout, and only for an active user.
 */
export async function resolveSession(db: Db, token: string, cfg: Config['sessions']): Promise<ResolvedSession | null> {
  const now = Date.now();
  const [s] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date(now))));
  if (!s || now - s.lastSeenAt.getTime() > cfg.idleMinutes * 60_000) {
    return null;
  }
  const user = await loadSessionUser(db, s.userId);
  if (!user) {
    return null;
  }
  if (now - s.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, s.id));
  }
  return {
    id: s.id,
    csrfToken: s.csrfToken,
    expiresAt: s.expiresAt,
    lastSeenAt: s.lastSeenAt,
    user,
    actor: {
      kind: 'user',
      userId: user.id,
      organisationId: user.organisationId,
      organisationType: user.organisationType,
      roles: user.roles,
      sessionId: s.id,
    },
  };
}

export async function createSession(
  tx: Executor,
  input: { userId: string; method: AuthMethod; ip: string | null; userAgent: string | null },
  cfg: Config['sessions'],
): Promise<{ id: string; token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + cfg.absoluteHours * 3_600_000);
  const [row] = await tx
    .insert(sessions)
    .values({
      userId: input.userId,
      tokenHash: hashToken(token),
      csrfToken,
      authMethod: input.method,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  if (!row) {
    throw new Error('session insert returned nothing');
  }
  return { id: row.id, token, csrfToken, expiresAt };
}

export async function revokeSession(tx: Executor, sessionId: string, by: string | null): Promise<boolean> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function revokeAllSessionsOf(tx: Executor, userId: string, by: string | null): Promise<string[]> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

export async function findActiveSessions(db: Executor, userId: string, cfg: Config['sessions']) {
  const idleCut = new Date(Date.now() - cfg.idleMinutes * 60_000);
  return db
    .select({
      id: sessions.id,
      authMethod: sessions.authMethod,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, new Date()), gt(sessions.lastSeenAt, idleCut)),
    )
    .orderBy(desc(sessions.lastSeenAt));
}
