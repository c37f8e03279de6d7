import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { CatalogueDefinition, SignalSubmission } from '@keten/shared';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { organisations } from '../../apps/server/src/organisations/organisation.schema.ts';
import type { LoggedIn } from './auth.ts';
import type { TestApp } from './test-app.ts';

/** Factories for referral, victim file and procedure tests: fictional people only. */

type Over = { person?: Partial<SignalSubmission['person']>; context?: Partial<SignalSubmission['context']>; assessment?: Partial<SignalSubmission['assessment']>; consent?: SignalSubmission['consent'] };

export async function signalFactory(t: TestApp): Promise<(over?: Over) => SignalSubmission> {
  const catalogues = (await t.app.inject({ method: 'GET', url: '/api/catalogues' })).json<{ data: CatalogueDefinition[] }>().data;
  const g = catalogues.find((c) => c.key === 'general');
  if (!g) {
    throw new Error('no general catalogue');
  }
  return (over = {}) => ({
    id: randomUUID(),
    consent: over.consent ?? 'yes',
    narrative: 'Fictional: works 14 hours a day at a car wash.',
    traces: [],
    indicators: { catalogueVersions: [{ key: g.key, version: g.version }], ticks: g.indicators.slice(0, 2).map((i) => ({ catalogue: g.key, id: i.id })) },
    assessment: { forms: ['labour'], smuggling: 'none', exploitationCountry: 'BE', ...over.assessment },
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
      documentNumber: 'RO1234567',
      ...over.person,
    },
  });
}

export function expectOk(res: LightMyRequestResponse, status: number): void {
  if (res.statusCode !== status) {
    throw new Error(`expected ${String(status)}, got ${String(res.statusCode)}: ${res.body}`);
  }
}

export async function submitSignal(t: TestApp, who: LoggedIn, s: SignalSubmission): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/signals', headers: who.headers, payload: s });
  expectOk(res, 201);
  return res.json<{ id: string }>().id;
}

/** A signal made by `reporter`, accepted in triage by `centre`, opened as a victim file. */
export async function openVictimFile(t: TestApp, reporter: LoggedIn, centre: LoggedIn, s: SignalSubmission): Promise<string> {
  const signalId = await submitSignal(t, reporter, s);
  const decision = await t.app.inject({ method: 'POST', url: `/api/signals/${signalId}/decision`, headers: centre.headers, payload: { decision: 'accept', reason: 'Fictional intake', version: 1 } });
  expectOk(decision, 200);
  const file = await t.app.inject({ method: 'POST', url: '/api/victim-files', headers: centre.headers, payload: { signalId } });
  expectOk(file, 201);
  return file.json<{ id: string }>().id;
}

export async function orgId(t: TestApp, key: string): Promise<string> {
  const id = demoOrganisationId(key);
  const [row] = await t.database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
  if (!row) {
    throw new Error(`no demo organisation ${key}`);
  }
  return row.id;
}

/** A presented record as the API sends it. */
export interface PresentedBody {
  data: Record<string, unknown>;
  sections: string[];
  relationship: string;
  actions: string[];
}
