import { inArray } from 'drizzle-orm';
import type { DirectoryContact } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { organisations } from '../organisations/organisation.schema.ts';

/** Organisation types the signal guidance and routing refer to. */
export const GUIDANCE_CONTACT_TYPES = [
  'specialised_centre',
  'guardianship_service',
  'youth_prosecutor',
  'prosecutor_office',
  'labour_auditor',
  'federal_police_thb',
  'benelux_contact_point',
] as const;

/**
 * Public contact data of the organisations guidance points to (one source of truth: the
 * organisation records). Never shelter locations: organisations do not hold them.
 */
let cache: { at: number; contacts: DirectoryContact[] } | null = null;
/** Organisation contact data changes rarely; guidance on every submit may use a copy up to 30 s old. */
const CACHE_MS = 30_000;

export async function loadDirectoryContacts(db: Executor, options: { fresh?: boolean } = {}): Promise<DirectoryContact[]> {
  if (!options.fresh && cache && Date.now() - cache.at < CACHE_MS) {
    return cache.contacts;
  }
  const rows = await db
    .select({
      id: organisations.id,
      type: organisations.type,
      name: organisations.name,
      servesDistricts: organisations.servesDistricts,
      workingLanguages: organisations.workingLanguages,
      country: organisations.country,
      publicContact: organisations.publicContact,
    })
    .from(organisations)
    .where(inArray(organisations.type, [...GUIDANCE_CONTACT_TYPES]))
    .orderBy(organisations.name);
  const contacts = rows.map((r) => ({
    organisationId: r.id,
    type: r.type,
    name: r.name,
    servesDistricts: r.servesDistricts,
    workingLanguages: r.workingLanguages,
    country: r.country,
    phone: r.publicContact.phone,
    hours: r.publicContact.hours,
  }));
  cache = { at: Date.now(), contacts };
  return contacts;
}
