import { eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DirectoryEntrySchema, DirectoryQuerySchema, OnCallContactInputSchema, OnCallContactSchema, OnCallContactUpdateSchema, UiLanguageSchema } from '@keten/shared';
import type { Actor, RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { actorCapabilities } from '../http/auth-plugin.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { auditChanges, editDiff } from '../knowledge/edit-diff.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { findDirectory, getDirectoryEntry, getOnCallContact, presentOnCall, type DirectoryAudience } from './directory.repo.ts';
import { onCallContacts } from './on-call-contact.schema.ts';

const audienceOf = (actor: Actor): DirectoryAudience => (actor.kind === 'user' ? 'professional' : 'public');

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

async function createOnCall(tx: Tx, ctx: RequestContext, organisationId: string, input: z.output<typeof OnCallContactInputSchema>) {
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

async function updateOnCall(tx: Tx, ctx: RequestContext, id: string, input: z.output<typeof OnCallContactUpdateSchema>) {
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

async function deleteOnCall(tx: Tx, ctx: RequestContext, id: string): Promise<void> {
  const row = await getOnCallContact(tx, id, { forUpdate: true });
  if (!mayEditOnCall(ctx.actor, row.organisationId)) {
    throw forbidden('Only the organisation’s administrator or the coordination bureau keeps on-call contacts');
  }
  await tx.delete(onCallContacts).where(eq(onCallContacts.id, id));
  await recordAudit(tx, ctx, { action: 'on_call_contact.deleted', recordType: 'on_call_contact', recordId: id, details: { onCallContactId: id, organisationId: row.organisationId } });
}

/**
 * The coordination directory. Public visitors see the help organisations (centres, Guardianship
 * Service, Benelux contact points, Myria, NGOs) with their public contact data; logged-in
 * professionals see every organisation of the chain and the on-call contacts.
 */
export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/directory',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'Organisations with their public contact data (on-call contacts for logged-in users)',
        querystring: DirectoryQuerySchema,
        response: { 200: z.object({ data: z.array(DirectoryEntrySchema), page: z.object({ total: z.int() }) }) },
      },
    },
    async (req) => {
      const { lang, type, ...filter } = req.query;
      const data = await findDirectory(db(), audienceOf(req.actor), lang, { ...filter, types: type ? [type] : undefined });
      return { data, page: { total: data.length } };
    },
  );

  app.get(
    '/api/directory/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['directory'],
        summary: 'One organisation of the directory',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ lang: UiLanguageSchema.default('nl') }),
        response: { 200: DirectoryEntrySchema },
      },
    },
    async (req) => getDirectoryEntry(db(), audienceOf(req.actor), req.query.lang, req.params.id),
  );

  app.post(
    '/api/directory/:id/on-call',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['directory'],
        summary: 'Add an on-call contact (the organisation’s administrator or the coordination bureau)',
        params: z.object({ id: z.uuid() }),
        body: OnCallContactInputSchema,
        response: { 201: OnCallContactSchema },
      },
    },
    async (req, reply) => {
      const created = await db().transaction((tx) => createOnCall(tx, req.ctx, req.params.id, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/on-call-contacts/:id',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['directory'], summary: 'Edit an on-call contact (optimistic locking)', params: z.object({ id: z.uuid() }), body: OnCallContactUpdateSchema, response: { 200: OnCallContactSchema } },
    },
    async (req) => db().transaction((tx) => updateOnCall(tx, req.ctx, req.params.id, req.body)),
  );

  app.delete(
    '/api/on-call-contacts/:id',
    { config: { permission: 'authenticated' }, schema: { tags: ['directory'], summary: 'Remove an on-call contact', params: z.object({ id: z.uuid() }), response: { 204: z.null() } } },
    async (req, reply) => {
      await db().transaction((tx) => deleteOnCall(tx, req.ctx, req.params.id));
      return reply.status(204).send(null);
    },
  );
};
