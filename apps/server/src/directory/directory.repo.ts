import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  PUBLIC_DIRECTORY_TYPES,
  type DirectoryEntry,
  type JudicialDistrict,
  type OnCallContact,
  type OrganisationType,
  type Region,
  type UiLanguage,
} from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { notFound } from '../http/errors.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { containsPattern, TRIGRAM_THRESHOLD } from '../documents/library.policy.ts';
import { onCallContacts } from './on-call-contact.schema.ts';

/*
 * The coordination directory: one source of truth for contact data, read from the organisation
 * records (their public contact) plus on-call contacts for logged-in professionals. Used by the
 * directory screens, the referral guide and (through `findDirectoryContacts`) signal guidance and
 * referral routing. Shelter locations are never stored on an organisation, so they cannot appear
 * here; the presenter also sends only named public fields.
 */

export type DirectoryAudience = 'public' | 'professional';

export interface DirectoryFilter {
  types?: readonly OrganisationType[] | undefined;
  district?: JudicialDistrict | undefined;
  language?: string | undefined;
  q?: string | undefined;
}

type OrganisationRow = typeof organisations.$inferSelect;
type OnCallRow = typeof onCallContacts.$inferSelect;

/** The organisation types anyone may look up; professionals see every organisation. */
function typeScope(audience: DirectoryAudience): SQL | undefined {
  return audience === 'public' ? inArray(organisations.type, [...PUBLIC_DIRECTORY_TYPES]) : undefined;
}

/** Opening hours in the requested language, else another one (never empty when some exist). */
function hoursIn(hours: Partial<Record<UiLanguage, string>> | undefined, lang: UiLanguage): string | null {
  if (!hours) {
    return null;
  }
  return hours[lang] ?? hours.en ?? hours.nl ?? hours.fr ?? hours.de ?? null;
}

export function presentOnCall(row: OnCallRow): OnCallContact {
  return {
    id: row.id,
    organisationId: row.organisationId,
    label: row.label,
    phone: row.phone,
    email: row.email,
    hours: row.hours,
    judicialDistricts: row.judicialDistricts,
    version: row.version,
  };
}

export function presentEntry(row: OrganisationRow, lang: UiLanguage, onCall?: readonly OnCallRow[]): DirectoryEntry {
  const c = row.publicContact;
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    shortName: row.shortName,
    country: row.country,
    regionCode: row.regionCode as Region | null,
    judicialDistrict: row.judicialDistrict as JudicialDistrict | null,
    servesDistricts: row.servesDistricts as JudicialDistrict[],
    workingLanguages: row.workingLanguages,
    phone: c.phone ?? null,
    email: c.email ?? null,
    website: c.website ?? null,
    hours: hoursIn(c.hours, lang),
    officeAddress: c.officeAddress ?? null,
    ...(onCall ? { onCall: onCall.map(presentOnCall) } : {}),
  };
}

export async function findDirectory(db: Executor, audience: DirectoryAudience, lang: UiLanguage, filter: DirectoryFilter): Promise<DirectoryEntry[]> {
  const rows = await db
    .select()
    .from(organisations)
    .where(
      and(
        typeScope(audience),
        filter.types && filter.types.length > 0 ? inArray(organisations.type, [...filter.types]) : undefined,
        // "Serves the district": its own district or one of the districts it serves.
        filter.district
          ? sql`(${organisations.judicialDistrict} = ${filter.district} OR ${filter.district} = ANY(${organisations.servesDistricts}))`
          : undefined,
        filter.language ? sql`${filter.language} = ANY(${organisations.workingLanguages})` : undefined,
        filter.q
          ? sql`(${organisations.name} ILIKE ${containsPattern(filter.q)} OR ${organisations.shortName} ILIKE ${containsPattern(filter.q)} OR similarity(${organisations.name}, ${filter.q}) > ${TRIGRAM_THRESHOLD})`
          : undefined,
        // The operator's own organisation is not part of the chain's directory.
        sql`${organisations.type} <> 'platform_operator'`,
      ),
    )
    .orderBy(asc(organisations.type), asc(organisations.name));
  if (audience === 'public') {
    return rows.map((r) => presentEntry(r, lang));
  }
  const onCall = await onCallFor(db, rows.map((r) => r.id));
  return rows.map((r) => presentEntry(r, lang, onCall.get(r.id) ?? []));
}

export async function getDirectoryEntry(db: Executor, audience: DirectoryAudience, lang: UiLanguage, id: string): Promise<DirectoryEntry> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), typeScope(audience), sql`${organisations.type} <> 'platform_operator'`));
  if (!row) {
    throw notFound('No such organisation in the directory');
  }
  if (audience === 'public') {
    return presentEntry(row, lang);
  }
  const onCall = await onCallFor(db, [row.id]);
  return presentEntry(row, lang, onCall.get(row.id) ?? []);
}

async function onCallFor(db: Executor, organisationIds: readonly string[]): Promise<Map<string, OnCallRow[]>> {
  const out = new Map<string, OnCallRow[]>();
  if (organisationIds.length === 0) {
    return out;
  }
  const rows = await db
    .select()
    .from(onCallContacts)
    .where(inArray(onCallContacts.organisationId, [...organisationIds]))
    .orderBy(asc(onCallContacts.label));
  for (const r of rows) {
    out.set(r.organisationId, [...(out.get(r.organisationId) ?? []), r]);
  }
  return out;
}

export async function getOnCallContact(db: Executor, id: string, options: { forUpdate?: boolean } = {}): Promise<OnCallRow> {
  const query = db.select().from(onCallContacts).where(eq(onCallContacts.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) {
    throw notFound('No such on-call contact');
  }
  return row;
}

/**
 * Contacts in the shape the signal guidance takes (packages/shared/src/signals/guidance.ts
 * `DirectoryContact`), so guidance, guide and referral routing read the same records.
 */
export async function findDirectoryContacts(db: Executor, types: readonly OrganisationType[]) {
  const rows = await db.select().from(organisations).where(inArray(organisations.type, [...types])).orderBy(asc(organisations.name));
  return rows.map((r) => ({
    organisationId: r.id,
    type: r.type,
    name: r.name,
    servesDistricts: r.servesDistricts,
    workingLanguages: r.workingLanguages,
    country: r.country,
    phone: r.publicContact.phone,
    hours: r.publicContact.hours,
  }));
}
