import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { ActionPlanStatus, Classification, KnowledgeTopic, OrganisationType } from '@keten/shared';
import { actionPlanBodyOrganisations, actionPlanProgressNotes, actionPlanProjects } from '../action-plan/action-plan.schema.ts';
import { CURRENT_PLAN } from '../action-plan/action-plan.repo.ts';
import type { Tx } from '../db/types.ts';
import { onCallContacts } from '../directory/on-call-contact.schema.ts';
import { documentFiles, documents, newsItems } from '../documents/document.schema.ts';
import { stableUuid } from '../lib/ids.ts';
import { contentPages } from './content-page.schema.ts';
import { renderPdf } from './pdf.ts';

/*
 * Fictional demo content for the knowledge capabilities: library documents and news in each
 * classification, on-call contacts, and action plan follow-up (bodies linked to demo organisations,
 * a few progress notes). Idempotent (stable ids, insert-if-missing); never in production. Phone
 * numbers are in the unassigned "000 00" block, like the demo organisations.
 */

export interface DemoKeys {
  organisationId(key: string): string;
  userId(key: string): string;
}

const id = (kind: string, key: string): string => stableUuid(`demo-${kind}`, key);

interface DemoDocument {
  key: string;
  title: string;
  description: string;
  topic: KnowledgeTopic;
  language: string;
  classification: Classification;
  organisationTypes: OrganisationType[];
}

const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    key: 'circular-summary',
    title: 'Multidisciplinaire omzendbrief van 23 december 2016 — samenvatting (demo)',
    description: 'Fictief demodocument: de stappen van het nationaal verwijzingsmechanisme in twee bladzijden.',
    topic: 'procedure',
    language: 'nl',
    classification: 'public',
    organisationTypes: [],
  },
  {
    key: 'indicator-brochure',
    title: 'Brochure indicateurs pour la police et l’inspection (démo)',
    description: 'Document de démonstration fictif : les indicateurs à utiliser lors des contrôles.',
    topic: 'indicators',
    language: 'fr',
    classification: 'professionals',
    organisationTypes: [],
  },
  {
    key: 'centres-agreements',
    title: 'Werkafspraken tussen de erkende centra (demo, vertrouwelijk)',
    description: 'Fictief demodocument voor de gespecialiseerde centra: intakeverdeling en permanentie.',
    topic: 'coordination',
    language: 'nl',
    classification: 'restricted',
    organisationTypes: ['specialised_centre'],
  },
];

const DEMO_NEWS: { key: string; title: string; body: string; topic: KnowledgeTopic; language: string; classification: Classification; organisationTypes: OrganisationType[] }[] = [
  {
    key: 'world-day',
    title: '30 juli: Werelddag tegen mensenhandel (demo)',
    body: 'De Blue Heart-campagne wordt opnieuw verspreid. Materiaal vindt u in de **bibliotheek**.',
    topic: 'awareness',
    language: 'nl',
    classification: 'public',
    organisationTypes: [],
  },
  {
    key: 'police-training',
    title: 'New basic training for police on referral (demo)',
    body: 'A fictional announcement: sessions start next quarter. Ask your training officer.',
    topic: 'training',
    language: 'en',
    classification: 'professionals',
    organisationTypes: [],
  },
  {
    key: 'centres-meeting',
    title: 'Réunion des centres : permanence d’été (démo)',
    body: 'Annonce fictive réservée aux centres spécialisés.',
    topic: 'coordination',
    language: 'fr',
    classification: 'restricted',
    organisationTypes: ['specialised_centre'],
  },
];

const DEMO_ON_CALL = [
  { key: 'fgp-brussel-duty', organisation: 'fgp-brussel-thb', label: 'Permanentie sectie mensenhandel / Permanence section TEH', phone: '+3220000039', hours: '24/7' },
  { key: 'parquet-bxl-duty', organisation: 'parquet-bruxelles', label: 'Magistrat de garde / Magistraat van wacht', phone: '+3220000049', hours: '24/7' },
  { key: 'pagasa-intake', organisation: 'centre-pagasa', label: 'Intakepermanentie / Permanence d’accueil', phone: '+3220000019', hours: '24/7' },
  { key: 'voogdij-duty', organisation: 'dienst-voogdij', label: 'Melding NBMV buiten kantooruren / Signalement MENA hors heures de bureau', phone: '+3220000089', hours: '17:00–09:00' },
];

/**
 * A demo translation into Arabic (right to left), to show that a language is data, not code.
 * Plain and short; a real deployment has its translations reviewed by native speakers.
 */
const DEMO_ARABIC_PAGE = {
  slug: 'where-to-get-help',
  audience: 'adult' as const,
  language: 'ar',
  title: 'أين تجد المساعدة؟',
  body: '## في حالة الخطر\n\nاتصل بالرقم **112** (مجاني، ليلاً ونهاراً).\n\n## مراكز متخصصة\n\nثلاثة مراكز معترف بها تساعد ضحايا الاتجار بالبشر في كل بلجيكا: PAG-ASA وPayoke وSürya. المساعدة مجانية وسرية.',
};

const DEMO_BODY_LINKS: { body: string; organisations: string[] }[] = [
  { body: 'bureau_thb', organisations: ['bureau-icc'] },
  { body: 'icc', organisations: ['bureau-icc'] },
  { body: 'criminal_policy_service', organisations: ['bureau-icc'] },
  { body: 'ctif_cfi', organisations: ['ctif-cfi'] },
  { body: 'federal_police', organisations: ['fgp-brussel-thb', 'fgp-antwerpen-thb'] },
  { body: 'immigration_office', organisations: ['dvz-minteh'] },
];

const DEMO_NOTES: { key: string; project: string; date: string; text: string; status: ActionPlanStatus; organisation: string; user: string }[] = [
  { key: 'website', project: '3.7-2', date: '2022-11-15', text: 'De coördinatiewebsite is online (fictieve demonota).', status: 'done', organisation: 'bureau-icc', user: 'coordinator-national' },
  { key: 'febelfin', project: '2.3-1', date: '2022-06-20', text: 'Interactieve vergadering met Febelfin gehouden (fictieve demonota).', status: 'done', organisation: 'ctif-cfi', user: 'financial' },
  { key: 'iamm', project: '6.4-2', date: '2024-03-01', text: 'Keten wordt getest als digitaal netwerk van het IAMM (fictieve demonota).', status: 'ongoing', organisation: 'bureau-icc', user: 'coordinator-national' },
  { key: 'child-tool', project: '4.2-3', date: '2023-09-12', text: 'Eerste versie van de kindvriendelijke informatie besproken met de centra (fictieve demonota).', status: 'ongoing', organisation: 'bureau-icc', user: 'editor' },
];

async function demoPdf(title: string): Promise<Buffer> {
  return renderPdf({
    info: { title },
    content: [{ text: title, fontSize: 16, bold: true }, { text: 'Fictional demonstration document — Keten demo mode.', margin: [0, 8, 0, 0] }],
  });
}

export async function seedKnowledgeDemo(tx: Tx, keys: DemoKeys): Promise<void> {
  const editor = keys.userId('editor');
  for (const d of DEMO_DOCUMENTS) {
    const documentId = id('document', d.key);
    const inserted = await tx
      .insert(documents)
      .values({ id: documentId, title: d.title, description: d.description, topic: d.topic, language: d.language, classification: d.classification, organisationTypes: d.organisationTypes, createdBy: editor, updatedBy: editor })
      .onConflictDoNothing({ target: documents.id })
      .returning({ id: documents.id });
    if (inserted.length > 0) {
      const bytes = await demoPdf(d.title);
      await tx.insert(documentFiles).values({ documentId, content: bytes });
      await tx
        .update(documents)
        .set({ fileName: `${d.key}.pdf`, fileType: 'pdf', sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
        .where(eq(documents.id, documentId));
    }
  }
  for (const n of DEMO_NEWS) {
    const { key, ...values } = n;
    await tx
      .insert(newsItems)
      .values({ id: id('news', key), ...values, createdBy: editor, updatedBy: editor })
      .onConflictDoNothing({ target: newsItems.id });
  }
  for (const c of DEMO_ON_CALL) {
    await tx
      .insert(onCallContacts)
      .values({ id: id('on-call', c.key), organisationId: keys.organisationId(c.organisation), label: c.label, phone: c.phone, hours: c.hours })
      .onConflictDoNothing({ target: onCallContacts.id });
  }
  await tx
    .insert(contentPages)
    .values({ id: id('content-page', `${DEMO_ARABIC_PAGE.slug}:${DEMO_ARABIC_PAGE.language}`), ...DEMO_ARABIC_PAGE, status: 'published', position: 50, createdBy: editor, updatedBy: editor })
    .onConflictDoNothing();
  for (const link of DEMO_BODY_LINKS) {
    for (const org of link.organisations) {
      await tx.insert(actionPlanBodyOrganisations).values({ bodyCode: link.body, organisationId: keys.organisationId(org) }).onConflictDoNothing();
    }
  }
  for (const note of DEMO_NOTES) {
    const [project] = await tx
      .select({ id: actionPlanProjects.id })
      .from(actionPlanProjects)
      .where(and(eq(actionPlanProjects.planCode, CURRENT_PLAN), eq(actionPlanProjects.code, note.project)));
    if (!project) {
      continue;
    }
    const inserted = await tx
      .insert(actionPlanProgressNotes)
      .values({
        id: id('action-plan-note', note.key),
        projectId: project.id,
        noteDate: note.date,
        text: note.text,
        statusAfter: note.status,
        organisationId: keys.organisationId(note.organisation),
        authorId: keys.userId(note.user),
      })
      .onConflictDoNothing({ target: actionPlanProgressNotes.id })
      .returning({ id: actionPlanProgressNotes.id });
    if (inserted.length > 0) {
      await tx
        .update(actionPlanProjects)
        .set({ status: note.status, version: sql`${actionPlanProjects.version} + 1`, updatedAt: sql`now()` })
        .where(eq(actionPlanProjects.id, project.id));
    }
  }
}
