import { eq, sql } from 'drizzle-orm';
import type { OnCallContactInputSchema, OnCallContactUpdateSchema } from '@keten/shared';
import type { z } from 'zod';
import type { Actor, RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { actorCapabilities } from '../http/auth-plugin.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { auditChanges, editDiff } from '../knowledge/edit-diff.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { getOnCallContact, presentOnCall } from './directory.repo.ts';
import { onCallContacts } from './on-call-contact.schema.ts';

/** An organisation's own administrator keeps its on-call lines; the coordination bureau may edit all. */
function mayEditOnCall(actor: Actor, organisationId: string): boolean {
  if (actor.kind !== 'user') {
    return false;
  }
  const caps = actorCapabilities(actor);
  return caps.includes('knowledge.edit') || (caps.includes('org.settings.manage') && actor.organisationId === organisationId);
}

async function loadOrganisation(tx: Tx, id: string): Promise<{ id: string }> {
  const [row] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!row) {
    throw notFound('No such organisation');
  }
  return row;
}

export async function createOnCall(tx: Tx, ctx: RequestContext, organisationId: string, input: z.output<typeof OnCallContactInputSchema>) {
  await loadOrganisation(tx, organisationId);
  if (!mayEditOnCall(ctx.actor, organisationId)) {
    throw forbidden('Only the organisation’s administrator or the coordination bureau keeps on-call contacts');
  }
  const [row] = await tx.insert(onCallContacts).values({ ...input, organisationId }).returning();
  if (!row) {
    throw new Error('on-call insert returned nothing');
  }
  await recordAudit(tx, ctx, { action: 'on_call_contact.created', recordType: 'on_call_contact', recordId: row.id, details: { onCallContactId: row.id, organisationId } });
  return presentOnCall(row);
}

export async function updateOnCall(tx: Tx, ctx: RequestContext, id: string, input: z.output<typeof OnCallContactUpdateSchema>) {
  const before = await getOnCallContact(tx, id, { forUpdate: true });
  if (!mayEditOnCall(ctx.actor, before.organisationId)) {
    throw forbidden('Only the organisation’s administrator or the coordination bureau keeps on-call contacts');
  }
  if (before.version !== input.version) {
    throw conflict('The contact was changed by someone else; reload it', { currentVersion: before.version });
  }
  const { version: _version, ...fields } = input;
  const diff = editDiff(before, fields, ['judicialDistricts'], ['label', 'phone', 'email', 'hours']);
  if (Object.keys(diff.patch).length === 0) {
    return presentOnCall(before);
  }
  const [after] = await tx
    .update(onCallContacts)
    .set({ ...diff.patch, version: sql`${onCallContacts.version} + 1`, updatedAt: sql`now()` })
    .where(eq(onCallContacts.id, id))
    .returning();
  if (!after) {
    throw new Error('on-call update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'on_call_contact.updated',
    recordType: 'on_call_contact',
    recordId: id,
    details: { onCallContactId: id, organisationId: after.organisationId, ...auditChanges(diff, before.version, after.version) },
  });
  return presentOnCall(after);
}

export async function deleteOnCall(tx: Tx, ctx: RequestContext, id: string): Promise<void> {
  const row = await getOnCallContact(tx, id, { forUpdate: true });
  if (!mayEditOnCall(ctx.actor, row.organisationId)) {
    throw forbidden('Only the organisation’s administrator or the coordination bureau keeps on-call contacts');
  }
  await tx.delete(onCallContacts).where(eq(onCallContacts.id, id));
  await recordAudit(tx, ctx, { action: 'on_call_contact.deleted', recordType: 'on_call_contact', recordId: id, details: { onCallContactId: id, organisationId: row.organisationId } });
}
