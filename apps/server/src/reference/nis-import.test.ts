import { describe, expect, it } from 'vitest';
import { parseNisCsv } from './nis-import.ts';

/*
 * A made-up file in the layout of Statbel's TU_COM_REFNIS export. Only the region codes (0x000)
 * and province codes (10000 Antwerp, 60000 Liège) are real, because the parser maps them to ISO
 * codes; every arrondissement and municipality below is fictional (x9xxx codes, "Demo" names).
 */
const HEADER =
  'LVL_REFNIS|CD_REFNIS|CD_SUP_REFNIS|TX_REFNIS_NL|TX_REFNIS_FR|TX_REFNIS_DE|DT_VLDT_START|DT_VLDT_END';
const UNITS = [
  '1|02000|01000|Vlaams Gewest|Région flamande|Flämische Region|01/01/1970|31/12/9999',
  '1|03000|01000|Waals Gewest|Région wallonne|Wallonische Region|01/01/1970|31/12/9999',
  '1|04000|01000|Brussels Hoofdstedelijk Gewest|Région de Bruxelles-Capitale|Region Brüssel-Hauptstadt|01/01/1970|31/12/9999',
  '2|10000|02000|Provincie Antwerpen|Province d’Anvers|Provinz Antwerpen|01/01/1970|31/12/9999',
  '2|60000|03000|Provincie Luik|Province de Liège|Provinz Lüttich|01/01/1970|31/12/9999',
  '3|19000|10000|Arrondissement Demo-Noord|Arrondissement de Démo-Nord||01/01/1970|31/12/9999',
  '3|69000|60000|Arrondissement Demo-Oost|Arrondissement de Démo-Est|Bezirk Demo-Ost|01/01/1970|31/12/9999',
  '3|29000|04000|Arrondissement Demo-Hoofdstad|Arrondissement de Démo-Capitale||01/01/1970|31/12/9999',
];

function file(...lines: string[]): string {
  return [HEADER, ...UNITS, ...lines].join('\n');
}

describe('parseNisCsv', () => {
  it('reads current municipalities with their arrondissement, province and region', () => {
    const { rows, errors } = parseNisCsv(
      file(
        '4|19901|19000|Demodorp|Village-Démo||01/01/1977|31/12/9999',
        '4|69902|69000|Fictiefstad|Ville-Fictive|Fiktivstadt|01/01/1977|31/12/9999',
        '4|29903|29000|Voorbeeld-Brussel|Bruxelles-Exemple||01/01/1989|31/12/9999',
      ),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        code: '19901',
        name: { nl: 'Demodorp', fr: 'Village-Démo' },
        arrondissementCode: '19000',
        provinceCode: 'BE-VAN',
        regionCode: 'BE-VLG',
        validFrom: '1977-01-01',
        validTo: null,
      },
      {
        code: '69902',
        name: { nl: 'Fictiefstad', fr: 'Ville-Fictive', de: 'Fiktivstadt' },
        arrondissementCode: '69000',
        provinceCode: 'BE-WLG',
        regionCode: 'BE-WAL',
        validFrom: '1977-01-01',
        validTo: null,
      },
      {
        code: '29903',
        name: { nl: 'Voorbeeld-Brussel', fr: 'Bruxelles-Exemple' },
        arrondissementCode: '29000',
        provinceCode: null,
        regionCode: 'BE-BRU',
        validFrom: '1989-01-01',
        validTo: null,
      },
    ]);
  });

  it('leaves out merged municipalities unless history is asked for', () => {
    const text = file(
      '4|19904|19000|Oud-Demodorp|Vieux-Village-Démo||01/01/1977|31/12/2018',
      '4|19905|19000|Nieuw-Demodorp|Nouveau-Village-Démo||01/01/2019|31/12/9999',
    );
    expect(parseNisCsv(text).rows.map((r) => r.code)).toEqual(['19905']);
    const withHistory = parseNisCsv(text, { includeHistorical: true });
    expect(withHistory.errors).toEqual([]);
    expect(withHistory.rows.map((r) => [r.code, r.validTo])).toEqual([
      ['19904', '2018-12-31'],
      ['19905', null],
    ]);
  });

  it('reports invalid rows by line and keeps the valid ones', () => {
    const { rows, errors } = parseNisCsv(
      file(
        '4|1990|19000|Te-Kort|Trop-Court||01/01/1977|31/12/9999', // line 10
        '4|09906|19000|Nuldorp|Village-Zéro||01/01/1977|31/12/9999', // line 11
        '4|19907|19000|||Nur-Deutsch|01/01/1977|31/12/9999', // line 12
        '4|19908|19000|Datumdorp|Village-Date||31/02/2020|31/12/9999', // line 13
        '4|19909|18000|Weesdorp|Village-Orphelin||01/01/1977|31/12/9999', // line 14
        '4|19910|19000|Te-Weinig|Trop-Peu', // line 15
        '4|19911|19000|Goeddorp|Bon-Village||01/01/1977|31/12/9999', // line 16
        '4|19911|19000|Dubbeldorp|Village-Double||01/01/1977|31/12/9999', // line 17
        'x|19912|19000|Niveaudorp|Village-Niveau||01/01/1977|31/12/9999', // line 18
      ),
    );
    expect(rows.map((r) => r.code)).toEqual(['19911']);
    expect(errors.map((e) => e.line)).toEqual([10, 11, 12, 13, 14, 15, 17, 18]);
    expect(errors.find((e) => e.line === 10)?.message).toMatch(/five digits/);
    expect(errors.find((e) => e.line === 11)?.message).toMatch(/first digit/);
    expect(errors.find((e) => e.line === 12)?.message).toMatch(/neither a Dutch nor a French name/);
    expect(errors.find((e) => e.line === 13)?.message).toMatch(/date/);
    expect(errors.find((e) => e.line === 14)?.message).toMatch(/arrondissement 18000/);
    expect(errors.find((e) => e.line === 15)?.message).toMatch(/fields/);
    expect(errors.find((e) => e.line === 17)?.message).toMatch(/twice.*line 16/);
    expect(errors.find((e) => e.line === 18)?.message).toMatch(/level/);
  });

  it('accepts a BOM, CRLF line ends, semicolons and quoted fields', () => {
    const semicolons = (line: string): string =>
      line
        .split('|')
        .map((f) => (f.includes(';') ? `"${f}"` : f))
        .join(';');
    const text = `\uFEFF${[
      HEADER,
      ...UNITS,
      '4|19913|19000|Demo; aan de Schelde|Démo; sur l’Escaut||01/01/1977|31/12/9999',
    ]
      .map(semicolons)
      .join('\r\n')}\r\n`;
    const { rows, errors } = parseNisCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toEqual({ nl: 'Demo; aan de Schelde', fr: 'Démo; sur l’Escaut' });
  });

  it('rejects a file without the REFNIS columns', () => {
    const { rows, errors } = parseNisCsv('Code;Naam\n19901;Demodorp\n');
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        line: 1,
        message:
          'Missing column(s): LVL_REFNIS, CD_REFNIS, CD_SUP_REFNIS, one of TX_REFNIS_NL, TX_REFNIS_FR, TX_REFNIS_DE',
      },
    ]);
  });

  it('rejects an empty file', () => {
    expect(parseNisCsv('').errors).toEqual([{ line: 1, message: 'The file is empty' }]);
  });
});
