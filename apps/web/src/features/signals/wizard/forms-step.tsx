import { EXPLOITATION_FORMS, FORM_TO_HTCDS, SMUGGLING_OUTCOMES } from '@keten/shared';
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckboxFieldset, RadioFieldset } from '../form-controls.tsx';
import { useCountryOptions } from '../reference-api.ts';
import { fieldId, type StepProps } from './wizard-types.ts';

export function FormsStep({ state, update, errors }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const a = state.assessment;
  const setAssessment = (patch: Partial<typeof a>) =>
    update((s) => ({ ...s, assessment: { ...s.assessment, ...patch } }));
  return (
    <Stack gap="lg">
      <Text>{t('signals.wizard.forms.intro')}</Text>
      <CheckboxFieldset
        id={fieldId('assessment.forms')}
        legend={t('signals.wizard.forms.legend')}
        description={t('signals.wizard.forms.help')}
        value={a.forms}
        onChange={(forms) => setAssessment({ forms })}
        options={EXPLOITATION_FORMS.map((form) => ({
          value: form,
          label: t(`signals.vocab.form.${form}`),
          description: (
            <>
              {t(`signals.vocab.formHelp.${form}`)}{' '}
              <Text span size="xs" c="dimmed">
                {t('signals.wizard.forms.htcds', { value: FORM_TO_HTCDS[form] })}
              </Text>
            </>
          ),
        }))}
        error={errors['assessment.forms']}
      />
      <RadioFieldset
        id={fieldId('assessment.smuggling')}
        legend={t('signals.wizard.forms.smugglingLegend')}
        description={t('signals.wizard.forms.smugglingHelp')}
        value={a.smuggling}
        onChange={(smuggling) => setAssessment({ smuggling })}
        options={SMUGGLING_OUTCOMES.map((s) => ({
          value: s,
          label: t(`signals.vocab.smuggling.${s}`),
          description: t(`signals.vocab.smugglingHelp.${s}`),
        }))}
        error={errors['assessment.smuggling']}
      />
      <Select
        id={fieldId('assessment.exploitationCountry')}
        label={t('signals.wizard.forms.country')}
        description={t('signals.wizard.forms.countryHelp')}
        placeholder={t('signals.wizard.forms.countryUnknown')}
        data={countries.options}
        value={a.exploitationCountry}
        onChange={(exploitationCountry) => setAssessment({ exploitationCountry })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('signals.wizard.clear') }}
        nothingFoundMessage={t('signals.wizard.nothingFound')}
        error={errors['assessment.exploitationCountry']}
      />
    </Stack>
  );
}
