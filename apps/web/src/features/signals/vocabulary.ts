import {
  CONSENT_VALUES,
  EXPLOITATION_FORMS,
  GENDERS,
  HOW_ENCOUNTERED,
  SIGNAL_DECISIONS,
  SIGNAL_SECTORS,
  SMUGGLING_OUTCOMES,
  TRACE_KINDS_SHARED,
  TRI_STATES,
} from '@keten/shared';
import { useTranslation } from 'react-i18next';
import { SIGNAL_KINDS, SIGNAL_STATUSES } from './signal-api.ts';

const known = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * The translated name of a value the server sends (sector, status, decision …). A value this
 * build does not know yet (a newer server) is shown as it is rather than hidden.
 */
export function useVocabulary() {
  const { t } = useTranslation();
  return {
    sector: (v: string) => (known(SIGNAL_SECTORS, v) ? t(`signals.vocab.sector.${v}`) : v),
    howEncountered: (v: string) => (known(HOW_ENCOUNTERED, v) ? t(`signals.vocab.howEncountered.${v}`) : v),
    tri: (v: string) => (known(TRI_STATES, v) ? t(`signals.vocab.tri.${v}`) : v),
    gender: (v: string) => (known(GENDERS, v) ? t(`signals.vocab.gender.${v}`) : v),
    consent: (v: string) => (known(CONSENT_VALUES, v) ? t(`signals.vocab.consent.${v}`) : v),
    form: (v: string) => (known(EXPLOITATION_FORMS, v) ? t(`signals.vocab.form.${v}`) : v),
    smuggling: (v: string) => (known(SMUGGLING_OUTCOMES, v) ? t(`signals.vocab.smuggling.${v}`) : v),
    traceKind: (v: string) => (known(TRACE_KINDS_SHARED, v) ? t(`signals.vocab.traceKind.${v}`) : v),
    status: (v: string) => (known(SIGNAL_STATUSES, v) ? t(`signals.vocab.status.${v}`) : v),
    kind: (v: string) => (known(SIGNAL_KINDS, v) ? t(`signals.vocab.kind.${v}`) : v),
    decision: (v: string) => (known(SIGNAL_DECISIONS, v) ? t(`signals.vocab.decision.${v}`) : v),
  };
}
