import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VictimFileSearchResult } from '@keten/shared';
import { auditEvents } from '../../apps/server/src/audit/audit.schema.ts';
import { loginAs, type LoggedIn } from '../support/auth.ts';
import { expectOk, openVictimFile, signalFactory } from '../support/cases.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const who: Record<string, LoggedIn> = {};
const files: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  for (const key of ['reporter', 'caseworker', 'caseworker-payoke', 'investigator']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  const signal = await signalFactory(t);
  // Fictional people. PAG-ASA (Brussels) holds three files, Payoke (Antwerp) one with a similar name.
  files.ion = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ person: { familyName: 'Fictivescu', givenName: 'Ion', documentNumber: 'RO1234567' } }));
  files.ioana = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ person: { familyName: 'Popescu', givenName: 'Ioana', documentNumber: 'RO7654321' } }));
  files.other = await openVictimFile(t, as('reporter'), as('caseworker'), signal({ person: { familyName: 'Demotrova', givenName: 'Elena', documentNumber: 'BG5550001' } }));
  files.payoke = await openVictimFile(
    t,
    as('reporter'),
    as('caseworker-payoke'),
    signal({ context: { judicialDistrict: 'antwerp', municipality: 'Antwerpen' }, person: { familyName: 'Fictivescu', givenName: 'Ionut', documentNumber: 'RO9990001' } }),
  );
});
afterAll(async () => {
  await t.close();
});

const as = (key: string) => who[key]!;
async function search(key: string, q: string): Promise<VictimFileSearchResult[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/victim-files/search?q=${encodeURIComponent(q)}`, headers: { cookie: as(key).cookie } });
  expectOk(res, 200);
  return res.json<{ data: VictimFileSearchResult[] }>().data;
}

describe('searching victim files', () => {
  it('finds a file by document number, however it is typed', async () => {
    const found = await search('caseworker', 'ro 123-4567');
    expect(found.map((r) => [r.id, r.matchedOn])).toEqual([[files.ion, 'document_number']]);
    expect(found[0]).toMatchObject({ name: 'Ion Fictivescu', relationship: 'owner', status: 'active' });
  });

  it('finds a name with a typo, and a spelling that sounds alike, best match first', async () => {
    const typo = await search('caseworker', 'Ion Fictivesku');
    expect(typo[0]).toMatchObject({ id: files.ion, matchedOn: 'name' });
    const sounds = await search('caseworker', 'Joana Popesku');
    expect(sounds[0]?.id).toBe(files.ioana);
    expect(sounds.map((r) => r.id)).not.toContain(files.other);
  });

  it('never finds a file outside my scope: not another centre’s, not one I have no referral for', async () => {
    expect((await search('caseworker', 'Fictivescu')).map((r) => r.id)).toEqual([files.ion]);
    expect((await search('caseworker-payoke', 'Fictivescu')).map((r) => r.id)).toEqual([files.payoke]);
    expect(await search('caseworker-payoke', 'RO1234567')).toEqual([]);
    expect(await search('investigator', 'Ion Fictivescu')).toEqual([]);
  });

  it('is audited as a read of ID with the ids found, never the words searched', async () => {
    await search('caseworker', 'Ioana Popescu');
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'record.searched'), eq(auditEvents.recordType, 'victim_file')))
      .orderBy(auditEvents.occurredAt)
      .then((rows) => rows.slice(-1));
    expect(event?.sections).toEqual(['ID']);
    expect(event?.details).toMatchObject({ recordIds: [files.ioana], count: 1 });
    expect(JSON.stringify(event)).not.toMatch(/Ioana|Popescu/);
  });

  it('refuses a query of one character (400)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/victim-files/search?q=a', headers: { cookie: as('caseworker').cookie } });
    expect(res.statusCode).toBe(400);
  });
});
