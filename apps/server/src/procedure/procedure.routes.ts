import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ConditionStatementSchema,
  ConfirmationAnswerSchema,
  ConfirmationRequestSchema,
  DocumentIssueSchema,
  DocumentRequestSchema,
  EndProcedureSchema,
  GuardianSchema,
  HandOutSchema,
  ProcedureRequestSchema,
  ProcedureStartSchema,
  TransitionSchema,
} from '@keten/shared';
import { userOf } from '../victim-files/victim-file.repo.ts';
import {
  answerConfirmation,
  endProcedure,
  findRequestsForMe,
  handOutDocument,
  issueDocument,
  recordGuardian,
  requestConfirmation,
  requestDocument,
  startProcedure,
  stateCondition,
  transitionProcedure,
} from './procedure.service.ts';

const IdParams = z.object({ id: z.uuid() });
const ProcedureState = z.object({ id: z.uuid(), phase: z.string(), status: z.string(), country: z.string(), configVersion: z.int(), version: z.int(), endReason: z.string().nullable() });
const state = (p: { id: string; phase: string; status: string; country: string; configVersion: number; version: number; endReason: string | null }) => ({
  id: p.id,
  phase: p.phase,
  status: p.status,
  country: p.country,
  configVersion: p.configVersion,
  version: p.version,
  endReason: p.endReason,
});

export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const crypto = () => app.deps.crypto;

  app.post(
    '/api/victim-files/:id/procedure',
    {
      config: { permission: 'record.write' },
      schema: { tags: ['procedure'], summary: 'Start the protection procedure on a configuration (BE or NL; its version is stored)', params: IdParams, body: ProcedureStartSchema, response: { 201: ProcedureState } },
    },
    async (req, reply) => reply.status(201).send(state(await db().transaction((tx) => startProcedure(tx, req.ctx, req.params.id, req.body)))),
  );

  app.post(
    '/api/victim-files/:id/procedure/transitions',
    {
      config: { permission: 'record.read' },
      schema: {
        tags: ['procedure'],
        summary: 'Move the procedure; only the organisation type the configuration names may (422 with the blocking rule)',
        params: IdParams,
        body: TransitionSchema,
        response: { 200: ProcedureState },
      },
    },
    async (req) => state(await db().transaction((tx) => transitionProcedure(tx, req.ctx, req.params.id, req.body))),
  );

  app.post(
    '/api/victim-files/:id/procedure/end',
    {
      config: { permission: 'record.write' },
      schema: { tags: ['procedure'], summary: 'End the procedure with a configured reason', params: IdParams, body: EndProcedureSchema, response: { 200: ProcedureState } },
    },
    async (req) => state(await db().transaction((tx) => endProcedure(tx, req.ctx, req.params.id, req.body))),
  );

  app.post(
    '/api/victim-files/:id/procedure/document-requests',
    {
      config: { permission: 'procedure.request_document' },
      schema: { tags: ['procedure'], summary: 'The centre requests the current phase’s document from the Immigration Office', params: IdParams, body: DocumentRequestSchema, response: { 201: ProcedureRequestSchema } },
    },
    async (req, reply) => reply.status(201).send(await db().transaction((tx) => requestDocument(tx, req.ctx, crypto(), req.params.id, req.body))),
  );

  app.post(
    '/api/victim-files/:id/procedure/confirmation-requests',
    {
      config: { permission: 'procedure.request_document' },
      schema: {
        tags: ['procedure'],
        summary: 'Ask the reference magistrate to confirm the person is still regarded as a victim (before a step that needs it)',
        params: IdParams,
        body: ConfirmationRequestSchema,
        response: { 201: ProcedureRequestSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await db().transaction((tx) => requestConfirmation(tx, req.ctx, crypto(), req.params.id, req.body))),
  );

  app.post(
    '/api/victim-files/:id/procedure/conditions',
    {
      config: { permission: 'record.read' },
      schema: { tags: ['procedure'], summary: 'A dated statement on a condition in force (a breach names its source)', params: IdParams, body: ConditionStatementSchema, response: { 201: z.object({ id: z.uuid() }) } },
    },
    async (req, reply) => reply.status(201).send(await db().transaction((tx) => stateCondition(tx, req.ctx, req.params.id, req.body))),
  );

  app.post(
    '/api/victim-files/:id/procedure/guardian',
    {
      config: { permission: 'procedure.record_guardian' },
      schema: { tags: ['procedure'], summary: 'The Guardianship Service records the guardian of a minor', params: IdParams, body: GuardianSchema, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await db().transaction((tx) => recordGuardian(tx, req.ctx, crypto(), req.params.id, req.body));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/procedure/requests',
    {
      config: { permission: 'record.read' },
      schema: {
        tags: ['procedure'],
        summary: 'Requests addressed to my organisation (documents to issue, confirmations, hand-outs)',
        querystring: z.object({ status: z.enum(['open', 'done', 'all']).default('open') }),
        response: { 200: z.object({ data: z.array(ProcedureRequestSchema) }) },
      },
    },
    async (req) => ({ data: await findRequestsForMe(db(), crypto(), userOf(req.ctx).organisationId, req.query.status) }),
  );

  app.post(
    '/api/procedure/requests/:id/issue',
    {
      config: { permission: 'procedure.issue_document' },
      schema: {
        tags: ['procedure'],
        summary: 'The Immigration Office records the issued document (issue date, number, expiry)',
        params: IdParams,
        body: DocumentIssueSchema.extend({ handOutOrganisationId: z.uuid().optional() }),
        response: { 200: ProcedureRequestSchema },
      },
    },
    async (req) => db().transaction((tx) => issueDocument(tx, req.ctx, crypto(), req.params.id, req.body)),
  );

  app.post(
    '/api/procedure/requests/:id/confirm',
    {
      config: { permission: 'procedure.confirm_victim' },
      schema: { tags: ['procedure'], summary: 'The reference magistrate confirms (or not) the person is still regarded as a victim', params: IdParams, body: ConfirmationAnswerSchema, response: { 200: ProcedureRequestSchema } },
    },
    async (req) => db().transaction((tx) => answerConfirmation(tx, req.ctx, crypto(), req.params.id, req.body)),
  );

  app.post(
    '/api/procedure/requests/:id/hand-out',
    {
      config: { permission: 'procedure.hand_out_document' },
      schema: { tags: ['procedure'], summary: 'The municipality marks the document handed out', params: IdParams, body: HandOutSchema, response: { 200: ProcedureRequestSchema } },
    },
    async (req) => db().transaction((tx) => handOutDocument(tx, req.ctx, crypto(), req.params.id, req.body)),
  );
};
