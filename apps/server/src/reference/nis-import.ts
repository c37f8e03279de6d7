import type { Region } from '@keten/shared';
import type { ProvinceCode } from './reference-data.ts';
import { PROVINCE_DATA, REGION_DATA } from './reference-data.ts';

/**
 * Parser for Statbel's REFNIS code list ("TU_COM_REFNIS", the NIS codes of Belgium's
 * administrative units), the only source of municipality codes we accept: NIS codes are never
 * typed in by hand.
 *
 * Expected input: the CSV/TXT export as Statbel publishes it, one header line, separator `|`
 * (the official .txt), `;`, `,` or tab (detected from the header), optional UTF-8 BOM, fields
 * optionally double-quoted. Column names are matched case-insensitively, in any order:
 *
 *   LVL_REFNIS     level of the unit: 1 region, 2 province, 3 arrondissement, 4 municipality
 *                  (the kingdom itself may appear with a lower level and is ignored)  [required]
 *   CD_REFNIS      the unit's NIS code, five digits                                    [required]
 *   CD_SUP_REFNIS  NIS code of the parent unit (a municipality's arrondissement,
 *                  an arrondissement's province, or region 04000 for Brussels)         [required]
 *   TX_REFNIS_NL, TX_REFNIS_FR, TX_REFNIS_DE
 *                  names; a municipality needs at least its Dutch or French name       [at least one]
 *   DT_VLDT_START, DT_VLDT_END
 *                  validity as dd/mm/yyyy; 31/12/9999 means "still valid"              [optional]
 *
 * Rows with other levels are read only to walk from a municipality to its arrondissement,
 * province (as ISO 3166-2:BE) and region. Municipalities merged away (an end date other than
 * 31/12/9999) are left out unless `includeHistorical` is set.
 */

export interface NisMunicipality {
  /** Five-digit NIS code; the first digit is never 0 for a municipality. */
  code: string;
  name: { nl?: string; fr?: string; de?: string };
  arrondissementCode: string;
  /** ISO 3166-2:BE province; null for the 19 municipalities of Brussels-Capital. */
  provinceCode: ProvinceCode | null;
  regionCode: Region;
  /** ISO date (yyyy-mm-dd) or null when the file gives none. */
  validFrom: string | null;
  /** ISO date, or null while the municipality still exists. */
  validTo: string | null;
}

export interface NisImportError {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface NisImportResult {
  rows: NisMunicipality[];
  errors: NisImportError[];
}

export interface NisImportOptions {
  /** Keep municipalities that no longer exist (merged); default false. */
  includeHistorical?: boolean;
}

const LEVEL_REGION = 1;
const LEVEL_PROVINCE = 2;
const LEVEL_ARRONDISSEMENT = 3;
const LEVEL_MUNICIPALITY = 4;
const OPEN_END = '9999-12-31';

const REQUIRED_COLUMNS = ['LVL_REFNIS', 'CD_REFNIS', 'CD_SUP_REFNIS'] as const;
const NAME_COLUMNS = { nl: 'TX_REFNIS_NL', fr: 'TX_REFNIS_FR', de: 'TX_REFNIS_DE' } as const;

const PROVINCE_BY_NIS = new Map(PROVINCE_DATA.map((p) => [p.nisCode, p]));
const REGION_BY_NIS = new Map(REGION_DATA.map((r) => [r.nisCode, r.code]));

interface RawRecord {
  line: number;
  fields: string[];
}

interface Unit {
  line: number;
  level: number;
  code: string;
  parentCode: string;
  name: NisMunicipality['name'];
  validFrom: string | null;
  validTo: string | null;
}

/** Splits delimited text into records, honouring double quotes (which may span lines). */
function splitRecords(text: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') {
          line++;
        }
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') {
        i++;
      }
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  endRecord();
  return records;
}

function detectDelimiter(headerLine: string): string {
  for (const candidate of ['|', ';', '\t', ',']) {
    if (headerLine.includes(candidate)) {
      return candidate;
    }
  }
  return ',';
}

/** dd/mm/yyyy (Statbel) → yyyy-mm-dd, or null when the text is not a real calendar date. */
function parseDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) {
    return null;
  }
  const [, dd = '', mm = '', yyyy = ''] = match;
  const iso = `${yyyy}-${mm}-${dd}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

export function parseNisCsv(text: string, options: NisImportOptions = {}): NisImportResult {
  const errors: NisImportError[] = [];
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const [header, ...records] = splitRecords(body, detectDelimiter(firstLine));
  if (!header) {
    return { rows: [], errors: [{ line: 1, message: 'The file is empty' }] };
  }

  const columns = new Map(header.fields.map((name, index) => [name.trim().toUpperCase(), index]));
  const missing: string[] = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  const nameColumns = Object.values(NAME_COLUMNS);
  if (!nameColumns.some((name) => columns.has(name))) {
    missing.push(`one of ${nameColumns.join(', ')}`);
  }
  if (missing.length > 0) {
    return { rows: [], errors: [{ line: header.line, message: `Missing column(s): ${missing.join(', ')}` }] };
  }
  const cell = (record: RawRecord, column: string): string => {
    const index = columns.get(column);
    return index === undefined ? '' : (record.fields[index] ?? '').trim();
  };

  const units: Unit[] = [];
  for (const record of records) {
    const fail = (message: string): void => {
      errors.push({ line: record.line, message });
    };
    if (record.fields.length !== header.fields.length) {
      fail(`Expected ${header.fields.length} fields, found ${record.fields.length}`);
      continue;
    }
    const levelText = cell(record, 'LVL_REFNIS');
    if (!/^\d$/.test(levelText)) {
      fail(`Invalid level "${levelText}"`);
      continue;
    }
    const level = Number(levelText);
    const code = cell(record, 'CD_REFNIS');
    if (!/^\d{5}$/.test(code)) {
      fail(`Invalid NIS code "${code}": expected five digits`);
      continue;
    }
    // Regions (and the kingdom) are numbered 0x000; every other unit starts with 1–9.
    if (level >= LEVEL_PROVINCE && code.startsWith('0')) {
      fail(`Invalid NIS code "${code}": the first digit must be 1–9 below the regions`);
      continue;
    }
    const parentCode = cell(record, 'CD_SUP_REFNIS');
    if (level >= LEVEL_PROVINCE && !/^\d{5}$/.test(parentCode)) {
      fail(`Invalid parent NIS code "${parentCode}" for ${code}`);
      continue;
    }
    const name: NisMunicipality['name'] = {};
    for (const [lang, column] of Object.entries(NAME_COLUMNS) as [keyof typeof NAME_COLUMNS, string][]) {
      const value = cell(record, column);
      if (value !== '') {
        name[lang] = value;
      }
    }
    if (level === LEVEL_MUNICIPALITY && !name.nl && !name.fr) {
      fail(`Municipality ${code} has neither a Dutch nor a French name`);
      continue;
    }
    const startText = cell(record, 'DT_VLDT_START');
    const endText = cell(record, 'DT_VLDT_END');
    const validFrom = startText === '' ? null : parseDate(startText);
    const validEnd = endText === '' ? OPEN_END : parseDate(endText);
    if ((startText !== '' && validFrom === null) || validEnd === null) {
      fail(`Invalid validity date for ${code}: expected dd/mm/yyyy`);
      continue;
    }
    if (validFrom !== null && validFrom > validEnd) {
      fail(`Validity of ${code} ends before it starts`);
      continue;
    }
    units.push({
      line: record.line,
      level,
      code,
      parentCode,
      name,
      validFrom,
      validTo: validEnd === OPEN_END ? null : validEnd,
    });
  }

  // Parents are looked up among units still valid, preferring the latest version of a code.
  const parents = new Map<string, Unit>();
  for (const unit of units) {
    if (unit.level >= LEVEL_REGION && unit.level < LEVEL_MUNICIPALITY) {
      const known = parents.get(unit.code);
      if (!known || (known.validTo !== null && (unit.validTo === null || unit.validTo > known.validTo))) {
        parents.set(unit.code, unit);
      }
    }
  }

  const rows: NisMunicipality[] = [];
  const seen = new Map<string, number>();
  for (const unit of units) {
    if (unit.level !== LEVEL_MUNICIPALITY || (unit.validTo !== null && !options.includeHistorical)) {
      continue;
    }
    const fail = (message: string): void => {
      errors.push({ line: unit.line, message });
    };
    const arrondissement = parents.get(unit.parentCode);
    if (arrondissement?.level !== LEVEL_ARRONDISSEMENT) {
      fail(`Municipality ${unit.code}: arrondissement ${unit.parentCode} is not in the file`);
      continue;
    }
    // Brussels-Capital's arrondissement hangs directly under its region; all others under a province.
    let provinceCode: ProvinceCode | null = null;
    let regionCode: Region = 'BE-BRU';
    if (REGION_BY_NIS.get(arrondissement.parentCode) !== 'BE-BRU') {
      const province = PROVINCE_BY_NIS.get(arrondissement.parentCode);
      if (!province) {
        fail(
          `Municipality ${unit.code}: arrondissement ${arrondissement.code} has an unknown province ${arrondissement.parentCode}`,
        );
        continue;
      }
      provinceCode = province.code;
      regionCode = province.regionCode;
    }
    // One current row per code; with history, one row per code and start date.
    const key = options.includeHistorical ? `${unit.code}/${unit.validFrom ?? ''}` : unit.code;
    const previousLine = seen.get(key);
    if (previousLine !== undefined) {
      fail(`NIS code ${unit.code} appears twice (also on line ${previousLine})`);
      continue;
    }
    seen.set(key, unit.line);
    rows.push({
      code: unit.code,
      name: unit.name,
      arrondissementCode: arrondissement.code,
      provinceCode,
      regionCode,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    });
  }
  return { rows, errors: errors.sort((a, b) => a.line - b.line) };
}
