import type { ProcedureRequest, UiLanguage } from '@keten/shared';
import type {
  Duration,
  ProcedureConfig,
  ProcedurePhase,
  ProcedureTransition,
} from '@keten/shared/procedure/types';
import { phaseOf, timeline, transitionsFrom } from '@keten/shared/procedure/types';
import { formatDate } from '../../lib/format.ts';
import { pick } from '../catalogues/localized.ts';
import type { ProcedureView } from './procedure-api.ts';

/*
 * What the procedure panel offers, read from the configuration and from what the server sent (the
 * file's allowed `actions`, the organisation type of the session). The server checks every rule
 * again and answers 422 with the blocking rule; the panel then shows that explanation.
 */

/** `t` for keys built from data (phase, reason and kind codes); the i18n tests check every language has them. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type ConfirmationState = 'none' | 'requested' | 'confirmed' | 'refused';

export interface OfferedTransition {
  transition: ProcedureTransition;
  target: ProcedurePhase;
  /** Whether the magistrate must confirm first, and where that stands since the last move. */
  confirmation: ConfirmationState | null;
  /** The panel may ask for the confirmation (the file's owner holds `request_document`). */
  canRequestConfirmation: boolean;
}

export interface OfferedSteps {
  transitions: OfferedTransition[];
  /** The document of the current phase, when the file's owner may request it and none is open. */
  requestDocument: { code: string; name: string } | null;
  documentAlreadyRequested: boolean;
  endReasons: { code: string; text: string }[];
  canStateConditions: boolean;
  canRecordGuardian: boolean;
}

/** The latest answer to a confirmation request for this move, since the procedure last moved. */
export function confirmationStateFor(procedure: ProcedureView, transitionCode: string): ConfirmationState {
  const lastMove = [...procedure.events].reverse().find((e) => e.kind === 'transition');
  const since = lastMove?.occurredOn ?? '';
  const requests = procedure.requests.filter(
    (r) =>
      r.kind === 'confirmation' && r.transitionCode === transitionCode && r.requestedAt.slice(0, 10) >= since,
  );
  const latest = requests.at(-1);
  if (!latest) {
    return 'none';
  }
  if (latest.status === 'open') {
    return 'requested';
  }
  return latest.confirmed === true ? 'confirmed' : latest.confirmed === false ? 'refused' : 'none';
}

export function offeredSteps(
  config: ProcedureConfig,
  procedure: ProcedureView,
  organisationType: string,
  actions: readonly string[],
  language: UiLanguage,
): OfferedSteps {
  const owner = actions.includes('update');
  const canRequest = actions.includes('request_document');
  const none: OfferedSteps = {
    transitions: [],
    requestDocument: null,
    documentAlreadyRequested: false,
    endReasons: [],
    canStateConditions: false,
    canRecordGuardian: actions.includes('record_guardian'),
  };
  if (procedure.status === 'ended') {
    return none;
  }
  const phase = phaseOf(config, procedure.phase);
  const transitions = transitionsFrom(config, procedure.phase)
    .filter((t) => (t.performedBy as readonly string[]).includes(organisationType))
    .map((t) => ({
      transition: t,
      target: phaseOf(config, t.to),
      confirmation:
        (t.requiresConfirmationBy ?? []).length > 0 ? confirmationStateFor(procedure, t.code) : null,
      canRequestConfirmation: canRequest,
    }));
  // One document per entry into the phase (an extension re-enters it): requested once per entry.
  const entries = Math.max(
    1,
    procedure.events.filter((e) => e.kind === 'transition' && e.toPhase === procedure.phase).length,
  );
  const requested = procedure.requests.filter(
    (r) =>
      r.kind === 'document' && r.phase === procedure.phase && (r.status === 'open' || r.status === 'done'),
  ).length;
  const openDocument = requested >= entries;
  const order = phase.order;
  return {
    transitions,
    requestDocument:
      canRequest && phase.document && !openDocument
        ? { code: phase.document.code, name: pick(phase.document.name, language) }
        : null,
    documentAlreadyRequested: openDocument,
    endReasons: owner
      ? config.endReasons
          .filter((e) => !e.fromPhase || order >= phaseOf(config, e.fromPhase).order)
          .map((e) => ({ code: e.code, text: pick(e.text, language) }))
      : [],
    canStateConditions: owner,
    canRecordGuardian: actions.includes('record_guardian'),
  };
}

export type PhaseState = 'done' | 'current' | 'upcoming';

/** The configured phases in timeline order, each marked done / current / upcoming. */
export function phaseStates(
  config: ProcedureConfig,
  current: string,
): { phase: ProcedurePhase; state: PhaseState }[] {
  const at = phaseOf(config, current).order;
  return timeline(config).map((phase) => ({
    phase,
    state: phase.order < at ? 'done' : phase.order === at ? 'current' : 'upcoming',
  }));
}

const DAY_MS = 86_400_000;

/** Whole days from `today` to `isoDate` (negative once past). Both are calendar dates. */
export function daysUntil(isoDate: string, today: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** ISO date + a configured duration (the same calendar arithmetic as the server's). */
export function addDuration(isoDate: string, d: Duration): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (d.unit === 'day') {
    date.setUTCDate(date.getUTCDate() + d.amount);
  } else if (d.unit === 'month') {
    date.setUTCMonth(date.getUTCMonth() + d.amount);
  } else {
    date.setUTCFullYear(date.getUTCFullYear() + d.amount);
  }
  return date.toISOString().slice(0, 10);
}

export function validityText(t: Translate, d: Duration | null): string {
  return d === null
    ? t('procedureUi.panel.validity.unlimited')
    : t(`procedureUi.panel.validity.${d.unit}`, { count: d.amount });
}

export type IssueField = 'issuedOn' | 'expiresOn' | 'documentNumber';
export type IssueErrors = Partial<
  Record<IssueField, 'required' | 'dateInFuture' | 'expiryAfterIssue' | 'expiryRequired'>
>;

/**
 * The Immigration Office's entry of an issued document, checked before sending (the server checks
 * the same: an issue date not in the future, an expiry after the issue date).
 */
export function validateIssue(
  values: { issuedOn: string; expiresOn: string; documentNumber: string },
  options: { today: string; limited: boolean },
): IssueErrors {
  const errors: IssueErrors = {};
  if (values.issuedOn === '') {
    errors.issuedOn = 'required';
  } else if (values.issuedOn > options.today) {
    errors.issuedOn = 'dateInFuture';
  }
  if (values.expiresOn === '') {
    if (options.limited) {
      errors.expiresOn = 'expiryRequired';
    }
  } else if (values.issuedOn !== '' && values.expiresOn <= values.issuedOn) {
    errors.expiresOn = 'expiryAfterIssue';
  }
  if (values.documentNumber.trim() === '') {
    errors.documentNumber = 'required';
  }
  return errors;
}

/** A past-or-today date field (answers, hand-outs, steps, statements). */
export function validatePastDate(value: string, today: string): 'required' | 'dateInFuture' | undefined {
  if (value === '') {
    return 'required';
  }
  return value > today ? 'dateInFuture' : undefined;
}

/** The document a request concerns, in the user's language (from the configuration). */
export function documentName(
  config: ProcedureConfig | null,
  request: Pick<ProcedureRequest, 'phase' | 'documentCode'>,
  language: UiLanguage,
): string {
  const phase = config?.phases.find((p) => p.code === request.phase);
  if (phase?.document && phase.document.code === request.documentCode) {
    return pick(phase.document.name, language);
  }
  const any = config?.phases.find((p) => p.document?.code === request.documentCode)?.document;
  return any ? pick(any.name, language) : (request.documentCode ?? '');
}

/** The wording of a transition (from the configuration), or its code when unknown. */
export function transitionText(
  config: ProcedureConfig | null,
  code: string | null,
  language: UiLanguage,
): string {
  const t = config?.transitions.find((x) => x.code === code);
  return t ? pick(t.text, language) : (code ?? '');
}

/** The explanation of a 422 from the procedure's rules, in the user's language. */
export function refusalMessage(
  t: Translate,
  details: unknown,
  config: ProcedureConfig | null,
  language: UiLanguage,
): string | null {
  if (typeof details !== 'object' || details === null) {
    return null;
  }
  const d = details as Record<string, unknown>;
  const reason = typeof d.reason === 'string' ? d.reason : null;
  if (!reason) {
    return null;
  }
  const orgs = (value: unknown) =>
    Array.isArray(value)
      ? value.map((o) => t(`organisationTypes.${String(o)}`, { defaultValue: String(o) })).join(', ')
      : '';
  const phaseName = (code: unknown) => {
    const p = config?.phases.find((x) => x.code === code);
    return p ? pick(p.name, language) : String(code);
  };
  const steps = (value: unknown) =>
    Array.isArray(value)
      ? value.map((c) => transitionText(config, String(c), language)).join('; ') || '—'
      : '—';
  const key =
    reason === 'needs_magistrate_confirmation' && d.refused === true
      ? 'needs_magistrate_confirmation_refused'
      : reason;
  // The Dutch continued residence: a judicial outcome, or time in a phase (the date it is reached).
  const timeRule = Array.isArray(d.anyOf)
    ? (d.anyOf as Record<string, unknown>[]).find((r) => r.kind === 'time_in_phase')
    : undefined;
  const when =
    typeof timeRule?.metOn === 'string'
      ? t('procedureUi.refusal.requirements_when', { date: formatDate(timeRule.metOn, language, { dateStyle: 'long' }) })
      : '';
  const text = t(`procedureUi.refusal.${key}`, {
    phase: phaseName(timeRule?.phase),
    when,
    defaultValue: '',
    from: phaseName(d.from),
    fromPhase: phaseName(d.fromPhase),
    allowed: steps(d.allowed),
    performedBy: orgs(d.performedBy),
    confirmBy: orgs(d.confirmBy),
    times: typeof d.times === 'number' ? d.times : 0,
  });
  return text === '' ? null : text;
}
