import { desc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignCaseworkerSchema,
  LawyerConsentSchema,
  NoteCreateSchema,
  VictimFileCreateSchema,
  VictimFileSearchQuerySchema,
  VictimFileSearchResponseSchema,
  VictimFileUpdateSchema,
} from '@keten/shared';
import { inScope, relationshipsTo } from '../access/scope.ts';
import { victimFiles } from './victim-file.schema.ts';
import { PRINTABLES, printable, recordLawyerConsent } from './victim-file.pdf.ts';
import { searchVictimFiles } from './victim-file.search.ts';
import { addNote, assignCaseworker, fileTimeline, openFileFromTriage, updateVictimFile, viewVictimFile } from './victim-file.service.ts';

const IdParams = z.object({ id: z.uuid() });
export const PresentedSchema = z.object({ data: z.record(z.string(), z.unknown()), sections: z.array(z.string()), relationship: z.string(), actions: z.array(z.string()) });

export const victimFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const crypto = () => app.deps.crypto;

  app.get(
    '/api/victim-files',
    {
      config: { permission: 'record.read' },
      schema: {
        tags: ['victim-files'],
        summary: 'Victim files my organisation may open (reference and status only: no personal data, not audited)',
        response: {
          200: z.object({
            data: z.array(z.object({ id: z.uuid(), reference: z.string(), status: z.string(), relationship: z.string(), caseworkerUserId: z.uuid().nullable(), createdAt: z.iso.datetime() })),
          }),
        },
      },
    },
    async (req) => {
      const rows = await db()
        .select({ id: victimFiles.id, reference: victimFiles.reference, status: victimFiles.status, caseworkerUserId: victimFiles.caseworkerUserId, createdAt: victimFiles.createdAt })
        .from(victimFiles)
        .where(inScope(req.actor, 'victim_file', victimFiles.id))
        .orderBy(desc(victimFiles.createdAt))
        .limit(200);
      const rel = await relationshipsTo(db(), req.actor, 'victim_file', rows.map((r) => r.id));
      return { data: rows.map((r) => ({ ...r, relationship: rel.get(r.id) ?? 'none', createdAt: r.createdAt.toISOString() })) };
    },
  );

  app.get(
    '/api/victim-files/search',
    {
      config: { permission: 'record.read' },
      schema: {
        tags: ['victim-files'],
        summary: 'Find files in my scope by name (typo-tolerant) or document number (exact); audited with the ids found',
        querystring: VictimFileSearchQuerySchema,
        response: { 200: VictimFileSearchResponseSchema },
      },
    },
    async (req) => ({ data: await db().transaction((tx) => searchVictimFiles(tx, req.ctx, crypto(), req.query.q)) }),
  );

  app.post(
    '/api/victim-files',
    {
      config: { permission: 'record.write' },
      schema: { tags: ['victim-files'], summary: 'Open the victim file of a signal my centre accepted in triage', body: VictimFileCreateSchema, response: { 201: z.object({ id: z.uuid(), reference: z.string() }) } },
    },
    async (req, reply) => reply.status(201).send(await db().transaction((tx) => openFileFromTriage(tx, req.ctx, crypto(), req.body.signalId))),
  );

  app.get(
    '/api/victim-files/:id',
    { config: { permission: 'record.read' }, schema: { tags: ['victim-files'], summary: 'One victim file, cut to the sections the viewer may see (audited)', params: IdParams, response: { 200: PresentedSchema } } },
    async (req) => db().transaction((tx) => viewVictimFile(tx, req.ctx, crypto(), req.params.id)),
  );

  app.patch(
    '/api/victim-files/:id',
    {
      config: { permission: 'record.write' },
      schema: { tags: ['victim-files'], summary: 'Edit identity, contact, support plan, status (optimistic locking: 409 with the current values)', params: IdParams, body: VictimFileUpdateSchema, response: { 200: PresentedSchema } },
    },
    async (req) => db().transaction((tx) => updateVictimFile(tx, req.ctx, crypto(), req.params.id, req.body)),
  );

  app.post(
    '/api/victim-files/:id/assign',
    {
      config: { permission: 'record.assign' },
      schema: { tags: ['victim-files'], summary: 'Assign a caseworker of the owning centre', params: IdParams, body: AssignCaseworkerSchema, response: { 200: z.object({ version: z.int() }) } },
    },
    async (req) => db().transaction((tx) => assignCaseworker(tx, req.ctx, crypto(), req.params.id, req.body)),
  );

  app.post(
    '/api/victim-files/:id/notes',
    {
      config: { permission: 'record.write' },
      schema: { tags: ['victim-files'], summary: 'Add a dated note in a section (PS notes stay in the centre)', params: IdParams, body: NoteCreateSchema, response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (req, reply) => reply.status(201).send(await db().transaction((tx) => addNote(tx, req.ctx, crypto(), req.params.id, req.body))),
  );

  app.get(
    '/api/victim-files/:id/timeline',
    {
      config: { permission: 'record.read' },
      schema: {
        tags: ['victim-files'],
        summary: 'Everything that happened to the file (audit and procedure events; owner only)',
        params: IdParams,
        response: { 200: z.object({ data: z.array(z.object({ at: z.string(), kind: z.string(), code: z.string(), organisationId: z.string().nullable() })) }) },
      },
    },
    async (req) => ({ data: await db().transaction((tx) => fileTimeline(tx, req.ctx, req.params.id)) }),
  );


  app.post(
    '/api/victim-files/:id/lawyer-consent',
    {
      config: { permission: 'record.write' },
      schema: {
        tags: ['victim-files'],
        summary: 'Record which sections the person agreed to share with their lawyer',
        params: IdParams,
        body: LawyerConsentSchema.extend({ version: z.int().min(1) }),
        response: { 200: z.object({ version: z.int() }) },
      },
    },
    async (req) => db().transaction((tx) => recordLawyerConsent(tx, req.ctx, req.params.id, req.body)),
  );

  app.get(
    '/api/victim-files/:id/printables/:kind',
    {
      config: { permission: 'record.read' },
      schema: {
        tags: ['victim-files'],
        summary: 'A printable PDF (request to the Immigration Office, confirmation request, lawyer summary) in the recipient’s language; audited',
        params: IdParams.extend({ kind: z.enum(PRINTABLES) }),
        querystring: z.object({ lang: z.enum(['nl', 'fr', 'de', 'en']).optional() }),
      },
    },
    async (req, reply) => {
      const pdf = await db().transaction((tx) => printable(tx, req.ctx, crypto(), req.params.id, req.params.kind, req.query.lang));
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${req.params.kind}.pdf"`).send(pdf);
    },
  );
};
