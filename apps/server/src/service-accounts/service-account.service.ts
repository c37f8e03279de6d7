import { and, eq, isNull, sql } from 'drizzle-orm';
import { SERVICE_CAPABILITIES, type ServiceAccount, type ServiceCapability } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import type { AdminScope } from '../admin/admin-scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { domainRule, notFound } from '../http/errors.ts';
import { getOrganisation } from '../organisations/organisation.repo.ts';
import { issueApiToken } from './api-token.service.ts';
import type { ApiTokenListRow, ServiceAccountRow } from './service-account.repo.ts';
import { getServiceAccount } from './service-account.repo.ts';
import { apiTokens, serviceAccounts } from './service-account.schema.ts';

/** API tokens live at most two years: machine credentials must be rotated. */
const MAX_TOKEN_DAYS = 730;

const actorUserId = (ctx: RequestContext): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

export function presentServiceAccount(row: ServiceAccountRow, tokens: readonly ApiTokenListRow[]): ServiceAccount {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    capabilities: row.capabilities,
    createdAt: row.createdAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    tokens: tokens.map((t) => ({
      id: t.id,
      prefix: t.prefix,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      expiresAt: t.expiresAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
  };
}

const isServiceCapability = (c: string): c is ServiceCapability => (SERVICE_CAPABILITIES as readonly string[]).includes(c);

/**
 * Machine accounts may only carry SERVICE_CAPABILITIES, none of which touches personal data: a
 * token that leaks from a monitoring system must never open a victim's file. Anything else → 422.
 */
export async function createServiceAccount(
  tx: Tx,
  ctx: RequestContext,
  scope: AdminScope,
  input: { organisationId: string; name: string; capabilities: string[] },
): Promise<ServiceAccount> {
  const org = await getOrganisation(tx, scope, input.organisationId);
  const refused = input.capabilities.filter((c) => !isServiceCapability(c));
  if (refused.length > 0) {
    throw domainRule('Service accounts can only hold service capabilities', {
      reason: 'capability_not_allowed',
      capabilities: refused,
      allowed: SERVICE_CAPABILITIES,
    });
  }
  const capabilities = [...new Set(input.capabilities.filter(isServiceCapability))].sort();
  const [row] = await tx
    .insert(serviceAccounts)
    .values({ organisationId: org.id, name: input.name, capabilities, createdBy: actorUserId(ctx) })
    .returning();
  if (!row) {
    throw new Error('service account insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'service_account.created',
    recordType: 'service_account',
    recordId: row.id,
    details: { serviceAccountId: row.id, organisationId: org.id, capabilities },
  });
  return presentServiceAccount(row, []);
}

/** Issues a token; its plain value is in the return value only (shown once, stored as SHA-256). */
export async function issueServiceToken(
  tx: Tx,
  ctx: RequestContext,
  scope: AdminScope,
  serviceAccountId: string,
  expiresAtIso: string | null,
): Promise<{ id: string; token: string; prefix: string; expiresAt: string | null }> {
  const account = await getServiceAccount(tx, scope, serviceAccountId, { forUpdate: true });
  if (account.disabledAt) {
    throw domainRule('The service account is disabled', { reason: 'service_account_disabled' });
  }
  const expiresAt = expiresAtIso === null ? null : new Date(expiresAtIso);
  if (expiresAt && (expiresAt.getTime() <= Date.now() || expiresAt.getTime() > Date.now() + MAX_TOKEN_DAYS * 86_400_000)) {
    throw domainRule(`A token expires in the future and within ${MAX_TOKEN_DAYS} days`, { reason: 'token_expiry' });
  }
  const issued = await issueApiToken(tx, { serviceAccountId: account.id, createdBy: actorUserId(ctx), expiresAt });
  await recordAudit(tx, ctx, {
    action: 'api_token.issued',
    recordType: 'api_token',
    recordId: issued.id,
    details: { serviceAccountId: account.id, tokenId: issued.id, expiresAt: expiresAt?.toISOString() ?? null },
  });
  return { ...issued, expiresAt: expiresAt?.toISOString() ?? null };
}

export async function revokeServiceToken(tx: Tx, ctx: RequestContext, scope: AdminScope, serviceAccountId: string, tokenId: string): Promise<void> {
  const account = await getServiceAccount(tx, scope, serviceAccountId);
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.serviceAccountId, account.id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) {
    throw notFound('No such active token');
  }
  await recordAudit(tx, ctx, {
    action: 'api_token.revoked',
    recordType: 'api_token',
    recordId: tokenId,
    details: { serviceAccountId: account.id, tokenId },
  });
}

/** Disabling stops every token at once (resolveApiToken checks the account) and revokes them for the record. */
export async function disableServiceAccount(tx: Tx, ctx: RequestContext, scope: AdminScope, serviceAccountId: string): Promise<void> {
  const account = await getServiceAccount(tx, scope, serviceAccountId, { forUpdate: true });
  if (account.disabledAt) {
    return;
  }
  await tx.update(serviceAccounts).set({ disabledAt: sql`now()` }).where(eq(serviceAccounts.id, account.id));
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.serviceAccountId, account.id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  await recordAudit(tx, ctx, {
    action: 'service_account.disabled',
    recordType: 'service_account',
    recordId: account.id,
    details: { serviceAccountId: account.id, revokedTokens: revoked.length },
  });
}
