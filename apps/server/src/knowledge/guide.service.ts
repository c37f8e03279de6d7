import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import type { Duration, ProcedureConfig } from '@keten/shared/procedure/types';
import { timeline } from '@keten/shared/procedure/types';
import { catalogueForSector } from '@keten/shared/signals/catalogues/index';
import type { CatalogueDefinition, DirectoryEntry, Guide, GuideRole, UiLanguage } from '@keten/shared';
import { GUIDE_ROLES } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { findDirectory } from '../directory/directory.repo.ts';
import { GUIDE_RIGHTS, GUIDE_ROLE_TEXTS, GUIDE_STEPS, GUIDE_TEXT, type GuideStepCode } from './guide-content.ts';

/*
 * Assembles the public referral guide for one role and language from its sources of truth: the
 * words (guide-content.ts), the signs (the indicator catalogues), the contacts (the organisation
 * records, through the directory) and the timeline, conditions and minors' rules (the procedure
 * configuration). The leaflet PDF is drawn from the same object, so page and leaflet agree.
 */

/** How many signs the guide lists (the catalogues hold more; the count of the rest is given). */
const SIGNS_FROM_SECTOR_LIST = 6;
const SIGNS_TOTAL = 10;
/** Minors' rules that belong on a public page (the reception services for minors are not named there). */
const PUBLIC_MINOR_RULES = ['alert_guardianship_at_once', 'document_at_once', 'no_consent_needed', 'prosecutors_communicate'];

const UNIT_WORDS: Record<Duration['unit'], Record<UiLanguage, [string, string]>> = {
  day: { nl: ['dag', 'dagen'], fr: ['jour', 'jours'], de: ['Tag', 'Tage'], en: ['day', 'days'] },
  month: { nl: ['maand', 'maanden'], fr: ['mois', 'mois'], de: ['Monat', 'Monate'], en: ['month', 'months'] },
  year: { nl: ['jaar', 'jaar'], fr: ['an', 'ans'], de: ['Jahr', 'Jahre'], en: ['year', 'years'] },
};
const UNLIMITED: Record<UiLanguage, string> = { nl: 'onbeperkt', fr: 'illimité', de: 'unbefristet', en: 'unlimited' };
const RENEWABLE: Record<UiLanguage, string> = { nl: 'verlengbaar', fr: 'renouvelable', de: 'verlängerbar', en: 'renewable' };
const RENEWABLE_ONCE: Record<UiLanguage, string> = { nl: 'eenmaal verlengbaar', fr: 'renouvelable une fois', de: 'einmal verlängerbar', en: 'renewable once' };

export function formatDuration(d: Duration, lang: UiLanguage): string {
  const [one, many] = UNIT_WORDS[d.unit][lang];
  return `${d.amount} ${d.amount === 1 ? one : many}`;
}

function validityText(phase: ProcedureConfig['phases'][number], lang: UiLanguage): string | null {
  const doc = phase.document;
  if (!doc) {
    return null;
  }
  if (!doc.validity) {
    return UNLIMITED[lang];
  }
  const base = formatDuration(doc.validity, lang);
  if (!doc.extension) {
    return base;
  }
  const renewable = doc.extension.times === 1 ? RENEWABLE_ONCE[lang] : RENEWABLE[lang];
  return `${base}, ${renewable} (${formatDuration(doc.extension.by, lang)})`;
}

/** The sector's own list first, then the general list; the ILO reference lists are for the wizard. */
export function guideCatalogues(role: GuideRole): CatalogueDefinition[] {
  const lists = catalogueForSector(GUIDE_ROLE_TEXTS[role].sector);
  const general = lists.find((c) => c.key === 'general');
  const sectorList = lists.find((c) => c.key !== 'general' && !c.key.startsWith('ilo'));
  return [sectorList, general].filter((c): c is CatalogueDefinition => c !== undefined);
}

function signsFor(role: GuideRole, lang: UiLanguage): Guide['signs'] {
  const catalogues = guideCatalogues(role);
  const items: { id: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const [i, catalogue] of catalogues.entries()) {
    const limit = i === 0 && catalogues.length > 1 ? SIGNS_FROM_SECTOR_LIST : SIGNS_TOTAL;
    let taken = 0;
    for (const indicator of catalogue.indicators) {
      if (items.length >= SIGNS_TOTAL || taken >= limit) {
        break;
      }
      const text = indicator.text[lang];
      if (!seen.has(text)) {
        seen.add(text);
        items.push({ id: indicator.id, text });
        taken++;
      }
    }
  }
  const total = catalogues.reduce((n, c) => n + c.indicators.length, 0);
  return {
    title: (role === 'self' ? GUIDE_TEXT.signsTitleSelf : GUIDE_TEXT.signsTitle)[lang],
    catalogues: catalogues.map((c) => ({ key: c.key, version: c.version, title: c.title[lang] })),
    items,
    more: Math.max(0, total - items.length),
    note: GUIDE_TEXT.signsNote[lang],
  };
}

function step(code: GuideStepCode, lang: UiLanguage): Guide['steps'][number] {
  const s: { text: Record<UiLanguage, string>; urgent?: boolean; link?: { href: string; label: Record<UiLanguage, string> } } = GUIDE_STEPS[code];
  return {
    code,
    text: s.text[lang],
    urgent: s.urgent ?? false,
    ...(s.link ? { link: { href: s.link.href, label: s.link.label[lang] } } : {}),
  };
}

export const guideRoleList = (lang: UiLanguage) =>
  GUIDE_ROLES.map((role) => ({ role, title: GUIDE_ROLE_TEXTS[role].title[lang], summary: GUIDE_ROLE_TEXTS[role].summary[lang] }));

export async function buildGuide(db: Executor, role: GuideRole, lang: UiLanguage, options: { minor: boolean }): Promise<Guide> {
  const text = GUIDE_ROLE_TEXTS[role];
  const procedure = BELGIAN_PROCEDURE;
  const plain = text.plain;
  // Public directory only: the guide is a public page, whoever reads it.
  const directory: DirectoryEntry[] = await findDirectory(db, 'public', lang, {
    types: ['specialised_centre', 'guardianship_service', procedure.crossBorder.contactPointType],
  });
  let codes = [...text.steps];
  if (options.minor) {
    // For a minor, the Guardianship Service and youth protection come right after the emergency call.
    const minorOrder: GuideStepCode[] = ['alert_guardianship_service', 'self_minor_guardian', 'minor_youth_protection'];
    const minorCodes = minorOrder.filter((c) => codes.includes(c));
    const ensured: GuideStepCode[] = minorCodes.length > 0 ? minorCodes : [role === 'self' ? 'self_minor_guardian' : 'alert_guardianship_service'];
    codes = ['call_112', ...ensured, ...codes.filter((c) => c !== 'call_112' && !ensured.includes(c))];
  }
  return {
    role,
    language: lang,
    title: text.title[lang],
    intro: text.intro[lang],
    signs: signsFor(role, lang),
    steps: codes.map((c) => step(c, lang)),
    contacts: {
      emergency: { number: '112', text: GUIDE_TEXT.emergency[lang] },
      centres: directory.filter((d) => d.type === 'specialised_centre'),
      centresText: GUIDE_TEXT.centres[lang],
      guardianship: directory.filter((d) => d.type === 'guardianship_service'),
      guardianshipText: GUIDE_TEXT.guardianship[lang],
      crossBorder: directory.filter((d) => d.type === procedure.crossBorder.contactPointType),
      crossBorderText: GUIDE_TEXT.crossBorder[lang],
    },
    minors: {
      title: (role === 'self' ? GUIDE_TEXT.minorsTitleSelf : GUIDE_TEXT.minorsTitle)[lang],
      rules: procedure.minors.rules.filter((r) => PUBLIC_MINOR_RULES.includes(r.code)).map((r) => (plain ? r.plain : r.text)[lang]),
    },
    timeline: timeline(procedure).map((phase) => ({
      code: phase.code,
      order: phase.order,
      name: phase.name[lang],
      text: (plain ? phase.plain : phase.summary)[lang],
      document: phase.document ? phase.document.name[lang] : null,
      validity: validityText(phase, lang),
    })),
    conditions: procedure.conditions
      .filter((c) => ['break_contact', 'accept_guidance', 'cooperate_with_justice'].includes(c.code))
      .map((c) => ({ code: c.code, text: (plain ? c.plain : c.text)[lang] })),
    rights: GUIDE_RIGHTS.map((r) => ({ code: r.code, text: (plain ? r.plain : r.text)[lang] })),
    procedureVersion: procedure.version,
  };
}
