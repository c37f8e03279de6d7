import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RadioFieldset } from '../form-controls.tsx';
import { effectiveConsent, type Consent } from './form-state.ts';
import { fieldId, type StepProps } from './wizard-types.ts';

export function AnonymousNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('signals.wizard.consent.anonymousTitle')} data-testid="anonymous-notice">
      <Stack gap={6}>
        <Text size="sm">{t('signals.wizard.consent.anonymousBody')}</Text>
        <List size="sm" spacing={2}>
          <List.Item>{t('signals.wizard.consent.anonymousRemoved')}</List.Item>
          <List.Item>{t('signals.wizard.consent.anonymousKept')}</List.Item>
        </List>
        <Text size="sm" fw={600}>
          {t('signals.wizard.noNamesWarning')}
        </Text>
      </Stack>
    </Alert>
  );
}

export function ConsentStep({ state, update, errors, anonymous, goTo }: StepProps) {
  const { t } = useTranslation();
  const minor = state.person.minor;
  if (minor === null) {
    return (
      <Alert color="gray">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('signals.wizard.consent.answerMinorFirst')}</Text>
          <Button size="compact-sm" variant="light" onClick={() => goTo('person')}>
            {t('signals.wizard.consent.toPerson')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (minor !== 'no') {
    return (
      <Alert
        color="blue"
        title={t('signals.guidance.items.minor_no_consent_needed.title')}
        data-testid="minor-consent"
      >
        <Stack gap={6}>
          <Text size="sm">{t('signals.wizard.consent.minorBody')}</Text>
          <Text size="sm">{t('signals.wizard.consent.minorSet')}</Text>
        </Stack>
      </Alert>
    );
  }
  const options: { value: Consent; label: string; description: string }[] = [
    { value: 'yes', label: t('signals.vocab.consent.yes'), description: t('signals.wizard.consent.yesHelp') },
    { value: 'no', label: t('signals.vocab.consent.no'), description: t('signals.wizard.consent.noHelp') },
    {
      value: 'unknown',
      label: t('signals.vocab.consent.unknown'),
      description: t('signals.wizard.consent.unknownHelp'),
    },
  ];
  return (
    <Stack gap="md">
      <Text>{t('signals.wizard.consent.intro')}</Text>
      <RadioFieldset<Consent>
        id={fieldId('consent')}
        legend={t('signals.wizard.consent.legend')}
        value={effectiveConsent(state)}
        onChange={(consent) => update((s) => ({ ...s, consent }))}
        options={options}
        error={errors.consent}
        required
      />
      {anonymous && <AnonymousNotice />}
    </Stack>
  );
}
