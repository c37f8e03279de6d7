import { eq, inArray, sql } from 'drizzle-orm';
import type { ActionPlanProject, CreateProgressNote, ProgressNote, UpdateActionPlanProject } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Tx } from '../db/types.ts';
import { AppError, conflict, domainRule, forbidden, notFound } from '../http/errors.ts';
import { auditChanges, editDiff } from '../knowledge/edit-diff.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { actionPlanBodies, actionPlanBodyOrganisations, actionPlanProgressNotes, actionPlanProjectBodies, actionPlanProjects } from './action-plan.schema.ts';
import { projectActions, RESPONSIBLE_BODY_FIELDS } from './action-plan.policy.ts';
import { bodiesOfActor, findNotes, getProject, getProjectRow, projectBodyCodes } from './action-plan.repo.ts';

/** Loads the project for update, checks the version (stale → 409) and what the actor may do. */
async function loadForChange(tx: Tx, ctx: RequestContext, id: string, version: number) {
  const before = await getProjectRow(tx, id, { forUpdate: true });
  const bodyCodes = await projectBodyCodes(tx, id);
  const actions = projectActions(ctx.actor, bodyCodes, await bodiesOfActor(tx, ctx.actor));
  if (actions.length === 0) {
    throw forbidden('Only the coordination bureau and the project’s responsible bodies update a project');
  }
  if (before.version !== version) {
    throw conflict('The project was changed by someone else; reload it', { currentVersion: before.version });
  }
  return { before, bodyCodes, actions };
}

export async function updateProject(tx: Tx, ctx: RequestContext, id: string, input: UpdateActionPlanProject): Promise<ActionPlanProject> {
  const { before, bodyCodes, actions } = await loadForChange(tx, ctx, id, input.version);
  const { version: _version, bodies, ...fields } = input;
  if (!actions.includes('edit')) {
    const outside = [...Object.keys(fields).filter((k) => !(RESPONSIBLE_BODY_FIELDS as readonly string[]).includes(k)), ...(bodies ? ['bodies'] : [])];
    if (outside.length > 0) {
      throw new AppError('forbidden', `A responsible body may change ${RESPONSIBLE_BODY_FIELDS.join(' and ')} only`, { fields: outside });
    }
  }
  const startYear = fields.startYear ?? before.startYear;
  const endYear = fields.endYear ?? before.endYear;
  if (endYear < startYear) {
    throw domainRule('The timing ends before it starts', { field: 'endYear' });
  }
  const diff = editDiff(before, fields, ['status', 'startYear', 'endYear'], ['description', 'evidenceLinks']);
  const bodyChange = bodies !== undefined && JSON.stringify([...new Set(bodies)].sort()) !== JSON.stringify(bodyCodes);
  if (bodyChange && bodies) {
    const known = await tx.select({ code: actionPlanBodies.code }).from(actionPlanBodies).where(inArray(actionPlanBodies.code, bodies));
    if (known.length !== new Set(bodies).size) {
      throw domainRule('Unknown responsible body', { field: 'bodies' });
    }
    await tx.delete(actionPlanProjectBodies).where(eq(actionPlanProjectBodies.projectId, id));
    if (bodies.length > 0) {
      await tx.insert(actionPlanProjectBodies).values([...new Set(bodies)].map((bodyCode) => ({ projectId: id, bodyCode })));
    }
    diff.changes.bodies = { before: bodyCodes, after: [...new Set(bodies)].sort() };
  }
  if (Object.keys(diff.patch).length === 0 && !bodyChange) {
    return getProject(tx, ctx.actor, id);
  }
  const [after] = await tx
    .update(actionPlanProjects)
    .set({ ...diff.patch, version: sql`${actionPlanProjects.version} + 1`, updatedAt: sql`now()` })
    .where(eq(actionPlanProjects.id, id))
    .returning({ version: actionPlanProjects.version });
  if (!after) {
    throw new Error('project update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'action_plan_project.updated',
    recordType: 'action_plan_project',
    recordId: id,
    details: { projectId: id, ...auditChanges(diff, before.version, after.version) },
  });
  return getProject(tx, ctx.actor, id);
}

/**
 * A progress note by the bureau or a responsible body, optionally with a new status and an
 * evidence link. The note is part of the project's history, so it bumps the version: an editor
 * holding an older copy gets 409 and reloads.
 */
export async function addProgressNote(tx: Tx, ctx: RequestContext, id: string, input: CreateProgressNote): Promise<{ note: ProgressNote; project: ActionPlanProject }> {
  const { before } = await loadForChange(tx, ctx, id, input.version);
  if (ctx.actor.kind !== 'user') {
    throw forbidden('Only people write progress notes');
  }
  const [note] = await tx
    .insert(actionPlanProgressNotes)
    .values({
      projectId: id,
      noteDate: input.noteDate,
      text: input.text,
      statusAfter: input.status ?? null,
      organisationId: ctx.actor.organisationId,
      authorId: ctx.actor.userId,
    })
    .returning({ id: actionPlanProgressNotes.id });
  if (!note) {
    throw new Error('note insert returned nothing');
  }
  const statusChange = input.status !== undefined && input.status !== before.status;
  const [after] = await tx
    .update(actionPlanProjects)
    .set({
      ...(statusChange ? { status: input.status } : {}),
      ...(input.evidenceLink ? { evidenceLinks: [...before.evidenceLinks, input.evidenceLink] } : {}),
      version: sql`${actionPlanProjects.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(actionPlanProjects.id, id))
    .returning({ version: actionPlanProjects.version });
  if (!after) {
    throw new Error('project update returned nothing');
  }
  await recordAudit(tx, ctx, {
    action: 'action_plan_project.note_added',
    recordType: 'action_plan_project',
    recordId: id,
    details: {
      projectId: id,
      noteId: note.id,
      changes: {
        version: { before: before.version, after: after.version },
        ...(statusChange && input.status ? { status: { before: before.status, after: input.status } } : {}),
      },
    },
  });
  const notes = await findNotes(tx, id);
  const created = notes.find((n) => n.id === note.id);
  if (!created) {
    throw new Error('note vanished inside its own transaction');
  }
  return { note: created, project: await getProject(tx, ctx.actor, id) };
}

/** Which Keten organisations act for a responsible body (the bureau decides). */
export async function linkBodyOrganisations(tx: Tx, ctx: RequestContext, bodyCode: string, organisationIds: readonly string[]): Promise<void> {
  const [body] = await tx.select({ code: actionPlanBodies.code }).from(actionPlanBodies).where(eq(actionPlanBodies.code, bodyCode)).for('update');
  if (!body) {
    throw notFound('No such responsible body');
  }
  const ids = [...new Set(organisationIds)].sort();
  if (ids.length > 0) {
    const found = await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, ids));
    if (found.length !== ids.length) {
      throw domainRule('Unknown organisation', { field: 'organisationIds' });
    }
  }
  await tx.delete(actionPlanBodyOrganisations).where(eq(actionPlanBodyOrganisations.bodyCode, bodyCode));
  if (ids.length > 0) {
    await tx.insert(actionPlanBodyOrganisations).values(ids.map((organisationId) => ({ bodyCode, organisationId })));
  }
  await recordAudit(tx, ctx, {
    action: 'action_plan_body.linked',
    recordType: 'action_plan_body',
    recordId: bodyCode,
    details: { bodyCode, organisationIds: ids },
  });
}
