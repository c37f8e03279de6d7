import { and, isNull, lt } from 'drizzle-orm';
import { systemActor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/types.ts';
import { notifications } from '../notifications/notification.schema.ts';
import { signalDrafts } from './signal.schema.ts';

export const DRAFT_REMIND_DAYS = 21;
export const DRAFT_DELETE_DAYS = 28;
export const DRAFT_SWEEP_JOB = 'signal-drafts.sweep';
const DAY = 86_400_000;

/**
 * Drafts untouched for 21 days get a reminder (in-app, to their author only); after 28 days they
 * are deleted — a draft can hold identity typed in the field, so it must not linger.
 */
export async function sweepDrafts(db: Db, now = Date.now()): Promise<{ reminded: number; deleted: number }> {
  return db.transaction(async (tx) => {
    const ctx = { actor: systemActor('purge'), requestId: null, ip: null };
    const expired = await tx.delete(signalDrafts).where(lt(signalDrafts.updatedAt, new Date(now - DRAFT_DELETE_DAYS * DAY))).returning({ id: signalDrafts.id });
    for (const d of expired) {
      await recordAudit(tx, ctx, { action: 'signal_draft.deleted', recordType: 'signal_draft', recordId: d.id, details: { draftId: d.id, cause: 'expired' } });
    }
    const due = await tx
      .update(signalDrafts)
      .set({ remindedAt: new Date(now) })
      .where(and(lt(signalDrafts.updatedAt, new Date(now - DRAFT_REMIND_DAYS * DAY)), isNull(signalDrafts.remindedAt)))
      .returning({ id: signalDrafts.id, userId: signalDrafts.userId, organisationId: signalDrafts.organisationId, updatedAt: signalDrafts.updatedAt });
    if (due.length > 0) {
      await tx.insert(notifications).values(
        due.map((d) => ({
          organisationId: d.organisationId,
          userId: d.userId,
          kind: 'signal_draft.reminder',
          payload: { draftId: d.id, deletesOn: new Date(d.updatedAt.getTime() + DRAFT_DELETE_DAYS * DAY).toISOString().slice(0, 10) },
        })),
      );
    }
    return { reminded: due.length, deleted: expired.length };
  });
}

