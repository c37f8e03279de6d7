import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CtdcSummarySchema, ExternalDatasetSchema, type ExternalDataset, type StatTable } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = path.resolve(REPO_ROOT, '../shared/reference/ctdc_k_anon_sample.csv');

/** An independent reading of the sample: split on `;` outside double quotes. */
function splitLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

const csv = readFileSync(SAMPLE, 'utf8');
const lines = csv.split(/\r?\n/).filter((l) => l.length > 0);
const header = splitLine(lines[0]!);
const data = lines.slice(1).map(splitLine);
const col = (name: string) => header.indexOf(name);
const countBy = (f: (r: string[]) => string) => {
  const m = new Map<string, number>();
  for (const r of data) {
    const k = f(r);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};

let t: TestApp;
let rapporteur: LoggedIn;
let caseworker: LoggedIn;
let datasetId: string;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  rapporteur = await loginAs(t.app, t.database, 'rapporteur');
  caseworker = await loginAs(t.app, t.database, 'caseworker');
});
afterAll(async () => {
  await t.close();
});

const getJson = async (url: string, who = rapporteur) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  return { status: res.statusCode };
};
/** GET that checks the answer against the shared response schema. */
const getAs = async <T>(schema: z.ZodType<T>, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: rapporteur.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return { status: res.statusCode, body: schema.parse(res.json()) };
};
const values = (tb: StatTable) => new Map(tb.rows.map((k, i) => [k, tb.cells[i]![0]!.value]));

describe('CTDC import of the real shared sample', () => {
  it('the sample reads as 64 fields per line (the independent reading is sound)', () => {
    expect(header.length).toBe(64);
    expect(data.every((r) => r.length === 64)).toBe(true);
  });

  it('imports as a job with progress; rows read = data lines, none rejected', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/external-datasets/ctdc', headers: rapporteur.headers, payload: { csv, name: 'CTDC sample' } });
    expect(res.statusCode, res.body).toBe(202);
    const started = res.json<ExternalDataset>();
    expect(started.status).toBe('queued');
    expect(started.progress).toBe(0);
    datasetId = started.id;
    await t.jobs.drain();
    const r = await getAs(ExternalDatasetSchema, `/api/external-datasets/${datasetId}`);
    expect(r.body).toMatchObject({ status: 'done', progress: 100, rowsRead: data.length, rowsImported: data.length, rowsRejected: 0, rejected: [] });
    expect(data.length).toBe(4036);
    const list = await getAs(z.object({ data: z.array(ExternalDatasetSchema) }), '/api/external-datasets');
    expect(list.body.data.map((d) => d.id)).toContain(datasetId);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.recordId, datasetId));
    expect(audits.map((a) => a.action).sort()).toEqual(['external_dataset.import_started', 'external_dataset.imported']);
  });

  it('counts per year and per data source match the file', async () => {
    const byYear = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=year`);
    expect(byYear.status).toBe(200);
    const expected = countBy((r) => r[col('yearOfRegistration')]!);
    expect(values(byYear.body.table)).toEqual(expected);
    expect(byYear.body.table.total.value).toBe(4036);
    expect(byYear.body.source.kAnonymised).toBe(true);
    const bySource = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=dataSource`);
    expect(values(bySource.body.table)).toEqual(countBy((r) => r[col('Datasource')]!));
  });

  it('gender (empty = unknown) and citizenship', async () => {
    const g = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=gender`);
    const expected = countBy((r) => r[col('gender')] || 'unknown');
    expect(values(g.body.table)).toEqual(expected);
    expect(expected.get('Female')).toBe(2734);
    const c = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=citizenship`);
    expect(values(c.body.table).get('UA')).toBe(475);
    expect(values(c.body.table).get('unknown')).toBe(1808);
  });

  it('multi-value fields count once per value (type of exploitation from the is* flags)', async () => {
    const r = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=typeOfExploitation`);
    expect(r.body.table.multiValued).toBe(true);
    const v = values(r.body.table);
    const flagged = (name: string) => data.filter((row) => row[col(name)] === '1').length;
    expect(v.get('sexualExploit')).toBe(flagged('isSexualExploit'));
    expect(v.get('forcedLabour')).toBe(flagged('isForcedLabour'));
    const recruiter = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=recruiterRelation`);
    expect(values(recruiter.body.table).get('family')).toBe(flagged('recruiterRelationFamily'));
  });

  it('two fields with margins: year × gender adds up to the file', async () => {
    const r = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=year&by2=gender`);
    const tb = r.body.table;
    const i2016 = tb.rows.indexOf('2016');
    expect(tb.cells[i2016]![tb.columns!.indexOf('Female')]!.value).toBe(466);
    expect(tb.colTotals![tb.columns!.indexOf('Male')]!.value).toBe(963);
    expect(tb.total.value).toBe(4036);
    expect(r.body.disclosure.controlled).toBe(true);
  });

  it('small cells are suppressed like any outward figure', async () => {
    const r = await getAs(CtdcSummarySchema, `/api/external-datasets/${datasetId}/summary?groupBy=countryOfExploitation&by2=dataSource`);
    const cells = r.body.table.cells.flat();
    expect(cells.every((c) => c.value === null || c.value === 0 || c.value >= 5)).toBe(true);
  });
});

describe('rejected lines and bad files', () => {
  it('lists rejected lines with their reason', async () => {
    const good = lines[1]!;
    const badYear = good.replace(';2002;', ';20x2;');
    const short = ';2019;Hotline;Female';
    const body = [lines[0], good, badYear, short, good].join('\n');
    const res = await t.app.inject({ method: 'POST', url: '/api/external-datasets/ctdc', headers: rapporteur.headers, payload: { csv: body } });
    const id = res.json<ExternalDataset>().id;
    await t.jobs.drain();
    const r = await getAs(ExternalDatasetSchema, `/api/external-datasets/${id}`);
    expect(r.body).toMatchObject({ status: 'done', rowsRead: 4, rowsImported: 2, rowsRejected: 2 });
    expect(r.body.rejected).toEqual([
      { line: 3, reason: 'invalid yearOfRegistration' },
      { line: 4, reason: 'expected 64 fields, got 4' },
    ]);
  });

  it('a file that is not CTDC fails with a reason; its summary is a conflict', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/external-datasets/ctdc', headers: rapporteur.headers, payload: { csv: 'a;b;c\n1;2;3\n' } });
    const id = res.json<ExternalDataset>().id;
    await t.jobs.drain();
    const r = await getAs(ExternalDatasetSchema, `/api/external-datasets/${id}`);
    expect(r.body.status).toBe('failed');
    expect(r.body.error).toContain('missing columns');
    expect((await getJson(`/api/external-datasets/${id}/summary`)).status).toBe(409);
  });

  it('a caseworker may not import or read external datasets (403)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/external-datasets/ctdc', headers: caseworker.headers, payload: { csv } });
    expect(res.statusCode).toBe(403);
    expect((await getJson(`/api/external-datasets/${datasetId}/summary`, caseworker)).status).toBe(403);
  });
});
