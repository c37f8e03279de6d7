import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ProcedureRequest, Referral, Task } from '@keten/shared';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { type PresentedBody, expectOk, openVictimFile, orgId, signalFactory } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const who: Record<string, LoggedIn> = {};
let signal: Awaited<ReturnType<typeof signalFactory>>;
const org: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  for (const key of ['reporter', 'caseworker', 'coordinator', 'investigator', 'magistrate', 'immigration', 'guardianship', 'municipality']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  signal = await signalFactory(t);
  for (const key of ['dvz-minteh', 'parquet-bruxelles', 'stad-demo-antwerpen', 'dienst-voogdij', 'centre-pagasa']) {
    org[key] = await orgId(t, key);
  }
});
afterAll(async () => {
  await t.close();
});

const as = (key: string) => who[key]!;
const post = (key: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: as(key).headers, payload });
const get = (key: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: as(key).cookie } });
const file = async (key: string, id: string) => get(key, `/api/victim-files/${id}`);
const procedureOf = async (id: string) => (await file('caseworker', id)).json<{ data: { procedure: { version: number; phase: string; status: string; requests: ProcedureRequest[] } } }>().data.procedure;
const move = async (id: string, transition: string, key = 'caseworker') => post(key, `/api/victim-files/${id}/procedure/transitions`, { transition, occurredOn: '2026-11-21', version: (await procedureOf(id)).version });
const inbox = async (key: string) => (await get(key, '/api/procedure/requests?status=open')).json<{ data: ProcedureRequest[] }>().data;
async function confirm(id: string, transition: string, confirmed = true) {
  const req = await post('caseworker', `/api/victim-files/${id}/procedure/confirmation-requests`, { transition });
  expectOk(req, 201);
  const r = req.json<ProcedureRequest>();
  expect(r.toOrganisationId).toBe(org['parquet-bruxelles']);
  expectOk(await post('magistrate', `/api/procedure/requests/${r.id}/confirm`, { confirmed, answeredOn: '2026-11-21', version: r.version }), 200);
}
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('the Belgian procedure through its partners, each in their own endpoint', () => {
  let fileId: string;
  let otherFileId: string;

  beforeAll(async () => {
    // Sexual exploitation: the reference magistrate is the prosecutor (labour: the labour auditor).
    fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ assessment: { forms: ['sexual'] } }));
    otherFileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ assessment: { forms: ['sexual'] } }));
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: '2026-11-20' }), 201);
    expectOk(await post('caseworker', `/api/victim-files/${otherFileId}/procedure`, { country: 'BE', startedOn: '2026-11-20' }), 201);
  });

  it('stores the configuration version and refuses a second start', async () => {
    const p = await procedureOf(fileId);
    expect(p).toMatchObject({ phase: 'detection', status: 'running', country: 'BE', configVersion: 1 });
    expect((await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: '2026-11-20' })).statusCode).toBe(409);
  });

  it('refuses an illegal transition with the rule and the allowed moves', async () => {
    const res = await move(fileId, 'investigation_continues');
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'transition_not_allowed', transition: 'investigation_continues', from: 'detection', to: 'temporary_stay', allowed: ['start_reflection', 'complaint_at_once'] });
    expect((await post('caseworker', `/api/victim-files/${fileId}/procedure/transitions`, { transition: 'start_reflection', occurredOn: inDays(3), version: (await procedureOf(fileId)).version })).json<ErrorBody>().error.details).toMatchObject({ reason: 'date_in_future' });
    const stale = await post('caseworker', `/api/victim-files/${fileId}/procedure/transitions`, { transition: 'start_reflection', occurredOn: '2026-11-21', version: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: 1, current: { phase: 'detection' } });
  });

  it('the centre starts the reflection period and requests the document; the Immigration Office sees ID and PR of that file only', async () => {
    expectOk(await move(fileId, 'start_reflection'), 200);
    expect((await file('immigration', fileId)).statusCode).toBe(404);
    const req = await post('caseworker', `/api/victim-files/${fileId}/procedure/document-requests`, { requestedOn: '2026-11-21' });
    expectOk(req, 201);
    expect(req.json<ProcedureRequest>()).toMatchObject({ kind: 'document', documentCode: 'annex_15', toOrganisationId: org['dvz-minteh'], status: 'open' });
    expect((await post('caseworker', `/api/victim-files/${fileId}/procedure/document-requests`, { requestedOn: '2026-11-21' })).json<ErrorBody>().error.details).toMatchObject({ reason: 'request_already_open' });
    const seen = await file('immigration', fileId);
    expectOk(seen, 200);
    const body = seen.json<{ data: Record<string, unknown>; sections: string[] }>();
    expect(body.sections.sort()).toEqual(['ID', 'PR']);
    expect(body.data.familyName).toBe('Fictivescu');
    expect(body.data).not.toHaveProperty('judicial');
    expect(body.data).not.toHaveProperty('psychosocialNotes');
    expect(body.data).not.toHaveProperty('forms');
    expect(body.data).not.toHaveProperty('contact');
    // A file without a request addressed to the office: not found.
    expect((await file('immigration', otherFileId)).statusCode).toBe(404);
  });

  it('the Immigration Office records the document: no future issue date, expiry after issue, version checked', async () => {
    const [r] = (await inbox('immigration')).filter((x) => x.victimFileId === fileId);
    expect(r).toBeDefined();
    const url = `/api/procedure/requests/${r!.id}/issue`;
    expect((await post('caseworker', url, { issuedOn: today(), expiresOn: inDays(45), documentNumber: 'A15-000123', version: 1 })).statusCode).toBe(403);
    expect((await post('immigration', url, { issuedOn: inDays(2), expiresOn: inDays(47), documentNumber: 'A15-000123', version: 1 })).json<ErrorBody>().error.details).toMatchObject({ reason: 'date_in_future' });
    expect((await post('immigration', url, { issuedOn: today(), expiresOn: today(), documentNumber: 'A15-000123', version: 1 })).json<ErrorBody>().error.details).toEqual({ reason: 'expiry_before_issue' });
    expect((await post('immigration', url, { issuedOn: today(), expiresOn: inDays(45), documentNumber: 'A15-000123', version: 7 })).statusCode).toBe(409);
    const ok = await post('immigration', url, { issuedOn: today(), expiresOn: inDays(45), documentNumber: 'A15-000123', version: 1, handOutOrganisationId: org['stad-demo-antwerpen'] });
    expectOk(ok, 200);
    expect(ok.json<ProcedureRequest>()).toMatchObject({ status: 'done', documentNumber: 'A15-000123', expiresOn: inDays(45) });
    // No open request any more: the office's access ends.
    expect((await file('immigration', fileId)).statusCode).toBe(404);
    // The reflection period ending became a task of the owning centre.
    const tasks = (await get('caseworker', '/api/tasks')).json<{ data: Task[] }>().data;
    expect(tasks.some((x) => x.kind === 'reflection_ending' && x.recordId === fileId && x.dueAt.startsWith(inDays(45)))).toBe(true);
  });

  it('the municipality sees the identity and the single document to hand out, and marks it handed out', async () => {
    const seen = await file('municipality', fileId);
    expectOk(seen, 200);
    const body = seen.json<{ data: Record<string, unknown>; sections: string[] }>();
    expect(body.sections.sort()).toEqual(['ID', 'PR']);
    expect(body.data).not.toHaveProperty('procedure');
    expect(body.data).not.toHaveProperty('phase');
    const doc = body.data.documentToHandOut as ProcedureRequest;
    expect(doc).toMatchObject({ kind: 'hand_out', documentCode: 'annex_15', status: 'open' });
    expect((await post('municipality', `/api/procedure/requests/${doc.id}/hand-out`, { handedOutOn: inDays(1), version: doc.version })).json<ErrorBody>().error.details).toMatchObject({ reason: 'date_in_future' });
    expectOk(await post('municipality', `/api/procedure/requests/${doc.id}/hand-out`, { handedOutOn: today(), version: doc.version }), 200);
    expect((await file('municipality', fileId)).statusCode).toBe(404);
  });

  it('statements made: the magistrate must confirm first; a refusal blocks, a confirmation opens the move', async () => {
    const blocked = await move(fileId, 'statements_made');
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json<ErrorBody>().error.details).toEqual({ reason: 'needs_magistrate_confirmation', transition: 'statements_made', confirmBy: ['prosecutor_office', 'labour_auditor'], refused: false });
    await confirm(fileId, 'statements_made', false);
    expect((await move(fileId, 'statements_made')).json<ErrorBody>().error.details).toMatchObject({ reason: 'needs_magistrate_confirmation', refused: true });
    // The magistrate's view while a request is open: ID PR JU SG.
    const req = await post('caseworker', `/api/victim-files/${fileId}/procedure/confirmation-requests`, { transition: 'statements_made' });
    const seen = await file('magistrate', fileId);
    expect(seen.json<PresentedBody>().sections.sort()).toEqual(['ID', 'JU', 'PR', 'SG']);
    const tasks = (await get('magistrate', '/api/tasks')).json<{ data: Task[] }>().data;
    expect(tasks.some((x) => x.kind === 'confirmation_pending' && x.recordId === fileId)).toBe(true);
    expectOk(await post('magistrate', `/api/procedure/requests/${req.json<ProcedureRequest>().id}/confirm`, { confirmed: true, answeredOn: today(), version: 1 }), 200);
    expectOk(await move(fileId, 'statements_made'), 200);
    expect((await procedureOf(fileId)).phase).toBe('provisional_stay');
    // A confirmation counts once: the next move needs a new one.
    expect((await move(fileId, 'extend_provisional')).json<ErrorBody>().error.details).toMatchObject({ reason: 'needs_magistrate_confirmation' });
  });

  it('conditions are dated statements; a breach names its source; conditions not in force are refused', async () => {
    const url = `/api/victim-files/${fileId}/procedure/conditions`;
    expect((await post('caseworker', url, { condition: 'break_contact', status: 'breached', statedOn: today() })).json<ErrorBody>().error.details).toEqual({ reason: 'breach_needs_source' });
    expect((await post('caseworker', url, { condition: 'no_public_order_danger', status: 'met', statedOn: today() })).json<ErrorBody>().error.details).toMatchObject({ reason: 'condition_not_in_force' });
    expectOk(await post('caseworker', url, { condition: 'cooperate_with_justice', status: 'met', statedOn: today() }), 201);
    expectOk(await post('caseworker', url, { condition: 'break_contact', status: 'breached', statedOn: today(), source: 'federal_police_thb' }), 201);
  });

  it('extends the provisional stay once, then moves on; permanent stay needs the judicial outcome', async () => {
    await confirm(fileId, 'extend_provisional');
    expectOk(await move(fileId, 'extend_provisional'), 200);
    await confirm(fileId, 'extend_provisional');
    expect((await move(fileId, 'extend_provisional')).json<ErrorBody>().error.details).toEqual({ reason: 'extension_limit', transition: 'extend_provisional', times: 1 });
    await confirm(fileId, 'investigation_continues');
    expectOk(await move(fileId, 'investigation_continues'), 200);
    await confirm(fileId, 'conviction_or_requisition');
    expect((await move(fileId, 'conviction_or_requisition')).json<ErrorBody>().error.details).toEqual({ reason: 'needs_judicial_outcome', transition: 'conviction_or_requisition' });
    const judicial = await t.app.inject({ method: 'PUT', url: `/api/victim-files/${fileId}/judicial`, headers: as('magistrate').headers, payload: { requisitionRetainsThb: true, requisitionDate: today(), version: 0 } });
    // The magistrate's grant ended with the answered confirmation: not found.
    expect(judicial.statusCode).toBe(404);
    expectOk(await t.app.inject({ method: 'PUT', url: `/api/victim-files/${fileId}/judicial`, headers: as('caseworker').headers, payload: { requisitionRetainsThb: true, requisitionDate: today(), version: 0 } }), 200);
    expectOk(await move(fileId, 'conviction_or_requisition'), 200);
    expect((await procedureOf(fileId)).phase).toBe('permanent_stay');
  });

  it('ends with a configured reason only; an ended procedure moves no more', async () => {
    const p = await procedureOf(fileId);
    const url = `/api/victim-files/${fileId}/procedure/end`;
    expect((await post('caseworker', url, { reason: 'bored', endedOn: today(), version: p.version })).json<ErrorBody>().error.details).toMatchObject({ reason: 'unknown_end_reason' });
    expectOk(await post('caseworker', url, { reason: 'person_withdrew', endedOn: today(), version: p.version }), 200);
    expect((await procedureOf(fileId)).status).toBe('ended');
    expect((await move(fileId, 'renew_temporary')).json<ErrorBody>().error.details).toEqual({ reason: 'procedure_ended' });
  });

  it('an end reason that applies from a later phase is refused earlier', async () => {
    const p = await procedureOf(otherFileId);
    const res = await post('caseworker', `/api/victim-files/${otherFileId}/procedure/end`, { reason: 'stopped_cooperating', endedOn: today(), version: p.version });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'end_reason_not_in_phase', endReason: 'stopped_cooperating', fromPhase: 'provisional_stay' });
  });

  it('a closed file takes no document request', async () => {
    const current = (await file('caseworker', otherFileId)).json<{ data: { version: number } }>().data;
    expectOk(await t.app.inject({ method: 'PATCH', url: `/api/victim-files/${otherFileId}`, headers: as('caseworker').headers, payload: { status: 'closed', closingReason: 'Returned home (fictional)', version: current.version } }), 200);
    const res = await post('caseworker', `/api/victim-files/${otherFileId}/procedure/document-requests`, { requestedOn: today() });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'file_closed', status: 'closed' });
  });
});

describe('minors and the immediate complaint', () => {
  it('an unaccompanied foreign minor gets the reflection document requested at once; the guardianship officer records the guardian', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ consent: 'not_needed_minor', person: { minor: 'yes', ageYears: 15, unaccompanied: 'yes', nationality: 'NG' }, assessment: { forms: ['sexual'] } }));
    expectOk(await t.app.inject({ method: 'PATCH', url: `/api/victim-files/${fileId}`, headers: as('caseworker').headers, payload: { contact: { phone: '+32 470 00 00 01', shelter: 'Fictional secret shelter' }, version: 1 } }), 200);
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: today() }), 201);
    expectOk(await move(fileId, 'start_reflection'), 200);
    const requests = (await inbox('immigration')).filter((r) => r.victimFileId === fileId);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'document', documentCode: 'annex_15', phase: 'reflection' });
    // Referred to the Guardianship Service: no consent needed.
    const sent = await post('caseworker', '/api/referrals', { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['dienst-voogdij'], purpose: 'guardianship' });
    expectOk(sent, 201);
    expect(sent.json<Referral>().consent).toBe('not_needed_minor');
    expectOk(await post('guardianship', `/api/referrals/${sent.json<Referral>().id}/respond`, { decision: 'accept', version: 1 }), 200);
    const seen = await file('guardianship', fileId);
    expect(seen.json<PresentedBody>().sections.sort()).toEqual(['CT', 'ID', 'PR']);
    expect(seen.json<PresentedBody>().data.contact).toEqual({ phone: '+32 470 00 00 01' });
    const res = await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure/guardian`, headers: as('guardianship').headers, payload: { guardianName: 'Fictional Guardian', appointedOn: today() } });
    expect(res.statusCode).toBe(204);
    expect((await procedureOf(fileId) as unknown as { guardianName: string }).guardianName).toBe('Fictional Guardian');
    // A second officer who read the procedure before that write: 409 with the current version.
    const stale = await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure/guardian`, headers: as('guardianship').headers, payload: { guardianName: 'Another Fictional Guardian', appointedOn: today(), version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: (await procedureOf(fileId)).version });
  });

  it('an immediate complaint skips reflection (after the magistrate confirms)', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ assessment: { forms: ['sexual'] } }));
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: today() }), 201);
    await confirm(fileId, 'complaint_at_once');
    expectOk(await move(fileId, 'complaint_at_once'), 200);
    expect((await procedureOf(fileId)).phase).toBe('provisional_stay');
  });

  it('the Dutch configuration: a step performed by the police is refused to a Belgian centre', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'NL', startedOn: today() }), 201);
    const res = await move(fileId, 'offer_reflection');
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'not_performer', transition: 'offer_reflection', performedBy: ['local_police'] });
  });
});

describe('concurrency and bad input in the procedure', () => {
  let fileId: string;
  beforeAll(async () => {
    fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ assessment: { forms: ['sexual'] } }));
  });

  it('a start or a move dated in the future: 422 with the field', async () => {
    const start = await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: inDays(3) });
    expect(start.statusCode).toBe(422);
    expect(start.json<ErrorBody>().error.details).toEqual({ reason: 'date_in_future', field: 'startedOn' });
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: today() }), 201);
    const moveLater = await post('caseworker', `/api/victim-files/${fileId}/procedure/transitions`, { transition: 'start_reflection', occurredOn: inDays(1), version: 1 });
    expect(moveLater.json<ErrorBody>().error.details).toEqual({ reason: 'date_in_future', field: 'occurredOn' });
  });

  it('stale versions: the magistrate’s answer, the municipality’s hand-out, the end of the procedure (409 with the current version)', async () => {
    expectOk(await move(fileId, 'start_reflection'), 200);
    const doc = (await post('caseworker', `/api/victim-files/${fileId}/procedure/document-requests`, { requestedOn: today() })).json<ProcedureRequest>();
    expectOk(await post('immigration', `/api/procedure/requests/${doc.id}/issue`, { issuedOn: today(), expiresOn: inDays(45), documentNumber: 'A15-000999', version: doc.version, handOutOrganisationId: org['stad-demo-antwerpen'] }), 200);
    const handOut = (await file('municipality', fileId)).json<{ data: { documentToHandOut: ProcedureRequest } }>().data.documentToHandOut;
    const staleHandOut = await post('municipality', `/api/procedure/requests/${handOut.id}/hand-out`, { handedOutOn: today(), version: handOut.version + 1 });
    expect(staleHandOut.statusCode).toBe(409);
    expect(staleHandOut.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: handOut.version });
    const req = (await post('caseworker', `/api/victim-files/${fileId}/procedure/confirmation-requests`, { transition: 'statements_made' })).json<ProcedureRequest>();
    const staleAnswer = await post('magistrate', `/api/procedure/requests/${req.id}/confirm`, { confirmed: true, answeredOn: today(), version: req.version + 1 });
    expect(staleAnswer.statusCode).toBe(409);
    expect(staleAnswer.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: req.version });
    const p = await procedureOf(fileId);
    const staleEnd = await post('caseworker', `/api/victim-files/${fileId}/procedure/end`, { reason: 'person_withdrew', endedOn: today(), version: p.version - 1 });
    expect(staleEnd.statusCode).toBe(409);
    expect(staleEnd.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: p.version, current: { phase: 'reflection', status: 'running' } });
  });
});
