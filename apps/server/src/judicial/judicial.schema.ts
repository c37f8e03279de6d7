import { jsonb, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { JudicialTrack } from '@keten/shared';
import { encryptedBytea } from '../db/columns.ts';
import { victimFiles } from '../victim-files/victim-file.schema.ts';

/**
 * The judicial and rights track of a victim file (section JU: owner centre, police, magistrates).
 * The whole track is one encrypted JSON value (PV and notice numbers identify the person's case);
 * the two facts that open permanent stay are kept readable for the procedure rule.
 */
export const judicialTracks = pgTable('judicial_tracks', {
  victimFileId: uuid()
    .primaryKey()
    .references(() => victimFiles.id, { onDelete: 'cascade' }),
  data: encryptedBytea().notNull(),
  /** Non-personal flags the procedure reads: a conviction or a final requisition retaining THB. */
  outcome: jsonb().$type<Pick<JudicialTrack, 'convictionThb' | 'requisitionRetainsThb'>>().notNull().default({}),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
