import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, Referral, RoutingProposal } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { jobs } from '../../apps/server/src/jobs/job.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { type PresentedBody, expectOk, openVictimFile, orgId, signalFactory, submitSignal } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const who: Record<string, LoggedIn> = {};
let signal: Awaited<ReturnType<typeof signalFactory>>;
const org: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  for (const key of ['reporter', 'caseworker', 'coordinator', 'caseworker-payoke', 'investigator', 'magistrate', 'immigration']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  signal = await signalFactory(t);
  for (const key of ['centre-pagasa', 'centre-payoke', 'dvz-minteh', 'fgp-brussel-thb', 'parquet-bruxelles', 'auditorat-bruxelles', 'parquet-jeunesse-bruxelles', 'dienst-voogdij', 'nl-comensha']) {
    org[key] = await orgId(t, key);
  }
});
afterAll(async () => {
  await t.close();
});

const as = (key: string) => who[key]!;
const refer = (key: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/referrals', headers: as(key).headers, payload });
const respond = (key: string, id: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/referrals/${id}/respond`, headers: as(key).headers, payload });
const viewFile = (key: string, id: string) => t.app.inject({ method: 'GET', url: `/api/victim-files/${id}`, headers: { cookie: as(key).cookie } });
const proposals = async (key: string, sourceType: string, sourceId: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/referrals/proposals?sourceType=${sourceType}&sourceId=${sourceId}`, headers: { cookie: as(key).cookie } });
  expectOk(res, 200);
  return res.json<{ data: RoutingProposal[] }>().data;
};

describe('routing rules (data)', () => {
  it('proposes the district centre and, for labour exploitation, the labour auditor of the district', async () => {
    const id = await submitSignal(t, as('reporter'), signal());
    const p = await proposals('reporter', 'signal', id);
    expect(p.filter((x) => x.purpose === 'centre_intake').map((x) => x.organisationId)).toEqual([org['centre-pagasa']]);
    const magistrate = p.filter((x) => x.purpose === 'reference_magistrate');
    expect(magistrate.map((x) => x.organisationId)).toEqual([org['auditorat-bruxelles']]);
    expect(magistrate[0]?.rule).toBe('labour_exploitation');
    expect(p.every((x) => x.consentNeeded)).toBe(true);
  });

  it('prefers a centre speaking the person’s language among those serving the district', async () => {
    const id = await submitSignal(t, as('reporter'), signal({ person: { languages: ['fr'] } }));
    const centre = (await proposals('reporter', 'signal', id)).find((x) => x.purpose === 'centre_intake');
    expect(centre?.rule).toBe('district_language');
  });

  it('adds the youth prosecutor for a possible minor and the Guardianship Service for an unaccompanied foreign minor, without consent', async () => {
    const id = await submitSignal(t, as('reporter'), signal({ consent: 'not_needed_minor', person: { minor: 'unsure', ageYears: 16, unaccompanied: 'yes', nationality: 'NG' }, assessment: { forms: ['sexual'] } }));
    const p = await proposals('reporter', 'signal', id);
    expect(p.find((x) => x.purpose === 'youth_prosecutor')?.organisationId).toBe(org['parquet-jeunesse-bruxelles']);
    expect(p.find((x) => x.purpose === 'guardianship')?.organisationId).toBe(org['dienst-voogdij']);
    expect(p.find((x) => x.purpose === 'reference_magistrate')?.organisationId).toBe(org['parquet-bruxelles']);
    expect(p.every((x) => !x.consentNeeded)).toBe(true);
  });

  it('does not alert the Guardianship Service for an EEA minor, and adds the Benelux contact point when exploited in NL', async () => {
    const id = await submitSignal(t, as('reporter'), signal({ consent: 'not_needed_minor', person: { minor: 'yes', ageYears: 15, unaccompanied: 'yes', nationality: 'RO' }, assessment: { exploitationCountry: 'NL' } }));
    const p = await proposals('reporter', 'signal', id);
    expect(p.some((x) => x.purpose === 'guardianship')).toBe(false);
    expect(p.some((x) => x.purpose === 'benelux_contact_point' && x.organisationId === org['nl-comensha'])).toBe(true);
  });
  it('never proposes the sender’s own organisation (a centre referring its own file sees the other partners only)', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    const p = await proposals('caseworker', 'victim_file', fileId);
    expect(p.length).toBeGreaterThan(0);
    expect(p.some((x) => x.organisationId === org['centre-pagasa'])).toBe(false);
    expect(p.some((x) => x.purpose === 'reference_magistrate')).toBe(true);
  });
});

describe('the consent gate', () => {
  let signalId: string;
  beforeAll(async () => {
    signalId = await submitSignal(t, as('reporter'), signal());
  });

  it('refuses an adult’s referral without recorded consent (422 with the rule)', async () => {
    const res = await refer('reporter', { source: { type: 'signal', id: signalId }, toOrganisationId: org['centre-pagasa'], purpose: 'centre_intake' });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'consent_required' });
  });

  it('refuses a consent date in the future', async () => {
    const res = await refer('reporter', { source: { type: 'signal', id: signalId }, toOrganisationId: org['centre-pagasa'], purpose: 'centre_intake', consentRecordedOn: '2099-01-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toMatchObject({ reason: 'date_in_future' });
  });

  it('an override needs the capability referral.consent_override and a reason, and is audited', async () => {
    const body = { source: { type: 'signal', id: signalId }, toOrganisationId: org['fgp-brussel-thb'], purpose: 'investigation', consentOverrideReason: 'Immediate danger to others (fictional)' };
    const refused = await refer('caseworker', body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ErrorBody>().error.details).toMatchObject({ capability: 'referral.consent_override' });
    const ok = await refer('coordinator', body);
    expectOk(ok, 201);
    const r = ok.json<Referral>();
    expect(r.consent).toBe('overridden');
    const events = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'referral.consent_overridden'), eq(auditEvents.recordId, signalId)));
    expect(events).toHaveLength(1);
    expect(events[0]?.reason).toBe('Immediate danger to others (fictional)');
  });

  it('a minor is referred without consent', async () => {
    const minorSignal = await submitSignal(t, as('reporter'), signal({ consent: 'not_needed_minor', person: { minor: 'yes', ageYears: 16 } }));
    const res = await refer('reporter', { source: { type: 'signal', id: minorSignal }, toOrganisationId: org['parquet-jeunesse-bruxelles'], purpose: 'youth_prosecutor' });
    expectOk(res, 201);
    expect(res.json<Referral>().consent).toBe('not_needed_minor');
  });

  it('another centre than the routing rules propose needs a reason', async () => {
    const base = { source: { type: 'signal', id: signalId }, toOrganisationId: org['centre-payoke'], purpose: 'centre_intake', consentRecordedOn: '2026-11-20' };
    const res = await refer('reporter', base);
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'routing_override_needs_reason', proposed: [org['centre-pagasa']] });
    expectOk(await refer('reporter', { ...base, routingOverrideReason: 'The person asked for Antwerp (fictional)' }), 201);
  });
});

describe('access follows the referral', () => {
  it('a centre accepting a signal opens a victim file it owns; time to acceptance is measured', async () => {
    const signalId = await submitSignal(t, as('reporter'), signal({ context: { judicialDistrict: 'antwerp' } }));
    const sent = await refer('reporter', { source: { type: 'signal', id: signalId }, toOrganisationId: org['centre-payoke'], purpose: 'centre_intake', consentRecordedOn: '2026-11-21' });
    expectOk(sent, 201);
    const r = sent.json<Referral>();
    expect(r.status).toBe('sent');
    const incoming = await t.app.inject({ method: 'GET', url: '/api/referrals?direction=incoming', headers: { cookie: as('caseworker-payoke').cookie } });
    expect(incoming.json<{ data: Referral[] }>().data.map((x) => x.id)).toContain(r.id);
    // Only the recipient answers.
    expect((await respond('caseworker', r.id, { decision: 'accept', version: r.version })).statusCode).toBe(404);
    const stale = await respond('caseworker-payoke', r.id, { decision: 'accept', version: r.version + 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: r.version });
    const accepted = await respond('caseworker-payoke', r.id, { decision: 'accept', version: r.version });
    expectOk(accepted, 200);
    const a = accepted.json<Referral>();
    expect(a.status).toBe('accepted');
    expect(a.victimFileId).not.toBeNull();
    expect(a.minutesToAnswer).toBeGreaterThanOrEqual(0);
    const file = await viewFile('caseworker-payoke', a.victimFileId!);
    expectOk(file, 200);
    expect(file.json<PresentedBody>().relationship).toBe('owner');
    expect(file.json<PresentedBody>().data.familyName).toBe('Fictivescu');
    // The referring organisation keeps its signal, not the victim file (a reporter cannot even ask;
    // the referring police unit's investigator is simply not found).
    expect((await viewFile('reporter', a.victimFileId!)).statusCode).toBe(403);
    expect((await viewFile('investigator', a.victimFileId!)).statusCode).toBe(404);
    expectOk(await t.app.inject({ method: 'GET', url: `/api/signals/${signalId}`, headers: { cookie: as('reporter').cookie } }), 200);
    // Answered once only.
    const again = await respond('caseworker-payoke', r.id, { decision: 'decline', reason: 'Too late', version: a.version });
    expect(again.statusCode).toBe(422);
    expect(again.json<ErrorBody>().error.details).toEqual({ reason: 'referral_not_open', status: 'accepted' });
  });

  it('police with an accepted referral see ID, JU, SG and the PR phase only; withdrawing removes it at once; psychosocial notes never leave the centre', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/notes`, headers: as('caseworker').headers, payload: { section: 'PS', occurredOn: '2026-11-21', text: 'Fictional: sleeps badly.' } }), 201);
    expectOk(await t.app.inject({ method: 'POST', url: `/api/victim-files/${fileId}/procedure`, headers: as('caseworker').headers, payload: { country: 'BE', startedOn: '2026-11-21' } }), 201);
    expect((await viewFile('investigator', fileId)).statusCode).toBe(404);
    const sent = await refer('caseworker', { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['fgp-brussel-thb'], purpose: 'investigation', consentRecordedOn: '2026-11-21' });
    expectOk(sent, 201);
    const r = sent.json<Referral>();
    // Sent is not accepted: no access yet.
    expect((await viewFile('investigator', fileId)).statusCode).toBe(404);
    expectOk(await respond('investigator', r.id, { decision: 'accept', version: r.version }), 200);
    const seen = await viewFile('investigator', fileId);
    expectOk(seen, 200);
    const body = seen.json<{ data: Record<string, unknown>; sections: string[]; relationship: string }>();
    expect(body.relationship).toBe('referred');
    expect(body.sections.sort()).toEqual(['ID', 'JU', 'PR', 'SG']);
    expect(body.data.phase).toBe('detection');
    expect(body.data).not.toHaveProperty('procedure');
    expect(body.data).not.toHaveProperty('psychosocialNotes');
    expect(body.data).not.toHaveProperty('contact');
    expect(JSON.stringify(body)).not.toContain('sleeps badly');
    const current = (await t.app.inject({ method: 'GET', url: `/api/referrals/${r.id}`, headers: { cookie: as('caseworker').cookie } })).json<Referral>();
    expectOk(await t.app.inject({ method: 'POST', url: `/api/referrals/${r.id}/withdraw`, headers: as('caseworker').headers, payload: { reason: 'Sent by mistake', version: current.version } }), 200);
    expect((await viewFile('investigator', fileId)).statusCode).toBe(404);
  });

  it('declining gives nothing, with a reason the sender sees', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    const sent = (await refer('caseworker', { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['parquet-bruxelles'], purpose: 'reference_magistrate', consentRecordedOn: '2026-11-21' })).json<Referral>();
    expect((await respond('magistrate', sent.id, { decision: 'decline', version: sent.version })).statusCode).toBe(400);
    const declined = await respond('magistrate', sent.id, { decision: 'decline', reason: 'Not our district (fictional)', version: sent.version });
    expectOk(declined, 200);
    expect(declined.json<Referral>().status).toBe('declined');
    expect((await viewFile('magistrate', fileId)).statusCode).toBe(404);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/referrals?direction=outgoing', headers: { cookie: as('caseworker').cookie } })).json<{ data: Referral[] }>().data;
    expect(mine.find((x) => x.id === sent.id)?.declineReason).toBe('Not our district (fictional)');
  });

  it('a transfer shows the receiving centre ID PR SG while it decides; ownership moves on acceptance', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    const base = { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['centre-payoke'], purpose: 'transfer', consentRecordedOn: '2026-11-21' };
    expect((await refer('caseworker', base)).statusCode).toBe(403);
    const sent = await refer('coordinator', base);
    expectOk(sent, 201);
    const shared = await viewFile('caseworker-payoke', fileId);
    expectOk(shared, 200);
    expect(shared.json<PresentedBody>().relationship).toBe('shared');
    expect(shared.json<PresentedBody>().sections.sort()).toEqual(['ID', 'PR', 'SG']);
    expectOk(await respond('caseworker-payoke', sent.json<Referral>().id, { decision: 'accept', version: 1 }), 200);
    expect((await viewFile('caseworker-payoke', fileId)).json<PresentedBody>().relationship).toBe('owner');
    expect((await viewFile('caseworker', fileId)).statusCode).toBe(404);
  });

  it('an urgent referral queues the on-call mail at once', async () => {
    const signalId = await submitSignal(t, as('reporter'), signal());
    const res = await refer('reporter', { source: { type: 'signal', id: signalId }, toOrganisationId: org['centre-pagasa'], purpose: 'centre_intake', urgent: true, consentRecordedOn: '2026-11-21' });
    expectOk(res, 201);
    const r = res.json<Referral>();
    expect(new Date(r.answerDueAt).getTime() - new Date(r.sentAt).getTime()).toBeCloseTo(4 * 3_600_000, -4);
    const queued = await t.database.db.select().from(jobs).where(eq(jobs.kind, 'case.mail'));
    expect(queued.some((j) => (j.payload as { referralId?: string }).referralId === r.id)).toBe(true);
  });
});

describe('a closed file', () => {
  it('is referred to nobody (422 with the rule)', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    expectOk(await t.app.inject({ method: 'PATCH', url: `/api/victim-files/${fileId}`, headers: as('caseworker').headers, payload: { version: 1, status: 'closed', closingReason: 'Fictional: returned home' } }), 200);
    const res = await refer('caseworker', { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['fgp-brussel-thb'], purpose: 'investigation', consentRecordedOn: '2026-11-21' });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toEqual({ reason: 'file_closed', status: 'closed' });
  });
});

describe('withdrawing one referral ends only the access that referral gave', () => {
  const withdraw = async (id: string) => {
    const current = (await t.app.inject({ method: 'GET', url: `/api/referrals/${id}`, headers: { cookie: as('caseworker').cookie } })).json<Referral>();
    expectOk(await t.app.inject({ method: 'POST', url: `/api/referrals/${id}/withdraw`, headers: as('caseworker').headers, payload: { reason: 'Fictional: no longer needed', version: current.version } }), 200);
  };

  it('police holding two accepted referrals keep the file when one is withdrawn, and lose it with the last', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    const ids: string[] = [];
    for (const purpose of ['investigation', 'partner']) {
      const sent = await refer('caseworker', { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['fgp-brussel-thb'], purpose, consentRecordedOn: '2026-11-21', routingOverrideReason: 'Fictional: second question' });
      expectOk(sent, 201);
      expectOk(await respond('investigator', sent.json<Referral>().id, { decision: 'accept', version: 1 }), 200);
      ids.push(sent.json<Referral>().id);
    }
    // Withdrawing with a stale version: 409 with the current one, nothing changes.
    const stale = await t.app.inject({ method: 'POST', url: `/api/referrals/${ids[0]!}/withdraw`, headers: as('caseworker').headers, payload: { reason: 'Fictional: stale', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.details).toMatchObject({ reason: 'stale_version', currentVersion: 2 });
    await withdraw(ids[0]!);
    expectOk(await viewFile('investigator', fileId), 200);
    await withdraw(ids[1]!);
    expect((await viewFile('investigator', fileId)).statusCode).toBe(404);
  });

  it('withdrawing a referral the Immigration Office never accepted leaves its open document request alone', async () => {
    const fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    const post = (url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: as('caseworker').headers, payload });
    expectOk(await post(`/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: '2026-11-20' }), 201);
    expectOk(await post(`/api/victim-files/${fileId}/procedure/transitions`, { transition: 'start_reflection', occurredOn: '2026-11-21', version: 1 }), 200);
    expectOk(await post(`/api/victim-files/${fileId}/procedure/document-requests`, { requestedOn: '2026-11-21' }), 201);
    expectOk(await viewFile('immigration', fileId), 200);
    const sent = await refer('caseworker', { source: { type: 'victim_file', id: fileId }, toOrganisationId: org['dvz-minteh'], purpose: 'partner', consentRecordedOn: '2026-11-21', routingOverrideReason: 'Fictional: sent by mistake' });
    expectOk(sent, 201);
    await withdraw(sent.json<Referral>().id);
    expectOk(await viewFile('immigration', fileId), 200);
  });
});
