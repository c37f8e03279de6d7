import { isProjectOverdue, type ActionPlanStatus, type LocalizedText, type UiLanguage } from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import type { Executor } from '../db/types.ts';
import { renderPdf, type PdfContent } from '../knowledge/pdf.ts';
import { findNotes, findProjects, planOverview } from './action-plan.repo.ts';

/*
 * The yearly progress report of the action plan (PDF): per chapter, the projects whose timing has
 * started by the end of the year, with their status, whether they were overdue at the end of the
 * year, and the progress notes dated in that year. Policy data only.
 */

const STATUS_LABELS: Record<ActionPlanStatus, LocalizedText> = {
  not_started: { nl: 'Niet gestart', fr: 'Pas commencé', de: 'Nicht begonnen', en: 'Not started' },
  ongoing: { nl: 'Lopend', fr: 'En cours', de: 'Laufend', en: 'Ongoing' },
  done: { nl: 'Afgerond', fr: 'Terminé', de: 'Abgeschlossen', en: 'Done' },
  postponed: { nl: 'Uitgesteld', fr: 'Reporté', de: 'Verschoben', en: 'Postponed' },
  dropped: { nl: 'Geschrapt', fr: 'Abandonné', de: 'Eingestellt', en: 'Dropped' },
};

const TEXT = {
  title: { nl: 'Voortgangsrapport {{year}}', fr: 'Rapport d’avancement {{year}}', de: 'Fortschrittsbericht {{year}}', en: 'Progress report {{year}}' },
  generated: { nl: 'Opgemaakt op {{date}}. Status: huidige stand.', fr: 'Établi le {{date}}. Statut : situation actuelle.', de: 'Erstellt am {{date}}. Status: aktueller Stand.', en: 'Generated on {{date}}. Status: as it stands now.' },
  summary: { nl: 'Overzicht', fr: 'Synthèse', de: 'Übersicht', en: 'Summary' },
  project: { nl: 'Project', fr: 'Projet', de: 'Projekt', en: 'Project' },
  responsible: { nl: 'Verantwoordelijk', fr: 'Responsable', de: 'Verantwortlich', en: 'Responsible' },
  timing: { nl: 'Timing', fr: 'Calendrier', de: 'Zeitplan', en: 'Timing' },
  status: { nl: 'Status', fr: 'Statut', de: 'Status', en: 'Status' },
  overdue: { nl: 'achter op schema', fr: 'en retard', de: 'im Verzug', en: 'overdue' },
  notes: { nl: 'Voortgang in {{year}}', fr: 'Avancement en {{year}}', de: 'Fortschritt {{year}}', en: 'Progress in {{year}}' },
  noNotes: { nl: 'Geen voortgangsnota’s in dit jaar.', fr: 'Aucune note d’avancement cette année.', de: 'Keine Fortschrittsnotizen in diesem Jahr.', en: 'No progress notes this year.' },
  recurring: { nl: 'terugkerend', fr: 'récurrent', de: 'wiederkehrend', en: 'recurring' },
  overdueAtEnd: {
    nl: 'Achter op schema eind {{year}}',
    fr: 'En retard fin {{year}}',
    de: 'Im Verzug Ende {{year}}',
    en: 'Overdue at the end of {{year}}',
  },
} as const satisfies Record<string, LocalizedText>;

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

export async function buildProgressReport(db: Executor, actor: Actor, year: number, lang: UiLanguage): Promise<Buffer> {
  const overview = await planOverview(db);
  const projects = (await findProjects(db, actor, { asOf: year + 1 })).filter((p) => p.startYear <= year);
  const content: PdfContent[] = [
    { text: overview.plan.title[lang], style: 'kicker' },
    { text: fill(TEXT.title[lang], { year }), style: 'title' },
    { text: fill(TEXT.generated[lang], { date: new Date().toISOString().slice(0, 10) }), style: 'muted', margin: [0, 0, 0, 10] },
    { text: TEXT.summary[lang], style: 'h2' },
    {
      ul: [
        ...(Object.keys(STATUS_LABELS) as ActionPlanStatus[]).map((s) => `${STATUS_LABELS[s][lang]}: ${projects.filter((p) => p.status === s).length}`),
        { text: `${fill(TEXT.overdueAtEnd[lang], { year })}: ${projects.filter((p) => isProjectOverdue(p, year + 1)).length}`, bold: true },
      ],
      margin: [0, 0, 0, 6],
    },
  ];
  for (const chapter of overview.chapters) {
    const inChapter = projects.filter((p) => p.chapter === chapter.chapter);
    if (inChapter.length === 0) {
      continue;
    }
    content.push({ text: `${chapter.chapter}. ${chapter.title[lang]}`, style: 'h2', margin: [0, 14, 0, 4] });
    for (const p of inChapter) {
      const notes = await findNotes(db, p.id, year);
      const title = lang === 'en' && p.title.en ? p.title.en : p.title.nl;
      const overdue = isProjectOverdue(p, year + 1);
      content.push({
        unbreakable: true,
        margin: [0, 4, 0, 6],
        stack: [
          { text: `${p.code}  ${title}`, bold: true },
          {
            columns: [
              { width: '*', text: [{ text: `${TEXT.responsible[lang]}: `, bold: true }, p.bodies.map((b) => b.name[lang]).join('; ') || p.responsibleText] },
              { width: 110, text: [{ text: `${TEXT.timing[lang]}: `, bold: true }, `${p.startYear === p.endYear ? p.startYear : `${p.startYear}–${p.endYear}`}${p.recurring ? ` (${TEXT.recurring[lang]})` : ''}`] },
              {
                width: 130,
                text: [{ text: `${TEXT.status[lang]}: `, bold: true }, STATUS_LABELS[p.status][lang], overdue ? { text: ` (${TEXT.overdue[lang]})`, color: '#b00020' } : ''],
              },
            ],
            fontSize: 9,
          },
          { text: fill(TEXT.notes[lang], { year }), italics: true, fontSize: 9, margin: [0, 2, 0, 0] },
          notes.length > 0
            ? { ul: notes.map((n) => `${n.noteDate}${n.organisationName ? ` (${n.organisationName})` : ''}: ${n.text}`), fontSize: 9 }
            : { text: TEXT.noNotes[lang], fontSize: 9, color: '#555555' },
        ],
      });
    }
  }
  return renderPdf({
    info: { title: `${overview.plan.title[lang]} — ${fill(TEXT.title[lang], { year })}`, author: 'Keten' },
    language: lang,
    pageMargins: [40, 40, 40, 50],
    content,
    styles: {
      kicker: { fontSize: 9, color: '#555555' },
      title: { fontSize: 18, bold: true, margin: [0, 2, 0, 2] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      muted: { fontSize: 9, color: '#555555' },
    },
  });
}
