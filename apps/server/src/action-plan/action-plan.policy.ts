import type { Actor } from '../access/actor.ts';
import { actorCapabilities } from '../http/auth-plugin.ts';

/*
 * Who may change an action plan project. The coordination bureau (`knowledge.edit`) edits every
 * project. A responsible body updates its own projects: any logged-in user of an organisation
 * linked to one of the project's bodies may add progress notes and change the status and the
 * evidence links (the plan makes the body, not a role, accountable). Everyone logged in may read.
 */

export type ProjectAction = 'note' | 'edit';

export function projectActions(actor: Actor, projectBodies: readonly string[], actorBodies: readonly string[]): ProjectAction[] {
  if (actor.kind !== 'user') {
    return [];
  }
  if (actorCapabilities(actor).includes('knowledge.edit')) {
    return ['note', 'edit'];
  }
  return projectBodies.some((b) => actorBodies.includes(b)) ? ['note'] : [];
}

/** Fields a responsible body may change itself; the rest is the bureau's. */
export const RESPONSIBLE_BODY_FIELDS = ['status', 'evidenceLinks'] as const;
