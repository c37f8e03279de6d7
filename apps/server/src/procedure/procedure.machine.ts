import type { OrganisationType } from '@keten/shared';
import { BELGIAN_PROCEDURE } from '@keten/shared/procedure/belgium';
import { DUTCH_PROCEDURE } from '@keten/shared/procedure/netherlands';
import type { Duration, ProcedureConfig, ProcedureDocument, ProcedureTransition, TransitionRequirement } from '@keten/shared/procedure/types';
import { phaseOf, transitionsFrom } from '@keten/shared/procedure/types';

/*
 * The protection procedure as a state machine over the configuration (procedure/belgium.ts,
 * procedure/netherlands.ts). Nothing legal is written here: phases, transitions, who performs
 * them, who confirms, documents, validity, extensions and end reasons all come from the config.
 * Every refusal names the rule that blocks it, so the API can answer 422 with an explanation.
 */

export const PROCEDURE_CONFIGS: Record<'BE' | 'NL', ProcedureConfig> = { BE: BELGIAN_PROCEDURE, NL: DUTCH_PROCEDURE };

/** The configuration a procedure was started with (country + version stored on the procedure). */
export function configFor(country: 'BE' | 'NL', version: number): ProcedureConfig {
  const config = PROCEDURE_CONFIGS[country];
  if (config.version !== version) {
    // Only one version per country exists so far; a new version keeps the old one available here.
    throw new Error(`No ${country} procedure configuration version ${String(version)}`);
  }
  return config;
}

export interface MachineState {
  phase: string;
  status: 'running' | 'ended';
  unaccompaniedMinor: boolean;
  /** Codes of the transitions already made in this procedure, in order. */
  history: readonly string[];
  /** A magistrate's confirmation for this transition, answered since the last move. */
  confirmation: 'confirmed' | 'refused' | 'none';
  /** A conviction or a final requisition retaining THB is on the judicial track. */
  judicialOutcome: boolean;
  /** Since when (ISO date) the procedure has been in each phase it entered, the latest entry. */
  phaseSince?: Readonly<Record<string, string>>;
  /** The date of the move being checked (ISO date); time-in-phase rules count up to it. */
  movingOn?: string;
}

export type Refusal =
  | { reason: 'procedure_ended' }
  | { reason: 'unknown_transition'; transition: string; allowed: string[] }
  | { reason: 'transition_not_allowed'; transition: string; from: string; to: string; allowed: string[] }
  | { reason: 'not_performer'; transition: string; performedBy: readonly OrganisationType[] }
  | { reason: 'needs_magistrate_confirmation'; transition: string; confirmBy: readonly OrganisationType[]; refused: boolean }
  | { reason: 'extension_limit'; transition: string; times: number }
  | { reason: 'needs_judicial_outcome'; transition: string }
  | { reason: 'requirements_not_met'; transition: string; anyOf: readonly (TransitionRequirement & { metOn?: string | null })[] }
  | { reason: 'unknown_end_reason'; endReason: string; allowed: string[] }
  | { reason: 'end_reason_not_in_phase'; endReason: string; fromPhase: string };

export type Check<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

const orderOf = (config: ProcedureConfig, code: string) => phaseOf(config, code).order;

/** The first phase of the timeline. */
export function initialPhase(config: ProcedureConfig): string {
  const first = [...config.phases].sort((a, b) => a.order - b.order)[0];
  if (!first) {
    throw new Error(`The ${config.country} procedure has no phases`);
  }
  return first.code;
}

/** Who must confirm before this move (the magistrate confirms it is still a trafficking file). */
export function confirmersOf(t: ProcedureTransition): readonly OrganisationType[] {
  return t.requiresConfirmationBy ?? [];
}

/**
 * May an organisation of this type make this move now? Checks, in order: the procedure runs; the
 * move exists from the current phase; the organisation type performs it; an extension limit; a
 * magistrate's confirmation; the judicial outcome for a move into unlimited residence.
 */
export function checkTransition(config: ProcedureConfig, state: MachineState, code: string, orgType: OrganisationType): Check<ProcedureTransition> {
  if (state.status === 'ended') {
    return { ok: false, refusal: { reason: 'procedure_ended' } };
  }
  const allowed = transitionsFrom(config, state.phase).map((t) => t.code);
  const t = config.transitions.find((x) => x.code === code);
  if (!t) {
    return { ok: false, refusal: { reason: 'unknown_transition', transition: code, allowed } };
  }
  if (t.from !== state.phase) {
    return { ok: false, refusal: { reason: 'transition_not_allowed', transition: code, from: state.phase, to: t.to, allowed } };
  }
  if (!t.performedBy.includes(orgType)) {
    return { ok: false, refusal: { reason: 'not_performer', transition: code, performedBy: t.performedBy } };
  }
  if (t.from === t.to) {
    const times = phaseOf(config, t.from).document?.extension?.times;
    if (typeof times === 'number' && state.history.filter((h) => h === code).length >= times) {
      return { ok: false, refusal: { reason: 'extension_limit', transition: code, times } };
    }
  }
  const confirmBy = confirmersOf(t);
  if (confirmBy.length > 0 && state.confirmation !== 'confirmed') {
    return { ok: false, refusal: { reason: 'needs_magistrate_confirmation', transition: code, confirmBy, refused: state.confirmation === 'refused' } };
  }
  if (t.requiresAnyOf) {
    if (!t.requiresAnyOf.some((r) => requirementMet(r, state))) {
      // Say when each time rule would be met, so the UI can tell the person when to come back.
      const anyOf = t.requiresAnyOf.map((r) => (r.kind === 'time_in_phase' ? { ...r, metOn: timeRuleMetOn(r, state) } : r));
      return { ok: false, refusal: { reason: 'requirements_not_met', transition: code, anyOf } };
    }
    return { ok: true, value: t };
  }
  // Entering a phase whose document is unlimited (permanent stay / continued residence) rests on
  // the judicial outcome recorded on the JU track (BE: a conviction or the final requisition).
  const target = phaseOf(config, t.to);
  if (t.from !== t.to && target.document !== null && target.document.validity === null && !state.judicialOutcome) {
    return { ok: false, refusal: { reason: 'needs_judicial_outcome', transition: code } };
  }
  return { ok: true, value: t };
}

/** The date a time-in-phase rule is met (null: the procedure never entered the phase). */
function timeRuleMetOn(r: Extract<TransitionRequirement, { kind: 'time_in_phase' }>, state: MachineState): string | null {
  const since = state.phaseSince?.[r.phase];
  return since ? addDuration(since, r.atLeast) : null;
}

function requirementMet(r: TransitionRequirement, state: MachineState): boolean {
  switch (r.kind) {
    case 'judicial_outcome':
      return state.judicialOutcome;
    case 'time_in_phase': {
      const metOn = timeRuleMetOn(r, state);
      return metOn !== null && state.movingOn !== undefined && state.movingOn >= metOn;
    }
  }
}

/**
 * Since when the procedure has been in each phase: the date of the latest event that entered it
 * (a renewal within a phase does not restart the count). Events in the order they happened.
 */
export function phaseSinceOf(events: readonly { toPhase: string | null; occurredOn: string }[]): Record<string, string> {
  const since: Record<string, string> = {};
  let current: string | null = null;
  for (const e of events) {
    if (e.toPhase && e.toPhase !== current) {
      since[e.toPhase] = e.occurredOn;
      current = e.toPhase;
    }
  }
  return since;
}

/** May the procedure end for this reason in the current phase? */
export function checkEnd(config: ProcedureConfig, state: MachineState, reason: string): Check<string> {
  if (state.status === 'ended') {
    return { ok: false, refusal: { reason: 'procedure_ended' } };
  }
  const r = config.endReasons.find((e) => e.code === reason);
  if (!r) {
    return { ok: false, refusal: { reason: 'unknown_end_reason', endReason: reason, allowed: allowedEndReasons(config, state.phase) } };
  }
  if (r.fromPhase && orderOf(config, state.phase) < orderOf(config, r.fromPhase)) {
    return { ok: false, refusal: { reason: 'end_reason_not_in_phase', endReason: reason, fromPhase: r.fromPhase } };
  }
  return { ok: true, value: r.code };
}

export function allowedEndReasons(config: ProcedureConfig, phase: string): string[] {
  return config.endReasons.filter((e) => !e.fromPhase || orderOf(config, phase) >= orderOf(config, e.fromPhase)).map((e) => e.code);
}

/** The moves an organisation type may make from the current phase (offered as actions). */
export function movesFor(config: ProcedureConfig, phase: string, orgType: OrganisationType): string[] {
  return transitionsFrom(config, phase)
    .filter((t) => t.performedBy.includes(orgType))
    .map((t) => t.code);
}

/**
 * The validity of a phase's document for this person: an unaccompanied minor's reflection period
 * comes from `minors.reflectionPeriod` (BE: 3 months at once instead of 45 days).
 */
export function documentValidity(config: ProcedureConfig, phase: string, unaccompaniedMinor: boolean): Duration | null {
  const doc = phaseOf(config, phase).document;
  if (!doc) {
    return null;
  }
  if (unaccompaniedMinor && config.minors.reflectionPeriod && phase === firstDocumentPhase(config)) {
    return config.minors.reflectionPeriod;
  }
  return doc.validity;
}

/** The first phase that has a document (the reflection period in both configurations). */
export function firstDocumentPhase(config: ProcedureConfig): string | null {
  return [...config.phases].sort((a, b) => a.order - b.order).find((p) => p.document !== null)?.code ?? null;
}

/** Who requests a phase's document: the organisation types that move the person into that phase. */
export function documentRequesters(config: ProcedureConfig, phase: string): OrganisationType[] {
  return [...new Set(config.transitions.filter((t) => t.to === phase).flatMap((t) => t.performedBy))];
}

export function documentOf(config: ProcedureConfig, phase: string): ProcedureDocument | null {
  return phaseOf(config, phase).document;
}

/** ISO date + a configured duration (calendar arithmetic in UTC). */
export function addDuration(isoDate: string, d: Duration): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  switch (d.unit) {
    case 'day':
      date.setUTCDate(date.getUTCDate() + d.amount);
      break;
    case 'month':
      date.setUTCMonth(date.getUTCMonth() + d.amount);
      break;
    case 'year':
      date.setUTCFullYear(date.getUTCFullYear() + d.amount);
      break;
  }
  return date.toISOString().slice(0, 10);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
