import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDefinition, SignalSubmission } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { queryRows } from '../../apps/server/src/db/types.ts';
import { notifications } from '../../apps/server/src/notifications/notification.schema.ts';
import { sweepDrafts } from '../../apps/server/src/signals/draft-sweep.ts';
import { solveChallenge } from '../../apps/server/src/signals/proof-of-work.ts';
import { signalDrafts, signals, signalTraces } from '../../apps/server/src/signals/signal.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const who: Record<string, LoggedIn> = {};
let catalogues: CatalogueDefinition[] = [];

beforeAll(async () => {
  t = await createTestApp({ demo: true, env: { KETEN_PUBLIC_REPORT_POW_BITS: '8', KETEN_PUBLIC_REPORTS_PER_HOUR: '4' } });
  for (const key of ['reporter', 'caseworker', 'coordinator', 'caseworker-payoke', 'investigator', 'coordinator-national', 'financial']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  catalogues = (await t.app.inject({ method: 'GET', url: '/api/catalogues' })).json<{ data: CatalogueDefinition[] }>().data;
});
afterAll(async () => {
  await t.close();
});

const general = () => catalogues.find((c) => c.key === 'general')!;
type Over = Omit<Partial<SignalSubmission>, 'person' | 'context'> & { person?: Partial<SignalSubmission['person']>; context?: Partial<SignalSubmission['context']> };
function signal(over: Over = {}): SignalSubmission {
  const g = general();
  return {
    id: randomUUID(),
    consent: 'yes',
    narrative: 'Fictional: met at a roadside check, works 14 hours a day.',
    traces: [
      { kind: 'phone', value: '+32 470 00 00 99', note: 'the boss' },
      { kind: 'company', value: '0403.170.701' },
      { kind: 'bank_account', value: 'BE68 5390 0754 7034' },
    ],
    indicators: { catalogueVersions: [{ key: g.key, version: g.version }], ticks: g.indicators.slice(0, 3).map((i) => ({ catalogue: g.key, id: i.id })) },
    assessment: { forms: ['labour'], smuggling: 'none', exploitationCountry: 'BE' },
    ...over,
    context: { encounteredOn: '2026-11-20', judicialDistrict: 'brussels', municipality: 'Anderlecht', sector: 'construction', howEncountered: 'patrol_or_check', immediateDanger: false, ...over.context },
    person: {
      familyName: 'Fictivescu',
      givenName: 'Ion',
      minor: 'no',
      ageYears: 34,
      gender: 'male',
      nationality: 'RO',
      languages: ['ro'],
      interpreterNeeded: true,
      unaccompanied: null,
      personCount: 1,
      ...over.person,
    },
  };
}
const submit = (key: string, s: SignalSubmission) => t.app.inject({ method: 'POST', url: '/api/signals', headers: who[key]!.headers, payload: s });

describe('indicator catalogues', () => {
  it('ships the lists as versioned, translated data', () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(5);
    for (const c of catalogues) {
      expect(c.version).toBeGreaterThanOrEqual(1);
      expect(c.indicators.every((i) => i.text.nl && i.text.fr && i.text.de && i.text.en)).toBe(true);
    }
  });

  it('only the coordination bureau publishes a new version; the next number only; old signals keep theirs', async () => {
    const g = general();
    const next = { ...g, version: g.version + 1, indicators: [...g.indicators, { id: 'general.test_new_sign', text: { nl: 'Nieuw', fr: 'Nouveau', de: 'Neu', en: 'New' }, targetGroups: ['adult'], forms: ['labour'] }] };
    expect((await t.app.inject({ method: 'POST', url: '/api/catalogues', headers: who.caseworker!.headers, payload: next })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/catalogues', headers: who['coordinator-national']!.headers, payload: { ...next, version: g.version + 5 } })).statusCode).toBe(409);
    const old = signal();
    const ok = await t.app.inject({ method: 'POST', url: '/api/catalogues', headers: who['coordinator-national']!.headers, payload: next });
    expect(ok.statusCode).toBe(201);
    // A form still on the old version is refused with a message to reload (nothing is lost: drafts).
    const stale = await submit('reporter', old);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { details: { reason: 'catalogue_outdated', key: 'general', current: g.version + 1 } } });
    const v1 = await t.app.inject({ method: 'GET', url: `/api/catalogues/general/versions/${g.version}` });
    expect(v1.json<CatalogueDefinition>().indicators).toHaveLength(g.indicators.length);
    catalogues = (await t.app.inject({ method: 'GET', url: '/api/catalogues' })).json<{ data: CatalogueDefinition[] }>().data;
    expect(general().version).toBe(g.version + 1);
  });
});

describe('submitting a signal', () => {
  let first: SignalSubmission;
  let firstRef = '';

  it('gets a reference number, stores identity encrypted, and routes it to the district\'s centre and THB unit', async () => {
    first = signal();
    const res = await submit('reporter', first);
    expect(res.statusCode).toBe(201);
    firstRef = res.json<{ reference: string }>().reference;
    expect(firstRef).toMatch(/^SIG-\d{4}-\d{6}$/);
    const [row] = await t.database.db.select().from(signals).where(eq(signals.id, first.id));
    expect(row?.familyName).toBeInstanceOf(Buffer);
    expect(row?.ageBand).toBe('25-34');
    expect(row?.guidanceCodes).toContain('contact_centre');
    const triage = await t.app.inject({ method: 'GET', url: '/api/triage', headers: { cookie: who.caseworker!.cookie } });
    expect(triage.json<{ data: { data: { id: string } }[] }>().data.map((d) => d.data.id)).toContain(first.id);
    const elsewhere = await t.app.inject({ method: 'GET', url: '/api/triage', headers: { cookie: who['caseworker-payoke']!.cookie } });
    expect(elsewhere.json<{ data: { data: { id: string } }[] }>().data.map((d) => d.data.id)).not.toContain(first.id);
  });

  it('is idempotent: a retried submit with the same id returns the same signal, never a second one', async () => {
    const again = await submit('reporter', first);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ reference: string }>().reference).toBe(firstRef);
    const rows = await t.database.db.select().from(signals).where(eq(signals.id, first.id));
    expect(rows).toHaveLength(1);
    const [a, b] = await Promise.all([submit('reporter', signal({ id: first.id })), submit('reporter', first)]);
    expect([a.statusCode, b.statusCode].every((s) => s === 200)).toBe(true);
  });

  it('validates identifiers with messages per field: E.164 phone, IBAN checksum, enterprise number', async () => {
    const bad = signal({ traces: [{ kind: 'bank_account', value: 'BE68 5390 0754 7035' }, { kind: 'phone', value: '12' }, { kind: 'company', value: '0403.170.702' }] });
    const res = await submit('reporter', bad);
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ error: { details: { issues: { path: string; message: string }[] } } }>().error.details.issues.map((i) => `${i.path}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['body.traces.0.value:invalid_iban', 'body.traces.1.value:invalid_phone', 'body.traces.2.value:invalid_enterprise_number']));
  });

  it('refuses dates in the future and indicators that are not in the chosen list', async () => {
    expect((await submit('reporter', signal({ context: { encounteredOn: '2999-01-01' } }))).statusCode).toBe(400);
    const s = signal();
    s.indicators.ticks.push({ catalogue: 'general', id: 'general.does_not_exist' });
    expect((await submit('reporter', s)).statusCode).toBe(400);
  });
});

describe('anonymous notification', () => {
  it('refuses identity fields with 422 when an adult refuses referral', async () => {
    const res = await submit('reporter', signal({ consent: 'no' }));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'domain_rule', details: { reason: 'identity_in_anonymous' } } });
  });

  it('keeps indicators, forms, sector, gender, nationality and the exploiters\' traces — and no identity anywhere', async () => {
    const s = signal({ consent: 'no', narrative: undefined, context: { municipality: null }, person: { familyName: undefined, givenName: undefined, ageYears: 41 } });
    const res = await submit('reporter', s);
    expect(res.statusCode).toBe(201);
    expect(res.json<{ kind: string }>().kind).toBe('anonymous');
    const [row] = await queryRows<Record<string, unknown>>(t.database.db, sql`SELECT * FROM signals WHERE id = ${s.id}`);
    expect(row).toMatchObject({ kind: 'anonymous', family_name: null, given_name: null, birth_date: null, document_number: null, municipality: null, narrative: null, age_band: '35-44', gender: 'male', nationality: 'RO', sector: 'construction', judicial_district: 'brussels' });
    expect(row?.name_trgm).toEqual([]);
    const traces = await t.database.db.select().from(signalTraces).where(eq(signalTraces.signalId, s.id));
    expect(traces.map((x) => x.kind).sort()).toEqual(['bank_account', 'company', 'phone']);
    // The exploiter's phone is findable through the blind index across signals.
    expect(traces.find((x) => x.kind === 'phone')?.valueIdx).toBe(t.crypto.blindIndex.exactFor('phone', '+32470000099'));
  });

  it('a minor is never anonymous: identity may be given without consent', async () => {
    const res = await submit('reporter', signal({ consent: 'not_needed_minor', person: { minor: 'yes', ageYears: 15, nationality: 'AF', unaccompanied: 'yes' } }));
    expect(res.statusCode).toBe(201);
    expect(res.json<{ kind: string }>().kind).toBe('professional');
  });
});

describe('triage', () => {
  let s: SignalSubmission;
  beforeAll(async () => {
    s = signal();
    expect((await submit('reporter', s)).statusCode).toBe(201);
  });

  it('the centre sees the signal with SG and the identity given (audited); coordinators never triage', async () => {
    const one = await t.app.inject({ method: 'GET', url: `/api/signals/${s.id}`, headers: { cookie: who.caseworker!.cookie } });
    expect(one.statusCode).toBe(200);
    const body = one.json<{ data: Record<string, unknown>; sections: string[]; actions: string[] }>();
    expect(body.data).toMatchObject({ familyName: 'Fictivescu', sector: 'construction' });
    expect(body.sections).toEqual(expect.arrayContaining(['ID', 'SG']));
    expect(body.actions).toEqual(expect.arrayContaining(['decide', 'ask_reporter']));
    expect((await t.app.inject({ method: 'GET', url: '/api/triage', headers: { cookie: who.coordinator!.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/signals/${s.id}`, headers: { cookie: who['caseworker-payoke']!.cookie } })).statusCode).toBe(404);
  });

  it('asks the reporter a question through Keten; the reporter answers', async () => {
    const q = await t.app.inject({ method: 'POST', url: `/api/signals/${s.id}/questions`, headers: who.caseworker!.headers, payload: { question: 'Did the person say where they sleep?' } });
    expect(q.statusCode).toBe(201);
    const qid = q.json<{ id: string }>().id;
    const a = await t.app.inject({ method: 'POST', url: `/api/signals/${s.id}/questions/${qid}/answer`, headers: who.reporter!.headers, payload: { answer: 'In a container on the site.' } });
    expect(a.statusCode).toBe(204);
    const thread = await t.app.inject({ method: 'GET', url: `/api/signals/${s.id}/questions`, headers: { cookie: who.caseworker!.cookie } });
    expect(thread.json<{ data: { answer: string }[] }>().data[0]?.answer).toBe('In a container on the site.');
  });

  it('decides with a reason, audited; a stale version gets 409; a decided signal cannot be decided again', async () => {
    const view = (await t.app.inject({ method: 'GET', url: `/api/signals/${s.id}`, headers: { cookie: who.caseworker!.cookie } })).json<{ data: { version: number } }>();
    const ok = await t.app.inject({ method: 'POST', url: `/api/signals/${s.id}/decision`, headers: who.caseworker!.headers, payload: { decision: 'refer', reason: 'Clear signs of labour exploitation', version: view.data.version } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'referred' });
    const stale = await t.app.inject({ method: 'POST', url: `/api/signals/${s.id}/decision`, headers: who.investigator!.headers, payload: { decision: 'not_trafficking', reason: 'x'.repeat(5), version: view.data.version } });
    expect(stale.statusCode).toBe(409);
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, s.id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['signal.submitted', 'record.viewed', 'signal.question_asked', 'signal.triaged']));
    // Once decided, the server no longer offers the decision (the UI shows exactly what it gets).
    const after = await t.app.inject({ method: 'GET', url: `/api/signals/${s.id}`, headers: { cookie: who.caseworker!.cookie } });
    expect(after.json<{ actions: string[] }>().actions).not.toContain('decide');
  });

  it('after referral the reporter sees the status only, not the file', async () => {
    const mine = await t.app.inject({ method: 'GET', url: '/api/signals/mine', headers: { cookie: who.reporter!.cookie } });
    expect(mine.json<{ data: { id: string; status: string }[] }>().data.find((x) => x.id === s.id)?.status).toBe('referred');
    const own = await t.app.inject({ method: 'GET', url: `/api/signals/${s.id}`, headers: { cookie: who.reporter!.cookie } });
    expect(own.statusCode, own.body).toBe(200);
    expect(Object.keys(own.json<{ data: Record<string, unknown> }>().data).sort()).toEqual(['createdAt', 'id', 'kind', 'reference', 'status', 'version']);
    const [notice] = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'signal.status_changed'));
    expect(notice?.payload).toMatchObject({ signalId: s.id, status: 'referred' });
  });
});

describe('drafts', () => {
  it('save as the user types, are private to their author, and expire', async () => {
    const id = randomUUID();
    const save = await t.app.inject({ method: 'PUT', url: `/api/signal-drafts/${id}`, headers: who.reporter!.headers, payload: { data: { person: { familyName: 'Draftovici' } }, step: 'person' } });
    expect(save.statusCode).toBe(200);
    const [row] = await t.database.db.select().from(signalDrafts).where(eq(signalDrafts.id, id));
    expect(row?.data.toString('latin1')).not.toContain('Draftovici');
    expect((await t.app.inject({ method: 'GET', url: `/api/signal-drafts/${id}`, headers: { cookie: who.reporter!.cookie } })).json()).toMatchObject({ data: { person: { familyName: 'Draftovici' } } });
    expect((await t.app.inject({ method: 'GET', url: `/api/signal-drafts/${id}`, headers: { cookie: who.caseworker!.cookie } })).statusCode).toBe(404);
    await t.database.db.update(signalDrafts).set({ updatedAt: new Date(Date.now() - 22 * 86_400_000) }).where(eq(signalDrafts.id, id));
    expect(await sweepDrafts(t.database.db)).toMatchObject({ reminded: 1, deleted: 0 });
    await t.database.db.update(signalDrafts).set({ updatedAt: new Date(Date.now() - 29 * 86_400_000) }).where(eq(signalDrafts.id, id));
    expect(await sweepDrafts(t.database.db)).toMatchObject({ deleted: 1 });
    expect(await t.database.db.select().from(signalDrafts).where(eq(signalDrafts.id, id))).toHaveLength(0);
  });

  it('a submitted signal deletes its draft', async () => {
    const s = signal();
    await t.app.inject({ method: 'PUT', url: `/api/signal-drafts/${s.id}`, headers: who.reporter!.headers, payload: { data: { step: 1 } } });
    expect((await submit('reporter', s)).statusCode).toBe(201);
    expect(await t.database.db.select().from(signalDrafts).where(eq(signalDrafts.id, s.id))).toHaveLength(0);
  });
});

describe('the public report form', () => {
  const report = async (over: Record<string, unknown> = {}, ip = '10.20.0.1') => {
    const ch = (await t.app.inject({ method: 'GET', url: '/api/public/report-challenge', remoteAddress: ip })).json<{ challenge: string; difficulty: number }>();
    const nonce = solveChallenge(ch.challenge, ch.difficulty);
    return t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      remoteAddress: ip,
      payload: { language: 'fr', description: 'Des personnes dorment dans le restaurant d\'à côté.', judicialDistrict: 'liege', minorInvolved: 'unsure', immediateDanger: false, forms: ['labour'], proof: { challenge: ch.challenge, nonce }, ...over },
    });
  };

  it('lands in triage with a reference, anonymously', async () => {
    const res = await report();
    expect(res.statusCode).toBe(202);
    const ref = res.json<{ reference: string }>().reference;
    expect(ref).toMatch(/^PUB-\d{4}-\d{6}$/);
    const [row] = await t.database.db.select().from(signals).where(eq(signals.reference, ref));
    expect(row?.kind).toBe('public_report');
    // Routed to Brussels, PAG-ASA triages it: it may decide, but there is no reporter account to ask.
    const bxl = await report({ judicialDistrict: 'brussels' }, '10.20.0.6');
    const [bxlRow] = await t.database.db.select().from(signals).where(eq(signals.reference, bxl.json<{ reference: string }>().reference));
    const opened = await t.app.inject({ method: 'GET', url: `/api/signals/${bxlRow!.id}`, headers: { cookie: who.caseworker!.cookie } });
    expect(opened.json<{ actions: string[] }>().actions).toEqual(['decide']);
  });

  it('answers a filled honeypot like a success but stores nothing', async () => {
    const before = (await t.database.db.select().from(signals).where(eq(signals.kind, 'public_report'))).length;
    const res = await report({ website: 'http://spam.example' }, '10.20.0.2');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ reference: null });
    expect(await t.database.db.select().from(signals).where(eq(signals.kind, 'public_report'))).toHaveLength(before);
  });

  it('refuses a missing or reused proof of work', async () => {
    const ch = (await t.app.inject({ method: 'GET', url: '/api/public/report-challenge', remoteAddress: '10.20.0.3' })).json<{ challenge: string; difficulty: number }>();
    const bad = await t.app.inject({ method: 'POST', url: '/api/public/reports', remoteAddress: '10.20.0.3', payload: { language: 'nl', description: 'Iets verdachts gezien hier.', judicialDistrict: null, minorInvolved: 'no', immediateDanger: false, proof: { challenge: ch.challenge, nonce: 'not-solved' } } });
    expect([422]).toContain(bad.statusCode);
    const nonce = solveChallenge(ch.challenge, ch.difficulty);
    const payload = { language: 'nl', description: 'Iets verdachts gezien hier.', judicialDistrict: null, minorInvolved: 'no', immediateDanger: false, proof: { challenge: ch.challenge, nonce } };
    expect((await t.app.inject({ method: 'POST', url: '/api/public/reports', remoteAddress: '10.20.0.4', payload })).statusCode).toBe(202);
    const replay = await t.app.inject({ method: 'POST', url: '/api/public/reports', remoteAddress: '10.20.0.5', payload });
    expect(replay.statusCode).toBe(422);
    expect(replay.json()).toMatchObject({ error: { details: { reason: 'proof_reused' } } });
  });

  it('is rate-limited per IP', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await report({}, '10.20.9.9')).statusCode);
    }
    expect(codes.slice(0, 4)).toEqual([202, 202, 202, 202]);
    expect(codes.slice(4)).toEqual([429, 429]);
  });
});
