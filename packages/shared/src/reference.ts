import { z } from 'zod';

/** Belgium's three regions (ISO 3166-2:BE). */
export const REGIONS = ['BE-VLG', 'BE-WAL', 'BE-BRU'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The twelve judicial districts since the 2014 reform (Law of 1 December 2013). Codes are ours and
 * stable; names in four languages live in the reference table seeded by migration.
 */
export const JUDICIAL_DISTRICTS = [
  'antwerp',
  'limburg',
  'east_flanders',
  'west_flanders',
  'leuven',
  'brussels',
  'walloon_brabant',
  'hainaut',
  'liege',
  'luxembourg',
  'namur',
  'eupen',
] as const;
export type JudicialDistrict = (typeof JUDICIAL_DISTRICTS)[number];
export const JudicialDistrictSchema = z.enum(JUDICIAL_DISTRICTS);

export const LocalizedTextSchema = z.object({ nl: z.string(), fr: z.string(), de: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const CountrySchema = z.object({
  code: z.string().length(2),
  name: LocalizedTextSchema,
  eu: z.boolean(),
});
export type Country = z.infer<typeof CountrySchema>;

export const JudicialDistrictRecordSchema = z.object({
  code: JudicialDistrictSchema,
  name: LocalizedTextSchema,
  courtOfAppeal: z.string(),
  regions: z.array(z.enum(REGIONS)),
});
export type JudicialDistrictRecord = z.infer<typeof JudicialDistrictRecordSchema>;

export const LanguageSchema = z.object({ code: z.string(), name: LocalizedTextSchema });
export type Language = z.infer<typeof LanguageSchema>;
