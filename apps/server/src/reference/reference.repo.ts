import { asc } from 'drizzle-orm';
import type { Country, JudicialDistrictRecord, Language } from '@keten/shared';
import type { Executor } from '../db/types.ts';
import { countries, judicialDistricts, languages } from './reference.schema.ts';

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
