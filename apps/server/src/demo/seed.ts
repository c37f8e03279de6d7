import type { Db } from '../db/types.ts';
import { stableUuid } from '../lib/ids.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { DEMO_ORGANISATIONS } from './demo-organisations.ts';

export const demoOrganisationId = (key: string): string => stableUuid('demo-organisation', key);

/**
 * Seeds fictional demo data. Idempotent: running it on every start adds only what is missing.
 * Never called in production (config refuses KETEN_DEMO there).
 */
export async function seedDemoData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = DEMO_ORGANISATIONS.map(({ key, ...org }) => ({ id: demoOrganisationId(key), ...org }));
    if (rows.length > 0) {
      await tx.insert(organisations).values(rows).onConflictDoNothing({ target: organisations.id });
    }
  });
}
