import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import type { Db, Executor } from '../db/types.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import { apiTokens, serviceAccounts } from './service-account.schema.ts';

export const API_TOKEN_PREFIX = 'ktn_';

/** A service account's bearer token → its actor, or null when unknown, revoked, expired or disabled. */
export async function resolveApiToken(db: Db, token: string): Promise<Extract<Actor, { kind: 'service' }> | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) {
    return null;
  }
  const [row] = await db
    .select({ tokenId: apiTokens.id, organisationId: serviceAccounts.organisationId, capabilities: serviceAccounts.capabilities, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(serviceAccounts, eq(serviceAccounts.id, apiTokens.serviceAccountId))
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(token)),
        isNull(apiTokens.revokedAt),
        isNull(serviceAccounts.disabledAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, new Date())),
      ),
    );
  if (!row) {
    return null;
  }
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.tokenId));
  }
  return { kind: 'service', tokenId: row.tokenId, organisationId: row.organisationId, capabilities: row.capabilities };
}

/** Creates a token; the plain value is returned once and never stored. */
export async function issueApiToken(
  tx: Executor,
  input: { serviceAccountId: string; createdBy: string | null; expiresAt?: Date | null },
): Promise<{ id: string; token: string; prefix: string }> {
  const token = randomToken(API_TOKEN_PREFIX);
  const prefix = token.slice(0, API_TOKEN_PREFIX.length + 6);
  const [row] = await tx
    .insert(apiTokens)
    .values({ serviceAccountId: input.serviceAccountId, tokenHash: hashToken(token), prefix, createdBy: input.createdBy, expiresAt: input.expiresAt ?? null })
    .returning({ id: apiTokens.id });
  if (!row) {
    throw new Error('token insert returned nothing');
  }
  return { id: row.id, token, prefix };
}
