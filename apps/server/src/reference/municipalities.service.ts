import { sql } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { parseNisCsv, type NisImportError } from './nis-import.ts';
import { municipalities } from './reference.schema.ts';

/** Imports (or updates) municipalities from a REFNIS CSV; rows with an error are reported, not imported. */
export async function importMunicipalities(db: Db, csv: string): Promise<{ imported: number; errors: NisImportError[] }> {
  const { rows, errors } = parseNisCsv(csv);
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500).map((m) => ({
        nisCode: m.code,
        name: m.name,
        arrondissementCode: m.arrondissementCode,
        provinceCode: m.provinceCode,
        regionCode: m.regionCode,
        validFrom: m.validFrom,
        validTo: m.validTo,
      }));
      if (chunk.length > 0) {
        await tx
          .insert(municipalities)
          .values(chunk)
          .onConflictDoUpdate({
            target: municipalities.nisCode,
            set: {
              name: sql`excluded.name`,
              arrondissementCode: sql`excluded.arrondissement_code`,
              provinceCode: sql`excluded.province_code`,
              regionCode: sql`excluded.region_code`,
              validFrom: sql`excluded.valid_from`,
              validTo: sql`excluded.valid_to`,
            },
          });
      }
    }
  });
  return { imported: rows.length, errors };
}
