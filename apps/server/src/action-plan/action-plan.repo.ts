import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import {
  ACTION_PLAN_STATUSES,
  isProjectOverdue,
  OPEN_ACTION_PLAN_STATUSES,
  type ActionPlanBody,
  type ActionPlanProject,
  type ActionPlanStatus,
  type ProgressNote,
} from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { users } from '../users/user.schema.ts';
import { containsPattern } from '../documents/library.policy.ts';
import {
  actionPlanBodies,
  actionPlanBodyOrganisations,
  actionPlanProgressNotes,
  actionPlanProjectBodies,
  actionPlanProjects,
  actionPlans,
} from './action-plan.schema.ts';
import { projectActions } from './action-plan.policy.ts';

export type ProjectRow = typeof actionPlanProjects.$inferSelect;

export const CURRENT_PLAN = 'be-2021-2025';

export interface ProjectFilter {
  chapter?: number | undefined;
  body?: string | undefined;
  status?: ActionPlanStatus | undefined;
  overdue?: boolean | undefined;
  asOf?: number | undefined;
  q?: string | undefined;
}

/** The SQL form of `isProjectOverdue` (packages/shared/src/knowledge.ts); a test keeps them equal. */
function overdueSql(asOf: number): SQL {
  return sql`(${actionPlanProjects.status} IN (${sql.join(
    OPEN_ACTION_PLAN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )}) AND ${actionPlanProjects.endYear} < ${asOf} AND NOT (${actionPlanProjects.recurring} AND ${actionPlanProjects.status} = 'ongoing'))`;
}

export const thisYear = (): number => new Date().getUTCFullYear();

/** All bodies, with the organisations linked to each. */
export async function findBodies(db: Executor): Promise<ActionPlanBody[]> {
  const bodies = await db.select().from(actionPlanBodies).orderBy(asc(actionPlanBodies.code));
  const links = await db.select().from(actionPlanBodyOrganisations);
  return bodies.map((b) => ({
    code: b.code,
    name: b.name,
    organisationIds: links.filter((l) => l.bodyCode === b.code).map((l) => l.organisationId).sort(),
  }));
}

/** The bodies the actor's organisation acts for (their projects may be updated by the actor). */
export async function bodiesOfActor(db: Executor, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user') {
    return [];
  }
  const rows = await db
    .select({ code: actionPlanBodyOrganisations.bodyCode })
    .from(actionPlanBodyOrganisations)
    .where(eq(actionPlanBodyOrganisations.organisationId, actor.organisationId));
  return rows.map((r) => r.code);
}

async function bodiesOfProjects(db: Executor, projectIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (projectIds.length === 0) {
    return out;
  }
  const rows = await db
    .select()
    .from(actionPlanProjectBodies)
    .where(inArray(actionPlanProjectBodies.projectId, [...projectIds]))
    .orderBy(asc(actionPlanProjectBodies.bodyCode));
  for (const r of rows) {
    out.set(r.projectId, [...(out.get(r.projectId) ?? []), r.bodyCode]);
  }
  return out;
}

async function lastNotes(db: Executor, projectIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (projectIds.length === 0) {
    return out;
  }
  const rows = await db
    .select({ projectId: actionPlanProgressNotes.projectId, last: sql<string>`max(${actionPlanProgressNotes.noteDate})::text` })
    .from(actionPlanProgressNotes)
    .where(inArray(actionPlanProgressNotes.projectId, [...projectIds]))
    .groupBy(actionPlanProgressNotes.projectId);
  for (const r of rows) {
    out.set(r.projectId, r.last);
  }
  return out;
}

export interface ProjectContext {
  bodies: Map<string, ActionPlanBody>;
  actorBodies: readonly string[];
  asOf: number;
}

export async function projectContext(db: Executor, actor: Actor, asOf = thisYear()): Promise<ProjectContext> {
  const bodies = await findBodies(db);
  return { bodies: new Map(bodies.map((b) => [b.code, b])), actorBodies: await bodiesOfActor(db, actor), asOf };
}

export function presentProject(row: ProjectRow, bodyCodes: readonly string[], lastNoteAt: string | null, actor: Actor, ctx: ProjectContext): ActionPlanProject {
  return {
    id: row.id,
    plan: row.planCode,
    code: row.code,
    chapter: row.chapter,
    section: row.section,
    sectionTitle: row.sectionTitle,
    title: row.title,
    description: row.description,
    responsibleText: row.responsibleText,
    bodies: bodyCodes.map((c) => ctx.bodies.get(c)).filter((b): b is ActionPlanBody => b !== undefined),
    startYear: row.startYear,
    endYear: row.endYear,
    recurring: row.recurring,
    timingText: row.timingText,
    status: row.status,
    evidenceLinks: row.evidenceLinks,
    overdue: isProjectOverdue(row, ctx.asOf),
    lastNoteAt,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    actions: projectActions(actor, bodyCodes, ctx.actorBodies),
  };
}

export async function findProjects(db: Executor, actor: Actor, filter: ProjectFilter): Promise<ActionPlanProject[]> {
  const asOf = filter.asOf ?? thisYear();
  const rows = await db
    .select()
    .from(actionPlanProjects)
    .where(
      and(
        eq(actionPlanProjects.planCode, CURRENT_PLAN),
        filter.chapter ? eq(actionPlanProjects.chapter, filter.chapter) : undefined,
        filter.status ? eq(actionPlanProjects.status, filter.status) : undefined,
        filter.overdue ? overdueSql(asOf) : undefined,
        filter.body
          ? inArray(
              actionPlanProjects.id,
              db.select({ id: actionPlanProjectBodies.projectId }).from(actionPlanProjectBodies).where(eq(actionPlanProjectBodies.bodyCode, filter.body)),
            )
          : undefined,
        filter.q ? ilike(sql`${actionPlanProjects.title} ->> 'nl'`, containsPattern(filter.q)) : undefined,
      ),
    )
    .orderBy(asc(actionPlanProjects.chapter), asc(actionPlanProjects.code));
  const ids = rows.map((r) => r.id);
  const [bodies, notes, ctx] = [await bodiesOfProjects(db, ids), await lastNotes(db, ids), await projectContext(db, actor, asOf)];
  return rows.map((r) => presentProject(r, bodies.get(r.id) ?? [], notes.get(r.id) ?? null, actor, ctx));
}

export async function getProjectRow(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<ProjectRow> {
  const query = db.select().from(actionPlanProjects).where(eq(actionPlanProjects.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound('No such project');
  }
  return row;
}

export async function getProject(db: Executor, actor: Actor, id: string): Promise<ActionPlanProject> {
  const row = await getProjectRow(db, id);
  const bodies = await bodiesOfProjects(db, [id]);
  const notes = await lastNotes(db, [id]);
  return presentProject(row, bodies.get(id) ?? [], notes.get(id) ?? null, actor, await projectContext(db, actor));
}

export async function projectBodyCodes(db: Executor, id: string): Promise<string[]> {
  return (await bodiesOfProjects(db, [id])).get(id) ?? [];
}

export async function findNotes(db: Executor, projectId: string, year?: number): Promise<ProgressNote[]> {
  const rows = await db
    .select({
      note: actionPlanProgressNotes,
      organisationName: organisations.name,
      authorName: users.displayName,
    })
    .from(actionPlanProgressNotes)
    .leftJoin(organisations, eq(organisations.id, actionPlanProgressNotes.organisationId))
    .leftJoin(users, eq(users.id, actionPlanProgressNotes.authorId))
    .where(
      and(
        eq(actionPlanProgressNotes.projectId, projectId),
        year ? sql`extract(year from ${actionPlanProgressNotes.noteDate}) = ${year}` : undefined,
      ),
    )
    .orderBy(desc(actionPlanProgressNotes.noteDate), desc(actionPlanProgressNotes.createdAt));
  return rows.map(({ note, organisationName, authorName }) => ({
    id: note.id,
    projectId: note.projectId,
    noteDate: note.noteDate,
    text: note.text,
    statusAfter: note.statusAfter,
    organisationName,
    authorName,
    createdAt: note.createdAt.toISOString(),
  }));
}

export async function planOverview(db: Executor) {
  const [plan] = await db.select().from(actionPlans).where(eq(actionPlans.code, CURRENT_PLAN));
  if (!plan) {
    throw notFound('The action plan is not loaded');
  }
  const perChapter = await db
    .select({ chapter: actionPlanProjects.chapter, n: count() })
    .from(actionPlanProjects)
    .where(eq(actionPlanProjects.planCode, CURRENT_PLAN))
    .groupBy(actionPlanProjects.chapter);
  const perStatus = await db
    .select({ status: actionPlanProjects.status, n: count() })
    .from(actionPlanProjects)
    .where(eq(actionPlanProjects.planCode, CURRENT_PLAN))
    .groupBy(actionPlanProjects.status);
  const perBody = await db
    .select({ code: actionPlanProjectBodies.bodyCode, n: count() })
    .from(actionPlanProjectBodies)
    .innerJoin(actionPlanProjects, eq(actionPlanProjects.id, actionPlanProjectBodies.projectId))
    .where(eq(actionPlanProjects.planCode, CURRENT_PLAN))
    .groupBy(actionPlanProjectBodies.bodyCode);
  const bodies = await findBodies(db);
  const statuses = Object.fromEntries(ACTION_PLAN_STATUSES.map((s) => [s, perStatus.find((r) => r.status === s)?.n ?? 0])) as Record<ActionPlanStatus, number>;
  return {
    plan: { code: plan.code, title: plan.title, startYear: plan.startYear, endYear: plan.endYear },
    chapters: plan.chapters.map((c) => ({ chapter: c.chapter, title: c.title, projects: perChapter.find((r) => r.chapter === c.chapter)?.n ?? 0 })),
    bodies: bodies.map((b) => ({ ...b, projects: perBody.find((r) => r.code === b.code)?.n ?? 0 })).filter((b) => b.projects > 0),
    statuses,
  };
}
