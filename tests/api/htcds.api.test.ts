import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtcdsImportReportSchema } from '@keten/shared/exports';
import { recordAccess } from '../../apps/server/src/access/access.schema.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import { CASE_STATUS, FORM_TO_HTCDS, HTCDS_EXPLOITATION_TYPES, HTCDS_FIELDS } from '../../apps/server/src/htcds/htcds.mapping.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { expectOk, openVictimFile, signalFactory } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let reporter: LoggedIn;
let caseworker: LoggedIn;
let payoke: LoggedIn;
let rapporteur: LoggedIn;
const fileIds: string[] = [];

type Rec = Record<string, string | string[] | null>;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  reporter = await loginAs(t.app, t.database, 'reporter');
  caseworker = await loginAs(t.app, t.database, 'caseworker');
  payoke = await loginAs(t.app, t.database, 'caseworker-payoke');
  rapporteur = await loginAs(t.app, t.database, 'rapporteur');
  const signal = await signalFactory(t);
  // Fictional people. The second one has a name a spreadsheet would run as a formula.
  fileIds.push(await openVictimFile(t, reporter, caseworker, signal({ assessment: { forms: ['labour', 'forced_criminality'], smuggling: 'none', exploitationCountry: 'BE' } })));
  fileIds.push(await openVictimFile(t, reporter, caseworker, signal({ person: { familyName: '=Fictiva', givenName: 'Ana', nationality: 'BG', languages: ['bg', 'en'] }, assessment: { forms: ['sexual'], smuggling: 'none', exploitationCountry: 'NL' } })));
  const patch = await t.app.inject({
    method: 'PATCH',
    url: `/api/victim-files/${fileIds[0]!}`,
    headers: caseworker.headers,
    payload: { version: 1, identity: { birthDate: '1991-04-02', aliases: ['Nelu'], documentNumbers: [{ kind: 'passport', number: 'RO1234567' }] }, contact: { phone: '+32470000000', email: 'ion.fictivescu@example.org', shelter: 'secret place' } },
  });
  expectOk(patch, 200);
});
afterAll(async () => {
  await t.close();
});

const exportAs = async (who: LoggedIn, format: 'json' | 'csv') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/htcds/victim-files?format=${format}`, headers: { cookie: who.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
const records = async (who: LoggedIn): Promise<Rec[]> => (await exportAs(who, 'json')).json<{ records: Rec[] }>().records;
const importAs = async (who: LoggedIn, format: 'json' | 'csv', content: string) =>
  t.app.inject({ method: 'POST', url: '/api/htcds/victim-files/import', headers: who.headers, payload: { format, content } });

/** What an import can carry: the record without its export-only fields. */
const importable = (r: Rec) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'ext_be_reference' && !k.startsWith('ext_be_procedure') && k !== 'ext_be_documents_issued'));

describe('the HTCDS layout', () => {
  it('uses field names and value names of the HTCDS reference (htcds_fields.txt)', () => {
    const reference = readFileSync('/work/shared/reference/htcds_fields.txt', 'utf8');
    const fields = new Set([...reference.matchAll(/^- (\w+) \|/gm)].map((m) => m[1]));
    const valuesOf = (field: string) => new RegExp(`^- ${field} \\|[^\\n]*\\n  value names: ([^\\n]*)`, 'm').exec(reference)?.[1]?.split('; ') ?? [];
    for (const f of HTCDS_FIELDS.map((x) => x.name).filter((n) => !n.startsWith('ext_be_'))) {
      expect(fields.has(f), f).toBe(true);
    }
    expect(valuesOf('cas_Status').sort()).toEqual(Object.values(CASE_STATUS).sort());
    expect(valuesOf('vic_TypeOfExploitation').sort()).toEqual([...HTCDS_EXPLOITATION_TYPES].sort());
    for (const v of Object.values(FORM_TO_HTCDS)) {
      expect(valuesOf('vic_TypeOfExploitation')).toContain(v);
    }
    expect(valuesOf('hte_Type')).toContain('Exploitation');
  });
});

describe('export', () => {
  it('the owning centre gets identity, contact (never the shelter), forms with the Belgian extension, audited per record', async () => {
    const recs = await records(caseworker);
    expect(recs.length).toBe(2);
    const ion = recs.find((r) => r.prs_FirstName === 'Ion')!;
    expect(ion).toMatchObject({
      prs_SecondName: 'Fictivescu',
      prs_Birthdate: '1991-04-02',
      prs_Citizenship: ['RO'],
      prs_IdentityNumber: 'RO1234567',
      ext_be_document_numbers: ['passport:RO1234567'],
      ext_be_aliases: ['Nelu'],
      prs_MobilePhone: '+32470000000',
      vic_TypeOfExploitation: ['ForcedLabour', 'Other'],
      ext_be_forms: ['labour', 'forced_criminality'],
      hte_Type: 'Exploitation',
      hte_Country: 'BE',
      cas_Status: 'Active',
    });
    expect(JSON.stringify(recs)).not.toContain('secret place');
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'record.exported'), eq(auditEvents.actorId, caseworker.info.user.id)));
    expect(audit.at(-1)?.details).toMatchObject({ format: 'json', count: 2 });
    expect((audit.at(-1)?.details as { recordIds: string[] }).recordIds.sort()).toEqual([...fileIds].sort());
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain('Fictivescu');
  });

  it('another centre, without a grant, exports nothing of these files; an outward role may not export', async () => {
    expect(await records(payoke)).toEqual([]);
    const res = await t.app.inject({ method: 'GET', url: '/api/htcds/victim-files', headers: { cookie: rapporteur.cookie } });
    expect(res.statusCode).toBe(403);
  });

  it('partners get the sections they may see only: no contact, no forms without SG, the police the procedure phase only', async () => {
    const grant = async (org: string) => t.database.db.insert(recordAccess).values({ recordType: 'victim_file', recordId: fileIds[0]!, organisationId: demoOrganisationId(org), relationship: 'referred' });
    await grant('dvz-minteh');
    await grant('fgp-brussel-thb');
    const immigration = await records(await loginAs(t.app, t.database, 'immigration'));
    expect(immigration.length).toBe(1);
    expect(immigration[0]).toMatchObject({ prs_FirstName: 'Ion', prs_IdentityNumber: 'RO1234567', cas_Status: 'Active' });
    expect(Object.keys(immigration[0]!)).toEqual(expect.arrayContaining(['ext_be_procedure_phase', 'ext_be_procedure_status']));
    for (const hidden of ['vic_TypeOfExploitation', 'ext_be_forms', 'hte_Country', 'prs_Email', 'prs_MobilePhone']) {
      expect(immigration[0]).not.toHaveProperty(hidden);
    }
    const police = await records(await loginAs(t.app, t.database, 'investigator'));
    expect(police[0]).toMatchObject({ prs_FirstName: 'Ion', ext_be_forms: ['labour', 'forced_criminality'] });
    // PR narrowed to the phase for the police: no procedure details, no documents
    expect(Object.keys(police[0]!)).toContain('ext_be_procedure_phase');
    for (const hidden of ['ext_be_procedure_status', 'ext_be_documents_issued', 'prs_Email']) {
      expect(police[0]).not.toHaveProperty(hidden);
    }
  });

  it('CSV: BOM, multiselect values joined with ;, formula-looking names guarded', async () => {
    const res = await exportAs(caseworker, 'csv');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toContain('prs_FirstName');
    expect(text).toContain('ForcedLabour;Other');
    expect(text).toContain("'=Fictiva");
  });
});

describe('import', () => {
  it('round trip (JSON): export then import gives the same values, in files owned by the importer', async () => {
    const before = await records(caseworker);
    const res = await importAs(caseworker, 'json', JSON.stringify({ records: before }));
    expect(res.statusCode, res.body).toBe(200);
    const report = HtcdsImportReportSchema.parse(res.json());
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2, rowsRejected: 0, errors: [] });
    const after = await records(caseworker);
    const imported = after.filter((r) => report.imported.some((i) => i.reference === r.ext_be_reference));
    expect(imported.map(importable)).toEqual(before.map(importable));
    const summary = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'htcds.imported'));
    expect(summary.at(-1)?.details).toEqual({ format: 'json', rowsRead: 2, rowsImported: 2, rowsRejected: 0 });
    const perFile = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'victim_file.imported'), inArray(auditEvents.recordId, report.imported.map((i) => i.id))));
    expect(perFile.length).toBe(2);
  });

  it('round trip (CSV), including the guarded name', async () => {
    const csv = (await exportAs(caseworker, 'csv')).rawPayload.toString('utf8');
    const before = await records(caseworker);
    const res = await importAs(caseworker, 'csv', csv);
    const report = HtcdsImportReportSchema.parse(res.json());
    expect(report.rowsImported).toBe(before.length);
    const after = await records(caseworker);
    const imported = after.filter((r) => report.imported.some((i) => i.reference === r.ext_be_reference));
    const key = (r: Rec) => `${String(r.prs_FirstName)}|${String(r.prs_SecondName)}`;
    expect(imported.map(importable).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(before.map(importable).sort((a, b) => key(a).localeCompare(key(b))));
    expect(imported.some((r) => r.prs_SecondName === '=Fictiva')).toBe(true);
  });

  it('a bad row is rejected with its field and reason; the other rows are imported', async () => {
    const rows = [
      { prs_FirstName: 'Mara', prs_SecondName: 'Fictiva', prs_Citizenship: ['MD'], vic_TypeOfExploitation: ['ForcedBegging'], ext_be_judicial_district: 'liege' },
      { prs_FirstName: 'Bad', prs_Birthdate: '1990-13-45', vic_TypeOfExploitation: ['Dancing'], ext_be_judicial_district: 'atlantis' },
      { prs_FirstName: 'Lea', vic_TypeOfExploitation: ['ForcedMarriage'] },
      { prs_FirstName: 'Zoe', cas_Status: 'Closed', cas_ReasonForCaseClosure: 'Returned home (fictional)', vic_TypeOfExploitation: ['SexualExploitation'] },
    ];
    const res = await importAs(caseworker, 'json', JSON.stringify(rows));
    expect(res.statusCode, res.body).toBe(200);
    const report = HtcdsImportReportSchema.parse(res.json());
    expect(report).toMatchObject({ rowsRead: 4, rowsImported: 2, rowsRejected: 2 });
    expect(report.imported.map((i) => i.row)).toEqual([1, 4]);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 2, field: 'prs_Birthdate', reason: 'not_a_date' },
        { row: 2, field: 'vic_TypeOfExploitation', reason: 'not_in_value_set' },
        { row: 2, field: 'ext_be_judicial_district', reason: 'not_in_value_set' },
        { row: 3, field: 'vic_TypeOfExploitation', reason: 'no_belgian_form_of_exploitation' },
      ]),
    );
    const names = (await records(caseworker)).map((r) => r.prs_FirstName);
    expect(names).toContain('Mara');
    expect(names).toContain('Zoe');
    expect(names).not.toContain('Bad');
    expect(names).not.toContain('Lea');
    const zoe = (await records(caseworker)).find((r) => r.prs_FirstName === 'Zoe');
    expect(zoe).toMatchObject({ cas_Status: 'Closed', ext_be_forms: ['sexual'] });
  });

  it('only a specialised centre imports; an unreadable file is a 400', async () => {
    const asReporter = await importAs(reporter, 'json', '[]');
    expect(asReporter.statusCode).toBe(403);
    const garbage = await importAs(caseworker, 'json', '{"not": "htcds"');
    expect(garbage.statusCode).toBe(400);
  });
});
