import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TaskDoneSchema, TaskSchema } from '@keten/shared';
import { userOf } from '../victim-files/victim-file.repo.ts';
import { findTasks, setTaskDone } from './task.service.ts';

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/api/tasks',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['tasks'],
        summary: 'Deadlines of my organisation (mine = assigned to me or to nobody); overdue ones flagged',
        querystring: z.object({ mine: z.enum(['true', 'false']).default('false'), status: z.enum(['open', 'done']).default('open') }),
        response: { 200: z.object({ data: z.array(TaskSchema) }) },
      },
    },
    async (req) => {
      const me = userOf(req.ctx);
      return { data: await findTasks(db(), { organisationId: me.organisationId, userId: me.userId, mine: req.query.mine === 'true', status: req.query.status }) };
    },
  );

  app.get(
    '/api/tasks/calendar',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['tasks'],
        summary: 'Calendar feed of my organisation’s deadlines between two dates',
        querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
        response: { 200: z.object({ data: z.array(TaskSchema.extend({ date: z.iso.date() })) }) },
      },
    },
    async (req) => {
      const me = userOf(req.ctx);
      const tasks = await findTasks(db(), {
        organisationId: me.organisationId,
        userId: me.userId,
        mine: false,
        from: new Date(`${req.query.from}T00:00:00Z`),
        to: new Date(`${req.query.to}T23:59:59.999Z`),
      });
      return { data: tasks.map((t) => ({ ...t, date: t.dueAt.slice(0, 10) })) };
    },
  );

  app.post(
    '/api/tasks/:id/done',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['tasks'],
        summary: 'Mark a deadline done (`done: true`) or reopen it (`done: false`): the assignee, or the coordinator of the organisation',
        params: z.object({ id: z.uuid() }),
        body: TaskDoneSchema,
        response: { 200: TaskSchema },
      },
    },
    async (req) => db().transaction((tx) => setTaskDone(tx, req.ctx, req.params.id, req.body.done)),
  );
};
