import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Classification } from '@keten/shared';
import type { Actor } from '../access/actor.ts';
import { actorCapabilities } from '../http/auth-plugin.ts';

/*
 * Who sees which library item (documents and news), as SQL, so that an item outside the viewer's
 * classification is simply not found (404), in lists as in single reads:
 *   public        — everyone, also without login;
 *   professionals — any logged-in person;
 *   restricted    — people whose organisation is of one of the item's organisation types;
 * and the editors of the coordination bureau (`knowledge.edit`) see everything they manage.
 * Reads of restricted items are audited (by the routes).
 */

export function isLibraryEditor(actor: Actor): boolean {
  return actor.kind === 'user' && actorCapabilities(actor).includes('knowledge.edit');
}

interface ClassifiedColumns {
  classification: SQLWrapper;
  organisationTypes: SQLWrapper;
}

export function visibleTo(actor: Actor, columns: ClassifiedColumns): SQL {
  if (actor.kind !== 'user') {
    // Anonymous visitors, and machines: public items only.
    return sql`${columns.classification} = 'public'`;
  }
  if (isLibraryEditor(actor)) {
    return sql`true`;
  }
  return sql`(${columns.classification} IN ('public', 'professionals')
    OR (${columns.classification} = 'restricted' AND ${actor.organisationType} = ANY(${columns.organisationTypes})))`;
}

/** Whether reading this item must be written to the audit trail. */
export function readIsAudited(actor: Actor, classification: Classification): boolean {
  return actor.kind === 'user' && classification === 'restricted';
}

/** A LIKE pattern matching `q` anywhere, with the wildcards in `q` taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** pg_trgm's default `%` threshold, written as a literal (see `titleMatches` for why not `%`). */
export const TRIGRAM_THRESHOLD = sql.raw('0.3');
