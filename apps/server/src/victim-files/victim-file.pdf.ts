import { and, desc, eq } from 'drizzle-orm';
import { AUDITED_SECTIONS, isUiLanguage, type Section, type UiLanguage } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit, recordRead } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { renderPdf, type PdfContent } from '../knowledge/pdf.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { configFor } from '../procedure/procedure.machine.ts';
import { procedureOfFile } from '../procedure/procedure.repo.ts';
import { procedureRequests } from '../procedure/procedure.schema.ts';
import { loadVictimFileInScope, requireRelationship, staleVersion, userOf } from './victim-file.repo.ts';
import { victimFiles } from './victim-file.schema.ts';
import { toFileView } from './victim-file.service.ts';
import type { VictimFileView } from './victim-file.policy.ts';
import { VICTIM_FILE_RECORD } from './victim-file.policy.ts';

export const PRINTABLES = ['immigration-request', 'confirmation-request', 'lawyer-summary'] as const;
export type Printable = (typeof PRINTABLES)[number];

const L: Record<UiLanguage, Record<string, string>> = {
  nl: {
    'immigration-request': 'Aanvraag van een verblijfsdocument',
    'confirmation-request': 'Vraag om bevestiging van de hoedanigheid van slachtoffer',
    'lawyer-summary': 'Samenvatting van het dossier voor de advocaat',
    to: 'Aan',
    from: 'Van',
    reference: 'Dossier',
    person: 'Betrokkene',
    born: 'Geboren op',
    nationality: 'Nationaliteit',
    document: 'Gevraagd document',
    phase: 'Fase',
    step: 'Stap waarvoor bevestiging gevraagd wordt',
    ask: 'Wij vragen u te bevestigen dat de betrokkene nog steeds als slachtoffer van mensenhandel wordt beschouwd.',
    consent: 'Gedeeld met toestemming van de betrokkene, voor de delen',
    date: 'Datum',
  },
  fr: {
    'immigration-request': 'Demande d’un document de séjour',
    'confirmation-request': 'Demande de confirmation de la qualité de victime',
    'lawyer-summary': 'Résumé du dossier pour l’avocat',
    to: 'À',
    from: 'De',
    reference: 'Dossier',
    person: 'Personne concernée',
    born: 'Né(e) le',
    nationality: 'Nationalité',
    document: 'Document demandé',
    phase: 'Phase',
    step: 'Étape pour laquelle la confirmation est demandée',
    ask: 'Nous vous prions de confirmer que la personne est toujours considérée comme victime de la traite des êtres humains.',
    consent: 'Partagé avec le consentement de la personne, pour les parties',
    date: 'Date',
  },
  de: {
    'immigration-request': 'Antrag auf ein Aufenthaltsdokument',
    'confirmation-request': 'Bitte um Bestätigung der Opfereigenschaft',
    'lawyer-summary': 'Zusammenfassung der Akte für den Rechtsanwalt',
    to: 'An',
    from: 'Von',
    reference: 'Akte',
    person: 'Betroffene Person',
    born: 'Geboren am',
    nationality: 'Staatsangehörigkeit',
    document: 'Beantragtes Dokument',
    phase: 'Phase',
    step: 'Schritt, für den die Bestätigung erbeten wird',
    ask: 'Wir bitten Sie zu bestätigen, dass die Person weiterhin als Opfer von Menschenhandel angesehen wird.',
    consent: 'Mit Zustimmung der Person geteilt, für die Teile',
    date: 'Datum',
  },
  en: {
    'immigration-request': 'Request for a residence document',
    'confirmation-request': 'Request to confirm victim status',
    'lawyer-summary': 'Summary of the file for the lawyer',
    to: 'To',
    from: 'From',
    reference: 'File',
    person: 'Person concerned',
    born: 'Born on',
    nationality: 'Nationality',
    document: 'Document requested',
    phase: 'Phase',
    step: 'Step for which confirmation is asked',
    ask: 'Please confirm that the person is still regarded as a victim of trafficking in human beings.',
    consent: 'Shared with the consent of the person concerned, for the parts',
    date: 'Date',
  },
};

async function orgName(tx: Tx, id: string): Promise<{ name: string; languages: string[] }> {
  const [o] = await tx.select({ name: organisations.name, languages: organisations.workingLanguages }).from(organisations).where(eq(organisations.id, id));
  return { name: o?.name ?? '', languages: o?.languages ?? [] };
}

function identityLines(t: Record<string, string>, v: VictimFileView): PdfContent[] {
  return [
    { text: t.person ?? '', style: 'label' },
    [v.givenName, v.familyName].filter(Boolean).join(' ') || '—',
    `${t.born ?? ''}: ${v.birthDate ?? '—'}   ${t.nationality ?? ''}: ${v.nationality ?? '—'}`,
  ];
}

/**
 * Renders a printable for the owning centre, in the recipient's language (or the one asked for).
 * Every download is audited as an export of the sections it prints.
 */
export async function printable(tx: Tx, ctx: RequestContext, crypto: AppCrypto, fileId: string, kind: Printable, lang: string | undefined): Promise<Buffer> {
  const me = userOf(ctx);
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner'], 'print documents');
  const view = await toFileView(tx, crypto, row, me.organisationId);
  const from = await orgName(tx, me.organisationId);
  const proc = await procedureOfFile(tx, fileId);
  let to = '';
  let sections: Section[] = ['ID', 'PR'];
  const body: PdfContent[] = [];
  let language: UiLanguage = isUiLanguage(lang ?? '') ? (lang as UiLanguage) : 'nl';
  if (kind === 'lawyer-summary') {
    if (!row.lawyerConsent || row.lawyerConsent.sections.length === 0) {
      throw new AppError('domain_rule', 'The person has not recorded what may be shared with their lawyer', { reason: 'no_lawyer_consent' });
    }
    sections = row.lawyerConsent.sections.filter((s): s is Section => AUDITED_SECTIONS.includes(s as Section) || s === 'SG');
    const t = L[language];
    body.push({ text: `${t.consent ?? ''}: ${sections.join(', ')} (${row.lawyerConsent.recordedOn})`, italics: true, margin: [0, 0, 0, 8] });
    for (const s of sections) {
      const fields = Object.entries(VICTIM_FILE_RECORD.fields).filter(([, sec]) => sec === s).map(([k]) => k);
      body.push({ text: s, style: 'label' });
      for (const f of fields) {
        const value = view[f];
        body.push(`${f}: ${typeof value === 'string' ? value : JSON.stringify(value ?? null)}`);
      }
    }
  } else {
    if (!proc) {
      throw new AppError('domain_rule', 'No protection procedure has been started for this file', { reason: 'no_procedure' });
    }
    const config = configFor(proc.country, proc.configVersion);
    const [request] = await tx
      .select()
      .from(procedureRequests)
      .where(and(eq(procedureRequests.procedureId, proc.id), eq(procedureRequests.kind, kind === 'immigration-request' ? 'document' : 'confirmation')))
      .orderBy(desc(procedureRequests.requestedAt))
      .limit(1);
    if (!request) {
      throw new AppError('domain_rule', 'There is no such request on this file yet', { reason: 'no_request', kind });
    }
    const recipient = await orgName(tx, request.toOrganisationId);
    to = recipient.name;
    if (!lang) {
      language = recipient.languages.find((l): l is UiLanguage => isUiLanguage(l)) ?? 'nl';
    }
    const t = L[language];
    body.push(...identityLines(t, view), ' ');
    body.push(`${t.phase ?? ''}: ${config.phases.find((p) => p.code === request.phase)?.name[language] ?? request.phase}`);
    if (kind === 'immigration-request') {
      const doc = config.phases.find((p) => p.code === request.phase)?.document;
      body.push(`${t.document ?? ''}: ${doc?.name[language] ?? request.documentCode ?? ''}`);
    } else {
      sections = ['ID', 'PR', 'JU'];
      body.push(`${t.step ?? ''}: ${config.transitions.find((x) => x.code === request.transitionCode)?.text[language] ?? request.transitionCode ?? ''}`, ' ', t.ask ?? '');
    }
  }
  const t = L[language];
  const pdf = await renderPdf({
    language,
    info: { title: t[kind] ?? kind },
    content: [
      { text: t[kind] ?? kind, style: 'title' },
      `${t.from ?? ''}: ${from.name}`,
      ...(to ? [`${t.to ?? ''}: ${to}`] : []),
      `${t.reference ?? ''}: ${row.reference}   ${t.date ?? ''}: ${new Date().toISOString().slice(0, 10)}`,
      ' ',
      ...body,
    ],
    styles: { title: { fontSize: 14, bold: true, margin: [0, 0, 0, 10] }, label: { bold: true, margin: [0, 6, 0, 2] } },
  });
  const audited = sections.filter((s) => AUDITED_SECTIONS.includes(s));
  await recordRead(tx, ctx, { action: 'record.exported', recordType: 'victim_file', recordIds: [fileId], sections: audited.length > 0 ? audited : ['ID'], details: { format: 'pdf' } });
  return pdf;
}

/** Records what the person agreed to share with their lawyer (owner centre; optimistic locking). */
export async function recordLawyerConsent(tx: Tx, ctx: RequestContext, fileId: string, input: { sections: Section[]; recordedOn: string; version: number }): Promise<{ version: number }> {
  const { row, relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  requireRelationship(relationship, ['owner'], 'record consent');
  if (row.version !== input.version) {
    throw staleVersion(row.version, { lawyerConsent: row.lawyerConsent });
  }
  if (input.recordedOn > new Date().toISOString().slice(0, 10)) {
    throw new AppError('domain_rule', 'Consent is recorded when it was given: the date cannot be in the future', { reason: 'date_in_future', field: 'recordedOn' });
  }
  const [u] = await tx
    .update(victimFiles)
    .set({ lawyerConsent: { sections: input.sections, recordedOn: input.recordedOn }, version: row.version + 1, updatedAt: new Date() })
    .where(and(eq(victimFiles.id, fileId), eq(victimFiles.version, input.version)))
    .returning({ version: victimFiles.version });
  if (!u) {
    throw staleVersion(row.version + 1, {});
  }
  await recordAudit(tx, ctx, { action: 'victim_file.updated', recordType: 'victim_file', recordId: fileId, details: { changes: {}, fields: ['lawyerConsent'] } });
  return u;
}
