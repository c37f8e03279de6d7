import { eq, sql } from 'drizzle-orm';
import type { CreateOrganisationSchema, JudicialDistrict, Organisation, Region, UpdateOrganisation } from '@keten/shared';
import type { z } from 'zod';
import type { RequestContext } from '../access/actor.ts';
import type { AdminScope } from '../admin/admin-scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { conflict } from '../http/errors.ts';
import { getOrganisation, type OrganisationRow } from './organisation.repo.ts';
import { organisations } from './organisation.schema.ts';

export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    shortName: row.shortName,
    country: row.country,
    regionCode: row.regionCode as Region | null,
    judicialDistrict: row.judicialDistrict as JudicialDistrict | null,
    servesDistricts: row.servesDistricts as JudicialDistrict[],
    workingLanguages: row.workingLanguages,
    emailDomains: row.emailDomains,
    publicContact: row.publicContact,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Removes duplicates and keeps a stable order, so that a diff shows real changes only. */
const uniq = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs)];

export async function createOrganisation(tx: Tx, ctx: RequestContext, input: z.output<typeof CreateOrganisationSchema>): Promise<Organisation> {
  const [row] = await tx
    .insert(organisations)
    .values({
      ...input,
      servesDistricts: uniq(input.servesDistricts),
      workingLanguages: uniq(input.workingLanguages),
      emailDomains: uniq(input.emailDomains),
    })
    .returning();
  if (!row) {
    throw new Error('organisation insert returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'organisation.created',
    recordType: 'organisation',
    recordId: row.id,
    details: { organisationId: row.id, type: row.type },
  });
  return presentOrganisation(row);
}

/**
 * Fields whose values are lowercase codes are recorded before/after in the audit; the others by
 * field name only (the audit schema accepts no free text, and ISO codes are upper case).
 */
const CODE_FIELDS = ['type', 'judicialDistrict', 'servesDistricts', 'workingLanguages'] as const;
const TEXT_FIELDS = ['name', 'shortName', 'country', 'regionCode', 'emailDomains', 'publicContact'] as const;

/** Optimistic locking: the editor sends the version it loaded; a stale version answers 409 with the current one. */
export async function updateOrganisation(tx: Tx, ctx: RequestContext, scope: AdminScope, id: string, input: UpdateOrganisation): Promise<Organisation> {
  const before = await getOrganisation(tx, scope, id, { forUpdate: true });
  if (before.version !== input.version) {
    throw conflict('The organisation was changed by someone else; reload it', { currentVersion: before.version });
  }
  const { version: _version, ...fields } = input;
  const patch: Partial<typeof organisations.$inferInsert> = {};
  const changes: Record<string, { before: string | string[] | number | null; after: string | string[] | number | null }> = {};
  const changedText: string[] = [];
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  for (const key of CODE_FIELDS) {
    const value = key === 'servesDistricts' || key === 'workingLanguages' ? (fields[key] ? uniq(fields[key]) : undefined) : fields[key];
    if (value !== undefined && !same(value, before[key])) {
      changes[key] = { before: before[key], after: value };
      Object.assign(patch, { [key]: value });
    }
  }
  for (const key of TEXT_FIELDS) {
    const value = key === 'emailDomains' ? (fields.emailDomains ? uniq(fields.emailDomains) : undefined) : fields[key];
    if (value !== undefined && !same(value, before[key])) {
      changedText.push(key);
      Object.assign(patch, { [key]: value });
    }
  }
  if (Object.keys(patch).length === 0) {
    return presentOrganisation(before);
  }
  const [after] = await tx
    .update(organisations)
    .set({ ...patch, version: sql`${organisations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(organisations.id, before.id))
    .returning();
  if (!after) {
    throw new Error('organisation update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'organisation.updated',
    recordType: 'organisation',
    recordId: after.id,
    details: {
      organisationId: after.id,
      changes: { ...changes, version: { before: before.version, after: after.version } },
      ...(changedText.length > 0 ? { fields: changedText } : {}),
    },
  });
  return presentOrganisation(after);
}
