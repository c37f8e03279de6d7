import { GENDERS, TRI_STATES } from '@keten/shared';
import { Alert, Fieldset, MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RadioFieldset } from '../form-controls.tsx';
import { useCountryOptions, useLanguageOptions } from '../reference-api.ts';
import { today, type SignalFormState, type TriState } from './form-state.ts';
import { fieldId, type StepProps } from './wizard-types.ts';

type Person = SignalFormState['person'];

/** When an age is typed and the minor question is still open, the answer follows from it. */
function minorFromAge(age: string, current: TriState | null): TriState | null {
  const n = Number(age.trim());
  if (current !== null || age.trim() === '' || !Number.isInteger(n) || n < 0 || n > 120) {
    return current;
  }
  return n < 18 ? 'yes' : 'no';
}

export function PersonStep({ state, update, errors, anonymous }: StepProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  const p = state.person;
  const setPerson = (patch: Partial<Person>) => update((s) => ({ ...s, person: { ...s.person, ...patch } }));
  const identityOff = anonymous || p.identityUnknown;
  const possiblyMinor = p.minor !== null && p.minor !== 'no';
  const triOptions = TRI_STATES.map((v) => ({ value: v, label: t(`signals.vocab.tri.${v}`) }));

  return (
    <Stack gap="md">
      <RadioFieldset<TriState>
        id={fieldId('person.minor')}
        legend={t('signals.wizard.person.minor')}
        description={t('signals.wizard.person.minorHelp')}
        value={p.minor}
        onChange={(minor) => setPerson({ minor, unaccompanied: minor === 'no' ? null : p.unaccompanied })}
        options={triOptions}
        error={errors['person.minor']}
        inline
        required
      />
      {possiblyMinor && (
        <RadioFieldset<TriState>
          id={fieldId('person.unaccompanied')}
          legend={t('signals.wizard.person.unaccompanied')}
          description={t('signals.wizard.person.unaccompaniedHelp')}
          value={p.unaccompanied}
          onChange={(unaccompanied) => setPerson({ unaccompanied })}
          options={triOptions}
          error={errors['person.unaccompanied']}
          inline
        />
      )}
      <TextInput
        id={fieldId('person.ageYears')}
        label={t('signals.wizard.person.ageYears')}
        description={t('signals.wizard.person.ageHelp')}
        inputMode="numeric"
        value={p.ageYears}
        onChange={(e) => {
          const ageYears = e.currentTarget.value;
          setPerson({ ageYears, minor: minorFromAge(ageYears, p.minor) });
        }}
        error={errors['person.ageYears']}
        w={{ base: '100%', xs: 200 }}
        autoComplete="off"
      />

      <Fieldset
        legend={t('signals.wizard.person.identity')}
        variant="filled"
        disabled={anonymous}
        aria-describedby={anonymous ? 'identity-anonymous' : undefined}
      >
        <Stack gap="sm">
          {anonymous && (
            <Alert id="identity-anonymous" color="yellow" variant="light">
              {t('signals.wizard.person.identityAnonymous')}
            </Alert>
          )}
          <Switch
            label={t('signals.wizard.person.identityUnknown')}
            description={t('signals.wizard.person.identityUnknownHelp')}
            checked={p.identityUnknown}
            onChange={(e) => setPerson({ identityUnknown: e.currentTarget.checked })}
            disabled={anonymous}
          />
          {!p.identityUnknown && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                id={fieldId('person.givenName')}
                label={t('signals.wizard.person.givenName')}
                value={p.givenName}
                onChange={(e) => setPerson({ givenName: e.currentTarget.value })}
                disabled={identityOff}
                error={errors['person.givenName']}
                autoComplete="off"
              />
              <TextInput
                id={fieldId('person.familyName')}
                label={t('signals.wizard.person.familyName')}
                value={p.familyName}
                onChange={(e) => setPerson({ familyName: e.currentTarget.value })}
                disabled={identityOff}
                error={errors['person.familyName']}
                autoComplete="off"
              />
              <TextInput
                id={fieldId('person.aliases')}
                label={t('signals.wizard.person.aliases')}
                value={p.aliases}
                onChange={(e) => setPerson({ aliases: e.currentTarget.value })}
                disabled={identityOff}
                error={errors['person.aliases']}
                autoComplete="off"
              />
              <TextInput
                id={fieldId('person.birthDate')}
                type="date"
                label={t('signals.wizard.person.birthDate')}
                value={p.birthDate}
                max={today()}
                onChange={(e) => setPerson({ birthDate: e.currentTarget.value })}
                disabled={identityOff}
                error={errors['person.birthDate']}
              />
              <TextInput
                id={fieldId('person.documentNumber')}
                label={t('signals.wizard.person.documentNumber')}
                value={p.documentNumber}
                onChange={(e) => setPerson({ documentNumber: e.currentTarget.value })}
                disabled={identityOff}
                error={errors['person.documentNumber']}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="characters"
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>

      <RadioFieldset
        id={fieldId('person.gender')}
        legend={t('signals.wizard.person.gender')}
        value={p.gender}
        onChange={(gender) => setPerson({ gender })}
        options={GENDERS.map((g) => ({ value: g, label: t(`signals.vocab.gender.${g}`) }))}
        error={errors['person.gender']}
        inline
      />
      <Select
        id={fieldId('person.nationality')}
        label={t('signals.wizard.person.nationality')}
        description={t('signals.wizard.person.nationalityHelp')}
        placeholder={t('signals.wizard.person.nationalityUnknown')}
        data={countries.options}
        value={p.nationality}
        onChange={(nationality) => setPerson({ nationality })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('signals.wizard.clear') }}
        nothingFoundMessage={t('signals.wizard.nothingFound')}
        error={errors['person.nationality']}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        id={fieldId('person.languages')}
        label={t('signals.wizard.person.languages')}
        data={languages.options}
        value={p.languages}
        onChange={(langs) => setPerson({ languages: langs })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('signals.wizard.clear') }}
        nothingFoundMessage={t('signals.wizard.nothingFound')}
        maxValues={10}
        error={errors['person.languages']}
      />
      <RadioFieldset<'yes' | 'no' | 'unknown'>
        id={fieldId('person.interpreterNeeded')}
        legend={t('signals.wizard.person.interpreterNeeded')}
        value={p.interpreterNeeded === null ? 'unknown' : p.interpreterNeeded ? 'yes' : 'no'}
        onChange={(v) => setPerson({ interpreterNeeded: v === 'unknown' ? null : v === 'yes' })}
        options={[
          { value: 'yes', label: t('signals.vocab.yesNo.yes') },
          { value: 'no', label: t('signals.vocab.yesNo.no') },
          { value: 'unknown', label: t('signals.vocab.yesNo.unknown') },
        ]}
        inline
      />
      <TextInput
        id={fieldId('person.personCount')}
        label={t('signals.wizard.person.personCount')}
        description={t('signals.wizard.person.personCountHelp')}
        inputMode="numeric"
        value={p.personCount}
        onChange={(e) => setPerson({ personCount: e.currentTarget.value })}
        error={errors['person.personCount']}
        w={{ base: '100%', xs: 200 }}
      />
    </Stack>
  );
}
