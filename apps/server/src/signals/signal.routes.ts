import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PublicReportSchema,
  SIGNAL_DECISIONS,
  SignalDecisionSchema,
  SignalDraftSchema,
  SignalSubmissionSchema,
} from '@keten/shared';
import { recordAccess } from '../access/access.schema.ts';
import { relationshipsTo } from '../access/scope.ts';
import { recordAudit, recordRead } from '../audit/audit.service.ts';
import { AppError } from '../http/errors.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { CatalogueDefinitionSchema, currentVersionOf, findCurrentCatalogues, getCatalogueVersion } from './catalogue.repo.ts';
import { indicatorCatalogues, signalDrafts, signalQuestions, signals, spentChallenges } from './signal.schema.ts';
import { loadDirectoryContacts } from './directory.ts';
import { issueChallenge, verifyProof } from './proof-of-work.ts';
import { decideSignal, loadSignalInScope, presentSignal, submitPublicReport, submitSignal, toView, viewSignal } from './signal.service.ts';

const Presented = z.object({ data: z.record(z.string(), z.unknown()), sections: z.array(z.string()), relationship: z.string(), actions: z.array(z.string()) });
const IdParams = z.object({ id: z.uuid() });

export const signalRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const crypto = () => app.deps.crypto;

  // --- catalogues (public: the guide and the public form show them too) -----------------------
  app.get(
    '/api/catalogues',
    { config: { permission: 'public' }, schema: { tags: ['signals'], summary: 'The current version of every indicator list', response: { 200: z.object({ data: z.array(z.record(z.string(), z.unknown())) }) } } },
    async () => ({ data: (await findCurrentCatalogues(db())) as unknown as Record<string, unknown>[] }),
  );

  app.get(
    '/api/catalogues/:key/versions/:version',
    {
      config: { permission: 'public' },
      schema: { tags: ['signals'], summary: 'One version of an indicator list (old signals keep theirs)', params: z.object({ key: z.string().max(60), version: z.coerce.number().int().min(1).max(2_147_483_647) }) },
    },
    async (req) => {
      const def = await getCatalogueVersion(db(), req.params.key, req.params.version);
      if (!def) {
        throw new AppError('not_found', 'No such list version');
      }
      return def;
    },
  );

  app.post(
    '/api/catalogues',
    {
      config: { permission: 'catalogue.edit' },
      schema: { tags: ['signals'], summary: 'Publish a new version of an indicator list', body: CatalogueDefinitionSchema, response: { 201: z.object({ key: z.string(), version: z.number() }) } },
    },
    async (req, reply) => {
      const def = req.body;
      const result = await db().transaction(async (tx) => {
        const current = await currentVersionOf(tx, def.key);
        const expected = (current ?? 0) + 1;
        if (def.version !== expected) {
          throw new AppError('conflict', 'Publish the next version number', { reason: 'version_sequence', expected });
        }
        await tx.insert(indicatorCatalogues).values({ key: def.key, version: def.version, definition: def, createdBy: req.actor.kind === 'user' ? req.actor.userId : null });
        await recordAudit(tx, req.ctx, {
          action: 'catalogue.published',
          recordType: 'indicator_catalogue',
          details: { key: def.key, version: def.version, indicators: def.indicators.length },
        });
        return { key: def.key, version: def.version };
      });
      return reply.status(201).send(result);
    },
  );

  // --- what the wizard needs for live guidance ------------------------------------------------
  app.get(
    '/api/signals/guidance-context',
    { config: { permission: 'signal.create' }, schema: { tags: ['signals'], summary: 'Indicator lists and directory contacts for the live guidance' } },
    async () => ({ catalogues: await findCurrentCatalogues(db()), directory: await loadDirectoryContacts(db()) }),
  );

  // --- submission -----------------------------------------------------------------------------
  app.post(
    '/api/signals',
    {
      config: { permission: 'signal.create', rateLimit: { max: app.deps.config.signals.ratePerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['signals'],
        summary: 'Submit a signal (idempotent on the client-generated id)',
        body: SignalSubmissionSchema,
        response: { 201: z.object({ id: z.uuid(), reference: z.string(), kind: z.string() }), 200: z.object({ id: z.uuid(), reference: z.string(), kind: z.string() }) },
      },
    },
    async (req, reply) => {
      const result = await db().transaction((tx) => submitSignal(tx, req.ctx, crypto(), req.body));
      return reply.status(result.created ? 201 : 200).send({ id: result.id, reference: result.reference, kind: result.kind });
    },
  );

  app.get(
    '/api/signals/mine',
    {
      config: { permission: 'signal.create' },
      schema: {
        tags: ['signals'],
        summary: 'Signals made by my organisation: reference and status',
        response: { 200: z.object({ data: z.array(z.object({ id: z.uuid(), reference: z.string(), kind: z.string(), status: z.string(), createdAt: z.iso.datetime(), mine: z.boolean() })) }) },
      },
    },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      const rows = await db()
        .select({ id: signals.id, reference: signals.reference, kind: signals.kind, status: signals.status, createdAt: signals.createdAt, reporter: signals.reporterUserId })
        .from(signals)
        .where(eq(signals.reportingOrganisationId, actor.organisationId))
        .orderBy(desc(signals.createdAt))
        .limit(200);
      return { data: rows.map((r) => ({ id: r.id, reference: r.reference, kind: r.kind, status: r.status, createdAt: r.createdAt.toISOString(), mine: r.reporter === actor.userId })) };
    },
  );

  app.get(
    '/api/signals/:id',
    { config: { permission: 'authenticated' }, schema: { tags: ['signals'], summary: 'One signal, cut to the sections the viewer may see (audited)', params: IdParams, response: { 200: Presented } } },
    async (req) => db().transaction((tx) => viewSignal(tx, req.ctx, crypto(), req.params.id)),
  );

  // --- triage ---------------------------------------------------------------------------------
  app.get(
    '/api/triage',
    {
      config: { permission: 'signal.triage' },
      schema: {
        tags: ['signals'],
        summary: 'Incoming signals and public reports routed to my organisation',
        querystring: z.object({
          status: z.enum(['open', 'decided', 'all']).default('open'),
          kind: z.enum(['professional', 'anonymous', 'public_report']).optional(),
          district: z.string().max(40).optional(),
          sort: z.enum(['newest', 'oldest', 'urgent']).default('urgent'),
        }),
        response: { 200: z.object({ data: z.array(Presented), page: z.object({ total: z.number() }) }) },
      },
    },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      return db().transaction(async (tx) => {
        const q = req.query;
        const statusCond =
          q.status === 'open' ? inArray(signals.status, ['received', 'in_triage']) : q.status === 'decided' ? inArray(signals.status, ['referred', 'accepted', 'closed']) : sql`true`;
        const rows = await tx
          .select()
          .from(signals)
          .where(
            and(
              // Scope: signals routed to my organisation for triage (a referred grant).
              sql`${signals.id} IN (SELECT ${recordAccess.recordId} FROM ${recordAccess} WHERE ${recordAccess.recordType} = 'signal' AND ${recordAccess.organisationId} = ${actor.organisationId} AND ${recordAccess.relationship} = 'referred' AND ${recordAccess.revokedAt} IS NULL)`,
              statusCond,
              q.kind ? eq(signals.kind, q.kind) : sql`true`,
              q.district ? eq(signals.judicialDistrict, q.district) : sql`true`,
            ),
          )
          .orderBy(
            ...(q.sort === 'urgent' ? [desc(signals.immediateDanger), sql`(${signals.minor} <> 'no') DESC`, desc(signals.createdAt)] : q.sort === 'oldest' ? [signals.createdAt] : [desc(signals.createdAt)]),
          )
          .limit(200);
        const relationships = await relationshipsTo(tx, req.actor, 'signal', rows.map((r) => r.id));
        const data = [];
        for (const row of rows) {
          data.push(presentSignal(await toView(tx, crypto(), row), req.ctx, relationships.get(row.id) ?? 'none'));
        }
        await recordRead(tx, req.ctx, { action: 'record.searched', recordType: 'signal', recordIds: rows.map((r) => r.id), sections: ['ID'], details: { searchedFields: ['status', 'kind', 'district'] } });
        return { data, page: { total: data.length } };
      });
    },
  );

  app.post(
    '/api/signals/:id/decision',
    {
      config: { permission: 'signal.triage' },
      schema: { tags: ['signals'], summary: `Triage decision: ${SIGNAL_DECISIONS.join(', ')}`, params: IdParams, body: SignalDecisionSchema, response: { 200: z.object({ status: z.string(), version: z.number() }) } },
    },
    async (req) => {
      const updated = await db().transaction((tx) => decideSignal(tx, req.ctx, req.params.id, req.body));
      return { status: updated.status, version: updated.version };
    },
  );

  app.get(
    '/api/signals/:id/questions',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['signals'], summary: 'Questions between triage and the reporter', params: IdParams, response: { 200: z.object({ data: z.array(z.object({ id: z.uuid(), question: z.string(), answer: z.string().nullable(), createdAt: z.iso.datetime(), answeredAt: z.iso.datetime().nullable() })) }) } },
    },
    async (req) =>
      db().transaction(async (tx) => {
        await loadSignalInScope(tx, req.ctx, req.params.id);
        const rows = await tx.select().from(signalQuestions).where(eq(signalQuestions.signalId, req.params.id)).orderBy(signalQuestions.createdAt);
        const c = crypto().cipher;
        return {
          data: rows.map((q) => ({
            id: q.id,
            question: c.decrypt(q.question, { table: 'signal_questions', row: q.id, column: 'question' }),
            answer: c.decryptNullable(q.answer, { table: 'signal_questions', row: q.id, column: 'answer' }),
            createdAt: q.createdAt.toISOString(),
            answeredAt: q.answeredAt?.toISOString() ?? null,
          })),
        };
      }),
  );

  app.post(
    '/api/signals/:id/questions',
    { config: { permission: 'signal.triage' }, schema: { tags: ['signals'], summary: 'Ask the reporter a question', params: IdParams, body: z.object({ question: z.string().trim().min(3).max(2000) }), response: { 201: z.object({ id: z.uuid() }) } } },
    async (req, reply) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      const id = await db().transaction(async (tx) => {
        const { row, relationship } = await loadSignalInScope(tx, req.ctx, req.params.id);
        if (relationship !== 'referred' || !row.reporterUserId || !row.reportingOrganisationId) {
          throw new AppError('domain_rule', 'There is no reporter to ask on this signal', { reason: 'no_reporter' });
        }
        const qid = randomUUID();
        await tx.insert(signalQuestions).values({
          id: qid,
          signalId: row.id,
          askedByUserId: actor.userId,
          askedByOrganisationId: actor.organisationId,
          question: crypto().cipher.encrypt(req.body.question, { table: 'signal_questions', row: qid, column: 'question' }),
        });
        await tx.insert(notifications).values({ organisationId: row.reportingOrganisationId, userId: row.reporterUserId, kind: 'signal.question', payload: { signalId: row.id, reference: row.reference, questionId: qid } });
        await recordAudit(tx, req.ctx, { action: 'signal.question_asked', recordType: 'signal', recordId: row.id, details: { questionId: qid } });
        return qid;
      });
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/signals/:id/questions/:questionId/answer',
    {
      config: { permission: 'signal.create' },
      schema: { tags: ['signals'], summary: 'The reporter answers a question', params: IdParams.extend({ questionId: z.uuid() }), body: z.object({ answer: z.string().trim().min(1).max(4000) }), response: { 204: z.null() } },
    },
    async (req, reply) => {
      await db().transaction(async (tx) => {
        const { row, relationship } = await loadSignalInScope(tx, req.ctx, req.params.id);
        if (relationship !== 'owner' || req.actor.kind !== 'user' || row.reporterUserId !== req.actor.userId) {
          throw new AppError('not_found', 'No such question');
        }
        const qid = req.params.questionId;
        const updated = await tx
          .update(signalQuestions)
          .set({ answer: crypto().cipher.encrypt(req.body.answer, { table: 'signal_questions', row: qid, column: 'answer' }), answeredAt: sql`now()`, answeredByUserId: req.actor.userId })
          .where(and(eq(signalQuestions.id, qid), eq(signalQuestions.signalId, row.id)))
          .returning({ id: signalQuestions.id, org: signalQuestions.askedByOrganisationId });
        const q = updated[0];
        if (!q) {
          throw new AppError('not_found', 'No such question');
        }
        await tx.insert(notifications).values({ organisationId: q.org, kind: 'signal.answer', payload: { signalId: row.id, reference: row.reference, questionId: qid } });
        await recordAudit(tx, req.ctx, { action: 'signal.question_answered', recordType: 'signal', recordId: row.id, details: { questionId: qid } });
      });
      return reply.status(204).send(null);
    },
  );

  // --- drafts (saved as the user types; owned by the user only) -------------------------------
  const draftCtx = (id: string) => ({ table: 'signal_drafts', row: id, column: 'data' });
  app.put(
    '/api/signal-drafts/:id',
    {
      config: { permission: 'signal.create', rateLimit: { max: 600, timeWindow: '1 minute' } },
      schema: { tags: ['signals'], summary: 'Save a wizard draft (autosave)', params: IdParams, body: SignalDraftSchema, response: { 200: z.object({ id: z.uuid(), updatedAt: z.iso.datetime() }) } },
    },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      const json = JSON.stringify(req.body.data);
      if (json.length > 256 * 1024) {
        throw new AppError('payload_too_large', 'The draft is too large');
      }
      return db().transaction(async (tx) => {
        const [existing] = await tx.select({ userId: signalDrafts.userId }).from(signalDrafts).where(eq(signalDrafts.id, req.params.id));
        if (existing && existing.userId !== actor.userId) {
          throw new AppError('not_found', 'No such draft');
        }
        const [submitted] = await tx.select({ id: signals.id }).from(signals).where(eq(signals.id, req.params.id));
        if (submitted) {
          throw new AppError('conflict', 'This signal was already submitted', { reason: 'already_submitted' });
        }
        const data = crypto().cipher.encrypt(json, draftCtx(req.params.id));
        const now = new Date();
        await tx
          .insert(signalDrafts)
          .values({ id: req.params.id, userId: actor.userId, organisationId: actor.organisationId, data, step: req.body.step ?? null, updatedAt: now })
          .onConflictDoUpdate({ target: signalDrafts.id, set: { data, step: req.body.step ?? null, updatedAt: now, remindedAt: null } });
        return { id: req.params.id, updatedAt: now.toISOString() };
      });
    },
  );

  app.get(
    '/api/signal-drafts',
    {
      config: { permission: 'signal.create' },
      schema: { tags: ['signals'], summary: 'My drafts', response: { 200: z.object({ data: z.array(z.object({ id: z.uuid(), step: z.string().nullable(), updatedAt: z.iso.datetime() })) }) } },
    },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      const rows = await db().select({ id: signalDrafts.id, step: signalDrafts.step, updatedAt: signalDrafts.updatedAt }).from(signalDrafts).where(eq(signalDrafts.userId, actor.userId)).orderBy(desc(signalDrafts.updatedAt));
      return { data: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })) };
    },
  );

  app.get(
    '/api/signal-drafts/:id',
    { config: { permission: 'signal.create' }, schema: { tags: ['signals'], summary: 'One of my drafts', params: IdParams, response: { 200: z.object({ id: z.uuid(), step: z.string().nullable(), data: z.record(z.string(), z.unknown()), updatedAt: z.iso.datetime() }) } } },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      const [row] = await db().select().from(signalDrafts).where(and(eq(signalDrafts.id, req.params.id), eq(signalDrafts.userId, actor.userId)));
      if (!row) {
        throw new AppError('not_found', 'No such draft');
      }
      return { id: row.id, step: row.step, data: JSON.parse(crypto().cipher.decrypt(row.data, draftCtx(row.id))) as Record<string, unknown>, updatedAt: row.updatedAt.toISOString() };
    },
  );

  app.delete(
    '/api/signal-drafts/:id',
    { config: { permission: 'signal.create' }, schema: { tags: ['signals'], summary: 'Discard one of my drafts', params: IdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = req.actor;
      if (actor.kind !== 'user') {
        throw new AppError('forbidden', 'people only');
      }
      await db().transaction(async (tx) => {
        const gone = await tx.delete(signalDrafts).where(and(eq(signalDrafts.id, req.params.id), eq(signalDrafts.userId, actor.userId))).returning({ id: signalDrafts.id });
        if (gone.length === 0) {
          throw new AppError('not_found', 'No such draft');
        }
        await recordAudit(tx, req.ctx, { action: 'signal_draft.deleted', recordType: 'signal_draft', recordId: req.params.id, details: { draftId: req.params.id, cause: 'by_user' } });
      });
      return reply.status(204).send(null);
    },
  );

  // --- the public report form (no login) ------------------------------------------------------
  app.get(
    '/api/public/report-challenge',
    {
      config: { permission: 'public', rateLimit: { max: 30, timeWindow: '1 hour' } },
      schema: { tags: ['public'], summary: 'A proof-of-work challenge for the public report form', response: { 200: z.object({ challenge: z.string(), difficulty: z.number(), expiresAt: z.string() }) } },
    },
    async () => issueChallenge(app.deps.crypto.hashKey, app.deps.config.publicReports.powBits),
  );

  app.post(
    '/api/public/reports',
    {
      config: { permission: 'public', rateLimit: { max: app.deps.config.publicReports.perHour, timeWindow: '1 hour' } },
      schema: { tags: ['public'], summary: 'Report a possible case of trafficking (anonymously or with contact details)', body: PublicReportSchema, response: { 202: z.object({ reference: z.string().nullable() }) } },
    },
    async (req, reply) => {
      const body = req.body;
      // Honeypot filled in: a robot. Answer like a success so it learns nothing; store nothing.
      if (body.website) {
        return reply.status(202).send({ reference: null });
      }
      const verdict = verifyProof(app.deps.crypto.hashKey, body.proof.challenge, body.proof.nonce);
      if (verdict !== 'ok') {
        throw new AppError('domain_rule', 'The form check failed; reload the page and try again', { reason: `proof_${verdict}` });
      }
      const result = await db().transaction(async (tx) => {
        const challengeHash = createHash('sha256').update(body.proof.challenge).digest('base64url');
        await tx.delete(spentChallenges).where(lt(spentChallenges.expiresAt, new Date()));
        const spent = await tx.insert(spentChallenges).values({ challengeHash, expiresAt: new Date(Date.now() + 60 * 60_000) }).onConflictDoNothing().returning({ h: spentChallenges.challengeHash });
        if (spent.length === 0) {
          throw new AppError('domain_rule', 'The form check was already used; reload the page', { reason: 'proof_reused' });
        }
        return submitPublicReport(tx, req.ctx, crypto(), body);
      });
      return reply.status(202).send({ reference: result.reference });
    },
  );
};
