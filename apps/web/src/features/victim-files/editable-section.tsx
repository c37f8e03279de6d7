import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictPanel, type ConflictField } from './conflict-panel.tsx';
import { conflictingFields, mergeValues, staleConflict, type Choice, type Values } from './conflict.ts';
import { RuleError } from './rule-error.tsx';

export type FieldKind = 'text' | 'textarea' | 'date' | 'bool' | 'select' | 'number';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  description?: string;
  options?: readonly { value: string; label: string }[];
  /** How a value reads (view mode and the conflict panel); defaults by kind. */
  display?: (value: unknown) => string;
}

interface EditableSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  fields: readonly FieldSpec[];
  /** The saved values, read from what the server presented. */
  values: Values;
  version: number;
  /** Only when the presenter listed the action. */
  canEdit: boolean;
  /** The saved values from a 409's `details.current`. */
  conflictValues: (current: Values) => Values;
  save: (values: Values, version: number) => Promise<unknown>;
  validate?: (values: Values) => Record<string, string>;
  /** What an empty field reads as: "Unknown" for identity, "Not recorded" elsewhere. */
  emptyLabel?: string;
}

/**
 * One editable part of a file: a read view, an edit form, and on a stale version (409) the saved
 * version next to the user's input with "keep mine / take theirs / merge field by field".
 */
export function EditableSection({
  id,
  title,
  description,
  fields,
  values,
  version,
  canEdit,
  conflictValues,
  save,
  validate,
  emptyLabel,
}: EditableSectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<Values>({});
  const [base, setBase] = useState<Values>({});
  const [editVersion, setEditVersion] = useState(version);
  const [conflict, setConflict] = useState<{ theirs: Values; version: number } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const keys = fields.map((f) => f.key);

  const display = (field: FieldSpec, value: unknown): string => {
    if (field.display) {
      return field.display(value);
    }
    if (value === null || value === undefined || value === '') {
      return '';
    }
    if (field.kind === 'bool') {
      return value === true ? t('cases.file.yes') : t('cases.file.no');
    }
    if (field.kind === 'select') {
      return field.options?.find((o) => o.value === value)?.label ?? (typeof value === 'string' ? value : '');
    }
    return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  };

  const start = () => {
    setForm({ ...values });
    setBase({ ...values });
    setEditVersion(version);
    setConflict(null);
    setErrors({});
    setError(null);
    setSaved(false);
    setEditing(true);
  };

  const submit = async (next: Values, atVersion: number) => {
    const problems = validate?.(next) ?? {};
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`#${id} [aria-invalid="true"]`)?.focus(),
      );
      return;
    }
    setPending(true);
    setError(null);
    try {
      await save(next, atVersion);
      setConflict(null);
      setEditing(false);
      setSaved(true);
    } catch (e) {
      const stale = staleConflict(e);
      if (stale) {
        setConflict({ theirs: conflictValues(stale.current), version: stale.currentVersion });
      } else {
        setError(e);
      }
    } finally {
      setPending(false);
    }
  };

  const resolve = (choices: Record<string, Choice>) => {
    if (!conflict) {
      return;
    }
    const merged = mergeValues(base, form, conflict.theirs, keys, choices);
    setForm(merged);
    setBase(conflict.theirs);
    setEditVersion(conflict.version);
    void submit(merged, conflict.version);
  };

  const set = (key: string, value: unknown) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  const input = (field: FieldSpec) => {
    const common = {
      id: `${id}-${field.key}`,
      label: field.label,
      description: field.description,
      error: errors[field.key] || undefined,
    };
    const raw = form[field.key];
    const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
    switch (field.kind) {
      case 'textarea':
        return (
          <Textarea
            {...common}
            value={text}
            autosize
            minRows={2}
            onChange={(e) => set(field.key, e.currentTarget.value)}
          />
        );
      case 'bool':
        return (
          <NativeSelect
            {...common}
            value={raw === true ? 'yes' : raw === false ? 'no' : ''}
            data={[
              { value: '', label: t('cases.file.unknown') },
              { value: 'yes', label: t('cases.file.yes') },
              { value: 'no', label: t('cases.file.no') },
            ]}
            onChange={(e) =>
              set(field.key, e.currentTarget.value === '' ? null : e.currentTarget.value === 'yes')
            }
          />
        );
      case 'select':
        return (
          <NativeSelect
            {...common}
            value={text}
            data={[{ value: '', label: t('cases.file.unknown') }, ...(field.options ?? [])]}
            onChange={(e) => set(field.key, e.currentTarget.value === '' ? null : e.currentTarget.value)}
          />
        );
      case 'text':
      case 'date':
      case 'number':
        return (
          <TextInput
            {...common}
            type={field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
            value={text}
            onChange={(e) => set(field.key, e.currentTarget.value)}
          />
        );
    }
  };

  const conflictFields: ConflictField[] = fields.map((f) => ({
    key: f.key,
    label: f.label,
    display: (v) => display(f, v),
  }));

  return (
    <Paper withBorder p="md" radius="md" component="section" id={id} aria-labelledby={`${id}-heading`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={`${id}-heading`}>
            {title}
          </Title>
          {canEdit && !editing && (
            <Button
              variant="light"
              size="xs"
              style={{ flexShrink: 0 }}
              onClick={start}
              aria-label={`${t('cases.file.edit')}: ${title}`}
            >
              {t('cases.file.edit')}
            </Button>
          )}
        </Group>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {saved && !editing && (
          <Alert color="green" role="status" py={6}>
            {t('cases.file.saved')}
          </Alert>
        )}
        {!editing && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
            {fields.map((f) => (
              <div key={f.key}>
                <Text component="dt" size="xs" c="dimmed" fw={600}>
                  {f.label}
                </Text>
                <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                  {display(f, values[f.key]) || (emptyLabel ?? t('cases.judicial.notRecorded'))}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        )}
        {editing && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit(form, editVersion);
            }}
          >
            <Stack gap="sm">
              {conflict && (
                <ConflictPanel
                  fields={conflictFields}
                  conflicts={conflictingFields(base, form, conflict.theirs, keys)}
                  mine={form}
                  theirs={conflict.theirs}
                  pending={pending}
                  onKeepMine={() => resolve({})}
                  onTakeTheirs={() => {
                    setForm(conflict.theirs);
                    setBase(conflict.theirs);
                    setEditVersion(conflict.version);
                    setConflict(null);
                  }}
                  onMerge={resolve}
                />
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {fields.map((f) => (
                  <Fragment key={f.key}>{input(f)}</Fragment>
                ))}
              </SimpleGrid>
              <RuleError error={error} />
              {!conflict && (
                <Group gap="xs">
                  <Button type="submit" loading={pending}>
                    {t('cases.file.save')}
                  </Button>
                  <Button variant="default" onClick={() => setEditing(false)} disabled={pending}>
                    {t('cases.file.cancel')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
