import { and, eq, sql } from 'drizzle-orm';
import type { JudicialTrack, Role } from '@keten/shared';
import { sectionsFor } from '@keten/shared';
import type { RequestContext } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Tx } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { assertPastDate, loadVictimFileInScope, staleVersion, userOf } from '../victim-files/victim-file.repo.ts';
import { judicialOf } from './judicial.repo.ts';
import { judicialTracks } from './judicial.schema.ts';

const OUTCOME_FIELDS = ['convictionThb', 'requisitionRetainsThb'] as const;

/**
 * Edits the judicial and rights track: roles with `judicial.write` that see JU on this file (the
 * owning centre, police and magistrates with a referral). Optimistic locking on `version` (0 =
 * nothing recorded yet). A conviction or a final requisition retaining THB opens permanent stay.
 */
export async function updateJudicial(tx: Tx, ctx: RequestContext, crypto: AppCrypto, fileId: string, input: JudicialTrack & { version: number }): Promise<JudicialTrack & { version: number }> {
  userOf(ctx);
  const { relationship } = await loadVictimFileInScope(tx, ctx, fileId);
  const roles = (ctx.actor.kind === 'user' ? ctx.actor.roles : []) as Role[];
  if (!sectionsFor(roles, relationship).sections.includes('JU')) {
    throw new AppError('forbidden', 'Your organisation does not see the judicial track of this file', { reason: 'section', section: 'JU' });
  }
  const current = await judicialOf(tx, crypto, fileId);
  if (current.version !== input.version) {
    throw staleVersion(current.version, { ...current.data });
  }
  // A requisition and a judgment are recorded once they happened.
  assertPastDate(input.requisitionDate, 'requisitionDate');
  assertPastDate(input.judgmentDate, 'judgmentDate');
  const { version: _version, ...changes } = input;
  const next: JudicialTrack = { ...current.data, ...changes };
  const data = crypto.cipher.encryptJson(next, { table: 'judicial_tracks', row: fileId, column: 'data' });
  const outcome = { convictionThb: next.convictionThb ?? null, requisitionRetainsThb: next.requisitionRetainsThb ?? null };
  // The version is checked again in the write itself: two writers that both read version n, one wins.
  const written =
    current.version === 0
      ? await tx.insert(judicialTracks).values({ victimFileId: fileId, data, outcome, version: 1 }).onConflictDoNothing().returning({ version: judicialTracks.version })
      : await tx
          .update(judicialTracks)
          .set({ data, outcome, version: sql`${judicialTracks.version} + 1`, updatedAt: sql`now()` })
          .where(and(eq(judicialTracks.victimFileId, fileId), eq(judicialTracks.version, current.version)))
          .returning({ version: judicialTracks.version });
  if (written.length === 0) {
    throw staleVersion(current.version + 1, {});
  }
  const auditChanges: Record<string, { before: boolean | null; after: boolean | null }> = {};
  for (const f of OUTCOME_FIELDS) {
    if (f in changes && (current.data[f] ?? null) !== (next[f] ?? null)) {
      auditChanges[f] = { before: current.data[f] ?? null, after: next[f] ?? null };
    }
  }
  await recordAudit(tx, ctx, {
    action: 'judicial.updated',
    recordType: 'victim_file',
    recordId: fileId,
    sections: ['JU'],
    details: { fields: Object.keys(changes), changes: auditChanges },
  });
  return { ...next, version: current.version + 1 };
}
