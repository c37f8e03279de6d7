import { TRACE_KINDS_SHARED } from '@keten/shared';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { traceValueError } from '../signal-validation.ts';
import { newTraceKey, type TraceKind, type TraceRow } from './form-state.ts';
import { fieldId, type StepProps } from './wizard-types.ts';

const INPUT_MODE: Partial<Record<TraceKind, 'tel' | 'url' | 'text'>> = { phone: 'tel', website: 'url' };

export function TraceRowFields({
  row,
  index,
  onChange,
  onRemove,
  serverError,
  anonymous,
}: {
  row: TraceRow;
  index: number;
  onChange: (row: TraceRow) => void;
  onRemove: () => void;
  /** The error found on "Next" (same schema); shown until the value changes. */
  serverError: string | undefined;
  anonymous: boolean;
}) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const live = touched ? traceValueError(t, { kind: row.kind, value: row.value }) : undefined;
  const number = index + 1;
  return (
    <Paper component="fieldset" withBorder p="sm" radius="md" style={{ minWidth: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" px={4}>
        {t('signals.wizard.traces.rowLegend', { number, kind: t(`signals.vocab.traceKind.${row.kind}`) })}
      </Text>
      <Stack gap="xs">
        <NativeSelect
          id={fieldId(`traces.${index}.kind`)}
          label={t('signals.wizard.traces.kind')}
          value={row.kind}
          onChange={(e) => onChange({ ...row, kind: e.currentTarget.value as TraceKind })}
          data={TRACE_KINDS_SHARED.map((k) => ({ value: k, label: t(`signals.vocab.traceKind.${k}`) }))}
        />
        <TextInput
          id={fieldId(`traces.${index}.value`)}
          label={t('signals.wizard.traces.value')}
          description={t(`signals.vocab.traceHint.${row.kind}`)}
          value={row.value}
          inputMode={INPUT_MODE[row.kind] ?? 'text'}
          onChange={(e) => onChange({ ...row, value: e.currentTarget.value })}
          onBlur={() => setTouched(true)}
          error={live ?? serverError}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextInput
          id={fieldId(`traces.${index}.note`)}
          label={t('signals.wizard.traces.note')}
          description={anonymous ? t('signals.wizard.noNamesWarning') : undefined}
          value={row.note}
          onChange={(e) => onChange({ ...row, note: e.currentTarget.value })}
          maxLength={1000}
          autoComplete="off"
        />
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
            {t('signals.wizard.traces.remove', { number })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function TracesStep({ state, update, errors, anonymous }: StepProps) {
  const { t } = useTranslation();
  const setTraces = (change: (rows: TraceRow[]) => TraceRow[]) =>
    update((s) => ({ ...s, traces: change(s.traces) }));
  const add = (kind: TraceKind) => {
    const row = { key: newTraceKey(), kind, value: '', note: '' };
    setTraces((rows) => [...rows, row]);
    // Focus the new value field once it is rendered.
    requestAnimationFrame(() =>
      document.getElementById(fieldId(`traces.${state.traces.length}.value`))?.focus(),
    );
  };
  return (
    <Stack gap="md">
      <Text>{t('signals.wizard.traces.intro')}</Text>
      <Alert color="gray" variant="light">
        {t('signals.wizard.traces.notTheVictim')}
      </Alert>
      {state.traces.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('signals.wizard.traces.empty')}
        </Text>
      )}
      {state.traces.map((row, index) => (
        <TraceRowFields
          key={row.key}
          row={row}
          index={index}
          anonymous={anonymous}
          serverError={errors[`traces.${index}.value`] ?? errors[`traces.${index}`]}
          onChange={(next) => setTraces((rows) => rows.map((r) => (r.key === row.key ? next : r)))}
          onRemove={() => setTraces((rows) => rows.filter((r) => r.key !== row.key))}
        />
      ))}
      <Stack gap={6} component="section" aria-labelledby="add-trace">
        <Text fw={600} size="sm" id="add-trace">
          {t('signals.wizard.traces.addTitle')}
        </Text>
        <Group gap="xs">
          {TRACE_KINDS_SHARED.map((kind) => (
            <Button
              key={kind}
              variant="light"
              size="compact-md"
              onClick={() => add(kind)}
              disabled={state.traces.length >= 50}
            >
              {t(`signals.wizard.traces.add.${kind}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Stack>
  );
}
