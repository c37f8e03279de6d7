import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficialTableSchema, SignalStatisticsSchema } from '@keten/shared';
import { ExportJobSchema, type ExportJob } from '@keten/shared/exports';
import { exportsEn } from '@keten/shared/i18n/exports/en';
import { exportsNl } from '@keten/shared/i18n/exports/nl';
import { recordAccess } from '../../apps/server/src/access/access.schema.ts';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { generateStatisticsData } from '../../apps/server/src/demo/generate.ts';
import { demoOrganisationId } from '../../apps/server/src/demo/seed.ts';
import type { ExportContent } from '../../apps/server/src/exports/export.content.ts';
import { guardCell, renderCsv } from '../../apps/server/src/exports/export.render.ts';
import { exportFiles } from '../../apps/server/src/exports/export.schema.ts';
import { exportTtlHours, purgeExpiredExports } from '../../apps/server/src/exports/export.service.ts';
import { signals } from '../../apps/server/src/signals/signal.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let caseworker: LoggedIn;
let payoke: LoggedIn;
let rapporteur: LoggedIn;
let reporter: LoggedIn;

// Fictional signals: PAG-ASA 9 (7 sexual, 2 labour), a police zone 12.
const SPECS = [
  { org: 'centre-pagasa', forms: ['sexual'], nationality: 'RO', district: 'antwerp', at: '2025-03-10T10:00:00Z', n: 7 },
  { org: 'centre-pagasa', forms: ['labour'], nationality: 'MA', district: 'ghent', at: '2026-01-15T10:00:00Z', n: 2 },
  { org: 'police-demo-brussel', forms: ['labour'], nationality: 'IN', district: 'brussels', at: '2025-06-01T10:00:00Z', n: 9 },
  { org: 'police-demo-brussel', forms: ['begging'], nationality: 'RO', district: 'liege', at: '2026-04-20T10:00:00Z', n: 3 },
];

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  let seq = 1;
  for (const s of SPECS) {
    for (let i = 0; i < s.n; i++) {
      const id = randomUUID();
      await t.database.db.insert(signals).values({
        id,
        reference: `SIG-2026-${String(800000 + seq++)}`,
        kind: 'professional',
        reportingOrganisationId: demoOrganisationId(s.org),
        forms: s.forms,
        gender: 'female',
        nationality: s.nationality,
        judicialDistrict: s.district,
        minor: 'no',
        createdAt: new Date(s.at),
      });
      await t.database.db.insert(recordAccess).values({ recordType: 'signal', recordId: id, organisationId: demoOrganisationId(s.org), relationship: 'owner' });
    }
  }
  caseworker = await loginAs(t.app, t.database, 'caseworker');
  payoke = await loginAs(t.app, t.database, 'caseworker-payoke');
  rapporteur = await loginAs(t.app, t.database, 'rapporteur');
  reporter = await loginAs(t.app, t.database, 'reporter');
});
afterAll(async () => {
  await t.close();
});

async function requestExport(who: LoggedIn, payload: Record<string, unknown>): Promise<ExportJob> {
  const res = await t.app.inject({ method: 'POST', url: '/api/exports', headers: who.headers, payload });
  expect(res.statusCode, res.body).toBe(202);
  return ExportJobSchema.parse(res.json());
}

async function finished(who: LoggedIn, id: string): Promise<ExportJob> {
  await t.jobs.drain();
  const res = await t.app.inject({ method: 'GET', url: `/api/exports/${id}`, headers: { cookie: who.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return ExportJobSchema.parse(res.json());
}

const download = (who: LoggedIn, id: string) => t.app.inject({ method: 'GET', url: `/api/exports/${id}/file`, headers: { cookie: who.cookie } });

/**
 * The text of a pdfmake PDF: inflates its streams, reads each font's ToUnicode map and decodes the
 * hex glyph strings of the page content with the font in use. Enough for pdfkit's output.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  const objRe = /(\d+) 0 obj\b/g;
  for (let m = objRe.exec(raw); m; m = objRe.exec(raw)) {
    const start = m.index + m[0].length;
    const streamAt = raw.indexOf('stream', start);
    const endAt = raw.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = raw.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? '0');
      const dataAt = raw[streamAt + 6] === '\r' ? streamAt + 8 : streamAt + 7;
      const bytes = pdf.subarray(dataAt, dataAt + length);
      objects.set(m[1] ?? '', { dict, stream: dict.includes('/FlateDecode') ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1') });
      objRe.lastIndex = dataAt + length;
    } else {
      objects.set(m[1] ?? '', { dict: raw.slice(start, endAt), stream: null });
    }
  }
  const cmapOf = (text: string) => {
    const map = new Map<string, string>();
    const hexToStr = (h: string) => String.fromCodePoint(...(h.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const r of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const lo = parseInt(r[1] ?? '0', 16);
        const hi = parseInt(r[2] ?? '0', 16);
        const dst = r[3] ?? '';
        const list = dst.startsWith('[') ? [...dst.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) => hexToStr(x[1] ?? '')) : null;
        for (let g = lo; g <= hi; g++) {
          const key = g.toString(16).padStart(4, '0');
          map.set(key, list ? (list[g - lo] ?? '') : String.fromCodePoint(parseInt(dst.slice(1, -1), 16) + g - lo));
        }
      }
    }
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const r of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        map.set((r[1] ?? '').toLowerCase().padStart(4, '0'), hexToStr(r[2] ?? ''));
      }
    }
    return map;
  };
  const fontCmap = new Map<string, Map<string, string>>();
  for (const [id, o] of objects) {
    const tu = /\/ToUnicode (\d+) 0 R/.exec(o.dict);
    if (/\/Type\s*\/Font/.test(o.dict) && tu) {
      fontCmap.set(id, cmapOf(objects.get(tu[1] ?? '')?.stream ?? ''));
    }
  }
  const fontByName = new Map<string, Map<string, string>>();
  for (const o of objects.values()) {
    for (const f of o.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const cmap = fontCmap.get(f[2] ?? '');
      if (cmap) {
        fontByName.set(f[1] ?? '', cmap);
      }
    }
  }
  let out = '';
  for (const o of objects.values()) {
    if (!o.stream || !/\bTJ\b|\bTj\b/.test(o.stream)) {
      continue;
    }
    let cmap: Map<string, string> | undefined;
    for (const op of o.stream.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]) TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (op[1]) {
        cmap = fontByName.get(op[1]);
        continue;
      }
      const hexes = op[2] ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1] ?? '') : [op[3] ?? ''];
      for (const h of hexes) {
        for (const g of h.match(/.{4}/g) ?? []) {
          out += cmap?.get(g.toLowerCase()) ?? '';
        }
      }
      out += ' ';
    }
  }
  return out;
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe('CSV', () => {
  it('an internal table: UTF-8 with BOM, the organisation’s own counts, audited without figures', async () => {
    const job = await requestExport(caseworker, { kind: 'table', tables: [{ source: 'signals', groupBy: 'form' }], format: 'csv', language: 'en' });
    expect(job.audience).toBe('internal');
    expect(['queued', 'running']).toContain(job.status);
    const done = await finished(caseworker, job.id);
    expect(done).toMatchObject({ status: 'done', progress: 100, format: 'csv' });
    const res = await download(caseworker, job.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('Sexual exploitation,7');
    expect(text).toContain('Total,9');
    expect(text).toContain(exportsEn.exports.definitionsText.signals.slice(0, 40));
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordType, 'export'), eq(auditEvents.recordId, job.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['export.downloaded', 'export.requested']);
    const requested = audit.find((a) => a.action === 'export.requested');
    expect(requested?.actorId).toBe(caseworker.info.user.id);
    expect(requested?.details).toMatchObject({ exportId: job.id, audience: 'internal', format: 'csv', items: ['signals.form'] });
    // who, what, when — never a figure
    expect(JSON.stringify(audit.map((a) => a.details))).not.toMatch(/"(value|cells|total)"/);
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    expect(guardCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    for (const bad of ['+1', '-1+2', '@SUM(A1)', '\tx', '\rx']) {
      expect(guardCell(bad).startsWith("'")).toBe(true);
    }
    expect(guardCell('Antwerpen')).toBe('Antwerpen');
    const content: ExportContent = {
      audience: 'internal',
      language: 'en',
      title: '=cmd|calc',
      periodLabel: 'x',
      filtersLabel: 'none',
      scopeNote: 'n',
      generatedOn: 'd',
      items: [
        {
          key: 'signals.form',
          title: 't',
          table: { rowDimension: 'form', columnDimension: null, rows: ['a'], columns: null, cells: [[{ value: 3, suppressed: null }]], rowTotals: null, colTotals: null, total: { value: 3, suppressed: null }, multiValued: false },
          disclosure: { controlled: false, method: 'none', k: null, zerosPublished: true, protectedAgainst: [] },
          notes: [],
          chart: null,
          rowLabels: ['@evil'],
          columnLabels: null,
        },
      ],
    };
    const csv = renderCsv(content).toString('utf8');
    expect(csv).toContain("'=cmd|calc");
    expect(csv).toContain("'@evil,3");
    expect(csv).not.toMatch(/(^|\n|,)[=@]/);
  });
});

describe('XLSX and PDF for outward viewers', () => {
  it('XLSX opens with exceljs and holds the disclosure-controlled cells', async () => {
    const job = await requestExport(rapporteur, { kind: 'table', tables: [{ source: 'signals', groupBy: 'form', by2: 'year' }], format: 'xlsx', language: 'en' });
    expect(job.audience).toBe('outward');
    expect((await finished(rapporteur, job.id)).status).toBe('done');
    const res = await download(rapporteur, job.id);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(2);
    const ws = wb.worksheets[1]!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Signals by form of exploitation and year']);
    expect(rows[1]).toEqual(['Form of exploitation \\ Year', '2025', '2026', 'Total']);
    // the same disclosure-controlled table the outward screens get: `x` where they get null
    const api = await t.app.inject({ method: 'GET', url: '/api/statistics/outward/signals?groupBy=form&by2=year', headers: { cookie: rapporteur.cookie } });
    const table = SignalStatisticsSchema.parse(api.json()).table;
    const asCell = (c: { value: number | null }) => c.value ?? 'x';
    expect(table.cells.flat().some((c) => c.value === null)).toBe(true);
    table.rows.forEach((_, i) => {
      expect(rows[2 + i]?.slice(1)).toEqual([...table.cells[i]!.map(asCell), asCell(table.rowTotals![i]!)]);
    });
    expect(rows[2 + table.rows.length]).toEqual(['Total', ...table.colTotals!.map(asCell), asCell(table.total)]);
    expect(rows.some((r) => r[0] === exportsEn.exports.report.suppressedMark)).toBe(true);
  });

  it('the PDF report: %PDF, cover with the period, charts, and the definitions under the tables', async () => {
    const job = await requestExport(rapporteur, { kind: 'dashboard', figures: ['signals_by_form', 'signals_by_month'], period: { year: 2025 }, format: 'pdf', language: 'nl' });
    expect((await finished(rapporteur, job.id)).status).toBe('done');
    const res = await download(rapporteur, job.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squash(pdfText(res.rawPayload));
    expect(text).toContain(squash(exportsNl.exports.report.title));
    expect(text).toContain(squash('Kalenderjaar 2025'));
    expect(text).toContain(squash(exportsNl.exports.figures.signals_by_form));
    expect(text).toContain(squash(exportsNl.exports.definitionsText.signals));
    expect(text).toContain(squash(exportsNl.exports.definitionsText.multiValued));
    // the chart is vector graphics drawn from the SVG: path operators in the page content
    expect(res.rawPayload.length).toBeGreaterThan(10_000);
  });

  it('outward exports take the predefined filters only (one at a time, no date ranges)', async () => {
    const two = await t.app.inject({ method: 'POST', url: '/api/exports', headers: rapporteur.headers, payload: { kind: 'dashboard', period: { year: 2025 }, filters: { kind: 'anonymous' }, format: 'csv' } });
    expect(two.statusCode).toBe(400);
    const range = await t.app.inject({ method: 'POST', url: '/api/exports', headers: rapporteur.headers, payload: { kind: 'dashboard', period: { from: '2025-01-01', to: '2025-03-31' }, format: 'csv' } });
    expect(range.statusCode).toBe(400);
  });
});

describe('who may ask and who may download', () => {
  it('an outward viewer cannot ask for internal figures; a reporter cannot export at all', async () => {
    const asInternal = await t.app.inject({ method: 'POST', url: '/api/exports', headers: rapporteur.headers, payload: { kind: 'dashboard', audience: 'internal', format: 'csv' } });
    expect(asInternal.statusCode).toBe(403);
    const asReporter = await t.app.inject({ method: 'POST', url: '/api/exports', headers: reporter.headers, payload: { kind: 'dashboard', format: 'csv' } });
    expect(asReporter.statusCode).toBe(403);
  });

  it('another user gets 404 for the status and the file', async () => {
    const job = await requestExport(caseworker, { kind: 'dashboard', format: 'csv' });
    await finished(caseworker, job.id);
    expect((await t.app.inject({ method: 'GET', url: `/api/exports/${job.id}`, headers: { cookie: payoke.cookie } })).statusCode).toBe(404);
    expect((await download(payoke, job.id)).statusCode).toBe(404);
    expect((await download(rapporteur, job.id)).statusCode).toBe(404);
    expect((await download(caseworker, job.id)).statusCode).toBe(200);
    const mine = (await t.app.inject({ method: 'GET', url: '/api/exports', headers: { cookie: caseworker.cookie } })).json<{ data: ExportJob[] }>().data;
    expect(mine.map((e) => e.id)).toContain(job.id);
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/exports', headers: { cookie: payoke.cookie } })).json<{ data: ExportJob[] }>().data;
    expect(theirs.map((e) => e.id)).not.toContain(job.id);
  });

  it('the download window is 24 hours unless KETEN_EXPORT_TTL_HOURS says otherwise (a bad value names the variable)', async () => {
    expect(exportTtlHours({})).toBe(24);
    expect(exportTtlHours({ KETEN_EXPORT_TTL_HOURS: '2' })).toBe(2);
    expect(() => exportTtlHours({ KETEN_EXPORT_TTL_HOURS: 'soon' })).toThrow(/KETEN_EXPORT_TTL_HOURS/);
    const job = await requestExport(caseworker, { kind: 'table', tables: [{ source: 'signals', groupBy: 'kind' }], format: 'csv' });
    const hours = (Date.parse(job.expiresAt) - Date.parse(job.createdAt)) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThan(24.1);
  });

  it('the file is stored encrypted, and after expiry it is refused and then purged', async () => {
    const job = await requestExport(caseworker, { kind: 'table', tables: [{ source: 'signals', groupBy: 'district' }], format: 'csv', language: 'en' });
    await finished(caseworker, job.id);
    const [stored] = await t.database.db.select().from(exportFiles).where(eq(exportFiles.id, job.id));
    expect(stored?.content).not.toBeNull();
    expect(stored!.content!.toString('latin1')).not.toContain('Judicial district');
    expect(Buffer.from(stored!.content!).toString('latin1')).not.toContain(Buffer.from('Judicial district').toString('base64').slice(0, 12));
    await t.database.db.update(exportFiles).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(exportFiles.id, job.id));
    const expired = await download(caseworker, job.id);
    expect(expired.statusCode).toBe(404);
    expect(expired.json()).toMatchObject({ error: { code: 'not_found', details: { reason: 'expired' } } });
    const status = await t.app.inject({ method: 'GET', url: `/api/exports/${job.id}`, headers: { cookie: caseworker.cookie } });
    expect(status.json()).toMatchObject({ status: 'expired', fileName: null });
    expect(await purgeExpiredExports(t.database.db)).toBeGreaterThanOrEqual(1);
    expect((await t.database.db.select().from(exportFiles).where(eq(exportFiles.id, job.id))).length).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: `/api/exports/${job.id}`, headers: { cookie: caseworker.cookie } })).statusCode).toBe(404);
  });
});

describe('generated data (demo generate) through an export', () => {
  it('the outward table counts every generated signal, with realistic shares', async () => {
    const before = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(signals))[0]!.n;
    const r = await generateStatisticsData(t.database.db, { signals: 3000, files: 600, seed: 0.42, chunk: 1000 });
    expect(r.signals).toBe(3000);
    expect(r.files).toBeGreaterThan(400);
    expect(r.files).toBeLessThanOrEqual(600);
    expect(r.procedures).toBeGreaterThan(0);
    expect(r.documents).toBeGreaterThan(0);
    const job = await requestExport(rapporteur, { kind: 'table', tables: [{ source: 'signals', groupBy: 'form' }], format: 'csv', language: 'en' });
    await finished(rapporteur, job.id);
    const csv = (await download(rapporteur, job.id)).rawPayload.subarray(3).toString('utf8');
    const count = (label: string) => Number(new RegExp(`^${label}[^,\\n]*,(\\d+)`, 'm').exec(csv)?.[1] ?? 'NaN');
    const labour = count('Labour exploitation');
    const sexual = count('Sexual exploitation');
    // every signal of the generator is in the national figures; labour and sexual exploitation lead
    const total = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(signals))[0]!.n;
    expect(total).toBe(before + 3000);
    const byKind = await requestExport(rapporteur, { kind: 'table', tables: [{ source: 'signals', groupBy: 'kind' }], format: 'csv', language: 'en' });
    await finished(rapporteur, byKind.id);
    const kindCsv = (await download(rapporteur, byKind.id)).rawPayload.subarray(3).toString('utf8');
    expect(Number(/^Total,(\d+)/m.exec(kindCsv)?.[1])).toBe(total);
    expect(labour).toBeGreaterThan(count('Exploitation of begging'));
    expect(sexual).toBeGreaterThan(count('Removal of organs'));
    const districts = await t.database.db.select({ d: signals.judicialDistrict, n: sql<number>`count(*)::int` }).from(signals).groupBy(signals.judicialDistrict);
    expect(districts.length).toBeGreaterThan(8);
  });
});

describe('victim figures and official tables (after the generated data)', () => {
  const year = new Date().getUTCFullYear() - 1;

  it('an official table: every part, titled and defined in the export language, the same cells as the screen', async () => {
    const job = await requestExport(rapporteur, { kind: 'table', tables: [{ source: 'official', table: 'myria_key_figures' }], period: { year }, format: 'xlsx', language: 'fr' });
    expect((await finished(rapporteur, job.id)).status).toBe('done');
    const screen = await t.app.inject({ method: 'GET', url: `/api/statistics/outward/official/myria_key_figures?period=${String(year)}`, headers: { cookie: rapporteur.cookie } });
    expect(screen.statusCode, screen.body).toBe(200);
    const official = OfficialTableSchema.parse(screen.json());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(rapporteur, job.id)).rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBe(official.parts.length + 1);
    const first = wb.worksheets[1]!;
    const texts: string[] = [];
    first.eachRow((r) => texts.push(...(r.values as unknown[]).filter((v): v is string => typeof v === 'string')));
    expect(texts[0]).toBe(`${official.definition.title.fr}: ${official.parts[0]!.title.fr}`);
    expect(texts).toContain(official.definition.note.fr);
    const totals: unknown[] = [];
    first.eachRow((r) => {
      const v = (r.values as unknown[]).slice(1);
      if (v[0] === 'Total') {
        totals.push(v.at(-1));
      }
    });
    expect(totals).toEqual([official.parts[0]!.table.total.value ?? 'x']);
  });

  it('an official table needs a calendar year', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/exports', headers: rapporteur.headers, payload: { kind: 'table', tables: [{ source: 'official', table: 'sdg_16_2_2' }], format: 'pdf' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { details: { reason: 'official_needs_year' } } });
  });

  it('victim figures of a centre: its own files, counted as they are', async () => {
    const job = await requestExport(caseworker, { kind: 'table', tables: [{ source: 'victims', groupBy: 'status' }], format: 'csv', language: 'en' });
    expect((await finished(caseworker, job.id)).status).toBe('done');
    const csv = (await download(caseworker, job.id)).rawPayload.subarray(3).toString('utf8');
    const own = await t.database.db.execute(
      sql`SELECT count(*)::int AS n FROM victim_files f WHERE f.id IN (SELECT record_id FROM record_access WHERE record_type = 'victim_file' AND organisation_id = ${demoOrganisationId('centre-pagasa')} AND relationship IN ('owner', 'referred') AND revoked_at IS NULL)`,
    );
    const n = (own as { rows: { n: number }[] }).rows[0]!.n;
    expect(n).toBeGreaterThan(0);
    expect(Number(/^Total,(\d+)/m.exec(csv)?.[1])).toBe(n);
    expect(csv).toContain(exportsEn.exports.definitionsText.victims.slice(0, 50));
  });
});
