import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActionPlanBodySchema,
  ActionPlanOverviewSchema,
  ActionPlanProjectSchema,
  ActionPlanQuerySchema,
  CreateProgressNoteSchema,
  LinkBodySchema,
  ProgressNoteSchema,
  UiLanguageSchema,
  UpdateActionPlanProjectSchema,
} from '@keten/shared';
import { buildProgressReport } from './action-plan-report.ts';
import { findBodies, findNotes, findProjects, getProject, planOverview } from './action-plan.repo.ts';
import { addProgressNote, linkBodyOrganisations, updateProject } from './action-plan.service.ts';

const IdParams = z.object({ id: z.uuid() });

/**
 * Follow-up of the national action plan: read by every logged-in professional; updated by the
 * coordination bureau (`knowledge.edit`) and, for their own projects, by the responsible bodies
 * (checked per project in the service, 403 otherwise). Changes use optimistic locking.
 */
export const actionPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/action-plan',
    { config: { permission: 'authenticated' }, schema: { tags: ['action-plan'], summary: 'The plan: chapters, responsible bodies, status counts', response: { 200: ActionPlanOverviewSchema } } },
    async () => planOverview(db()),
  );

  app.get(
    '/api/action-plan/projects',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['action-plan'],
        summary: 'Projects by chapter, responsible body or status; `overdue=true` for those past their timing',
        querystring: ActionPlanQuerySchema,
        response: { 200: z.object({ data: z.array(ActionPlanProjectSchema), page: z.object({ total: z.int() }) }) },
      },
    },
    async (req) => {
      const data = await findProjects(db(), req.actor, req.query);
      return { data, page: { total: data.length } };
    },
  );

  app.get(
    '/api/action-plan/projects/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['action-plan'],
        summary: 'One project with its progress notes',
        params: IdParams,
        response: { 200: z.object({ project: ActionPlanProjectSchema, notes: z.array(ProgressNoteSchema) }) },
      },
    },
    async (req) => ({ project: await getProject(db(), req.actor, req.params.id), notes: await findNotes(db(), req.params.id) }),
  );

  app.patch(
    '/api/action-plan/projects/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['action-plan'],
        summary: 'Change a project (bureau: everything; responsible body: status and evidence). Stale version → 409',
        params: IdParams,
        body: UpdateActionPlanProjectSchema,
        response: { 200: ActionPlanProjectSchema },
      },
    },
    async (req) => db().transaction((tx) => updateProject(tx, req.ctx, req.params.id, req.body)),
  );

  app.post(
    '/api/action-plan/projects/:id/notes',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['action-plan'],
        summary: 'Add a progress note (optionally with a new status). Stale version → 409',
        params: IdParams,
        body: CreateProgressNoteSchema,
        response: { 201: z.object({ note: ProgressNoteSchema, project: ActionPlanProjectSchema }) },
      },
    },
    async (req, reply) => {
      const result = await db().transaction((tx) => addProgressNote(tx, req.ctx, req.params.id, req.body));
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/action-plan/bodies',
    { config: { permission: 'authenticated' }, schema: { tags: ['action-plan'], summary: 'Responsible bodies and the organisations acting for them', response: { 200: z.object({ data: z.array(ActionPlanBodySchema) }) } } },
    async () => ({ data: await findBodies(db()) }),
  );

  app.put(
    '/api/action-plan/bodies/:code/organisations',
    {
      config: { permission: 'knowledge.edit' },
      schema: {
        tags: ['action-plan'],
        summary: 'Link organisations to a responsible body (their users update its projects)',
        params: z.object({ code: z.string().regex(/^[a-z0-9_]{1,60}$/) }),
        body: LinkBodySchema,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await db().transaction((tx) => linkBodyOrganisations(tx, req.ctx, req.params.code, req.body.organisationIds));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/action-plan/report.pdf',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['action-plan'],
        summary: 'Progress report for one year (PDF)',
        querystring: z.object({ year: z.coerce.number().int().min(2021).max(2100), lang: UiLanguageSchema.default('nl') }),
      },
    },
    async (req, reply) => {
      const pdf = await buildProgressReport(db(), req.actor, req.query.year, req.query.lang);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="action-plan-progress-${req.query.year}-${req.query.lang}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};
