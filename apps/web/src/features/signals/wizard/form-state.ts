import {
  CONSENT_VALUES,
  EXPLOITATION_FORMS,
  GENDERS,
  HOW_ENCOUNTERED,
  isAnonymousNotification,
  JUDICIAL_DISTRICTS,
  SIGNAL_SECTORS,
  SMUGGLING_OUTCOMES,
  stripIdentity,
  TRACE_KINDS_SHARED,
  TRI_STATES,
  type CatalogueDefinition,
  type ExploitationForm,
  type GuidanceInput,
  type SignalSubmission,
  type SmugglingOutcome,
  type TraceInput,
} from '@keten/shared';

/**
 * The wizard's state: what the user typed, including what is not yet valid (empty choices are
 * `null`). `toSubmission` turns it into the shared `SignalSubmission`, which the shared schema then
 * validates exactly as the server will.
 */

export const WIZARD_STEPS = [
  'context',
  'person',
  'indicators',
  'forms',
  'traces',
  'consent',
  'review',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type TriState = (typeof TRI_STATES)[number];
export type Gender = (typeof GENDERS)[number];
export type HowEncountered = (typeof HOW_ENCOUNTERED)[number];
export type Consent = (typeof CONSENT_VALUES)[number];
export type Sector = (typeof SIGNAL_SECTORS)[number];
export type District = (typeof JUDICIAL_DISTRICTS)[number];
export type TraceKind = (typeof TRACE_KINDS_SHARED)[number];

export interface TraceRow {
  /** Local key for React and for field ids; never sent. */
  key: string;
  kind: TraceKind;
  value: string;
  note: string;
}

export interface Tick {
  catalogue: string;
  id: string;
  note: string;
}

export interface SignalFormState {
  context: {
    encounteredOn: string;
    judicialDistrict: District | null;
    municipality: string;
    sector: Sector | null;
    howEncountered: HowEncountered | null;
    immediateDanger: boolean | null;
  };
  narrative: string;
  person: {
    identityUnknown: boolean;
    familyName: string;
    givenName: string;
    aliases: string;
    birthDate: string;
    documentNumber: string;
    /** Free text so a half-typed number is kept; converted on submit. */
    ageYears: string;
    minor: TriState | null;
    gender: Gender;
    nationality: string | null;
    languages: string[];
    interpreterNeeded: boolean | null;
    unaccompanied: TriState | null;
    personCount: string;
  };
  indicators: {
    /** The lists the user works with (proposed for the sector, plus any added). */
    catalogues: string[];
    ticks: Tick[];
  };
  assessment: {
    forms: ExploitationForm[];
    smuggling: SmugglingOutcome;
    exploitationCountry: string | null;
  };
  traces: TraceRow[];
  /** Asked of adults only; a possible minor gets `not_needed_minor` (see `effectiveConsent`). */
  consent: Consent | null;
}

export function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function emptyState(): SignalFormState {
  return {
    context: {
      encounteredOn: today(),
      judicialDistrict: null,
      municipality: '',
      sector: null,
      howEncountered: null,
      immediateDanger: false,
    },
    narrative: '',
    person: {
      identityUnknown: false,
      familyName: '',
      givenName: '',
      aliases: '',
      birthDate: '',
      documentNumber: '',
      ageYears: '',
      minor: null,
      gender: 'unknown',
      nationality: null,
      languages: [],
      interpreterNeeded: null,
      unaccompanied: null,
      personCount: '1',
    },
    indicators: { catalogues: [], ticks: [] },
    assessment: { forms: [], smuggling: 'none', exploitationCountry: 'BE' },
    traces: [],
    consent: null,
  };
}

/** For a person who is or may be a minor no consent is needed to refer (domain brief §3). */
export function effectiveConsent(state: SignalFormState): Consent | null {
  if (state.person.minor !== null && state.person.minor !== 'no') {
    return 'not_needed_minor';
  }
  return state.consent === 'not_needed_minor' ? null : state.consent;
}

/** An adult who refuses referral: the signal is kept without identity (access-model.md). */
export function isAnonymous(state: SignalFormState): boolean {
  const consent = effectiveConsent(state);
  return (
    consent !== null &&
    isAnonymousNotification({ consent, person: { minor: state.person.minor ?? 'unsure' } })
  );
}

const blankToUndefined = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value.trim();

function numberOrNull(value: string): number | null {
  if (value.trim() === '') {
    return null;
  }
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * The submission built from the state. Unanswered choices stay `null`, so the shared schema
 * reports them as required. An anonymous notification has its identity removed here, before it is
 * ever saved (`stripIdentity`, the same function the server's rule is written against).
 */
export function toSubmission(
  id: string,
  state: SignalFormState,
  catalogues: readonly CatalogueDefinition[],
): SignalSubmission {
  const p = state.person;
  const used = catalogues.filter((c) => state.indicators.catalogues.includes(c.key));
  const known = new Map(used.map((c) => [c.key, new Set(c.indicators.map((i) => i.id))]));
  const ticks = state.indicators.ticks
    .filter((t) => known.get(t.catalogue)?.has(t.id))
    .map((t) => ({ catalogue: t.catalogue, id: t.id, ...(t.note.trim() ? { note: t.note.trim() } : {}) }));
  const age = numberOrNull(p.ageYears);
  const count = numberOrNull(p.personCount);
  const identity = p.identityUnknown
    ? {}
    : {
        familyName: blankToUndefined(p.familyName),
        givenName: blankToUndefined(p.givenName),
        aliases: blankToUndefined(p.aliases),
        birthDate: blankToUndefined(p.birthDate),
        documentNumber: blankToUndefined(p.documentNumber),
      };
  const minorPossible = p.minor !== 'no';
  const submission = {
    id,
    context: {
      encounteredOn: state.context.encounteredOn,
      judicialDistrict: state.context.judicialDistrict,
      municipality: blankToUndefined(state.context.municipality) ?? null,
      sector: state.context.sector,
      howEncountered: state.context.howEncountered,
      immediateDanger: state.context.immediateDanger,
    },
    person: {
      ...identity,
      minor: p.minor,
      ageYears: age,
      gender: p.gender,
      nationality: p.nationality,
      languages: p.languages,
      interpreterNeeded: p.interpreterNeeded,
      // Asked only while the person may be a minor.
      unaccompanied: minorPossible ? p.unaccompanied : null,
      personCount: count ?? 1,
    },
    indicators: {
      catalogueVersions: used.map((c) => ({ key: c.key, version: c.version })),
      ticks,
    },
    assessment: { ...state.assessment },
    traces: state.traces
      .filter((t) => t.value.trim() !== '' || t.note.trim() !== '')
      .map((t): TraceInput => ({
        kind: t.kind,
        value: t.value.trim(),
        ...(t.note.trim() ? { note: t.note.trim() } : {}),
      })),
    consent: effectiveConsent(state),
    narrative: blankToUndefined(state.narrative),
  } as unknown as SignalSubmission;
  return isAnonymous(state) ? stripIdentity(submission) : submission;
}

/**
 * What the server keeps of the draft. An anonymous notification's identity is not sent even in
 * the draft: the person refused, so it should not reach the server at all. The values stay in
 * this tab's memory (greyed out) in case the answer was a slip.
 */
export function draftData(state: SignalFormState): Record<string, unknown> {
  if (!isAnonymous(state)) {
    return { ...state };
  }
  return {
    ...state,
    narrative: '',
    context: { ...state.context, municipality: '' },
    person: {
      ...state.person,
      familyName: '',
      givenName: '',
      aliases: '',
      birthDate: '',
      documentNumber: '',
    },
  };
}

export function toGuidanceInput(state: SignalFormState): GuidanceInput {
  const consent = effectiveConsent(state);
  return {
    immediateDanger: state.context.immediateDanger === true,
    // Until the question is answered nothing is said about minors.
    minor: state.person.minor ?? 'no',
    unaccompanied: state.person.unaccompanied,
    nationality: state.person.nationality,
    judicialDistrict: state.context.judicialDistrict,
    languages: state.person.languages,
    forms: state.assessment.forms,
    smuggling: state.assessment.smuggling,
    exploitationCountry: state.assessment.exploitationCountry,
    consent: consent ?? 'unknown',
    // Ticks of a list the user put aside again do not count.
    ticks: state.indicators.ticks.filter((t) => state.indicators.catalogues.includes(t.catalogue)),
  };
}

// --- drafts: restoring a saved state defensively (it may come from an older build) -------------------

const isString = (v: unknown): v is string => typeof v === 'string';
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | null =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : null;
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown, fallback = ''): string => (isString(v) ? v : fallback);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

let traceCounter = 0;
export function newTraceKey(): string {
  traceCounter += 1;
  return `trace-${Date.now().toString(36)}-${traceCounter}`;
}

export function restoreState(data: Record<string, unknown>): SignalFormState {
  const base = emptyState();
  const c = record(data.context);
  const p = record(data.person);
  const i = record(data.indicators);
  const a = record(data.assessment);
  return {
    context: {
      encounteredOn: str(c.encounteredOn, base.context.encounteredOn),
      judicialDistrict: oneOf(JUDICIAL_DISTRICTS, c.judicialDistrict),
      municipality: str(c.municipality),
      sector: oneOf(SIGNAL_SECTORS, c.sector),
      howEncountered: oneOf(HOW_ENCOUNTERED, c.howEncountered),
      immediateDanger: bool(c.immediateDanger),
    },
    narrative: str(data.narrative),
    person: {
      identityUnknown: p.identityUnknown === true,
      familyName: str(p.familyName),
      givenName: str(p.givenName),
      aliases: str(p.aliases),
      birthDate: str(p.birthDate),
      documentNumber: str(p.documentNumber),
      ageYears: str(p.ageYears),
      minor: oneOf(TRI_STATES, p.minor),
      gender: oneOf(GENDERS, p.gender) ?? 'unknown',
      nationality: isString(p.nationality) ? p.nationality : null,
      languages: Array.isArray(p.languages) ? p.languages.filter(isString) : [],
      interpreterNeeded: bool(p.interpreterNeeded),
      unaccompanied: oneOf(TRI_STATES, p.unaccompanied),
      personCount: str(p.personCount, '1'),
    },
    indicators: {
      catalogues: Array.isArray(i.catalogues) ? i.catalogues.filter(isString) : [],
      ticks: Array.isArray(i.ticks)
        ? i.ticks
            .map(record)
            .filter((t) => isString(t.catalogue) && isString(t.id))
            .map((t) => ({ catalogue: str(t.catalogue), id: str(t.id), note: str(t.note) }))
        : [],
    },
    assessment: {
      forms: Array.isArray(a.forms)
        ? a.forms.map((f) => oneOf(EXPLOITATION_FORMS, f)).filter((f): f is ExploitationForm => f !== null)
        : [],
      smuggling: oneOf(SMUGGLING_OUTCOMES, a.smuggling) ?? 'none',
      exploitationCountry: isString(a.exploitationCountry)
        ? a.exploitationCountry
        : a.exploitationCountry === null
          ? null
          : 'BE',
    },
    traces: Array.isArray(data.traces)
      ? data.traces.map(record).map((t) => ({
          key: newTraceKey(),
          kind: oneOf(TRACE_KINDS_SHARED, t.kind) ?? 'suspect',
          value: str(t.value),
          note: str(t.note),
        }))
      : [],
    consent: oneOf(CONSENT_VALUES, data.consent),
  };
}

/** Which step a field (a dotted path of the submission) is asked on. */
export function stepOfPath(path: string): WizardStep {
  if (path.startsWith('context.') || path === 'narrative') {
    return 'context';
  }
  if (path.startsWith('person.')) {
    return 'person';
  }
  if (path.startsWith('indicators.')) {
    return 'indicators';
  }
  if (path.startsWith('assessment.')) {
    return 'forms';
  }
  if (path.startsWith('traces.')) {
    return 'traces';
  }
  if (path === 'consent') {
    return 'consent';
  }
  return 'review';
}

/** `catalogueForSector` of packages/shared/src/signals/catalogues (loaded on demand: it holds every built-in list). */
export type SectorRanker = (sector: Sector, targetGroup?: 'adult' | 'child') => readonly { key: string }[];

/**
 * The catalogues proposed for a sector, in the order to show them. With the shared ranking rule
 * (`catalogueForSector`): its lists that the server has, then any list made here for the sector.
 * Without it (not loaded yet, or offline): the lists whose `sectors` include the sector, and the
 * general list.
 */
export function proposedCatalogues(
  catalogues: readonly CatalogueDefinition[],
  sector: Sector | null,
  minor: TriState | null,
  rank?: SectorRanker,
): string[] {
  const group = minor === 'yes' ? 'child' : minor === 'no' ? 'adult' : undefined;
  const fitsGroup = (c: CatalogueDefinition) => group === undefined || c.targetGroups.includes(group);
  const available = new Set(catalogues.map((c) => c.key));
  const bySector = catalogues
    .filter((c) => sector !== null && c.sectors.includes(sector) && fitsGroup(c))
    .map((c) => c.key);
  if (sector !== null && rank) {
    const ranked = rank(sector, group)
      .map((c) => c.key)
      .filter((key) => available.has(key));
    return [...new Set([...ranked, ...bySector])];
  }
  const general = available.has('general') ? ['general'] : [];
  return [...new Set([...bySector.filter((k) => k !== 'general'), ...general])];
}
