import type { DirectoryEntry, Guide, LocalizedText, UiLanguage } from '@keten/shared';
import { renderPdf, type PdfContent } from './pdf.ts';

/*
 * The one-page leaflet of a guide role (A4, printable), in the guide's language: signs, what to
 * do now, whom to call, what happens next. Drawn from the same Guide object as the web page.
 */

const LABELS = {
  whatToDo: { nl: 'Wat nu doen?', fr: 'Que faire maintenant ?', de: 'Was ist jetzt zu tun?', en: 'What to do now' },
  whomToCall: { nl: 'Wie bellen?', fr: 'Qui appeler ?', de: 'Wen anrufen?', en: 'Whom to call' },
  next: { nl: 'Wat gebeurt er daarna?', fr: 'Et ensuite ?', de: 'Wie geht es weiter?', en: 'What happens next' },
  conditions: { nl: 'De drie voorwaarden', fr: 'Les trois conditions', de: 'Die drei Bedingungen', en: 'The three conditions' },
  rights: { nl: 'Rechten van de persoon', fr: 'Droits de la personne', de: 'Rechte der Person', en: 'The person’s rights' },
  rightsSelf: { nl: 'Je rechten', fr: 'Tes droits', de: 'Deine Rechte', en: 'Your rights' },
  more: { nl: 'en {{n}} andere signalen in de volledige lijsten', fr: 'et {{n}} autres signaux dans les listes complètes', de: 'und {{n}} weitere Anzeichen in den vollständigen Listen', en: 'and {{n}} more signs in the full lists' },
  footer: {
    nl: 'Keten · digitale verwijsgids · {{url}} · stand {{date}}',
    fr: 'Keten · guide d’orientation numérique · {{url}} · état au {{date}}',
    de: 'Keten · digitaler Verweisungsleitfaden · {{url}} · Stand {{date}}',
    en: 'Keten · referral guide · {{url}} · as of {{date}}',
  },
} as const satisfies Record<string, LocalizedText>;

const fill = (text: string, values: Record<string, string | number>): string => text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

function contactLine(entry: DirectoryEntry): PdfContent {
  const parts = [entry.phone, entry.email].filter((p): p is string => Boolean(p));
  return { text: [{ text: entry.shortName ?? entry.name, bold: true }, parts.length > 0 ? `  ${parts.join(' · ')}` : ''], margin: [0, 0, 0, 1] };
}

export async function renderGuideLeaflet(guide: Guide, options: { baseUrl: string | null }): Promise<Buffer> {
  const lang: UiLanguage = guide.language;
  const url = `${options.baseUrl ?? ''}/guide/${guide.role}`;
  const left: PdfContent[] = [
    { text: guide.signs.title, style: 'h2' },
    { ul: guide.signs.items.slice(0, 8).map((i) => i.text), style: 'small' },
    guide.signs.more > 0 ? { text: fill(LABELS.more[lang], { n: guide.signs.more }), style: 'muted' } : '',
    { text: guide.signs.note, style: 'muted', margin: [0, 2, 0, 0] },
    { text: LABELS.whatToDo[lang], style: 'h2' },
    {
      ol: guide.steps.map((s) => ({ text: s.link ? `${s.text} (${options.baseUrl ?? ''}${s.link.href})` : s.text, bold: s.urgent })),
      style: 'small',
    },
  ];
  const right: PdfContent[] = [
    { text: LABELS.whomToCall[lang], style: 'h2' },
    { text: guide.contacts.emergency.text, bold: true, color: '#b00020', margin: [0, 0, 0, 3] },
    { text: guide.contacts.centresText, style: 'muted', margin: [0, 0, 0, 2] },
    ...guide.contacts.centres.map(contactLine),
    { text: guide.contacts.guardianshipText, style: 'muted', margin: [0, 3, 0, 2] },
    ...guide.contacts.guardianship.map(contactLine),
    { text: LABELS.next[lang], style: 'h2' },
    ...guide.timeline.map((phase): PdfContent => ({
      text: [{ text: `${phase.order}. ${phase.name}`, bold: true }, phase.validity ? ` — ${phase.validity}` : ''],
      style: 'small',
      margin: [0, 0, 0, 1],
    })),
    { text: LABELS.conditions[lang], style: 'h3' },
    { ol: guide.conditions.map((c) => c.text), style: 'small' },
    { text: (guide.role === 'self' ? LABELS.rightsSelf : LABELS.rights)[lang], style: 'h3' },
    { ul: guide.rights.slice(0, 5).map((r) => r.text), style: 'small' },
  ];
  return renderPdf({
    info: { title: `Keten — ${guide.title}`, subject: guide.intro, author: 'Keten' },
    language: lang,
    pageMargins: [32, 30, 32, 36],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.12 },
    content: [
      { text: guide.title, style: 'title' },
      { text: guide.intro, margin: [0, 0, 0, 4] },
      { columns: [{ width: '*', stack: left }, { width: '*', stack: right }], columnGap: 14 },
    ],
    footer: { text: fill(LABELS.footer[lang], { url, date: new Date().toISOString().slice(0, 10) }), fontSize: 7, color: '#555555', margin: [32, 10, 32, 0] },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 3] },
      h2: { fontSize: 11.5, bold: true, margin: [0, 7, 0, 2], color: '#1d3b6f' },
      h3: { fontSize: 10, bold: true, margin: [0, 5, 0, 1] },
      small: { fontSize: 9 },
      muted: { fontSize: 8.5, color: '#555555' },
    },
  });
}
