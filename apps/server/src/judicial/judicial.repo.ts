import { eq } from 'drizzle-orm';
import type { JudicialTrack } from '@keten/shared';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Executor } from '../db/types.ts';
import { judicialTracks } from './judicial.schema.ts';

export type JudicialRow = typeof judicialTracks.$inferSelect;

export async function judicialOf(db: Executor, crypto: AppCrypto, victimFileId: string): Promise<{ data: JudicialTrack; version: number }> {
  const [row] = await db.select().from(judicialTracks).where(eq(judicialTracks.victimFileId, victimFileId));
  if (!row) {
    return { data: {}, version: 0 };
  }
  return { data: crypto.cipher.decryptJson(row.data, { table: 'judicial_tracks', row: victimFileId, column: 'data' }) as JudicialTrack, version: row.version };
}

/** A conviction for THB or a final requisition retaining it: what opens permanent stay. */
export async function hasJudicialOutcome(db: Executor, victimFileId: string): Promise<boolean> {
  const [row] = await db.select({ outcome: judicialTracks.outcome }).from(judicialTracks).where(eq(judicialTracks.victimFileId, victimFileId));
  return row?.outcome.convictionThb === true || row?.outcome.requisitionRetainsThb === true;
}
