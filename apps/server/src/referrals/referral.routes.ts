import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ReferralCreateSchema, ReferralRespondSchema, ReferralSchema, ReferralWithdrawSchema, RoutingProposalSchema } from '@keten/shared';
import { userOf } from '../victim-files/victim-file.repo.ts';
import { findReferrals, getReferral, proposalsFor, respondToReferral, sendReferral, withdrawReferral } from './referral.service.ts';

const IdParams = z.object({ id: z.uuid() });

export const referralRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const crypto = () => app.deps.crypto;

  app.get(
    '/api/referrals',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['referrals'],
        summary: 'Referrals my organisation sent or received (status, organisations, timestamps)',
        querystring: z.object({ direction: z.enum(['incoming', 'outgoing', 'all']).default('all') }),
        response: { 200: z.object({ data: z.array(ReferralSchema) }) },
      },
    },
    async (req) => ({ data: await findReferrals(db(), userOf(req.ctx).organisationId, req.query.direction) }),
  );

  app.get(
    '/api/referrals/proposals',
    {
      config: { permission: 'referral.send' },
      schema: {
        tags: ['referrals'],
        summary: 'Recipients the routing rules propose for a signal or a victim file',
        querystring: z.object({ sourceType: z.enum(['signal', 'victim_file']), sourceId: z.uuid() }),
        response: { 200: z.object({ data: z.array(RoutingProposalSchema) }) },
      },
    },
    async (req) => ({ data: await db().transaction((tx) => proposalsFor(tx, req.ctx, crypto(), { type: req.query.sourceType, id: req.query.sourceId })) }),
  );

  app.post(
    '/api/referrals',
    {
      config: { permission: 'referral.send' },
      schema: { tags: ['referrals'], summary: 'Refer a signal or a victim file to an organisation (consent gate; urgent notifies on-call)', body: ReferralCreateSchema, response: { 201: ReferralSchema } },
    },
    async (req, reply) => {
      const result = await db().transaction((tx) => sendReferral(tx, req.ctx, { crypto: crypto(), jobs: app.deps.jobs, config: app.deps.config }, req.body));
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/referrals/:id',
    { config: { permission: 'authenticated' }, schema: { tags: ['referrals'], summary: 'One referral of my organisation', params: IdParams, response: { 200: ReferralSchema } } },
    async (req) => db().transaction((tx) => getReferral(tx, req.ctx, req.params.id)),
  );

  app.post(
    '/api/referrals/:id/respond',
    {
      config: { permission: 'referral.respond' },
      schema: { tags: ['referrals'], summary: 'Accept (grants access) or decline (with a reason) a referral', params: IdParams, body: ReferralRespondSchema, response: { 200: ReferralSchema } },
    },
    async (req) => db().transaction((tx) => respondToReferral(tx, req.ctx, crypto(), req.params.id, req.body)),
  );

  app.post(
    '/api/referrals/:id/withdraw',
    {
      config: { permission: 'referral.send' },
      schema: { tags: ['referrals'], summary: 'Withdraw a referral (access it gave ends at once)', params: IdParams, body: ReferralWithdrawSchema, response: { 200: ReferralSchema } },
    },
    async (req) => db().transaction((tx) => withdrawReferral(tx, req.ctx, req.params.id, req.body)),
  );
};
