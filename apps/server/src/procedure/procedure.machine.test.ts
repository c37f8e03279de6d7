import { describe, expect, it } from 'vitest';
import type { OrganisationType } from '@keten/shared';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import {
  PROCEDURE_CONFIGS,
  addDuration,
  allowedEndReasons,
  checkEnd,
  checkTransition,
  documentValidity,
  firstDocumentPhase,
  initialPhase,
  type MachineState,
} from './procedure.machine.ts';

const state = (over: Partial<MachineState>): MachineState => ({
  phase: 'detection',
  status: 'running',
  unaccompaniedMinor: false,
  history: [],
  confirmation: 'confirmed',
  judicialOutcome: true,
  ...over,
});

const configs = Object.values(PROCEDURE_CONFIGS);
const transitions = configs.flatMap((c) => c.transitions.map((t) => [c.country, t.code, c, t] as const));
const NOBODY = 'bank' as OrganisationType;

describe.each(configs.map((c) => [c.country, c] as const))('the %s procedure as a state machine', (_country, config: ProcedureConfig) => {
  it('starts in the first phase of the timeline', () => {
    expect(initialPhase(config)).toBe([...config.phases].sort((a, b) => a.order - b.order)[0]?.code);
  });

  it('allows from each phase exactly the transitions the configuration lists, and refuses every other with the allowed list', () => {
    for (const phase of config.phases) {
      const allowed = config.transitions.filter((t) => t.from === phase.code).map((t) => t.code);
      for (const t of config.transitions) {
        const result = checkTransition(config, state({ phase: phase.code }), t.code, t.performedBy[0] ?? NOBODY);
        if (t.from === phase.code) {
          expect(result, `${t.code} from ${phase.code}`).toEqual({ ok: true, value: t });
        } else {
          expect(result).toEqual({ ok: false, refusal: { reason: 'transition_not_allowed', transition: t.code, from: phase.code, to: t.to, allowed } });
        }
      }
    }
  });

  it('ends for every configured reason from its phase on, and not before', () => {
    for (const phase of config.phases) {
      const allowed = allowedEndReasons(config, phase.code);
      for (const r of config.endReasons) {
        const result = checkEnd(config, state({ phase: phase.code }), r.code);
        expect(result.ok, `${r.code} in ${phase.code}`).toBe(allowed.includes(r.code));
        if (!result.ok) {
          expect(result.refusal).toEqual({ reason: 'end_reason_not_in_phase', endReason: r.code, fromPhase: r.fromPhase });
        }
      }
    }
    expect(checkEnd(config, state({ status: 'ended' }), config.endReasons[0]?.code ?? '')).toEqual({ ok: false, refusal: { reason: 'procedure_ended' } });
    expect(checkEnd(config, state({}), 'no_such_reason').ok).toBe(false);
  });

  it('gives an unaccompanied minor the configured reflection period at once', () => {
    const phase = firstDocumentPhase(config);
    expect(phase).not.toBeNull();
    const adult = documentValidity(config, phase ?? '', false);
    const minor = documentValidity(config, phase ?? '', true);
    expect(minor).toEqual(config.minors.reflectionPeriod ?? adult);
  });
});

describe.each(transitions)('%s transition %s', (_country, _code, config, t) => {
  const from = state({ phase: t.from });

  it('is performed only by the organisation types the configuration names', () => {
    expect(checkTransition(config, from, t.code, t.performedBy[0] ?? NOBODY).ok).toBe(true);
    const outsider = (['bank', 'hospital', 'school'] as OrganisationType[]).find((o) => !t.performedBy.includes(o)) ?? NOBODY;
    expect(checkTransition(config, from, t.code, outsider)).toEqual({ ok: false, refusal: { reason: 'not_performer', transition: t.code, performedBy: t.performedBy } });
  });

  it('needs the magistrate confirmation exactly when the configuration asks for one', () => {
    const result = checkTransition(config, { ...from, confirmation: 'none' }, t.code, t.performedBy[0] ?? NOBODY);
    if (t.requiresConfirmationBy?.length) {
      expect(result).toEqual({ ok: false, refusal: { reason: 'needs_magistrate_confirmation', transition: t.code, confirmBy: t.requiresConfirmationBy, refused: false } });
    } else {
      expect(result.ok).toBe(true);
    }
  });

  it('is refused once the procedure has ended', () => {
    expect(checkTransition(config, { ...from, status: 'ended' }, t.code, t.performedBy[0] ?? NOBODY)).toEqual({ ok: false, refusal: { reason: 'procedure_ended' } });
  });

  it('respects the configured number of extensions', () => {
    const times = config.phases.find((p) => p.code === t.from)?.document?.extension?.times;
    if (t.from === t.to && typeof times === 'number') {
      const used = Array.from({ length: times }, () => t.code);
      expect(checkTransition(config, { ...from, history: used }, t.code, t.performedBy[0] ?? NOBODY)).toEqual({ ok: false, refusal: { reason: 'extension_limit', transition: t.code, times } });
    } else {
      const many = Array.from({ length: 10 }, () => t.code);
      expect(checkTransition(config, { ...from, history: many }, t.code, t.performedBy[0] ?? NOBODY).ok).toBe(true);
    }
  });

  it('into unlimited residence only with a judicial outcome', () => {
    const target = config.phases.find((p) => p.code === t.to);
    const result = checkTransition(config, { ...from, judicialOutcome: false }, t.code, t.performedBy[0] ?? NOBODY);
    if (t.from !== t.to && target?.document && target.document.validity === null) {
      expect(result).toEqual({ ok: false, refusal: { reason: 'needs_judicial_outcome', transition: t.code } });
    } else {
      expect(result.ok).toBe(true);
    }
  });
});

describe('Belgian specifics read from the configuration', () => {
  const be = PROCEDURE_CONFIGS.BE;
  it('skips reflection on an immediate complaint: a transition from detection straight to provisional stay exists', () => {
    expect(be.transitions.some((t) => t.from === 'detection' && t.to === 'provisional_stay')).toBe(true);
  });
  it('extends the provisional stay once, then needs the move to temporary stay', () => {
    const ext = be.transitions.find((t) => t.from === 'provisional_stay' && t.to === 'provisional_stay');
    expect(ext).toBeDefined();
    expect(checkTransition(be, state({ phase: 'provisional_stay', history: [ext?.code ?? ''] }), ext?.code ?? '', 'specialised_centre').ok).toBe(false);
  });
  it('computes expiry dates from configured durations', () => {
    expect(addDuration('2026-01-31', { amount: 45, unit: 'day' })).toBe('2026-03-17');
    expect(addDuration('2026-11-20', { amount: 3, unit: 'month' })).toBe('2027-02-20');
    expect(addDuration('2026-11-20', { amount: 1, unit: 'year' })).toBe('2027-11-20');
  });
});
