import { createHash } from 'node:crypto';

/** The `prev_hash` of the first row of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Exactly the fields of an audit row that its hash covers — every column except `prev_hash`
 * (chained separately) and `hash` itself. The list is explicit so that adding a column does not
 * silently change (or escape) the hash; a column added later needs a new hash version.
 */
export interface AuditHashFields {
  id: string;
  stream: string;
  seq: number;
  /** ISO 8601 with milliseconds (`Date.prototype.toISOString`), which both databases reproduce. */
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorOrganisationId: string | null;
  actorRoles: readonly string[];
  sessionId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  sections: readonly string[];
  reason: string | null;
  breakGlass: boolean;
  requestId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

const HASH_FIELDS = [
  'id',
  'stream',
  'seq',
  'occurredAt',
  'actorKind',
  'actorId',
  'actorOrganisationId',
  'actorRoles',
  'sessionId',
  'action',
  'recordType',
  'recordId',
  'sections',
  'reason',
  'breakGlass',
  'requestId',
  'ip',
  'details',
] as const satisfies readonly (keyof AuditHashFields)[];

/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` object members left out. jsonb
 * reorders keys and rewrites numbers, so the hash must not depend on either; values are what
 * JSON.parse gives back after the round trip through the database.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError('canonicalJson: numbers must be finite');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => canonicalJson(v ?? null)).join(',')}]`;
  }
  if (typeof value === 'object') {
    if (value instanceof Date) {
      throw new TypeError('canonicalJson: pass dates as ISO strings');
    }
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
}

/**
 * The row's hash: SHA-256 over a version tag, the previous row's hash and the canonical JSON of
 * the row's fields. Chaining through `prev` makes any change, removal or reordering of an earlier
 * row visible at every later row. Pure and deterministic.
 */
export function computeHash(prev: string, fields: AuditHashFields): string {
  const picked: Record<string, unknown> = {};
  for (const key of HASH_FIELDS) {
    picked[key] = fields[key];
  }
  return createHash('sha256')
    .update(`keten-audit:v1\n${prev}\n${canonicalJson(picked)}`, 'utf8')
    .digest('hex');
}
