import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { renderPdf } from '../../apps/server/src/knowledge/pdf.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// The document library and news: classification (public / professionals / restricted to named
// organisation types), audited restricted reads, and safe uploads (limits and content sniffing).
let t: TestApp;
const who: Record<string, LoggedIn> = {};
const MAX_BYTES = 64 * 1024;
let pdf: Buffer;

beforeAll(async () => {
  t = await createTestApp({ demo: true, env: { KETEN_DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
  for (const key of ['editor', 'caseworker', 'investigator', 'reporter', 'coordinator-national', 'rapporteur']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  pdf = await renderPdf({ content: ['Fictional test document'] });
});
afterAll(async () => {
  await t.close();
});

async function createDocument(classification: string, organisationTypes: string[] = [], title = `Test ${classification} document`) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/documents',
    headers: who.editor!.headers,
    payload: { title, topic: 'procedure', language: 'nl', classification, organisationTypes },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; version: number }>();
}

function upload(id: string, bytes: Buffer, fileName: string, headers: Record<string, string> = who.editor!.headers) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/documents/${id}/file?fileName=${encodeURIComponent(fileName)}`,
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
}

const view = (id: string, key?: string) => t.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: key ? { cookie: who[key]!.cookie } : {} });
const download = (id: string, key?: string) => t.app.inject({ method: 'GET', url: `/api/documents/${id}/file`, headers: key ? { cookie: who[key]!.cookie } : {} });
const listTitles = async (key?: string, query = '') =>
  (await t.app.inject({ method: 'GET', url: `/api/documents${query}`, headers: key ? { cookie: who[key]!.cookie } : {} })).json<{ data: { title: string }[] }>().data.map((d) => d.title);

describe('classification and audit of restricted documents', () => {
  let centresOnly = '';
  let professionals = '';
  let publicDoc = '';

  beforeAll(async () => {
    centresOnly = (await createDocument('restricted', ['specialised_centre'], 'Centres only: intake agreements')).id;
    professionals = (await createDocument('professionals', [], 'Professionals: indicator brochure')).id;
    publicDoc = (await createDocument('public', [], 'Public: referral mechanism summary')).id;
    for (const id of [centresOnly, professionals, publicDoc]) {
      expect((await upload(id, pdf, 'document.pdf')).statusCode).toBe(200);
    }
  });

  it('a police user cannot see a centres-only document: 404, for the record and for the file', async () => {
    for (const key of ['investigator', 'reporter']) {
      expect((await view(centresOnly, key)).statusCode).toBe(404);
      expect((await download(centresOnly, key)).statusCode).toBe(404);
      expect(await listTitles(key)).not.toContain('Centres only: intake agreements');
    }
  });

  it('a centre user can, and each read writes an audit row with ids and codes only', async () => {
    const before = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, centresOnly), eq(auditEvents.action, 'document.accessed')));
    expect((await view(centresOnly, 'caseworker')).statusCode).toBe(200);
    const file = await download(centresOnly, 'caseworker');
    expect(file.statusCode).toBe(200);
    const rows = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, centresOnly), eq(auditEvents.action, 'document.accessed')));
    expect(rows.length - before.length).toBe(2);
    expect(rows.map((r) => r.details)).toEqual(
      expect.arrayContaining([
        { documentId: centresOnly, via: 'view', organisationType: 'specialised_centre' },
        { documentId: centresOnly, via: 'download', organisationType: 'specialised_centre' },
      ]),
    );
    expect(rows.every((r) => r.actorOrganisationId !== null && r.recordType === 'document')).toBe(true);
    expect(await listTitles('caseworker')).toContain('Centres only: intake agreements');
  });

  it('reads of public and professionals documents are not audited', async () => {
    await view(publicDoc, 'caseworker');
    await view(professionals, 'caseworker');
    const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'document.accessed'));
    expect(rows.some((r) => r.recordId === publicDoc || r.recordId === professionals)).toBe(false);
  });

  it('public visitors see only public documents; any logged-in professional also sees professional ones', async () => {
    const anonymous = await listTitles();
    expect(anonymous).toContain('Public: referral mechanism summary');
    expect(anonymous).not.toContain('Professionals: indicator brochure');
    expect(anonymous).not.toContain('Centres only: intake agreements');
    expect((await view(professionals)).statusCode).toBe(404);
    expect((await download(professionals)).statusCode).toBe(404);
    expect((await view(publicDoc)).statusCode).toBe(200);
    expect(await listTitles('rapporteur')).toEqual(expect.arrayContaining(['Public: referral mechanism summary', 'Professionals: indicator brochure']));
  });

  it('files are served as attachments with the sniffed type, nosniff and a sandbox', async () => {
    const res = await download(publicDoc);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(res.rawPayload.equals(pdf)).toBe(true);
  });

  it('searches by title (also with a typo), topic and language', async () => {
    expect(await listTitles('caseworker', '?q=intake')).toEqual(['Centres only: intake agreements']);
    expect(await listTitles('caseworker', '?q=brochur%20indicatr')).toContain('Professionals: indicator brochure');
    expect(await listTitles(undefined, '?topic=procedure&language=nl')).toContain('Public: referral mechanism summary');
    expect(await listTitles(undefined, '?language=de')).toEqual([]);
    expect(await listTitles(undefined, '?q=%25')).toEqual([]);
  });

  it('reclassifying a document takes effect at once; a stale edit answers 409', async () => {
    const current = (await view(professionals, 'editor')).json<{ version: number }>();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/documents/${professionals}`,
      headers: who.editor!.headers,
      payload: { version: current.version, classification: 'restricted', organisationTypes: ['federal_police_thb'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await view(professionals, 'caseworker')).statusCode).toBe(404);
    expect((await view(professionals, 'investigator')).statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/documents/${professionals}`, headers: who.editor!.headers, payload: { version: current.version, title: 'Another title' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { details: { currentVersion: number } } }>().error.details.currentVersion).toBe(current.version + 1);
  });

  it('only editors (knowledge.edit) manage the library', async () => {
    const payload = { title: 'x', topic: 'other', language: 'nl', classification: 'public' };
    expect((await t.app.inject({ method: 'POST', url: '/api/documents', headers: who.caseworker!.headers, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/documents', payload })).statusCode).toBe(401);
    expect((await upload(publicDoc, pdf, 'x.pdf', who.caseworker!.headers)).statusCode).toBe(403);
    const bureau = await t.app.inject({ method: 'POST', url: '/api/documents', headers: who['coordinator-national']!.headers, payload });
    expect(bureau.statusCode).toBe(201);
    const restrictedWithoutTypes = await t.app.inject({ method: 'POST', url: '/api/documents', headers: who.editor!.headers, payload: { ...payload, classification: 'restricted' } });
    expect(restrictedWithoutTypes.statusCode).toBe(400);
  });
});

describe('upload limits and type sniffing', () => {
  let id = '';
  beforeAll(async () => {
    id = (await createDocument('public', [], 'Upload checks')).id;
  });

  it('a .pdf that is really HTML → 422, and nothing is stored', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');
    const res = await upload(id, html, 'report.pdf');
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { details: { reason: string; claimed: string; detected: null } } }>().error.details).toMatchObject({ reason: 'content_mismatch', claimed: 'pdf', detected: null });
    expect((await view(id, 'editor')).json<{ fileType: string | null }>().fileType).toBeNull();
    // A document without a file is not shown to readers.
    expect((await view(id)).statusCode).toBe(404);
  });

  it('a PNG renamed .pdf → 422; an .html or .exe → 415', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    expect((await upload(id, png, 'photo.pdf')).statusCode).toBe(422);
    expect((await upload(id, png, 'photo.png')).statusCode).toBe(200);
    expect((await upload(id, Buffer.from('<html></html>'), 'page.html')).statusCode).toBe(415);
    expect((await upload(id, Buffer.from('MZ\x90\x00'), 'setup.exe')).statusCode).toBe(415);
  });

  it('a file over the configured limit → 413; an empty one → 422', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_BYTES)]);
    expect((await upload(id, big, 'big.pdf')).statusCode).toBe(413);
    expect((await upload(id, Buffer.alloc(0), 'empty.pdf')).statusCode).toBe(422);
  });

  it('stores a real PDF under a sanitised name, records its hash in the audit, and replaces it on a new upload', async () => {
    const res = await upload(id, pdf, '../../etc/"evil";name.pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ fileName: string; fileType: string; sizeBytes: number }>()).toMatchObject({ fileName: 'evilname.pdf', fileType: 'pdf', sizeBytes: pdf.length });
    const stored = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'document.file_stored')));
    expect(stored.at(-1)?.details).toMatchObject({ fileType: 'pdf', sizeBytes: pdf.length });
    expect((await download(id)).rawPayload.equals(pdf)).toBe(true);
  });
});

describe('news', () => {
  it('classifies news like documents and audits restricted reads', async () => {
    const create = (classification: string, organisationTypes: string[], title: string) =>
      t.app.inject({ method: 'POST', url: '/api/news', headers: who.editor!.headers, payload: { title, body: 'Fictional **news**.', topic: 'coordination', language: 'en', classification, organisationTypes } });
    const restricted = (await create('restricted', ['specialised_centre'], 'Centres: summer duty')).json<{ id: string }>().id;
    await create('public', [], 'Public: world day');
    const titles = async (key?: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/news?language=en', headers: key ? { cookie: who[key]!.cookie } : {} })).json<{ data: { title: string }[] }>().data.map((n) => n.title);
    expect(await titles()).toContain('Public: world day');
    expect(await titles()).not.toContain('Centres: summer duty');
    expect(await titles('investigator')).not.toContain('Centres: summer duty');
    expect(await titles('caseworker')).toContain('Centres: summer duty');
    expect((await t.app.inject({ method: 'GET', url: `/api/news/${restricted}`, headers: { cookie: who.investigator!.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/news/${restricted}`, headers: { cookie: who.caseworker!.cookie } })).statusCode).toBe(200);
    const rows = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.recordId, restricted), eq(auditEvents.action, 'news_item.accessed')));
    expect(rows).toHaveLength(1);
  });

  it('refuses HTML in news bodies', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/news',
      headers: who.editor!.headers,
      payload: { title: 'x', body: '<iframe src="https://example.org"></iframe>', topic: 'other', language: 'en', classification: 'public' },
    });
    expect(res.statusCode).toBe(400);
  });
});
