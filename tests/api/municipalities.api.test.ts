import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMunicipalities } from '../../apps/server/src/reference/municipalities.service.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// A REFNIS-shaped file with fictional municipalities (the real list is imported by each deployment).
const CSV = [
  'LVL_REFNIS|CD_REFNIS|CD_SUP_REFNIS|TX_REFNIS_NL|TX_REFNIS_FR|TX_REFNIS_DE|DT_VLDT_START|DT_VLDT_END',
  '1|02000|01000|Vlaams Gewest|Région flamande|Flämische Region|01/01/1970|31/12/9999',
  '1|03000|01000|Waals Gewest|Région wallonne|Wallonische Region|01/01/1970|31/12/9999',
  '2|10000|02000|Provincie Antwerpen|Province d’Anvers|Provinz Antwerpen|01/01/1970|31/12/9999',
  '2|60000|03000|Provincie Luik|Province de Liège|Provinz Lüttich|01/01/1970|31/12/9999',
  '3|19000|10000|Arrondissement Demo-Noord|Arrondissement de Démo-Nord||01/01/1970|31/12/9999',
  '3|69000|60000|Arrondissement Demo-Oost|Arrondissement de Démo-Est|Bezirk Demo-Ost|01/01/1970|31/12/9999',
  '4|19001|19000|Demodorp|Démovillage||01/01/1977|31/12/9999',
  '4|69001|69000|Fictiefstad|Fictiville|Fiktivstadt|01/01/1977|31/12/9999',
  '4|0X001|19000|Kapot|Cassé||01/01/1977|31/12/9999',
].join('\n');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('municipalities (NIS codes)', () => {
  it('the list is empty until imported: forms ask for the judicial district instead', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reference/municipalities' });
    expect(res.json()).toEqual({ data: [] });
  });

  it('imports valid rows, reports the broken one with its line, and finds them accent-insensitively', async () => {
    const result = await importMunicipalities(t.database.db, CSV);
    expect(result.imported).toBe(2);
    expect(result.errors.map((e) => e.line)).toEqual([10]);
    const res = await t.app.inject({ method: 'GET', url: '/api/reference/municipalities?q=demovillage' });
    expect(res.json<{ data: { nisCode: string }[] }>().data.map((m) => m.nisCode)).toEqual(['19001']);
    const byCode = await t.app.inject({ method: 'GET', url: '/api/reference/municipalities?q=690' });
    expect(byCode.json<{ data: { nisCode: string; regionCode: string }[] }>().data).toEqual([expect.objectContaining({ nisCode: '69001', regionCode: 'BE-WAL' })]);
    // Importing again updates, never duplicates.
    expect((await importMunicipalities(t.database.db, CSV)).imported).toBe(2);
    expect((await t.app.inject({ method: 'GET', url: '/api/reference/municipalities' })).json<{ data: unknown[] }>().data).toHaveLength(2);
  });
});
