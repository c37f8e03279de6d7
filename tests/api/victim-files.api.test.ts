import { and, eq } from 'drizzle-orm';
import type { ErrorBody } from '@keten/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { victimFiles } from '../../apps/server/src/victim-files/victim-file.schema.ts';
import { demoUser, loginAs, type LoggedIn } from '../support/auth.ts';
import { type PresentedBody, expectOk, openVictimFile, orgId, signalFactory, submitSignal } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const who: Record<string, LoggedIn> = {};
let signal: Awaited<ReturnType<typeof signalFactory>>;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  for (const key of ['reporter', 'caseworker', 'coordinator', 'caseworker-payoke', 'investigator']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  signal = await signalFactory(t);
});
afterAll(async () => {
  await t.close();
});

const as = (key: string) => who[key]!;
const view = (key: string, id: string) => t.app.inject({ method: 'GET', url: `/api/victim-files/${id}`, headers: { cookie: as(key).cookie } });
const patch = (key: string, id: string, payload: Record<string, unknown>) => t.app.inject({ method: 'PATCH', url: `/api/victim-files/${id}`, headers: as(key).headers, payload });

describe('opening a victim file', () => {
  it('starts where a centre accepted the signal in triage; once per signal', async () => {
    const signalId = await submitSignal(t, as('reporter'), signal());
    const early = await t.app.inject({ method: 'POST', url: '/api/victim-files', headers: as('caseworker').headers, payload: { signalId } });
    expect(early.statusCode).toBe(422);
    expect(early.json<ErrorBody>().error.details).toMatchObject({ reason: 'signal_not_accepted_by_centre' });
    expectOk(await t.app.inject({ method: 'POST', url: `/api/signals/${signalId}/decision`, headers: as('caseworker').headers, payload: { decision: 'accept', reason: 'Intake', version: 1 } }), 200);
    const created = await t.app.inject({ method: 'POST', url: '/api/victim-files', headers: as('caseworker').headers, payload: { signalId } });
    expectOk(created, 201);
    expect(created.json<{ reference: string }>().reference).toMatch(/^VF-\d{4}-\d{6}$/);
    expect((await t.app.inject({ method: 'POST', url: '/api/victim-files', headers: as('caseworker').headers, payload: { signalId } })).statusCode).toBe(409);
  });
});

describe('the victim file', () => {
  let fileId: string;
  beforeAll(async () => {
    fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
  });

  it('stores identity encrypted, with a blind index on document numbers', async () => {
    const [row] = await t.database.db.select().from(victimFiles).where(eq(victimFiles.id, fileId));
    expect(row?.familyName?.toString('latin1')).not.toContain('Fictivescu');
    expect(row?.documentNumberIdx).toEqual([t.crypto.blindIndex.exactFor('document_number', 'ro 123 4567')]);
    expect(row?.nameTrgm.length).toBeGreaterThan(0);
  });

  it('the owner sees every section but ST; the read is audited with the sections shown', async () => {
    const res = await view('caseworker', fileId);
    expectOk(res, 200);
    const body = res.json<{ sections: string[]; actions: string[]; data: Record<string, unknown> }>();
    expect(body.sections.sort()).toEqual(['CT', 'ID', 'JU', 'PR', 'PS', 'SG']);
    expect(body.actions).toContain('update');
    expect(body.actions).not.toContain('assign');
    const reads = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'record.viewed'), eq(auditEvents.recordId, fileId)));
    expect(reads.at(-1)?.sections).toEqual(['ID', 'CT', 'PS', 'PR', 'JU']);
    expect(JSON.stringify(reads)).not.toContain('Fictivescu');
  });

  it('another centre’s caseworker: not found', async () => {
    expect((await view('caseworker-payoke', fileId)).statusCode).toBe(404);
    expect((await patch('caseworker-payoke', fileId, { version: 1, languages: ['nl'] })).statusCode).toBe(404);
  });

  it('optimistic locking: a stale write gets 409 with the current version and values', async () => {
    const first = await patch('caseworker', fileId, { version: 1, identity: { familyName: 'Fictivescu-Pop', aliases: ['Nelu'] }, supportPlan: [{ type: 'Health', objective: 'Fictional check-up', startOn: '2026-11-21' }] });
    expectOk(first, 200);
    expect(first.json<PresentedBody>().data.version).toBe(2);
    const stale = await patch('caseworker', fileId, { version: 1, languages: ['ro', 'fr'] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: 2, current: { familyName: 'Fictivescu-Pop', aliases: ['Nelu'], version: 2 } });
    const update = (await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'victim_file.updated'), eq(auditEvents.recordId, fileId)))).at(-1);
    expect(update?.details).toEqual({ changes: {}, fields: ['identity', 'supportPlan'] });
  });

  it('closing needs a reason; notes cannot be dated in the future', async () => {
    const res = await patch('caseworker', fileId, { version: 2, status: 'closed' });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'closing_reason_required' });
    const note = await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/notes`, headers: as('caseworker').headers, payload: { section: 'PS', occurredOn: '2099-01-01', text: 'x' } });
    expect(note.statusCode).toBe(422);
    expect(note.json<ErrorBody>().error.details).toEqual({ reason: 'date_in_future', field: 'occurredOn' });
  });

  it('the coordinator assigns a caseworker of the centre, not of another', async () => {
    const current = (await view('caseworker', fileId)).json<{ data: { version: number } }>().data.version;
    expect((await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/assign`, headers: as('caseworker').headers, payload: { userId: demoUser('caseworker').id, version: current } })).statusCode).toBe(403);
    const other = await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/assign`, headers: as('coordinator').headers, payload: { userId: demoUser('caseworker-payoke').id, version: current } });
    expect(other.json<ErrorBody>().error.details).toEqual({ reason: 'caseworker_not_in_centre' });
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/assign`, headers: as('coordinator').headers, payload: { userId: demoUser('caseworker').id, version: current } }), 200);
    expect((await view('caseworker', fileId)).json<PresentedBody>().data.caseworkerUserId).toBe(demoUser('caseworker').id);
  });

  it('the judicial track: version 0 first, 409 on a stale version with the current values; police with a referral may write it', async () => {
    const url = `/api/victim-files/${fileId}/judicial`;
    const first = await t.app.inject({ method: 'PUT', url, headers: as('caseworker').headers, payload: { pvNumber: 'BR.12.L3.000001/26', civilParty: true, version: 0 } });
    expectOk(first, 200);
    expect(first.json()).toMatchObject({ pvNumber: 'BR.12.L3.000001/26', civilParty: true, version: 1 });
    const stale = await t.app.inject({ method: 'PUT', url, headers: as('caseworker').headers, payload: { civilParty: false, version: 0 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.details).toMatchObject({ currentVersion: 1, current: { pvNumber: 'BR.12.L3.000001/26' } });
    const sent = await t.app.inject({ method: 'POST', url: '/api/referrals', headers: as('caseworker').headers, payload: { source: { type: 'victim_file', id: fileId }, toOrganisationId: await orgId(t, 'fgp-brussel-thb'), purpose: 'investigation', consentRecordedOn: '2026-11-21' } });
    expectOk(await t.app.inject({ method: 'POST', url: `/api/referrals/${sent.json<{ id: string }>().id}/respond`, headers: as('investigator').headers, payload: { decision: 'accept', version: 1 } }), 200);
    const police = await t.app.inject({ method: 'PUT', url, headers: as('investigator').headers, payload: { investigationStatus: 'running', wageClaims: [{ amount: 4200, status: 'filed', depositedWithConsignmentOffice: false }], version: 1 } });
    expectOk(police, 200);
    expect((await view('caseworker', fileId)).json<PresentedBody>().data.judicial).toMatchObject({ investigationStatus: 'running', pvNumber: 'BR.12.L3.000001/26', version: 2 });
  });

  it('the timeline lists what happened (ids and codes); the access log exists', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}/timeline`, headers: { cookie: as('caseworker').cookie } });
    expectOk(res, 200);
    const codes = res.json<{ data: { code: string }[] }>().data.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['victim_file.created', 'victim_file.updated', 'victim_file.assigned', 'judicial.updated', 'referral.sent']));
    expect((await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}/timeline`, headers: { cookie: as('investigator').cookie } })).statusCode).toBe(403);
    expectOk(await t.app.inject({ method: 'GET', url: `/api/records/victim_file/${fileId}/access-log`, headers: { cookie: as('caseworker').cookie } }), 200);
  });

  it('lists the files my organisation may open, without personal data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/victim-files', headers: { cookie: as('caseworker').cookie } });
    expectOk(res, 200);
    const list = res.json<{ data: { id: string; relationship: string }[] }>().data;
    expect(list.find((f) => f.id === fileId)?.relationship).toBe('owner');
    expect(res.body).not.toContain('Fictivescu');
  });

  it('printables: in the recipient’s language, the lawyer summary only with consent and only its sections; each download audited', async () => {
    const url = (kind: string, q = '') => `/api/victim-files/${fileId}/printables/${kind}${q}`;
    const none = await t.app.inject({ method: 'GET', url: url('lawyer-summary'), headers: { cookie: as('caseworker').cookie } });
    expect(none.statusCode).toBe(422);
    expect(none.json<ErrorBody>().error.details).toEqual({ reason: 'no_lawyer_consent' });
    const version = (await view('caseworker', fileId)).json<PresentedBody>().data.version as number;
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/lawyer-consent`, headers: as('caseworker').headers, payload: { sections: ['ID', 'JU'], recordedOn: '2026-11-21', version } }), 200);
    const pdf = await t.app.inject({ method: 'GET', url: url('lawyer-summary', '?lang=fr'), headers: { cookie: as('caseworker').cookie } });
    expectOk(pdf, 200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure`, headers: as('caseworker').headers, payload: { country: 'BE', startedOn: '2026-11-20' } }), 201);
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure/transitions`, headers: as('caseworker').headers, payload: { transition: 'start_reflection', occurredOn: '2026-11-21', version: 1 } }), 200);
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure/document-requests`, headers: as('caseworker').headers, payload: { requestedOn: '2026-11-21' } }), 201);
    expectOk(await t.app.inject({ method: 'GET', url: url('immigration-request'), headers: { cookie: as('caseworker').cookie } }), 200);
    expect((await t.app.inject({ method: 'GET', url: url('confirmation-request'), headers: { cookie: as('caseworker').cookie } })).json<ErrorBody>().error.details).toEqual({ reason: 'no_request', kind: 'confirmation-request' });
    const exports = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'record.exported'), eq(auditEvents.recordType, 'victim_file')));
    expect(exports.filter((e) => (e.details as { recordIds: string[] }).recordIds.includes(fileId))).toHaveLength(2);
    expect(exports.some((e) => e.sections.join() === 'ID,JU')).toBe(true);
  });
});

describe('concurrency and bad input on the file (422 names the rule, 409 carries the current version)', () => {
  let fileId: string;
  const version = async () => (await view('caseworker', fileId)).json<{ data: { version: number } }>().data.version;
  beforeAll(async () => {
    fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
  });

  it('a birth date in the future, a support objective reviewed before it starts: 422, nothing written', async () => {
    const v = await version();
    const born = await patch('caseworker', fileId, { version: v, identity: { birthDate: '2099-01-01' } });
    expect(born.statusCode).toBe(422);
    expect(born.json<ErrorBody>().error.details).toEqual({ reason: 'date_in_future', field: 'identity.birthDate' });
    const plan = await patch('caseworker', fileId, { version: v, supportPlan: [{ type: 'Legal', objective: 'Fictional: see a lawyer', startOn: '2026-11-20', reviewOn: '2026-11-01' }] });
    expect(plan.statusCode).toBe(422);
    expect(plan.json<ErrorBody>().error.details).toEqual({ reason: 'review_before_start', field: 'supportPlan.0.reviewOn' });
    expect(await version()).toBe(v);
  });

  it('a judgment or requisition dated in the future: 422', async () => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/victim-files/${fileId}/judicial`, headers: as('caseworker').headers, payload: { convictionThb: true, judgmentDate: '2099-06-01', version: 0 } });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'date_in_future', field: 'judgmentDate' });
  });

  it('assigning and recording the lawyer consent with a stale version: 409 with the current version', async () => {
    const v = await version();
    expectOk(await patch('caseworker', fileId, { version: v, languages: ['ro'] }), 200);
    const assign = await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/assign`, headers: as('coordinator').headers, payload: { userId: demoUser('caseworker').id, version: v } });
    expect(assign.statusCode).toBe(409);
    expect(assign.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: v + 1 });
    const consent = await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/lawyer-consent`, headers: as('caseworker').headers, payload: { sections: ['ID'], recordedOn: '2026-11-20', version: v } });
    expect(consent.statusCode).toBe(409);
    expect(consent.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: v + 1, current: { lawyerConsent: null } });
  });
});
