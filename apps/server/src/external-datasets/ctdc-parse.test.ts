import { describe, expect, it } from 'vitest';
import { CtdcFormatError, parseCtdc } from './ctdc-parse.ts';

const HEADER = 'Terms notice;yearOfRegistration;Datasource;gender;ageBroad;citizenship;CountryOfExploitation;meansOfControlThreats;meansOfControlDebtBondage;meansOfControlConcatenated;isForcedLabour;isSexualExploit;RecruiterRelationship;recruiterRelationFamily;isAbduction';

describe('CTDC parsing', () => {
  it('reads quoted multi-value fields containing ; and derives codes from the flag columns', () => {
    const r = parseCtdc(`${HEADER}\n;2019;Hotline;Female;18--20;UA;US;1;1;"Threats; Debt bondage";0;1;"Family/Relative; Intimate Partner";1;0\n`);
    expect(r.rowsRead).toBe(1);
    expect(r.rejected).toEqual([]);
    expect(r.records[0]).toMatchObject({
      line: 2,
      yearOfRegistration: 2019,
      dataSource: 'Hotline',
      citizenship: 'UA',
      countryOfExploitation: 'US',
      meansOfControl: ['threats', 'debtBondage'],
      typesOfExploitation: ['sexualExploit'],
      recruiterRelations: ['family'],
      isAbduction: false,
    });
  });

  it('empty means missing; bad values are rejected per line with a reason and no value', () => {
    const r = parseCtdc(
      [HEADER, ';;;;;;;;;;;;;;', ';2019;Hotline;Robot;;;;;;;;;;;', ';2019;Hotline;Male;;ukr;;;;;;;;;', ';2019;Hotline;Male;;;;7;;;;;;;', ';2019;Hotline'].join('\n'),
    );
    expect(r.rowsRead).toBe(5);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.gender).toBeNull();
    expect(r.rejected).toEqual([
      { line: 3, reason: 'invalid gender' },
      { line: 4, reason: 'invalid country code in citizenship' },
      { line: 5, reason: 'flag meansOfControlThreats is not 0, 1 or empty' },
      { line: 6, reason: 'expected 15 fields, got 3' },
    ]);
  });

  it('refuses a file that is not CTDC or not CSV', () => {
    expect(() => parseCtdc('a;b\n1;2\n')).toThrow(CtdcFormatError);
    expect(() => parseCtdc(`${HEADER}\n;"2019;Hotline\n`)).toThrow(CtdcFormatError);
  });
});
