import { parse } from 'csv-parse/sync';

/**
 * Parses CTDC's global k-anonymised dataset (shared/reference/ctdc_k_anon_sample.md): `;`-separated,
 * `"`-quoted multi-value fields that contain `;`, the terms-of-use notice as the first header cell,
 * empty = missing. Pure: text in, records and rejected lines out. Rejection reasons are codes
 * plus a field name, never a value.
 */

export interface CtdcRecord {
  line: number;
  yearOfRegistration: number | null;
  dataSource: string | null;
  gender: string | null;
  ageBroad: string | null;
  majorityStatus: string | null;
  majorityStatusAtExploit: string | null;
  majorityEntry: string | null;
  citizenship: string | null;
  countryOfExploitation: string | null;
  meansOfControl: string[];
  typesOfExploitation: string[];
  typesOfLabour: string[];
  typesOfSex: string[];
  recruiterRelations: string[];
  isAbduction: boolean | null;
}

export interface CtdcParseResult {
  rowsRead: number;
  records: CtdcRecord[];
  rejected: { line: number; reason: string }[];
}

export class CtdcFormatError extends Error {}

const REQUIRED = ['yearOfRegistration', 'Datasource', 'gender', 'ageBroad', 'citizenship', 'CountryOfExploitation'] as const;
const FLAG_GROUPS = {
  meansOfControl: 'meansOfControl',
  typesOfExploitation: 'is',
  typesOfLabour: 'typeOfLabour',
  typesOfSex: 'typeOfSex',
  recruiterRelations: 'recruiterRelation',
} as const;
type FlagGroup = keyof typeof FLAG_GROUPS;

/** `meansOfControlDebtBondage` → `debtBondage`; `isForcedLabour` → `forcedLabour`. */
const codeOf = (column: string, prefix: string) => {
  const rest = column.slice(prefix.length);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
};

const COUNTRY = /^[A-Z]{2}$/;
const AGE = /^(\d+--\d+|\d+\+)$/;

export function parseCtdc(text: string): CtdcParseResult {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter: ';', quote: '"', relax_column_count: true, skip_empty_lines: true, bom: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    throw new CtdcFormatError(`not a readable CSV file: ${err instanceof Error ? (err as Error & { code?: string }).code ?? 'parse_error' : 'parse_error'}`);
  }
  const header = rows[0]?.record;
  if (!header) {
    throw new CtdcFormatError('empty file');
  }
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new CtdcFormatError(`not a CTDC file: missing columns ${missing.join(', ')}`);
  }
  const flagColumns = Object.fromEntries(
    (Object.keys(FLAG_GROUPS) as FlagGroup[]).map((group) => {
      const prefix = FLAG_GROUPS[group];
      const cols = header
        .map((name, i) => ({ name: name.trim(), i }))
        .filter((c) => c.name.startsWith(prefix) && c.name.length > prefix.length && /^[A-Z]/.test(c.name.charAt(prefix.length)) && !c.name.endsWith('Concatenated') && c.name !== 'isAbduction');
      return [group, cols.map((c) => ({ code: codeOf(c.name, prefix), i: c.i }))];
    }),
  ) as Record<FlagGroup, { code: string; i: number }[]>;

  const out: CtdcParseResult = { rowsRead: 0, records: [], rejected: [] };
  for (const { record, info } of rows.slice(1)) {
    out.rowsRead++;
    const line = info.lines;
    const reject = (reason: string) => out.rejected.push({ line, reason });
    if (record.length !== header.length) {
      reject(`expected ${header.length} fields, got ${record.length}`);
      continue;
    }
    const get = (name: string): string | null => {
      const i = index.get(name);
      const v = i === undefined ? '' : (record[i] ?? '').trim();
      return v === '' ? null : v;
    };
    const yearText = get('yearOfRegistration');
    const year = yearText === null ? null : Number(yearText);
    if (year !== null && (!Number.isInteger(year) || year < 1990 || year > 2100)) {
      reject('invalid yearOfRegistration');
      continue;
    }
    const gender = get('gender');
    if (gender !== null && !['Female', 'Male', 'Transgender/NonConforming'].includes(gender)) {
      reject('invalid gender');
      continue;
    }
    const citizenship = get('citizenship');
    const country = get('CountryOfExploitation');
    if ((citizenship !== null && !COUNTRY.test(citizenship)) || (country !== null && !COUNTRY.test(country))) {
      reject(`invalid country code in ${citizenship !== null && !COUNTRY.test(citizenship) ? 'citizenship' : 'CountryOfExploitation'}`);
      continue;
    }
    const ageBroad = get('ageBroad');
    if (ageBroad !== null && !AGE.test(ageBroad)) {
      reject('invalid ageBroad');
      continue;
    }
    const flags = {} as Record<FlagGroup, string[]>;
    let badFlag: string | null = null;
    for (const group of Object.keys(FLAG_GROUPS) as FlagGroup[]) {
      flags[group] = [];
      for (const c of flagColumns[group]) {
        const v = (record[c.i] ?? '').trim();
        if (v === '1') {
          flags[group].push(c.code);
        } else if (v !== '0' && v !== '') {
          badFlag ??= header[c.i]?.trim() ?? group;
        }
      }
    }
    if (badFlag !== null) {
      reject(`flag ${badFlag} is not 0, 1 or empty`);
      continue;
    }
    const abduction = get('isAbduction');
    out.records.push({
      line,
      yearOfRegistration: year,
      dataSource: get('Datasource'),
      gender,
      ageBroad,
      majorityStatus: get('majorityStatus'),
      majorityStatusAtExploit: get('majorityStatusAtExploit'),
      majorityEntry: get('majorityEntry'),
      citizenship,
      countryOfExploitation: country,
      meansOfControl: flags.meansOfControl,
      typesOfExploitation: flags.typesOfExploitation,
      typesOfLabour: flags.typesOfLabour,
      typesOfSex: flags.typesOfSex,
      recruiterRelations: flags.recruiterRelations,
      isAbduction: abduction === null ? null : abduction === '1',
    });
  }
  return out;
}
