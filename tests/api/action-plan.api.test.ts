import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProjectOverdue, type ActionPlanProject } from '@keten/shared';
import { ACTION_PLAN_2021_2025 } from '../../apps/server/src/action-plan/action-plan-2021-2025.data.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { queryRows } from '../../apps/server/src/db/types.ts';
import { demoOrganisationId, seedDemoData } from '../../apps/server/src/demo/seed.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Follow-up of the national action plan 2021–2025: the one-time import, the views (by chapter,
// by responsible body, overdue), who may update what, optimistic locking, the yearly PDF report.
let t: TestApp;
const who: Record<string, LoggedIn> = {};

beforeAll(async () => {
  // No demo data: the plan is reference content and must exist without it.
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t.close();
});

const projects = async (key: string, query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/action-plan/projects${query}`, headers: { cookie: who[key]!.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ data: ActionPlanProject[] }>().data;
};
const byCode = async (key: string, code: string) => (await projects(key)).find((p) => p.code === code)!;

describe('the import of the 2021–2025 plan (without demo data)', () => {
  it('holds every project of the reviewed data file, chapter by chapter', async () => {
    const expected: Record<number, number> = {};
    for (const p of ACTION_PLAN_2021_2025.projects) {
      expected[p.chapter] = (expected[p.chapter] ?? 0) + 1;
    }
    // The plan's 31 project rows: chapter 2: 7, 3: 3, 4: 8, 5: 2, 6: 11.
    expect(expected).toEqual({ 2: 7, 3: 3, 4: 8, 5: 2, 6: 11 });
    // Counted with plain SQL, independent of the repository under test.
    const rows = await queryRows<{ chapter: number; n: number }>(
      t.database.db,
      sql`SELECT chapter, count(*)::int AS n FROM action_plan_projects WHERE plan_code = 'be-2021-2025' GROUP BY chapter ORDER BY chapter`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.chapter, r.n]));
    expect(actual).toEqual(expected);
    // Now log in (demo users) for the other stories; seeding demo data must not duplicate the plan.
    await seedDemoData(t.database.db, t.crypto);
    await seedDemoData(t.database.db, t.crypto);
    for (const key of ['coordinator-national', 'editor', 'financial', 'investigator', 'caseworker', 'rapporteur']) {
      who[key] = await loginAs(t.app, t.database, key);
    }
    const overview = await t.app.inject({ method: 'GET', url: '/api/action-plan', headers: { cookie: who.rapporteur!.cookie } });
    expect(overview.statusCode).toBe(200);
    const chapters = overview.json<{ chapters: { chapter: number; projects: number }[] }>().chapters;
    expect(Object.fromEntries(chapters.map((c) => [c.chapter, c.projects]))).toEqual(expected);
  });

  it('keeps the plan’s wording and links projects to their responsible bodies', async () => {
    const app = await byCode('rapporteur', '3.7-1');
    expect(app.title.nl).toMatch(/didactische applicatie/i);
    expect(app.bodies.map((b) => b.code)).toEqual(['bureau_thb']);
    expect(app).toMatchObject({ startYear: 2024, endYear: 2025, status: 'not_started', responsibleText: 'Bureau MS/MH' });
    const campaign = await byCode('rapporteur', '6.3.1-1');
    expect(campaign.recurring).toBe(true);
  });

  it('is not public: reading needs a login', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/action-plan/projects' })).statusCode).toBe(401);
  });
});

describe('views', () => {
  it('by chapter and by responsible body', async () => {
    const chapter5 = await projects('rapporteur', '?chapter=5');
    expect(chapter5.map((p) => p.code)).toEqual(['5.1-1', '5.3-1']);
    const cfi = await projects('rapporteur', '?body=ctif_cfi');
    expect(cfi.map((p) => p.code)).toEqual(['2.3-1', '2.3-2']);
  });

  it('overdue against timing: open projects whose last year has passed, measured against a chosen year', async () => {
    const all = await projects('rapporteur');
    for (const asOf of [2022, 2024, 2026]) {
      const overdue = await projects('rapporteur', `?overdue=true&asOf=${asOf}`);
      expect(overdue.map((p) => p.code)).toEqual(all.filter((p) => isProjectOverdue(p, asOf)).map((p) => p.code));
      expect(overdue.every((p) => p.endYear < asOf && !['done', 'dropped'].includes(p.status))).toBe(true);
    }
    // Demo notes marked 2.3-1 and 3.7-2 done: finished projects are never overdue.
    const in2024 = (await projects('rapporteur', '?overdue=true&asOf=2024')).map((p) => p.code);
    expect(in2024).toContain('2.2-1');
    expect(in2024).not.toContain('2.3-1');
    expect(in2024).not.toContain('3.7-2');
    // A recurring campaign ("repeat in the following years") is overdue until it runs, then on track.
    const blueHeart = await byCode('editor', '6.3.2-1');
    expect((await projects('rapporteur', '?overdue=true&asOf=2030')).map((p) => p.code)).toContain('6.3.2-1');
    const started = await t.app.inject({ method: 'PATCH', url: `/api/action-plan/projects/${blueHeart.id}`, headers: who.editor!.headers, payload: { version: blueHeart.version, status: 'ongoing' } });
    expect(started.statusCode).toBe(200);
    expect((await projects('rapporteur', '?overdue=true&asOf=2030')).map((p) => p.code)).not.toContain('6.3.2-1');
  });
});

describe('who updates what', () => {
  it('a responsible body adds a progress note with a new status; the audit keeps ids and codes', async () => {
    const project = await byCode('financial', '2.3-2');
    expect(project.actions).toEqual(['note']);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/action-plan/projects/${project.id}/notes`,
      headers: who.financial!.headers,
      payload: { version: project.version, noteDate: '2022-05-10', text: 'Indicators sent to twelve exchange offices (fictional).', status: 'done' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ note: { organisationName: string; statusAfter: string }; project: ActionPlanProject }>();
    expect(body.note.statusAfter).toBe('done');
    expect(body.project).toMatchObject({ status: 'done', version: project.version + 1 });
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, project.id), eq(auditEvents.action, 'action_plan_project.note_added')));
    expect(audit[0]?.details).toMatchObject({ changes: { status: { before: 'not_started', after: 'done' } } });
  });

  it('a body that is not responsible cannot update the project (403); it may still read it', async () => {
    const project = await byCode('investigator', '2.3-1');
    expect(project.actions).toEqual([]);
    const res = await t.app.inject({ method: 'PATCH', url: `/api/action-plan/projects/${project.id}`, headers: who.investigator!.headers, payload: { version: project.version, status: 'ongoing' } });
    expect(res.statusCode).toBe(403);
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/action-plan/projects/${project.id}/notes`,
      headers: who.caseworker!.headers,
      payload: { version: project.version, noteDate: '2023-01-01', text: 'x' },
    });
    expect(note.statusCode).toBe(403);
  });

  it('a responsible body changes status and evidence only; the bureau edits everything', async () => {
    const project = await byCode('investigator', '6.3.3-E');
    expect(project.actions).toEqual(['note']);
    const timing = await t.app.inject({ method: 'PATCH', url: `/api/action-plan/projects/${project.id}`, headers: who.investigator!.headers, payload: { version: project.version, endYear: 2030 } });
    expect(timing.statusCode).toBe(403);
    const status = await t.app.inject({
      method: 'PATCH',
      url: `/api/action-plan/projects/${project.id}`,
      headers: who.investigator!.headers,
      payload: { version: project.version, status: 'ongoing', evidenceLinks: [{ label: 'Campaign page', url: 'https://example.org/campaign' }] },
    });
    expect(status.statusCode, status.body).toBe(200);
    const bureau = await t.app.inject({
      method: 'PATCH',
      url: `/api/action-plan/projects/${project.id}`,
      headers: who.editor!.headers,
      payload: { version: project.version + 1, endYear: 2023, description: 'Extended by the bureau (fictional).', bodies: ['bureau_thb', 'federal_police'] },
    });
    expect(bureau.statusCode, bureau.body).toBe(200);
    expect(bureau.json<ActionPlanProject>()).toMatchObject({ endYear: 2023, version: project.version + 2, status: 'ongoing' });
    expect(bureau.json<ActionPlanProject>().bodies.map((b) => b.code)).toEqual(['bureau_thb', 'federal_police']);
  });

  it('optimistic locking: a stale version answers 409 with the current one, for edits and notes', async () => {
    const project = await byCode('editor', '4.2-2');
    const first = await t.app.inject({ method: 'PATCH', url: `/api/action-plan/projects/${project.id}`, headers: who.editor!.headers, payload: { version: project.version, status: 'ongoing' } });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/action-plan/projects/${project.id}`, headers: who['coordinator-national']!.headers, payload: { version: project.version, status: 'dropped' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string; details: { currentVersion: number } } }>().error).toMatchObject({ code: 'conflict', details: { currentVersion: project.version + 1 } });
    const staleNote = await t.app.inject({
      method: 'POST',
      url: `/api/action-plan/projects/${project.id}/notes`,
      headers: who['coordinator-national']!.headers,
      payload: { version: project.version, noteDate: '2023-06-01', text: 'Written against an old copy' },
    });
    expect(staleNote.statusCode).toBe(409);
    expect((await byCode('editor', '4.2-2')).status).toBe('ongoing');
  });

  it('the bureau links organisations to a body, which lets their users update its projects', async () => {
    const project = await byCode('caseworker', '4.2-3');
    expect(project.actions).toEqual([]);
    const link = await t.app.inject({
      method: 'PUT',
      url: '/api/action-plan/bodies/justice/organisations',
      headers: who.editor!.headers,
      payload: { organisationIds: [demoOrganisationId('centre-pagasa')] },
    });
    expect(link.statusCode).toBe(204);
    expect((await byCode('caseworker', '4.2-3')).actions).toEqual(['note']);
    const notEditor = await t.app.inject({ method: 'PUT', url: '/api/action-plan/bodies/justice/organisations', headers: who.caseworker!.headers, payload: { organisationIds: [] } });
    expect(notEditor.statusCode).toBe(403);
  });
});

describe('the yearly progress report', () => {
  it('is a PDF per year and language, with the year’s notes', async () => {
    for (const lang of ['nl', 'en']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/action-plan/report.pdf?year=2022&lang=${lang}`, headers: { cookie: who.rapporteur!.cookie } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="action-plan-progress-2022-${lang}.pdf"`);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.length).toBeGreaterThan(5000);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/action-plan/report.pdf?year=2022' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/action-plan/report.pdf?year=1999', headers: { cookie: who.rapporteur!.cookie } })).statusCode).toBe(400);
  });
});
