import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { DUTCH_PROCEDURE } from '@keten/shared/procedure/netherlands';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import type { ProcedureView } from './procedure-api.ts';
import {
  addDuration,
  daysUntil,
  offeredSteps,
  phaseStates,
  refusalMessage,
  validateIssue,
  validatePastDate,
  type Translate,
} from './procedure-steps.ts';

const OWNER = ['update', 'add_note', 'refer', 'request_document'];

function procedure(over: Partial<ProcedureView> = {}): ProcedureView {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    country: 'BE',
    configVersion: 1,
    phase: 'reflection',
    status: 'running',
    startedOn: '2026-11-01',
    endReason: null,
    endedOn: null,
    guardianName: null,
    guardianAppointedOn: null,
    version: 2,
    events: [
      {
        kind: 'transition',
        code: 'start_reflection',
        fromPhase: 'detection',
        toPhase: 'reflection',
        occurredOn: '2026-11-02',
        organisationId: null,
      },
    ],
    requests: [],
    conditions: [],
    ...over,
  };
}

const request = (over: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  victimFileId: '00000000-0000-4000-8000-0000000000bb',
  kind: 'confirmation' as const,
  phase: 'reflection',
  documentCode: null,
  transitionCode: 'statements_made',
  toOrganisationId: '00000000-0000-4000-8000-0000000000cc',
  status: 'open' as const,
  requestedAt: '2026-11-10T09:00:00.000Z',
  issuedOn: null,
  expiresOn: null,
  documentNumber: null,
  confirmed: null,
  handedOutOn: null,
  version: 1,
  ...over,
});

describe('the steps the panel offers come from the configuration and the file’s actions', () => {
  it('offers the centre (owner) the moves it performs from the phase, the document of the phase and the end reasons in force', () => {
    const steps = offeredSteps(BELGIAN_PROCEDURE, procedure(), 'specialised_centre', OWNER, 'en');
    expect(steps.transitions.map((s) => s.transition.code)).toEqual(['statements_made']);
    expect(steps.transitions[0]?.confirmation).toBe('none');
    expect(steps.requestDocument).toEqual({
      code: 'annex_15',
      name: expect.stringMatching(/annex 15/i) as unknown,
    });
    // Reasons that apply only from the provisional stay are not offered during reflection.
    const reasons = steps.endReasons.map((r) => r.code);
    expect(reasons).toContain('person_withdrew');
    expect(reasons).not.toContain('stopped_cooperating');
    expect(steps.canStateConditions).toBe(true);
  });

  it('offers nothing to an organisation type that performs no move and holds no owner action', () => {
    const steps = offeredSteps(BELGIAN_PROCEDURE, procedure(), 'immigration_office', [], 'en');
    expect(steps.transitions).toEqual([]);
    expect(steps.requestDocument).toBeNull();
    expect(steps.endReasons).toEqual([]);
    expect(steps.canStateConditions).toBe(false);
  });

  it('does not offer a second request while the document of the phase is requested', () => {
    const steps = offeredSteps(
      BELGIAN_PROCEDURE,
      procedure({
        requests: [request({ kind: 'document', documentCode: 'annex_15', transitionCode: null })],
      }),
      'specialised_centre',
      OWNER,
      'en',
    );
    expect(steps.requestDocument).toBeNull();
    expect(steps.documentAlreadyRequested).toBe(true);
  });

  it('offers the document again after an extension re-entered the phase', () => {
    const doc = request({
      kind: 'document',
      phase: 'provisional_stay',
      documentCode: 'attestation_of_immatriculation',
      transitionCode: null,
      status: 'done',
    });
    const move = (code: string, from: string) => ({
      kind: 'transition',
      code,
      fromPhase: from,
      toPhase: 'provisional_stay',
      occurredOn: '2026-11-20',
      organisationId: null,
    });
    const once = procedure({
      phase: 'provisional_stay',
      events: [move('statements_made', 'reflection')],
      requests: [doc],
    });
    expect(
      offeredSteps(BELGIAN_PROCEDURE, once, 'specialised_centre', OWNER, 'en').requestDocument,
    ).toBeNull();
    const extended = procedure({
      phase: 'provisional_stay',
      events: [move('statements_made', 'reflection'), move('extend_provisional', 'provisional_stay')],
      requests: [doc],
    });
    expect(
      offeredSteps(BELGIAN_PROCEDURE, extended, 'specialised_centre', OWNER, 'en').requestDocument?.code,
    ).toBe('attestation_of_immatriculation');
  });

  it('follows the magistrate’s answer since the last move', () => {
    const asked = procedure({ requests: [request({})] });
    expect(
      offeredSteps(BELGIAN_PROCEDURE, asked, 'specialised_centre', OWNER, 'en').transitions[0]?.confirmation,
    ).toBe('requested');
    const confirmed = procedure({ requests: [request({ status: 'done', confirmed: true })] });
    expect(
      offeredSteps(BELGIAN_PROCEDURE, confirmed, 'specialised_centre', OWNER, 'en').transitions[0]
        ?.confirmation,
    ).toBe('confirmed');
    const refused = procedure({ requests: [request({ status: 'done', confirmed: false })] });
    expect(
      offeredSteps(BELGIAN_PROCEDURE, refused, 'specialised_centre', OWNER, 'en').transitions[0]
        ?.confirmation,
    ).toBe('refused');
  });

  it('offers no step on an ended procedure', () => {
    const steps = offeredSteps(
      BELGIAN_PROCEDURE,
      procedure({ status: 'ended', endReason: 'person_withdrew' }),
      'specialised_centre',
      OWNER,
      'en',
    );
    expect(steps.transitions).toEqual([]);
    expect(steps.endReasons).toEqual([]);
  });

  it('reads the Dutch configuration the same way: the police offers reflection, the centre does not', () => {
    const start = procedure({ country: 'NL', phase: DUTCH_PROCEDURE.phases[0]!.code, events: [] });
    const police = offeredSteps(DUTCH_PROCEDURE, start, 'local_police', [], 'nl').transitions.map(
      (s) => s.transition.code,
    );
    expect(police).toContain('offer_reflection');
    expect(
      offeredSteps(DUTCH_PROCEDURE, start, 'specialised_centre', OWNER, 'nl').transitions.map(
        (s) => s.transition.code,
      ),
    ).not.toContain('offer_reflection');
  });

  it('draws the timeline in configured order with the current phase marked', () => {
    const states = phaseStates(BELGIAN_PROCEDURE, 'provisional_stay').map(
      (p) => `${p.phase.code}:${p.state}`,
    );
    expect(states).toEqual([
      'detection:done',
      'reflection:done',
      'provisional_stay:current',
      'temporary_stay:upcoming',
      'permanent_stay:upcoming',
    ]);
  });
});

describe('dates the partners enter', () => {
  const today = '2026-11-22';

  it('refuses an issue date in the future and an expiry on or before the issue date', () => {
    expect(
      validateIssue(
        { issuedOn: '2026-11-23', expiresOn: '2027-01-07', documentNumber: 'A15-1' },
        { today, limited: true },
      ),
    ).toEqual({ issuedOn: 'dateInFuture' });
    expect(
      validateIssue({ issuedOn: today, expiresOn: today, documentNumber: 'A15-1' }, { today, limited: true }),
    ).toEqual({ expiresOn: 'expiryAfterIssue' });
    expect(
      validateIssue(
        { issuedOn: today, expiresOn: '2026-11-01', documentNumber: 'A15-1' },
        { today, limited: true },
      ),
    ).toEqual({ expiresOn: 'expiryAfterIssue' });
  });

  it('asks for every field, the expiry only for a limited document', () => {
    expect(
      validateIssue({ issuedOn: '', expiresOn: '', documentNumber: ' ' }, { today, limited: true }),
    ).toEqual({ issuedOn: 'required', expiresOn: 'expiryRequired', documentNumber: 'required' });
    expect(
      validateIssue({ issuedOn: today, expiresOn: '', documentNumber: 'B-9' }, { today, limited: false }),
    ).toEqual({});
    expect(
      validateIssue(
        { issuedOn: today, expiresOn: '2027-01-06', documentNumber: 'A15-1' },
        { today, limited: true },
      ),
    ).toEqual({});
  });

  it('accepts today and the past for answers and hand-outs, not tomorrow', () => {
    expect(validatePastDate(today, today)).toBeUndefined();
    expect(validatePastDate('2026-01-01', today)).toBeUndefined();
    expect(validatePastDate('2026-11-23', today)).toBe('dateInFuture');
    expect(validatePastDate('', today)).toBe('required');
  });

  it('counts days left and adds configured periods like the server', () => {
    expect(daysUntil('2027-01-06', today)).toBe(45);
    expect(daysUntil('2026-11-20', today)).toBe(-2);
    expect(addDuration(today, { amount: 45, unit: 'day' })).toBe('2027-01-06');
    expect(addDuration('2026-11-30', { amount: 3, unit: 'month' })).toBe('2027-03-02');
  });
});

describe('a refusal (422) is explained with the rule that blocks it, in the user’s language', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  const t = (key: string, options?: Record<string, unknown>) =>
    (i18n.t as unknown as Translate)(key, options);

  it('names the magistrates who must confirm first', () => {
    const text = refusalMessage(
      t,
      {
        reason: 'needs_magistrate_confirmation',
        transition: 'statements_made',
        confirmBy: ['prosecutor_office', 'labour_auditor'],
        refused: false,
      },
      BELGIAN_PROCEDURE,
      'en',
    );
    expect(text).toContain('must first confirm');
    expect(text).toContain(i18n.t('organisationTypes.prosecutor_office'));
  });

  it('says when the magistrate refused, names phases and allowed moves from the configuration', () => {
    expect(
      refusalMessage(
        t,
        { reason: 'needs_magistrate_confirmation', refused: true, confirmBy: [] },
        BELGIAN_PROCEDURE,
        'en',
      ),
    ).toContain('did not confirm');
    const text = refusalMessage(
      t,
      { reason: 'transition_not_allowed', from: 'detection', allowed: ['start_reflection'] },
      BELGIAN_PROCEDURE,
      'en',
    );
    expect(text).toContain('Detection and identification');
    expect(text).toContain('The centre requests a reflection period.');
  });

  it('explains the Dutch continued residence: a judicial outcome, or 3 years in the phase, with the date it is reached', () => {
    const text = refusalMessage(
      t,
      {
        reason: 'requirements_not_met',
        transition: 'conviction_or_three_years',
        anyOf: [
          { kind: 'judicial_outcome', metOn: null },
          { kind: 'time_in_phase', phase: 'residence_during_investigation', atLeast: { amount: 3, unit: 'year' }, metOn: '2029-03-01' },
        ],
      },
      DUTCH_PROCEDURE,
      'en',
    );
    expect(text).toContain('conviction');
    expect(text).toContain('2029');
    expect(text).not.toContain('residence_during_investigation');
  });

  it('gives nothing for details without a known reason (the caller shows the generic error)', () => {
    expect(refusalMessage(t, { reason: 'something_new' }, BELGIAN_PROCEDURE, 'en')).toBeNull();
    expect(refusalMessage(t, undefined, BELGIAN_PROCEDURE, 'en')).toBeNull();
  });

  it('is translated (French)', async () => {
    await i18n.changeLanguage('fr');
    expect(refusalMessage(t, { reason: 'expiry_before_issue' }, BELGIAN_PROCEDURE, 'fr')).toBe(
      'La date d’expiration doit suivre la date de délivrance.',
    );
    await i18n.changeLanguage('en');
  });
});
