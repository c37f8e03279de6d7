import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioFieldset } from '../signals/form-controls.tsx';
import type { Choice, Values } from './conflict.ts';

export interface ConflictField {
  key: string;
  label: string;
  display: (value: unknown) => string;
}

/**
 * The saved version next to the user's unsaved one, for each field both changed. Nothing is lost:
 * the user keeps theirs, takes the saved one, or chooses field by field.
 */
export function ConflictPanel({
  fields,
  conflicts,
  mine,
  theirs,
  pending,
  onKeepMine,
  onTakeTheirs,
  onMerge,
}: {
  fields: readonly ConflictField[];
  conflicts: readonly string[];
  mine: Values;
  theirs: Values;
  pending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: (choices: Record<string, Choice>) => void;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const shown = fields.filter((f) => conflicts.includes(f.key));
  const show = (field: ConflictField, value: unknown) => {
    const text = field.display(value);
    return text === '' ? t('cases.conflict.empty') : text;
  };
  return (
    <Alert color="yellow" role="alert" title={t('cases.conflict.title')} data-testid="conflict-panel">
      <Stack gap="sm">
        <Text size="sm">{t('cases.conflict.body')}</Text>
        {shown.map((field) => (
          <Paper key={field.key} withBorder p="xs" radius="sm">
            <RadioFieldset<Choice>
              id={`conflict-${field.key}`}
              legend={t('cases.conflict.choiceFor', { field: field.label })}
              value={choices[field.key] ?? 'mine'}
              onChange={(c) => setChoices((x) => ({ ...x, [field.key]: c }))}
              options={[
                { value: 'mine', label: t('cases.conflict.mine'), description: show(field, mine[field.key]) },
                {
                  value: 'theirs',
                  label: t('cases.conflict.theirs'),
                  description: show(field, theirs[field.key]),
                },
              ]}
            />
          </Paper>
        ))}
        <Group gap="xs">
          <Button onClick={onKeepMine} loading={pending}>
            {t('cases.conflict.keepMine')}
          </Button>
          <Button variant="default" onClick={onTakeTheirs} disabled={pending}>
            {t('cases.conflict.takeTheirs')}
          </Button>
          {shown.length > 0 && (
            <Button variant="light" onClick={() => onMerge(choices)} loading={pending}>
              {t('cases.conflict.merge')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
