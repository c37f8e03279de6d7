import {
  BREAK_GLASS_HOURS,
  capabilitiesOf,
  type Capability,
  type Relationship,
  type Role,
  type Section,
  type SectionGrant,
  sectionsFor,
} from '@keten/shared';
import type { Actor } from './actor.ts';

/**
 * A record type that holds personal data declares which section each presentable field belongs
 * to. `meta` fields (id, version, timestamps) go to anyone who may see the record at all. A field
 * that is not declared is never sent: forgetting to declare hides, it never leaks.
 */
export interface RecordTypeDefinition<R> {
  type: 'signal' | 'victim_file';
  fields: { readonly [K in keyof R]?: Section | 'meta' };
  /** Actions this record type offers, each with the capability and relationships it needs. */
  actions: readonly RecordAction<R>[];
}

export interface RecordAction<R = Record<string, unknown>> {
  name: string;
  capability: Capability;
  relationships: readonly Relationship[];
  /** The record's own state must allow it too (e.g. no decision on a closed signal). */
  when?: (record: R) => boolean;
}

/** Sections the actor may see of a record they relate to in this way. */
export function grantFor(actor: Actor, relationship: Relationship): SectionGrant {
  if (actor.kind !== 'user') {
    return { sections: [] };
  }
  return sectionsFor(actor.roles as Role[], relationship);
}

export interface Presented<R> {
  data: Partial<R>;
  sections: Section[];
  relationship: Relationship;
  actions: string[];
}

/**
 * The presenter: drops every field whose section the viewer may not see. Callers present only
 * records already loaded through the actor's scope, so `meta` fields (id, status) always go out.
 */
export function present<R extends Record<string, unknown>>(
  def: RecordTypeDefinition<R>,
  record: R,
  actor: Actor,
  relationship: Relationship,
): Presented<R> {
  const grant = grantFor(actor, relationship);
  const visible = new Set<Section>(grant.sections);
  const out: Partial<R> = {};
  const fields = Object.entries(def.fields) as [keyof R & string, Section | 'meta' | undefined][];
  for (const [key, section] of fields) {
    if (section === undefined) {
      continue;
    }
    if (section === 'meta') {
      out[key] = record[key];
      continue;
    }
    if (!visible.has(section)) {
      continue;
    }
    const only = grant.only?.[section];
    if (only && !only.includes(key)) {
      continue;
    }
    out[key] = record[key];
  }
  return { data: out, sections: [...visible], relationship, actions: allowedActions(def, actor, relationship, record) };
}

/** The actions the server offers this viewer on this record; the UI shows exactly these. */
export function allowedActions<R>(def: RecordTypeDefinition<R>, actor: Actor, relationship: Relationship, record?: R): string[] {
  if (actor.kind !== 'user') {
    return [];
  }
  const caps = capabilitiesOf(actor.roles as Role[]);
  return def.actions
    .filter((a) => caps.includes(a.capability) && a.relationships.includes(relationship) && (!a.when || record === undefined || a.when(record)))
    .map((a) => a.name);
}

export function breakGlassExpiry(from = new Date()): Date {
  return new Date(from.getTime() + BREAK_GLASS_HOURS * 3_600_000);
}

/** The strongest relationship wins when an organisation holds several grants on one record. */
export const RELATIONSHIP_STRENGTH: Record<Relationship, number> = { owner: 4, referred: 3, shared: 2, break_glass: 1, none: 0 };
