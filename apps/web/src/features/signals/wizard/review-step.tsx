import type { SignalSubmission } from '@keten/shared';
import { ageBandOf } from '@keten/shared';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignalSummary, type SummaryData, type SummarySection } from '../signal-summary.tsx';
import { AnonymousNotice } from './consent-step.tsx';
import type { WizardStep } from './form-state.ts';
import type { StepProps } from './wizard-types.ts';

/** The submission in the shape the summary reads (the same as a presented signal). */
export function submissionAsSummary(s: SignalSubmission): SummaryData {
  return {
    ...s.context,
    municipality: s.context.municipality ?? null,
    ...s.person,
    ageBand: ageBandOf(s.person.ageYears),
    forms: s.assessment.forms,
    smuggling: s.assessment.smuggling,
    exploitationCountry: s.assessment.exploitationCountry,
    indicators: s.indicators.ticks.map((tick) => ({
      ...tick,
      version: s.indicators.catalogueVersions.find((c) => c.key === tick.catalogue)?.version,
    })),
    traces: s.traces.map((trace, n) => ({
      id: String(n),
      kind: trace.kind,
      value: trace.value,
      note: trace.note ?? null,
    })),
    consent: s.consent,
    narrative: s.narrative ?? null,
  };
}

const SECTION_STEP: Record<SummarySection, WizardStep> = {
  context: 'context',
  person: 'person',
  indicators: 'indicators',
  forms: 'forms',
  traces: 'traces',
  consent: 'consent',
};

export function ReviewStep({
  submission,
  anonymous,
  catalogues,
  goTo,
}: Pick<StepProps, 'anonymous' | 'catalogues' | 'goTo'> & { submission: SignalSubmission }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text>{t('signals.wizard.review.intro')}</Text>
      {anonymous && <AnonymousNotice />}
      <SignalSummary
        data={submissionAsSummary(submission)}
        catalogues={catalogues}
        onEdit={(section) => goTo(SECTION_STEP[section])}
        identityNote={anonymous ? t('signals.wizard.review.identityRemoved') : undefined}
        idPrefix="review"
      />
    </Stack>
  );
}
