import { HOW_ENCOUNTERED, SIGNAL_SECTORS } from '@keten/shared';
import { Alert, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDistrictOptions } from '../reference-api.ts';
import { YesNoFieldset } from '../form-controls.tsx';
import { today, type District, type HowEncountered, type Sector } from './form-state.ts';
import { fieldId, type StepProps } from './wizard-types.ts';

export function ContextStep({ state, update, errors, anonymous }: StepProps) {
  const { t } = useTranslation();
  const districts = useDistrictOptions();
  const c = state.context;
  const setContext = (patch: Partial<typeof c>) =>
    update((s) => ({ ...s, context: { ...s.context, ...patch } }));
  return (
    <Stack gap="md">
      <YesNoFieldset
        id={fieldId('context.immediateDanger')}
        legend={t('signals.wizard.context.immediateDanger')}
        description={t('signals.wizard.context.immediateDangerHelp')}
        value={c.immediateDanger}
        onChange={(immediateDanger) => setContext({ immediateDanger })}
        yes={t('signals.vocab.yesNo.yes')}
        no={t('signals.vocab.yesNo.no')}
        error={errors['context.immediateDanger']}
        required
      />
      {c.immediateDanger === true && (
        <Alert color="red.9" variant="filled" title={t('signals.guidance.items.call_112.title')}>
          {t('signals.guidance.items.call_112.body')}
        </Alert>
      )}
      <TextInput
        id={fieldId('context.encounteredOn')}
        type="date"
        label={t('signals.wizard.context.encounteredOn')}
        value={c.encounteredOn}
        max={today()}
        onChange={(e) => setContext({ encounteredOn: e.currentTarget.value })}
        error={errors['context.encounteredOn']}
        required
      />
      <NativeSelect
        id={fieldId('context.sector')}
        label={t('signals.wizard.context.sector')}
        description={t('signals.wizard.context.sectorHelp')}
        value={c.sector ?? ''}
        onChange={(e) => setContext({ sector: (e.currentTarget.value || null) as Sector | null })}
        data={[
          { value: '', label: t('signals.wizard.choose') },
          ...SIGNAL_SECTORS.map((s) => ({ value: s, label: t(`signals.vocab.sector.${s}`) })),
        ]}
        error={errors['context.sector']}
        required
      />
      <NativeSelect
        id={fieldId('context.howEncountered')}
        label={t('signals.wizard.context.howEncountered')}
        value={c.howEncountered ?? ''}
        onChange={(e) =>
          setContext({ howEncountered: (e.currentTarget.value || null) as HowEncountered | null })
        }
        data={[
          { value: '', label: t('signals.wizard.choose') },
          ...HOW_ENCOUNTERED.map((h) => ({ value: h, label: t(`signals.vocab.howEncountered.${h}`) })),
        ]}
        error={errors['context.howEncountered']}
        required
      />
      <NativeSelect
        id={fieldId('context.judicialDistrict')}
        label={t('signals.wizard.context.district')}
        description={t('signals.wizard.context.districtHelp')}
        value={c.judicialDistrict ?? ''}
        onChange={(e) => setContext({ judicialDistrict: (e.currentTarget.value || null) as District | null })}
        data={[{ value: '', label: t('signals.wizard.context.districtUnknown') }, ...districts.options]}
        error={errors['context.judicialDistrict']}
      />
      <TextInput
        id={fieldId('context.municipality')}
        label={t('signals.wizard.context.municipality')}
        description={
          anonymous ? t('signals.wizard.anonymousField') : t('signals.wizard.context.municipalityHelp')
        }
        value={c.municipality}
        onChange={(e) => setContext({ municipality: e.currentTarget.value })}
        disabled={anonymous}
        error={errors['context.municipality']}
        autoComplete="off"
      />
      <Textarea
        id={fieldId('narrative')}
        label={t('signals.wizard.context.narrative')}
        description={
          anonymous ? t('signals.wizard.anonymousField') : t('signals.wizard.context.narrativeHelp')
        }
        value={state.narrative}
        onChange={(e) => {
          const narrative = e.currentTarget.value;
          update((s) => ({ ...s, narrative }));
        }}
        disabled={anonymous}
        autosize
        minRows={3}
        maxRows={10}
        error={errors.narrative}
      />
    </Stack>
  );
}
