import { asc, isNull, sql } from 'drizzle-orm';
import type { Country, JudicialDistrictRecord, Language } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { countries, judicialDistricts, languages, municipalities } from './reference.schema.ts';

/** Reference data is public and not personal: no actor scope needed. */
export async function findCountries(db: Executor): Promise<Country[]> {
  return db.select().from(countries).orderBy(asc(countries.code));
}

export async function findJudicialDistricts(db: Executor): Promise<JudicialDistrictRecord[]> {
  const rows = await db.select().from(judicialDistricts).orderBy(asc(judicialDistricts.code));
  return rows as JudicialDistrictRecord[];
}

export async function findLanguages(db: Executor): Promise<Language[]> {
  return db.select().from(languages).orderBy(asc(languages.code));
}

/** Current municipalities matching a name or NIS code prefix (accent-insensitive), at most 50. */
export async function findMunicipalities(db: Executor, q?: string) {
  const pattern = q ? `%${q.replace(/[%_\\]/g, '')}%` : '%';
  return db
    .select({
      nisCode: municipalities.nisCode,
      name: municipalities.name,
      provinceCode: municipalities.provinceCode,
      regionCode: municipalities.regionCode,
      judicialDistrict: municipalities.judicialDistrict,
    })
    .from(municipalities)
    .where(
      sql`${isNull(municipalities.validTo)} AND (${municipalities.nisCode} LIKE ${q ? `${q}%` : '%'} OR unaccent(${municipalities.name}::text) ILIKE unaccent(${pattern}))`,
    )
    .orderBy(asc(municipalities.nisCode))
    .limit(50);
}
