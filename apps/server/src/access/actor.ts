/**
 * Who is acting. Every repository method and every audit event takes one. A request without a
 * logged-in user is `anonymous`; background work uses a named `system` actor (few such places).
 */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      organisationId: string;
      organisationType: string;
      roles: readonly string[];
      sessionId: string | null;
    }
  | { kind: 'service'; tokenId: string; organisationId: string; capabilities: readonly string[] }
  | { kind: 'system'; name: SystemActorName }
  | { kind: 'anonymous' };

/** The named system scopes. Adding one is an access change: keep this list short and reviewed. */
export const SYSTEM_ACTOR_NAMES = ['jobs', 'migrations', 'demo-seed', 'cli', 'purge', 'key-rotation', 'audit-checkpoint'] as const;
export type SystemActorName = (typeof SYSTEM_ACTOR_NAMES)[number];

export const systemActor = (name: SystemActorName): Actor => ({ kind: 'system', name });
export const anonymousActor: Actor = { kind: 'anonymous' };

/** Everything the audit needs besides the event itself. A write without it fails. */
export interface RequestContext {
  actor: Actor;
  requestId: string | null;
  ip: string | null;
}
