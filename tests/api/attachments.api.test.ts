import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, ErrorBody, Referral } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { victimFileAttachments } from '../../apps/server/src/attachments/attachment.schema.ts';
import { FieldCipher } from '../../apps/server/src/crypto/field-cipher.ts';
import { ENCRYPTED_COLUMNS, rotateEncryptedColumns } from '../../apps/server/src/crypto/key-rotation.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { expectOk, openVictimFile, orgId, signalFactory } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const MAX_BYTES = 16 * 1024;
let t: TestApp;
const who: Record<string, LoggedIn> = {};
let fileId: string;
// A minimal PDF: the sniffing looks at the bytes, not at the name.
const PDF = Buffer.from('%PDF-1.4\n% Fictional passport copy of Ion Fictivescu\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('Fictional psychosocial drawing')]);

beforeAll(async () => {
  t = await createTestApp({ demo: true, env: { KETEN_ATTACHMENT_MAX_BYTES: String(MAX_BYTES) } });
  for (const key of ['reporter', 'caseworker', 'caseworker-payoke', 'investigator']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  const signal = await signalFactory(t);
  fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
});
afterAll(async () => {
  await t.close();
});

const as = (key: string) => who[key]!;
const upload = (key: string, bytes: Buffer, fileName: string, section = 'ID', id = fileId) =>
  t.app.inject({
    method: 'POST',
    url: `/api/victim-files/${id}/attachments?fileName=${encodeURIComponent(fileName)}&section=${section}`,
    headers: { ...as(key).headers, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
const list = (key: string) => t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}/attachments`, headers: { cookie: as(key).cookie } });
const download = (key: string, attachmentId: string) => t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}/attachments/${attachmentId}`, headers: { cookie: as(key).cookie } });
const remove = (key: string, attachmentId: string) => t.app.inject({ method: 'DELETE', url: `/api/victim-files/${fileId}/attachments/${attachmentId}`, headers: as(key).headers });

describe('attachments on the victim file', () => {
  let idCopy: Attachment;
  let psReport: Attachment;

  it('refuses a file over the configured limit (413), a type not on the list (415), bytes that contradict the name (422), an empty file (422)', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
    expect((await upload('caseworker', big, 'big.pdf')).statusCode).toBe(413);
    const html = await upload('caseworker', Buffer.from('<html><script>alert(1)</script></html>'), 'page.html');
    expect(html.statusCode).toBe(415);
    expect(html.json<ErrorBody>().error.details).toMatchObject({ reason: 'file_type_not_allowed' });
    // An allowed name whose bytes are not on the list (an executable named .pdf) is refused too.
    expect((await upload('caseworker', Buffer.from('MZ\x90\x00 fictional'), 'setup.pdf')).statusCode).toBe(415);
    const mismatch = await upload('caseworker', PNG, 'photo.pdf');
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json<ErrorBody>().error.details).toMatchObject({ reason: 'content_mismatch', claimed: 'pdf', detected: 'png' });
    expect((await upload('caseworker', Buffer.alloc(0), 'empty.pdf')).statusCode).toBe(422);
    expect(await t.database.db.select({ id: victimFileAttachments.id }).from(victimFileAttachments).where(eq(victimFileAttachments.victimFileId, fileId))).toEqual([]);
  });

  it('stores name and bytes encrypted, tagged with their section; only the owning centre uploads', async () => {
    const res = await upload('caseworker', PDF, '../passport "Ion".pdf', 'ID');
    expectOk(res, 201);
    idCopy = res.json<Attachment>();
    expect(idCopy).toMatchObject({ section: 'ID', fileType: 'pdf', sizeBytes: PDF.length, fileName: 'passport Ion.pdf', canDelete: true });
    const ps = await upload('caseworker', PNG, 'drawing.png', 'PS');
    expectOk(ps, 201);
    psReport = ps.json<Attachment>();
    const [row] = await t.database.db.select().from(victimFileAttachments).where(eq(victimFileAttachments.id, idCopy.id));
    const stored = row?.content.toString('latin1') ?? '';
    expect(stored).not.toContain('Fictivescu');
    expect(stored).not.toContain('%PDF');
    expect(stored).not.toContain(PDF.toString('base64').slice(0, 40));
    expect(row?.fileName.toString('latin1')).not.toContain('passport');
    expect((await upload('caseworker-payoke', PDF, 'x.pdf')).statusCode).toBe(404);
    const added = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'victim_file.attachment_added'), eq(auditEvents.recordId, fileId)));
    expect(added.map((a) => a.sections)).toEqual([['ID'], ['PS']]);
    expect(JSON.stringify(added)).not.toContain('passport');
  });

  it('downloads as an attachment with nosniff, the same bytes, and audits the read with its section', async () => {
    const res = await download('caseworker', idCopy.id);
    expectOk(res, 200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="passport Ion\.pdf"/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(PDF)).toBe(true);
    const reads = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'victim_file.attachment_downloaded'), eq(auditEvents.recordId, fileId)));
    expect(reads).toHaveLength(1);
    expect(reads[0]?.sections).toEqual(['ID']);
    expect(reads[0]?.details).toEqual({ attachmentId: idCopy.id, section: 'ID' });
  });

  it('a referred partner sees the attachments of its sections only: a PS report is not found; it cannot delete', async () => {
    expect((await list('investigator')).statusCode).toBe(404);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/referrals',
      headers: as('caseworker').headers,
      payload: { source: { type: 'victim_file', id: fileId }, toOrganisationId: await orgId(t, 'fgp-brussel-thb'), purpose: 'investigation', consentRecordedOn: '2026-11-21' },
    });
    expectOk(sent, 201);
    const r = sent.json<Referral>();
    expectOk(await t.app.inject({ method: 'POST', url: `/api/referrals/${r.id}/respond`, headers: as('investigator').headers, payload: { decision: 'accept', version: r.version } }), 200);
    const seen = await list('investigator');
    expectOk(seen, 200);
    expect(seen.json<{ data: Attachment[] }>().data.map((a) => [a.id, a.canDelete])).toEqual([[idCopy.id, false]]);
    expect((await download('investigator', psReport.id)).statusCode).toBe(404);
    expectOk(await download('investigator', idCopy.id), 200);
    expect((await remove('investigator', idCopy.id)).statusCode).toBe(403);
    expect((await upload('investigator', PDF, 'pv.pdf', 'JU')).statusCode).toBe(403);
    // The owner lists both.
    expect((await list('caseworker')).json<{ data: Attachment[] }>().data.map((a) => a.section)).toEqual(['ID', 'PS']);
  });

  it('the owner deletes (audited); the file’s timeline shows adding, reading and deleting', async () => {
    expect((await remove('caseworker', psReport.id)).statusCode).toBe(204);
    expect((await download('caseworker', psReport.id)).statusCode).toBe(404);
    expect(await t.database.db.select().from(victimFileAttachments).where(eq(victimFileAttachments.id, psReport.id))).toEqual([]);
    const timeline = await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}/timeline`, headers: { cookie: as('caseworker').cookie } });
    expectOk(timeline, 200);
    const codes = timeline.json<{ data: { code: string }[] }>().data.map((e) => e.code);
    expect(codes.filter((c) => c.startsWith('victim_file.attachment_'))).toEqual([
      'victim_file.attachment_added',
      'victim_file.attachment_added',
      'victim_file.attachment_downloaded',
      'victim_file.attachment_downloaded',
      'victim_file.attachment_deleted',
    ]);
  });

  it('key rotation re-encrypts the name and the bytes; the file still reads the same', async () => {
    const next = { version: Math.max(...t.secrets.encryptionKeys.map((k) => k.version)) + 1, key: randomBytes(32) };
    const rotated = new FieldCipher([...t.secrets.encryptionKeys, next]);
    const spec = ENCRYPTED_COLUMNS.filter((c) => c.table === 'victim_file_attachments');
    const progress: number[] = [];
    const counts = await rotateEncryptedColumns(t.database.db, rotated, spec, { onProgress: (p) => { progress.push(p.chunk); } });
    expect(counts.victim_file_attachments).toEqual({ rows: 1, values: 2 });
    const [row] = await t.database.db.select().from(victimFileAttachments).where(eq(victimFileAttachments.id, idCopy.id));
    expect(rotated.keyVersionOf(row!.content)).toBe(next.version);
    const bytes = Buffer.from(rotated.decrypt(row!.content, { table: 'victim_file_attachments', row: idCopy.id, column: 'content' }), 'base64');
    expect(bytes.equals(PDF)).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(1);
  });

  it('a closed file takes no new attachment (422 with the rule)', async () => {
    const file = (await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}`, headers: { cookie: as('caseworker').cookie } })).json<{ data: { version: number } }>();
    expectOk(await t.app.inject({ method: 'PATCH', url: `/api/victim-files/${fileId}`, headers: as('caseworker').headers, payload: { version: file.data.version, status: 'closed', closingReason: 'Fictional: returned home' } }), 200);
    const res = await upload('caseworker', PDF, 'late.pdf');
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.details).toMatchObject({ reason: 'file_closed' });
  });
});
