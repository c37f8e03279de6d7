import { randomUUID } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { type HtcdsFormat, type HtcdsImportReport, type HtcdsRowError } from '@keten/shared/exports';
import type { Section } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { grantAccess } from '../access/grants.service.ts';
import { inScope, relationshipsTo } from '../access/scope.ts';
import { recordAudit, recordRead } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Tx } from '../db/types.ts';
import { queryRows } from '../db/types.ts';
import { guardCell } from '../exports/export.render.ts';
import { AppError } from '../http/errors.ts';
import { nextFileReference, userOf } from '../victim-files/victim-file.repo.ts';
import { victimFiles } from '../victim-files/victim-file.schema.ts';
import { presentFile, toFileView, updateVictimFile } from '../victim-files/victim-file.service.ts';
import type { VictimFileView } from '../victim-files/victim-file.policy.ts';
import {
  CASE_STATUS,
  DOCUMENT_KINDS,
  EXT,
  FORM_TO_HTCDS,
  HTCDS_EXPLOITATION_TYPES,
  HTCDS_FIELDS,
  HTCDS_TO_FORM,
  MULTI_FIELDS,
  isDistrict,
  isForm,
  statusOf,
  type HtcdsField,
  type HtcdsRecord,
} from './htcds.mapping.ts';

// --- export ---------------------------------------------------------------------------------------

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

/** One presented file (fields cut to the viewer's sections) in the HTCDS layout. */
export function toHtcds(d: Partial<VictimFileView>): HtcdsRecord {
  const r: HtcdsRecord = {};
  r[`${EXT}reference`] = d.reference ?? null;
  r.cas_Status = d.status ? (CASE_STATUS[d.status as keyof typeof CASE_STATUS] ?? null) : null;
  r.cas_ReasonForCaseClosure = d.closingReason ?? null;
  if ('givenName' in d) {
    r.prs_FirstName = d.givenName ?? null;
  }
  if ('familyName' in d) {
    r.prs_SecondName = d.familyName ?? null;
  }
  if ('birthDate' in d) {
    r.prs_Birthdate = d.birthDate ?? null;
  }
  if ('nationality' in d) {
    r.prs_Citizenship = d.nationality ? [d.nationality] : [];
  }
  if (d.documentNumbers) {
    r.prs_IdentityNumber = d.documentNumbers[0]?.number ?? null;
    r[`${EXT}document_numbers`] = d.documentNumbers.map((x) => `${x.kind}:${x.number}`);
  }
  if (d.aliases) {
    r[`${EXT}aliases`] = d.aliases;
  }
  if (d.languages) {
    r.prs_PrimaryLanguage = d.languages[0] ?? null;
    r.prs_SecondaryLanguage = d.languages[1] ?? null;
    r[`${EXT}languages`] = d.languages;
  }
  if ('minor' in d) {
    r[`${EXT}minor`] = d.minor ?? null;
  }
  if ('unaccompanied' in d) {
    r[`${EXT}unaccompanied`] = d.unaccompanied ?? null;
  }
  if ('interpreterNeeded' in d) {
    r[`${EXT}interpreter_needed`] = d.interpreterNeeded === null || d.interpreterNeeded === undefined ? null : String(d.interpreterNeeded);
  }
  if ('contact' in d) {
    // The shelter is never exported (the presenter already drops it outside the owner).
    const c = (d.contact ?? {}) as { email?: string | null; phone?: string | null; address?: string | null };
    r.prs_Email = c.email ?? null;
    r.prs_MobilePhone = c.phone ?? null;
    r.prs_MailingStreet = c.address ?? null;
  }
  if (d.forms) {
    r.vic_TypeOfExploitation = uniq(d.forms.filter(isForm).map((f) => FORM_TO_HTCDS[f]));
    r[`${EXT}forms`] = d.forms;
  }
  if ('exploitationCountry' in d) {
    r.hte_Type = d.exploitationCountry ? 'Exploitation' : null;
    r.hte_Country = d.exploitationCountry ?? null;
  }
  if ('judicialDistrict' in d) {
    r[`${EXT}judicial_district`] = d.judicialDistrict ?? null;
  }
  if ('phase' in d) {
    r[`${EXT}procedure_phase`] = d.phase ?? null;
  }
  if ('procedure' in d) {
    // Some partners see the phase only (police: PR narrowed to `phase`): the rest stays out.
    const p = d.procedure as { status?: string; startedOn?: string; endReason?: string | null; requests?: { kind: string; status: string; documentCode: string | null; issuedOn: string | null; expiresOn: string | null }[] } | null | undefined;
    r[`${EXT}procedure_status`] = p?.status ?? null;
    r[`${EXT}procedure_started_on`] = p?.startedOn ?? null;
    r[`${EXT}procedure_end_reason`] = p?.endReason ?? null;
    r[`${EXT}documents_issued`] = (p?.requests ?? []).filter((q) => q.kind === 'document' && q.status === 'done' && q.documentCode).map((q) => [q.documentCode, q.issuedOn ?? '', q.expiresOn ?? ''].join(':'));
  }
  return r;
}

function toCsv(records: readonly HtcdsRecord[]): string {
  const present = new Set(records.flatMap((r) => Object.keys(r)));
  const columns = HTCDS_FIELDS.map((f) => f.name).filter((n) => present.has(n));
  const cell = (v: string | string[] | null | undefined) => guardCell(Array.isArray(v) ? v.join(';') : (v ?? ''));
  return stringify([columns, ...records.map((r) => columns.map((c) => cell(r[c])))], { bom: true, record_delimiter: 'windows' });
}

/**
 * Every victim file the requester's organisation may open, each cut to the sections it may see,
 * in the HTCDS layout. An export lists every record, so the audit lists every id (`record.exported`).
 */
export async function exportHtcds(tx: Tx, ctx: RequestContext, crypto: AppCrypto, format: HtcdsFormat): Promise<{ body: string; count: number }> {
  const actor = userOf(ctx);
  const rows = await tx.select().from(victimFiles).where(inScope(ctx.actor, 'victim_file', victimFiles.id)).orderBy(asc(victimFiles.reference));
  const rel = await relationshipsTo(tx, ctx.actor, 'victim_file', rows.map((r) => r.id));
  const records: HtcdsRecord[] = [];
  const sections = new Set<Section>();
  let breakGlass = false;
  for (const row of rows) {
    const relationship = rel.get(row.id) ?? 'none';
    if (relationship === 'none') {
      continue;
    }
    breakGlass ||= relationship === 'break_glass';
    const presented = presentFile(await toFileView(tx, crypto, row, actor.organisationId), ctx, relationship);
    presented.sections.forEach((s) => sections.add(s));
    records.push(toHtcds(presented.data));
  }
  if (records.length > 0) {
    await recordRead(tx, ctx, {
      action: 'record.exported',
      recordType: 'victim_file',
      recordIds: rows.filter((r) => (rel.get(r.id) ?? 'none') !== 'none').map((r) => r.id),
      sections: [...sections],
      breakGlass,
      details: { format },
    });
  }
  const body = format === 'json' ? JSON.stringify({ standard: 'HTCDS v2.0', extensionPrefix: EXT, records }, null, 2) : toCsv(records);
  return { body, count: records.length };
}

// --- import ---------------------------------------------------------------------------------------

const KNOWN = new Set<string>(HTCDS_FIELDS.map((f) => f.name));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readRecords(format: HtcdsFormat, content: string): Record<string, unknown>[] {
  try {
    if (format === 'json') {
      const parsed: unknown = JSON.parse(content);
      const list = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown } | null)?.records;
      if (!Array.isArray(list) || !list.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) {
        throw new AppError('validation_failed', 'An HTCDS JSON file is an array of records, or an object with `records`', { reason: 'htcds_shape' });
      }
      return list as Record<string, unknown>[];
    }
    const rows = parse<Record<string, string>>(content, { columns: true, bom: true, skip_empty_lines: true, trim: false, relax_column_count: false });
    // Undo the export's formula guard ('=…) and split multiselect picklists.
    return rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => {
          const text = /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
          return [k, MULTI_FIELDS.includes(k as HtcdsField) ? (text === '' ? [] : text.split(';')) : text === '' ? null : text];
        }),
      ),
    );
  } catch (err) {
    if (err instanceof AppError) {
      throw err;
    }
    throw new AppError('validation_failed', `The file cannot be read as HTCDS ${format.toUpperCase()}`, { reason: 'htcds_unreadable' });
  }
}

interface ImportableFile {
  status: keyof typeof CASE_STATUS;
  closingReason: string | null;
  identity: { givenName: string | null; familyName: string | null; birthDate: string | null; nationality: string | null; aliases: string[]; documentNumbers: { kind: (typeof DOCUMENT_KINDS)[number]; number: string }[] };
  languages: string[];
  minor: 'yes' | 'no' | 'unsure';
  unaccompanied: 'yes' | 'no' | 'unsure' | null;
  interpreterNeeded: boolean | null;
  contact: { email: string | null; phone: string | null; address: string | null } | null;
  forms: string[];
  exploitationCountry: string | null;
  judicialDistrict: string | null;
}

/** Validates one record; every problem is reported with its field and a reason code. */
export function validateRecord(raw: Record<string, unknown>, row: number, countries: ReadonlySet<string>): { file: ImportableFile | null; errors: HtcdsRowError[] } {
  const errors: HtcdsRowError[] = [];
  const fail = (field: string, reason: string) => errors.push({ row, field, reason });
  const text = (field: HtcdsField, max = 200): string | null => {
    const v = raw[field];
    if (v === undefined || v === null || v === '') {
      return null;
    }
    if (typeof v !== 'string') {
      fail(field, 'not_text');
      return null;
    }
    if (v.length > max) {
      fail(field, 'too_long');
      return null;
    }
    return v;
  };
  const list = (field: HtcdsField): string[] => {
    const v = raw[field];
    if (v === undefined || v === null || v === '') {
      return [];
    }
    if (typeof v === 'string') {
      return v.split(';').filter((x) => x !== '');
    }
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
      return v;
    }
    fail(field, 'not_a_list');
    return [];
  };
  const oneOf = <T extends string>(field: HtcdsField, values: readonly T[]): T | null => {
    const v = text(field);
    if (v === null) {
      return null;
    }
    if (!(values as readonly string[]).includes(v)) {
      fail(field, 'not_in_value_set');
      return null;
    }
    return v as T;
  };
  const country = (field: HtcdsField, v: string | null): string | null => {
    if (v !== null && !countries.has(v)) {
      fail(field, 'not_an_iso_3166_country_code');
      return null;
    }
    return v;
  };

  for (const [key, value] of Object.entries(raw)) {
    const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (!KNOWN.has(key) && !empty) {
      fail(key, key.startsWith(EXT) ? 'unknown_extension_field' : 'field_not_supported');
    }
  }

  const statusText = oneOf('cas_Status', Object.values(CASE_STATUS));
  const status = statusText === null ? 'active' : (statusOf(statusText) ?? 'active');
  const closingReason = text('cas_ReasonForCaseClosure', 500);
  if ((status === 'closed' || status === 'closed_referred') && closingReason === null) {
    fail('cas_ReasonForCaseClosure', 'required_when_closed');
  }
  const birthDate = text('prs_Birthdate');
  if (birthDate !== null && (!ISO_DATE.test(birthDate) || Number.isNaN(Date.parse(birthDate)))) {
    fail('prs_Birthdate', 'not_a_date');
  } else if (birthDate !== null && birthDate > new Date().toISOString().slice(0, 10)) {
    fail('prs_Birthdate', 'date_in_future');
  }
  const citizenship = list('prs_Citizenship');
  if (citizenship.length > 1) {
    fail('prs_Citizenship', 'keten_holds_one_citizenship');
  }
  const nationality = country('prs_Citizenship', citizenship[0] ?? null);

  const documentNumbers: ImportableFile['identity']['documentNumbers'] = [];
  for (const d of list(`${EXT}document_numbers`)) {
    const at = d.indexOf(':');
    const kind = d.slice(0, at);
    const number = d.slice(at + 1);
    if (at < 1 || !(DOCUMENT_KINDS as readonly string[]).includes(kind) || number === '' || number.length > 60) {
      fail(`${EXT}document_numbers`, 'expected_kind_colon_number');
      continue;
    }
    documentNumbers.push({ kind: kind as (typeof DOCUMENT_KINDS)[number], number });
  }
  const identityNumber = text('prs_IdentityNumber', 60);
  if (identityNumber !== null && !documentNumbers.some((d) => d.number === identityNumber)) {
    documentNumbers.unshift({ kind: 'other', number: identityNumber });
  }

  const extLanguages = list(`${EXT}languages`);
  const languages = extLanguages.length > 0 ? extLanguages : [text('prs_PrimaryLanguage'), text('prs_SecondaryLanguage')].filter((x): x is string => x !== null);
  if (languages.some((l) => !/^[a-z]{2,3}$/.test(l))) {
    fail(extLanguages.length > 0 ? `${EXT}languages` : 'prs_PrimaryLanguage', 'not_an_iso_639_code');
  }
  const interpreter = oneOf(`${EXT}interpreter_needed`, ['true', 'false']);

  const email = text('prs_Email');
  if (email !== null && !z.email().safeParse(email).success) {
    fail('prs_Email', 'not_an_email_address');
  }
  const phone = text('prs_MobilePhone', 40);
  const address = text('prs_MailingStreet', 500);

  const types = list('vic_TypeOfExploitation');
  for (const t of types) {
    if (!HTCDS_EXPLOITATION_TYPES.includes(t)) {
      fail('vic_TypeOfExploitation', 'not_in_value_set');
    }
  }
  const extForms = list(`${EXT}forms`);
  if (extForms.some((f) => !isForm(f))) {
    fail(`${EXT}forms`, 'not_in_value_set');
  }
  let forms = extForms;
  if (extForms.length === 0) {
    // Without the Belgian forms, each HTCDS type must map onto one.
    const mapped = types.filter((t) => HTCDS_EXPLOITATION_TYPES.includes(t)).map((t) => HTCDS_TO_FORM[t] ?? null);
    if (mapped.includes(null)) {
      fail('vic_TypeOfExploitation', 'no_belgian_form_of_exploitation');
    }
    forms = uniq(mapped.filter((f): f is NonNullable<typeof f> => f !== null));
  }
  const hteType = oneOf('hte_Type', ['Exploitation', 'Recruitment', 'Transit']);
  const hteCountry = country('hte_Country', text('hte_Country'));
  if (hteCountry !== null && hteType !== 'Exploitation') {
    fail('hte_Type', 'only_exploitation_events_are_stored');
  }
  const district = text(`${EXT}judicial_district`);
  if (district !== null && !isDistrict(district)) {
    fail(`${EXT}judicial_district`, 'not_in_value_set');
  }
  const tri = ['yes', 'no', 'unsure'] as const;
  const minor = oneOf(`${EXT}minor`, tri) ?? 'unsure';
  const unaccompanied = oneOf(`${EXT}unaccompanied`, tri);
  const file: ImportableFile = {
    status,
    closingReason,
    identity: { givenName: text('prs_FirstName'), familyName: text('prs_SecondName'), birthDate, nationality, aliases: list(`${EXT}aliases`), documentNumbers },
    languages,
    minor,
    unaccompanied,
    interpreterNeeded: interpreter === null ? null : interpreter === 'true',
    contact: email !== null || phone !== null || address !== null ? { email, phone, address } : null,
    forms,
    exploitationCountry: hteCountry,
    judicialDistrict: district,
  };
  return { file: errors.length === 0 ? file : null, errors };
}

/**
 * Imports an HTCDS file into victim files owned by the importer's centre. Every row is checked
 * first; a row with any error is not imported at all, the others are, in one transaction, each
 * audited (`victim_file.imported`) with one summary event. Export-only fields (the reference,
 * the procedure) are not read: a file gets a new reference, and a procedure is run in Keten.
 */
export async function importHtcds(tx: Tx, ctx: RequestContext, crypto: AppCrypto, format: HtcdsFormat, content: string): Promise<HtcdsImportReport> {
  const actor = userOf(ctx);
  if (actor.organisationType !== 'specialised_centre') {
    throw new AppError('forbidden', 'Victim files are opened by the specialised centres', { reason: 'not_a_centre' });
  }
  const records = readRecords(format, content);
  if (records.length > 10_000) {
    throw new AppError('payload_too_large', 'At most 10,000 records per import', { reason: 'too_many_records' });
  }
  const countries = new Set((await queryRows<{ code: string }>(tx, sql`SELECT code FROM countries`)).map((c) => c.code));
  const errors: HtcdsRowError[] = [];
  const imported: HtcdsImportReport['imported'] = [];
  for (const [i, raw] of records.entries()) {
    const row = i + 1;
    const v = validateRecord(raw, row, countries);
    errors.push(...v.errors);
    if (!v.file) {
      continue;
    }
    const f = v.file;
    const id = randomUUID();
    const reference = await nextFileReference(tx);
    await tx.insert(victimFiles).values({
      id,
      reference,
      status: f.status,
      closingReason: f.closingReason,
      minor: f.minor,
      unaccompanied: f.unaccompanied,
      interpreterNeeded: f.interpreterNeeded,
      judicialDistrict: f.judicialDistrict,
      forms: f.forms,
      exploitationCountry: f.exploitationCountry,
    });
    await grantAccess(tx, ctx, { recordType: 'victim_file', recordId: id, organisationId: actor.organisationId, relationship: 'owner' });
    await recordAudit(tx, ctx, { action: 'victim_file.imported', recordType: 'victim_file', recordId: id, sections: ['ID', 'SG'], details: { reference, source: 'htcds', row } });
    // Identity, languages and contact go through the file's own update: encryption, name search
    // tokens and blind indexes are made exactly as for a file edited on screen.
    await updateVictimFile(tx, ctx, crypto, id, { version: 1, identity: f.identity, languages: f.languages, ...(f.contact ? { contact: f.contact } : {}) });
    imported.push({ row, id, reference });
  }
  const report: HtcdsImportReport = { rowsRead: records.length, rowsImported: imported.length, rowsRejected: new Set(errors.map((e) => e.row)).size, errors, imported };
  await recordAudit(tx, ctx, { action: 'htcds.imported', sections: ['ID', 'SG'], details: { format, rowsRead: report.rowsRead, rowsImported: report.rowsImported, rowsRejected: report.rowsRejected } });
  return report;
}
