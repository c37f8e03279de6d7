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
  phaseSinceOf,
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
    if (t.requiresAnyOf) {
      // Its own rules, as data (tested below): without any of them met, refused with all of them.
      expect(result).toMatchObject({ ok: false, refusal: { reason: 'requirements_not_met', transition: t.code } });
    } else if (t.from !== t.to && target?.document && target.document.validity === null) {
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

describe('the Dutch continued residence: after a conviction, or after 3 years (configuration data)', () => {
  const nl = PROCEDURE_CONFIGS.NL;
  const move = nl.transitions.find((t) => t.to === 'continued_residence');
  const code = move?.code ?? '';
  const inResidence = (over: Partial<MachineState>) =>
    state({ phase: 'residence_during_investigation', judicialOutcome: false, phaseSince: { detection: '2022-05-01', residence_during_investigation: '2023-03-15' }, ...over });

  it('is a rule in the configuration, not in code', () => {
    expect(move?.requiresAnyOf).toEqual([
      { kind: 'judicial_outcome' },
      { kind: 'time_in_phase', phase: 'residence_during_investigation', atLeast: { amount: 3, unit: 'year' } },
    ]);
  });

  it('before 3 years and without a conviction: refused, saying when the 3 years are reached', () => {
    expect(checkTransition(nl, inResidence({ movingOn: '2026-03-14' }), code, 'immigration_office')).toEqual({
      ok: false,
      refusal: {
        reason: 'requirements_not_met',
        transition: code,
        anyOf: [{ kind: 'judicial_outcome' }, { kind: 'time_in_phase', phase: 'residence_during_investigation', atLeast: { amount: 3, unit: 'year' }, metOn: '2026-03-15' }],
      },
    });
  });

  it('on the day the 3 years are reached, without a conviction: allowed', () => {
    expect(checkTransition(nl, inResidence({ movingOn: '2026-03-15' }), code, 'immigration_office').ok).toBe(true);
  });

  it('after a conviction: allowed at once', () => {
    expect(checkTransition(nl, inResidence({ judicialOutcome: true, movingOn: '2023-06-01' }), code, 'immigration_office').ok).toBe(true);
  });

  it('counts from the latest entry into the phase; a renewal inside it does not restart the count', () => {
    const since = phaseSinceOf([
      { toPhase: 'detection', occurredOn: '2022-05-01' },
      { toPhase: 'residence_during_investigation', occurredOn: '2023-03-15' },
      { toPhase: 'residence_during_investigation', occurredOn: '2024-03-15' },
    ]);
    expect(since).toEqual({ detection: '2022-05-01', residence_during_investigation: '2023-03-15' });
  });

  it('the Belgian permanent stay keeps the judicial outcome as its only path', () => {
    const be = PROCEDURE_CONFIGS.BE;
    const toPermanent = be.transitions.filter((t) => t.from !== t.to && be.phases.find((p) => p.code === t.to)?.document?.validity === null);
    expect(toPermanent.length).toBeGreaterThan(0);
    for (const t of toPermanent) {
      const result = checkTransition(be, state({ phase: t.from, judicialOutcome: false, phaseSince: { [t.from]: '2010-01-01' }, movingOn: '2026-01-01' }), t.code, t.performedBy[0] ?? NOBODY);
      expect(result).toEqual({ ok: false, refusal: { reason: 'needs_judicial_outcome', transition: t.code } });
    }
  });
});
