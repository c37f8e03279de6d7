import { describe, expect, it } from 'vitest';
import { canonicalJson, computeHash, GENESIS_HASH, type AuditHashFields } from './audit-hash.ts';

const fields: AuditHashFields = {
  id: '5b0c8c1e-7f0e-4f4e-9d43-2a7f3f0c1a11',
  stream: '0f6f4b8e-3c1d-4d8a-9a6b-7b9f1e2d3c4b',
  seq: 7,
  occurredAt: '2026-11-22T18:24:30.123Z',
  actorKind: 'user',
  actorId: '9d2a4c1b-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  actorOrganisationId: '0f6f4b8e-3c1d-4d8a-9a6b-7b9f1e2d3c4b',
  actorRoles: ['centre_caseworker'],
  sessionId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  action: 'record.viewed',
  recordType: 'victim_file',
  recordId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  sections: ['ID', 'PS'],
  reason: null,
  breakGlass: false,
  requestId: 'req-1',
  ip: '192.0.2.10',
  details: { fields: ['birthDate'], nested: { b: 1, a: [true, null] } },
};

describe('computeHash', () => {
  it('is deterministic and a SHA-256 hex digest', () => {
    const h = computeHash(GENESIS_HASH, fields);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(computeHash(GENESIS_HASH, structuredClone(fields))).toBe(h);
  });

  it('does not depend on key order (jsonb reorders keys) but on every value', () => {
    const reordered = { ...fields, details: { nested: { a: [true, null], b: 1 }, fields: ['birthDate'] } };
    expect(computeHash(GENESIS_HASH, reordered)).toBe(computeHash(GENESIS_HASH, fields));
  });

  it('ignores properties that are not hashed fields (prev_hash, hash of a read row)', () => {
    const row = { ...fields, prevHash: 'x', hash: 'y' };
    expect(computeHash(GENESIS_HASH, row)).toBe(computeHash(GENESIS_HASH, fields));
  });

  it('changes when the previous hash or any single field changes', () => {
    const base = computeHash(GENESIS_HASH, fields);
    expect(computeHash('f'.repeat(64), fields)).not.toBe(base);
    const variants: Partial<AuditHashFields>[] = [
      { id: '5b0c8c1e-7f0e-4f4e-9d43-2a7f3f0c1a12' },
      { stream: 'platform' },
      { seq: 8 },
      { occurredAt: '2026-11-22T18:24:30.124Z' },
      { actorKind: 'service' },
      { actorId: null },
      { actorOrganisationId: null },
      { actorRoles: ['centre_coordinator'] },
      { sessionId: null },
      { action: 'record.exported' },
      { recordType: 'signal' },
      { recordId: null },
      { sections: ['ID'] },
      { reason: 'court order' },
      { breakGlass: true },
      { requestId: 'req-2' },
      { ip: null },
      { details: { fields: ['birthDate'], nested: { b: 2, a: [true, null] } } },
    ];
    const seen = new Set([base]);
    for (const v of variants) {
      const h = computeHash(GENESIS_HASH, { ...fields, ...v });
      expect(seen.has(h), JSON.stringify(v)).toBe(false);
      seen.add(h);
    }
  });
});

describe('canonicalJson', () => {
  it('sorts keys, drops undefined members and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [3, 1] } })).toBe('{"a":{"c":[3,1]},"b":1}');
  });

  it('refuses values that do not survive a JSON round trip', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date() })).toThrow(TypeError);
  });
});
