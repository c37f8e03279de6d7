import { SUPPORT_TYPES, type SupportType } from '@keten/shared';
import {
  Alert,
  Button,
  Checkbox,
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { conflictingFields, mergeValues, staleConflict, type Choice } from './conflict.ts';
import { RuleError } from './rule-error.tsx';

export interface PlanItem {
  type: SupportType;
  objective: string;
  startOn: string;
  reviewOn?: string | null;
  done: boolean;
}

/** The plan as the server sent it, keeping only well-formed items. */
export function planOf(value: unknown): PlanItem[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) {
      return [];
    }
    const i = item as Record<string, unknown>;
    if (
      !(SUPPORT_TYPES as readonly unknown[]).includes(i.type) ||
      typeof i.objective !== 'string' ||
      typeof i.startOn !== 'string'
    ) {
      return [];
    }
    return [
      {
        type: i.type as SupportType,
        objective: i.objective,
        startOn: i.startOn,
        reviewOn: typeof i.reviewOn === 'string' ? i.reviewOn : null,
        done: i.done === true,
      },
    ];
  });
}

const today = () => new Date().toISOString().slice(0, 10);
const KEYS = ['supportPlan'];

/** The support plan (HTCDS support types with objectives and dates); edited as a whole, version-checked. */
export function SupportPlanSection({
  plan,
  version,
  canEdit,
  save,
}: {
  plan: PlanItem[];
  version: number;
  canEdit: boolean;
  save: (plan: PlanItem[], version: number) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const [editing, setEditing] = useState(false);
  const [items, setItems] = useState<PlanItem[]>([]);
  const [base, setBase] = useState<PlanItem[]>([]);
  const [editVersion, setEditVersion] = useState(version);
  const [conflict, setConflict] = useState<{ theirs: PlanItem[]; version: number } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  const summary = (value: unknown) =>
    planOf(value)
      .map(
        (i) =>
          `${t(`cases.supportType.${i.type}`)}: ${i.objective} (${i.startOn}${i.reviewOn ? ` → ${i.reviewOn}` : ''})${i.done ? ` ✓` : ''}`,
      )
      .join('; ');

  const validate = (next: PlanItem[]) => {
    const problems: Record<string, string> = {};
    next.forEach((item, n) => {
      if (item.objective.trim() === '') {
        problems[`${String(n)}-objective`] = t('validation.required');
      }
      if (item.startOn === '') {
        problems[`${String(n)}-startOn`] = t('validation.required');
      }
      if (item.reviewOn && item.startOn && item.reviewOn < item.startOn) {
        problems[`${String(n)}-reviewOn`] = t('cases.plan.reviewBeforeStart');
      }
    });
    return problems;
  };

  const submit = async (next: PlanItem[], atVersion: number) => {
    const problems = validate(next);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('#support-plan [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setPending(true);
    setError(null);
    try {
      await save(
        next.map((i) => ({ ...i, objective: i.objective.trim(), reviewOn: i.reviewOn || null })),
        atVersion,
      );
      setConflict(null);
      setEditing(false);
      setSaved(true);
    } catch (e) {
      const stale = staleConflict(e);
      if (stale) {
        setConflict({ theirs: planOf(stale.current.supportPlan), version: stale.currentVersion });
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
    const merged = planOf(
      mergeValues(
        { supportPlan: base },
        { supportPlan: items },
        { supportPlan: conflict.theirs },
        KEYS,
        choices,
      ).supportPlan,
    );
    setItems(merged);
    setBase(conflict.theirs);
    setEditVersion(conflict.version);
    void submit(merged, conflict.version);
  };

  const update = (n: number, patch: Partial<PlanItem>) => {
    setItems((list) => list.map((item, i) => (i === n ? { ...item, ...patch } : item)));
    setErrors({});
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      id="support-plan"
      aria-labelledby="support-plan-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id="support-plan-heading">
            {t('cases.plan.title')}
          </Title>
          {canEdit && !editing && (
            <Button
              variant="light"
              size="xs"
              style={{ flexShrink: 0 }}
              aria-label={`${t('cases.file.edit')}: ${t('cases.plan.title')}`}
              onClick={() => {
                setItems(plan);
                setBase(plan);
                setEditVersion(version);
                setConflict(null);
                setError(null);
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('cases.file.edit')}
            </Button>
          )}
        </Group>
        {saved && !editing && (
          <Alert color="green" role="status" py={6}>
            {t('cases.file.saved')}
          </Alert>
        )}
        {!editing &&
          (plan.length === 0 ? (
            <Text c="dimmed">{t('cases.plan.empty')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {plan.map((item, n) => (
                <Paper component="li" key={`${item.type}-${String(n)}`} withBorder p="xs" radius="sm">
                  <Text fw={600}>
                    {t(`cases.supportType.${item.type}`)}
                    {item.done ? ` · ${t('cases.plan.done')}` : ''}
                  </Text>
                  <Text style={{ overflowWrap: 'anywhere' }}>{item.objective}</Text>
                  <Text size="sm" c="dimmed">
                    {t('cases.plan.startOn')}: {formatDate(item.startOn, { dateStyle: 'medium' })}
                    {item.reviewOn
                      ? ` · ${t('cases.plan.reviewOn')}: ${formatDate(item.reviewOn, { dateStyle: 'medium' })}`
                      : ''}
                  </Text>
                </Paper>
              ))}
            </Stack>
          ))}
        {editing && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit(items, editVersion);
            }}
          >
            <Stack gap="sm">
              {conflict && (
                <ConflictPanel
                  fields={[{ key: 'supportPlan', label: t('cases.plan.title'), display: summary }]}
                  conflicts={conflictingFields(
                    { supportPlan: base },
                    { supportPlan: items },
                    { supportPlan: conflict.theirs },
                    KEYS,
                  )}
                  mine={{ supportPlan: items }}
                  theirs={{ supportPlan: conflict.theirs }}
                  pending={pending}
                  onKeepMine={() => resolve({})}
                  onTakeTheirs={() => {
                    setItems(conflict.theirs);
                    setBase(conflict.theirs);
                    setEditVersion(conflict.version);
                    setConflict(null);
                  }}
                  onMerge={resolve}
                />
              )}
              {items.map((item, n) => {
                const k = String(n);
                return (
                  <Paper key={k} withBorder p="sm" radius="sm" component="fieldset" style={{ minWidth: 0 }}>
                    <Text component="legend" fw={600} size="sm" px={4}>
                      {t('cases.plan.item', { number: n + 1 })}
                    </Text>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <NativeSelect
                        label={t('cases.plan.type')}
                        value={item.type}
                        data={SUPPORT_TYPES.map((s) => ({ value: s, label: t(`cases.supportType.${s}`) }))}
                        onChange={(e) => update(n, { type: e.currentTarget.value as SupportType })}
                      />
                      <Textarea
                        label={t('cases.plan.objective')}
                        value={item.objective}
                        autosize
                        minRows={1}
                        maxLength={1000}
                        required
                        error={errors[`${k}-objective`] || undefined}
                        onChange={(e) => update(n, { objective: e.currentTarget.value })}
                      />
                      <TextInput
                        type="date"
                        label={t('cases.plan.startOn')}
                        value={item.startOn}
                        required
                        error={errors[`${k}-startOn`] || undefined}
                        onChange={(e) => update(n, { startOn: e.currentTarget.value })}
                      />
                      <TextInput
                        type="date"
                        label={t('cases.plan.reviewOn')}
                        value={item.reviewOn ?? ''}
                        error={errors[`${k}-reviewOn`] || undefined}
                        onChange={(e) => update(n, { reviewOn: e.currentTarget.value || null })}
                      />
                    </SimpleGrid>
                    <Group justify="space-between" mt="xs">
                      <Checkbox
                        label={t('cases.plan.done')}
                        checked={item.done}
                        onChange={(e) => update(n, { done: e.currentTarget.checked })}
                      />
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        onClick={() => setItems((list) => list.filter((_, i) => i !== n))}
                        aria-label={`${t('cases.plan.remove')}: ${t('cases.plan.item', { number: n + 1 })}`}
                      >
                        {t('cases.plan.remove')}
                      </Button>
                    </Group>
                  </Paper>
                );
              })}
              <Button
                variant="default"
                w="fit-content"
                onClick={() =>
                  setItems((list) => [
                    ...list,
                    { type: 'SocialCare', objective: '', startOn: today(), reviewOn: null, done: false },
                  ])
                }
              >
                {t('cases.plan.add')}
              </Button>
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
