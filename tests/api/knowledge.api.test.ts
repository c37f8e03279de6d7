import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_ROLES, GuideSchema, UI_LANGUAGES, VictimInfoIndexSchema, type Guide, type GuideRole } from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { countPdfPages } from '../../apps/server/src/knowledge/pdf.ts';
import { VICTIM_PAGES } from '../../apps/server/src/knowledge/victim-pages.data.ts';
import { organisations } from '../../apps/server/src/organisations/organisation.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createFixtureTable, registerFixtureRoutes } from '../support/fixture-records.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// The public referral guide, the information pages for victims and the coordination directory.
let t: TestApp;
const who: Record<string, LoggedIn> = {};
const QUICK_EXIT = 'http://127.0.0.1:9/neutral-weather-page';
const SECRET_SHELTER = 'Verborgenweg 7, 1000 Brussel';

beforeAll(async () => {
  t = await createTestApp({
    demo: true,
    env: { KETEN_QUICK_EXIT_URL: QUICK_EXIT },
    extend: async (app) => {
      await createFixtureTable(app.deps.database.db);
      registerFixtureRoutes(app, app.deps.crypto);
    },
  });
  for (const key of ['caseworker', 'editor', 'investigator', 'org-admin']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  // A victim file whose (secret) shelter address must never surface on a public page.
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/fixture/files',
    headers: who.caseworker!.headers,
    payload: {
      familyName: 'Fictivescu',
      givenName: 'Ioana',
      phone: '+32470000123',
      shelterAddress: SECRET_SHELTER,
      psychosocialNotes: 'Fictional note',
      phase: 'reflection',
      documentNumber: 'DEMO-A15-0002',
      pvNumber: 'BR.99.L1.000002/26',
      district: 'brussels',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

const guide = async (role: GuideRole, lang: string, minor = false): Promise<Guide> => {
  const res = await t.app.inject({ method: 'GET', url: `/api/guide/${role}?lang=${lang}${minor ? '&minor=true' : ''}` });
  expect(res.statusCode, res.body).toBe(200);
  return GuideSchema.parse(res.json());
};
const codes = (g: Guide) => g.steps.map((s) => s.code);

describe('the referral guide (public, no login)', () => {
  it('lists the eight roles in each language', async () => {
    for (const lang of UI_LANGUAGES) {
      const res = await t.app.inject({ method: 'GET', url: `/api/guide?lang=${lang}` });
      expect(res.statusCode).toBe(200);
      expect(res.json<{ data: { role: string }[] }>().data.map((r) => r.role)).toEqual([...GUIDE_ROLES]);
    }
  });

  for (const role of GUIDE_ROLES) {
    it(`${role}: every language says to call 112 in danger, names the centres with their numbers and draws the procedure timeline`, async () => {
      const titles = new Set<string>();
      for (const lang of UI_LANGUAGES) {
        const g = await guide(role, lang);
        titles.add(g.title);
        expect(g.language).toBe(lang);
        expect(codes(g)[0]).toBe('call_112');
        expect(g.steps[0]!.text).toContain('112');
        expect(g.steps[0]!.urgent).toBe(true);
        expect(g.contacts.emergency.number).toBe('112');
        // Contacts come from the organisation records (the demo centres).
        expect(g.contacts.centres.map((c) => c.shortName).sort()).toEqual(['PAG-ASA', 'Payoke', 'Sürya']);
        expect(g.contacts.centres.every((c) => c.phone?.startsWith('+32'))).toBe(true);
        // The timeline is the procedure configuration, phases 0–4.
        expect(g.timeline.map((p) => p.code)).toEqual(BELGIAN_PROCEDURE.phases.map((p) => p.code));
        expect(g.timeline.find((p) => p.code === 'reflection')?.validity).toContain('45');
        expect(g.conditions.map((c) => c.code)).toEqual(['break_contact', 'accept_guidance', 'cooperate_with_justice']);
        // Signs come from the indicator catalogues.
        expect(g.signs.items.length).toBeGreaterThanOrEqual(5);
        expect(g.signs.catalogues.map((c) => c.key)).toContain('general');
        expect(g.rights.length).toBeGreaterThan(3);
        // Guidance never makes coercion a precondition.
        expect(codes(g)).not.toContain('require_coercion');
      }
      expect(titles.size).toBe(UI_LANGUAGES.length);
    });

    it(`${role}: a minor's path puts the Guardianship Service right after 112, in every language`, async () => {
      for (const lang of UI_LANGUAGES) {
        const g = await guide(role, lang, true);
        expect(codes(g)[1]).toBe(role === 'self' ? 'self_minor_guardian' : 'alert_guardianship_service');
        expect(g.contacts.guardianship.map((c) => c.id)).toEqual([demoOrganisationId('dienst-voogdij')]);
        expect(g.contacts.guardianship[0]!.phone).toBe('+3220000082');
        expect(g.minors.rules.length).toBeGreaterThan(0);
      }
    });
  }

  it("the doctor's path: contact a centre, 112, medical confidentiality, from the medical indicator list", async () => {
    for (const lang of UI_LANGUAGES) {
      const g = await guide('doctor', lang);
      expect(codes(g)).toEqual(expect.arrayContaining(['call_112', 'contact_centre', 'medical_confidentiality']));
      expect(g.signs.catalogues[0]!.key).toBe('medical');
    }
  });

  it("the citizen's path links the public report form /report", async () => {
    for (const lang of UI_LANGUAGES) {
      const g = await guide('citizen', lang);
      const report = g.steps.find((s) => s.link?.href === '/report');
      expect(report?.code).toBe('citizen_report');
      expect(report?.link?.label).toBeTruthy();
    }
  });

  it('the police path informs the reference magistrate; the bank path reports to CTIF-CFI from the financial list', async () => {
    expect(codes(await guide('police', 'fr'))).toEqual(expect.arrayContaining(['inform_magistrate', 'contact_centre', 'cross_border']));
    const bank = await guide('bank_employee', 'de');
    expect(codes(bank)).toEqual(expect.arrayContaining(['bank_report', 'bank_no_tipping_off']));
    expect(bank.signs.catalogues[0]!.key).toBe('financial');
    expect((await guide('teacher', 'nl')).signs.catalogues[0]!.key).toBe('schools_teen_pimps');
  });

  it('"I think I am a victim" speaks to the person, in plain words, and points to the victim pages', async () => {
    const g = await guide('self', 'en');
    expect(codes(g)).toEqual(expect.arrayContaining(['self_call_centre', 'self_not_your_fault', 'self_read_more']));
    expect(g.timeline.find((p) => p.code === 'reflection')?.text).toMatch(/You get 45 days/);
    expect(g.steps.find((s) => s.code === 'self_read_more')?.link?.href).toBe('/help');
  });

  it('prints a one-page leaflet per role in each language', async () => {
    for (const role of GUIDE_ROLES) {
      for (const lang of UI_LANGUAGES) {
        const res = await t.app.inject({ method: 'GET', url: `/api/guide/${role}/leaflet.pdf?lang=${lang}` });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toBe(`attachment; filename="keten-guide-${role}-${lang}.pdf"`);
        expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(countPdfPages(res.rawPayload), `${role} ${lang}`).toBe(1);
      }
    }
  });

  it('refuses an unknown role or language', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/guide/astronaut' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/guide/doctor?lang=xx' })).statusCode).toBe(400);
  });
});

describe('shelter locations are never public', () => {
  const SHELTER_WORDS = /shelter|opvanghuis|refuge|foyer d.accueil|schutzhaus|frauenhaus|geheim adres|adresse secrète/i;

  function keysOf(value: unknown): string[] {
    if (Array.isArray(value)) {
      return value.flatMap(keysOf);
    }
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
    }
    return [];
  }

  it('the public directory and every guide carry no shelter field, word or address — only office addresses of organisations', async () => {
    const answers: unknown[] = [];
    for (const lang of UI_LANGUAGES) {
      answers.push((await t.app.inject({ method: 'GET', url: `/api/directory?lang=${lang}` })).json());
      for (const role of GUIDE_ROLES) {
        answers.push((await t.app.inject({ method: 'GET', url: `/api/guide/${role}?lang=${lang}` })).json());
        answers.push((await t.app.inject({ method: 'GET', url: `/api/guide/${role}?lang=${lang}&minor=true` })).json());
      }
    }
    const officeAddresses = new Set((await t.database.db.select({ c: organisations.publicContact }).from(organisations)).map((r) => r.c.officeAddress).filter(Boolean));
    for (const answer of answers) {
      const text = JSON.stringify(answer);
      expect(text).not.toMatch(SHELTER_WORDS);
      expect(text).not.toContain(SECRET_SHELTER);
      expect(text).not.toContain('Verborgenweg');
      expect(keysOf(answer).filter((k) => /shelter|onCall/i.test(k))).toEqual([]);
      for (const m of text.matchAll(/"officeAddress":"([^"]*)"/g)) {
        expect(officeAddresses.has(m[1])).toBe(true);
      }
    }
  });
});

describe('the coordination directory', () => {
  it('public visitors see the help organisations with public contact data, no police or prosecutors, no on-call lines', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory?lang=fr' });
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: { type: string; name: string; hours: string | null; onCall?: unknown }[] }>().data;
    expect(new Set(data.map((d) => d.type))).toEqual(new Set(['specialised_centre', 'guardianship_service', 'benelux_contact_point', 'national_rapporteur', 'ngo']));
    expect(data.find((d) => d.name === 'PAG-ASA')?.hours).toBe('joignable jour et nuit');
    expect(data.some((d) => 'onCall' in d)).toBe(false);
    const police = await t.app.inject({ method: 'GET', url: `/api/directory/${demoOrganisationId('fgp-brussel-thb')}` });
    expect(police.statusCode).toBe(404);
  });

  it('lists the Benelux contact points for the Netherlands and Luxembourg', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory?type=benelux_contact_point' });
    expect(res.json<{ data: { country: string }[] }>().data.map((d) => d.country).sort()).toEqual(['LU', 'NL']);
  });

  it('filters by judicial district served and by language', async () => {
    const eupen = await t.app.inject({ method: 'GET', url: '/api/directory?type=specialised_centre&district=eupen' });
    expect(eupen.json<{ data: { shortName: string }[] }>().data.map((d) => d.shortName)).toEqual(['Sürya']);
    const german = await t.app.inject({ method: 'GET', url: '/api/directory?type=specialised_centre&language=de' });
    expect(german.json<{ data: { shortName: string }[] }>().data.map((d) => d.shortName)).toEqual(['Sürya']);
  });

  it('professionals see every organisation of the chain and the on-call contacts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory?type=federal_police_thb', headers: { cookie: who.investigator!.cookie } });
    const fgp = res.json<{ data: { id: string; onCall: { phone: string }[] }[] }>().data.find((d) => d.id === demoOrganisationId('fgp-brussel-thb'));
    expect(fgp?.onCall.map((c) => c.phone)).toEqual(['+3220000039']);
  });

  it("an organisation's administrator keeps its own on-call lines, not another's; the bureau may edit all; stale edits → 409", async () => {
    const payload = { label: 'Nachtpermanentie', phone: '+3220000018', hours: '22:00–08:00' };
    const own = await t.app.inject({ method: 'POST', url: `/api/directory/${demoOrganisationId('centre-pagasa')}/on-call`, headers: who['org-admin']!.headers, payload });
    expect(own.statusCode).toBe(201);
    const other = await t.app.inject({ method: 'POST', url: `/api/directory/${demoOrganisationId('centre-payoke')}/on-call`, headers: who['org-admin']!.headers, payload });
    expect(other.statusCode).toBe(403);
    const caseworker = await t.app.inject({ method: 'POST', url: `/api/directory/${demoOrganisationId('centre-pagasa')}/on-call`, headers: who.caseworker!.headers, payload });
    expect(caseworker.statusCode).toBe(403);
    const { id, version } = own.json<{ id: string; version: number }>();
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/on-call-contacts/${id}`, headers: who.editor!.headers, payload: { version, phone: '+3220000017' } });
    expect(edit.statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/on-call-contacts/${id}`, headers: who['org-admin']!.headers, payload: { version, phone: '+3220000016' } });
    expect(stale.statusCode).toBe(409);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/directory/${demoOrganisationId('centre-pagasa')}/on-call`, payload });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('information for victims', () => {
  it('serves the published pages in each language, with the languages each page exists in and the quick-exit address', async () => {
    for (const lang of UI_LANGUAGES) {
      for (const audience of ['adult', 'child'] as const) {
        const res = await t.app.inject({ method: 'GET', url: `/api/victim-info?lang=${lang}&audience=${audience}` });
        expect(res.statusCode).toBe(200);
        const body = VictimInfoIndexSchema.parse(res.json());
        const expected = VICTIM_PAGES.filter((p) => p.language === lang && p.audience === audience).map((p) => p.slug);
        expect(body.data.map((p) => p.slug)).toEqual(expected);
        expect(body.data.every((p) => ['de', 'en', 'fr', 'nl'].every((l) => p.languages.includes(l)))).toBe(true);
        // Demo data adds an Arabic translation of one adult page: languages are data.
        expect(body.languages.map((l) => l.code)).toEqual(audience === 'adult' ? ['ar', 'de', 'en', 'fr', 'nl'] : ['de', 'en', 'fr', 'nl']);
        expect(body.languages.find((l) => l.code === 'ar')?.rtl ?? true).toBe(true);
        expect(body.quickExitUrl).toBe(QUICK_EXIT);
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    }
  });

  it('covers what trafficking is, rights, the procedure and its three conditions, unpaid wages and where to get help — for adults and for children', async () => {
    const slugs = ['what-is-trafficking', 'your-rights', 'protection-procedure', 'unpaid-wages', 'where-to-get-help'];
    for (const audience of ['adult', 'child'] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/victim-info?lang=en&audience=${audience}` });
      expect(res.json<{ data: { slug: string }[] }>().data.map((p) => p.slug)).toEqual(slugs);
    }
    const procedure = await t.app.inject({ method: 'GET', url: '/api/victim-info/protection-procedure?lang=nl&audience=adult' });
    expect(procedure.json<{ body: string }>().body).toMatch(/drie voorwaarden/);
    const wages = await t.app.inject({ method: 'GET', url: '/api/victim-info/unpaid-wages?lang=fr&audience=adult' });
    expect(wages.json<{ body: string }>().body).toMatch(/Caisse des Dépôts et Consignations/);
  });

  it('an editor adds an Arabic translation without code: it is right-to-left, draft until published, then listed', async () => {
    const payload = { slug: 'your-rights', audience: 'adult', language: 'ar', title: 'حقوقك', body: '## حقوقك\n\nلديك الحق في المساعدة.' };
    const notEditor = await t.app.inject({ method: 'POST', url: '/api/content-pages', headers: who.caseworker!.headers, payload });
    expect(notEditor.statusCode).toBe(403);
    const created = await t.app.inject({ method: 'POST', url: '/api/content-pages', headers: who.editor!.headers, payload });
    expect(created.statusCode, created.body).toBe(201);
    const page = created.json<{ id: string; version: number; rtl: boolean; status: string }>();
    expect(page).toMatchObject({ rtl: true, status: 'draft' });
    expect((await t.app.inject({ method: 'GET', url: '/api/victim-info/your-rights?lang=ar&audience=adult' })).statusCode).toBe(404);
    const published = await t.app.inject({ method: 'PATCH', url: `/api/content-pages/${page.id}`, headers: who.editor!.headers, payload: { version: page.version, status: 'published' } });
    expect(published.statusCode).toBe(200);
    const shown = await t.app.inject({ method: 'GET', url: '/api/victim-info/your-rights?lang=ar&audience=adult' });
    expect(shown.json<{ rtl: boolean; languages: string[] }>()).toMatchObject({ rtl: true, languages: ['ar', 'de', 'en', 'fr', 'nl'] });
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/content-pages/${page.id}`, headers: who.editor!.headers, payload: { version: page.version, title: 'x' } });
    expect(stale.statusCode).toBe(409);
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/content-pages', headers: who.editor!.headers, payload });
    expect(duplicate.statusCode).toBe(409);
    const audit = await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, page.id));
    expect(audit.map((a) => a.action)).toEqual(['content_page.created', 'content_page.updated']);
  });

  it('refuses raw HTML and script links in page bodies', async () => {
    const base = { slug: 'test-page', audience: 'adult', language: 'nl', title: 'Test' };
    for (const body of ['<script>alert(1)</script>', 'Klik [hier](javascript:alert(1))', '<img src=x onerror=alert(1)>']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/content-pages', headers: who.editor!.headers, payload: { ...base, body } });
      expect(res.statusCode, body).toBe(400);
    }
    const unknownLanguage = await t.app.inject({ method: 'POST', url: '/api/content-pages', headers: who.editor!.headers, payload: { ...base, language: 'qq', body: 'Tekst' } });
    expect(unknownLanguage.statusCode).toBe(400);
  });
});
