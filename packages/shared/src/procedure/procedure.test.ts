import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '../admin.ts';
import { UI_LANGUAGES } from '../languages.ts';
import { BELGIAN_PROCEDURE } from './belgium.ts';
import { DUTCH_PROCEDURE } from './netherlands.ts';
import { phaseOf, timeline, transitionsFrom, type ProcedureConfig } from './types.ts';

/** Every LocalizedText in a config, with its path. */
function localizedTexts(value: unknown, path = '$'): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('nl' in obj && 'en' in obj) {
      return [{ path, text: obj }];
    }
    return Object.entries(obj).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
  }
  return [];
}

describe.each([
  ['Belgium', BELGIAN_PROCEDURE],
  ['the Netherlands', DUTCH_PROCEDURE],
] as [string, ProcedureConfig][])('the procedure configuration of %s', (_name, config) => {
  it('has unique phase codes in timeline order, and transitions between known phases only', () => {
    const codes = config.phases.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(timeline(config).map((p) => p.order)).toEqual(config.phases.map((_, i) => i));
    for (const t of config.transitions) {
      expect(codes, t.code).toContain(t.from);
      expect(codes, t.code).toContain(t.to);
      expect(phaseOf(config, t.to).order, t.code).toBeGreaterThanOrEqual(phaseOf(config, t.from).order);
    }
    for (const r of config.endReasons) {
      if (r.fromPhase) {
        expect(codes).toContain(r.fromPhase);
      }
    }
    for (const t of config.transitions) {
      for (const r of t.requiresAnyOf ?? []) {
        if (r.kind === 'time_in_phase') {
          expect(codes, t.code).toContain(r.phase);
          expect(r.atLeast.amount, t.code).toBeGreaterThan(0);
        }
      }
    }
  });

  it('names conditions that exist, from phases that exist', () => {
    const conditions = config.conditions.map((c) => c.code);
    for (const c of config.conditions) {
      expect(config.phases.map((p) => p.code)).toContain(c.fromPhase);
    }
    for (const p of config.phases) {
      for (const c of p.conditions) {
        expect(conditions, `${p.code}: ${c}`).toContain(c);
      }
      for (const c of p.document?.extension?.checks ?? []) {
        expect(conditions, `${p.code}: ${c}`).toContain(c);
      }
    }
  });

  it('uses organisation types Keten knows', () => {
    const known = new Set<string>(ORGANISATION_TYPES);
    const types = [
      ...config.phases.flatMap((p) => [...p.steps.flatMap((s) => s.performedBy), ...(p.document ? [...p.document.issuedBy, ...p.document.handedOutBy, ...(p.document.extension?.consults ?? [])] : [])]),
      ...config.transitions.flatMap((t) => [...t.performedBy, ...(t.requiresConfirmationBy ?? [])]),
      ...config.minors.alertAtOnce,
      ...config.minors.alwaysInvolved,
      config.crossBorder.contactPointType,
    ];
    expect(types.filter((t) => !known.has(t))).toEqual([]);
  });

  it('is written in all four languages', () => {
    for (const { path, text } of localizedTexts(config)) {
      for (const lang of UI_LANGUAGES) {
        expect(typeof text[lang] === 'string' && (text[lang]).length > 0, `${path}.${lang}`).toBe(true);
      }
    }
  });
});

describe('the Belgian procedure (domain brief §3)', () => {
  const be = BELGIAN_PROCEDURE;

  it('has phases 0–4 with the documents and validity periods of the brief', () => {
    expect(timeline(be).map((p) => [p.order, p.code, p.document?.code ?? null])).toEqual([
      [0, 'detection', null],
      [1, 'reflection', 'annex_15'],
      [2, 'provisional_stay', 'attestation_of_immatriculation'],
      [3, 'temporary_stay', 'registration_certificate_a'],
      [4, 'permanent_stay', 'unlimited_residence'],
    ]);
    expect(phaseOf(be, 'reflection').document?.validity).toEqual({ amount: 45, unit: 'day' });
    expect(phaseOf(be, 'provisional_stay').document?.extension).toMatchObject({ times: 1, by: { amount: 3, unit: 'month' } });
    expect(phaseOf(be, 'temporary_stay').document?.extension).toMatchObject({ times: 'until_procedure_ends', by: { amount: 6, unit: 'month' } });
    expect(phaseOf(be, 'permanent_stay').document?.validity).toBeNull();
  });

  it('holds the three conditions, and lets the reflection period be skipped by an immediate complaint', () => {
    expect(be.conditions.slice(0, 3).map((c) => c.code)).toEqual(['break_contact', 'accept_guidance', 'cooperate_with_justice']);
    expect(transitionsFrom(be, 'detection').map((t) => t.to)).toEqual(['reflection', 'provisional_stay']);
  });

  it('only the centres request documents; the Immigration Office issues them; the municipality hands them out', () => {
    for (const p of be.phases.filter((x) => x.document)) {
      expect(p.document?.issuedBy).toEqual(['immigration_office']);
      expect(p.document?.handedOutBy).toEqual(['municipality']);
    }
    expect(be.transitions.every((t) => t.performedBy.includes('specialised_centre'))).toBe(true);
  });

  it('alerts the Guardianship Service at once for unaccompanied minors; no consent needed for any minor', () => {
    expect(be.minors).toMatchObject({ alertAtOnce: ['guardianship_service'], consentNeededForReferral: false, reflectionPeriod: { amount: 3, unit: 'month' } });
    expect(be.ownNationals.residenceSteps).toBe(false);
    expect(be.crossBorder.contactPointType).toBe('benelux_contact_point');
  });
});
