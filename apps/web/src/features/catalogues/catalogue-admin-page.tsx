import {
  EXPLOITATION_FORMS,
  ILO_EC_DIMENSIONS,
  INDICATOR_STRENGTHS,
  SIGNAL_SECTORS,
  TARGET_GROUPS,
  UI_LANGUAGES,
  type CatalogueDefinition,
  type ExploitationForm,
  type LocalizedText,
  type TargetGroup,
} from '@keten/shared';
import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { apiRequest, isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { CheckboxFieldset } from '../signals/form-controls.tsx';
import { cataloguesQueryKey, useCurrentCatalogues } from './catalogue-api.ts';
import { groupLabel, pick, useUiLanguage } from './localized.ts';

/** An indicator being edited; `isNew` ones may still change their id (existing ids stay stable). */
interface EditIndicator {
  key: string;
  isNew: boolean;
  id: string;
  text: LocalizedText;
  hint: LocalizedText;
  strength: string;
  dimension: string;
  group: string;
  targetGroups: TargetGroup[];
  forms: ExploitationForm[];
  coercion: boolean;
}

interface EditCatalogue {
  key: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  sourceName: string;
  sourceYear: string;
  sourceUrl: string;
  sourceNote: string;
  sectors: string[];
  targetGroups: TargetGroup[];
  threshold: string;
  combinationRule: CatalogueDefinition['combinationRule'];
  indicators: EditIndicator[];
}

const emptyText = (): LocalizedText => ({ nl: '', fr: '', de: '', en: '' });
let editCounter = 0;
const editKey = () => `ind-${(editCounter += 1)}`;

function toEdit(c: CatalogueDefinition): EditCatalogue {
  return {
    key: c.key,
    version: c.version + 1,
    title: { ...c.title },
    description: { ...c.description },
    sourceName: c.source.name,
    sourceYear: c.source.year !== undefined ? String(c.source.year) : '',
    sourceUrl: c.source.url ?? '',
    sourceNote: c.source.note ?? '',
    sectors: [...c.sectors],
    targetGroups: [...c.targetGroups],
    threshold: c.threshold !== undefined ? String(c.threshold) : '',
    combinationRule: c.combinationRule,
    indicators: c.indicators.map((i) => ({
      key: editKey(),
      isNew: false,
      id: i.id,
      text: { ...i.text },
      hint: i.hint ? { ...i.hint } : emptyText(),
      strength: i.strength ?? '',
      dimension: i.dimension ?? '',
      group: i.group ?? '',
      targetGroups: [...i.targetGroups],
      forms: [...i.forms],
      coercion: i.coercion === true,
    })),
  };
}

const hasText = (t: LocalizedText) => UI_LANGUAGES.some((l) => t[l].trim() !== '');
const trimText = (t: LocalizedText): LocalizedText => ({
  nl: t.nl.trim(),
  fr: t.fr.trim(),
  de: t.de.trim(),
  en: t.en.trim(),
});

/** The body for `POST /api/catalogues`; the server validates it (CatalogueDefinitionSchema). */
function toDefinition(e: EditCatalogue): Record<string, unknown> {
  const year = e.sourceYear.trim() === '' ? undefined : Number(e.sourceYear);
  const threshold = e.threshold.trim() === '' ? undefined : Number(e.threshold);
  return {
    key: e.key,
    version: e.version,
    title: trimText(e.title),
    description: trimText(e.description),
    source: {
      name: e.sourceName.trim(),
      ...(year !== undefined ? { year } : {}),
      ...(e.sourceUrl.trim() ? { url: e.sourceUrl.trim() } : {}),
      ...(e.sourceNote.trim() ? { note: e.sourceNote.trim() } : {}),
    },
    sectors: e.sectors,
    targetGroups: e.targetGroups,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(e.combinationRule ? { combinationRule: e.combinationRule } : {}),
    indicators: e.indicators.map((i) => ({
      id: i.id.trim(),
      text: trimText(i.text),
      ...(hasText(i.hint) ? { hint: trimText(i.hint) } : {}),
      ...(i.strength ? { strength: i.strength } : {}),
      ...(i.dimension ? { dimension: i.dimension } : {}),
      ...(i.group.trim() ? { group: i.group.trim() } : {}),
      targetGroups: i.targetGroups,
      forms: i.forms,
      ...(i.coercion ? { coercion: true } : {}),
    })),
  };
}

const IssuesSchema = z.object({
  issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});

/** The server's field problems, by path without `body.` ('indicators.3.text.nl'), in the user's language. */
function serverFieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error, 'validation_failed')) {
    return {};
  }
  const parsed = IssuesSchema.safeParse(error.details);
  if (!parsed.success) {
    return {};
  }
  const out: Record<string, string> = {};
  for (const issue of parsed.data.issues) {
    const path = issue.path.replace(/^body\.?/, '');
    out[path] ??=
      issue.message === 'duplicate_id'
        ? t('catalogueAdmin.errors.duplicateId')
        : issue.code === 'too_small'
          ? t('catalogueAdmin.errors.tooSmall')
          : issue.code === 'too_big'
            ? t('catalogueAdmin.errors.tooBig')
            : t('validation.invalid');
  }
  return out;
}

const fid = (path: string) => `catalogue-${path.replaceAll('.', '-')}`;

const isUiLanguageKey = (key: string | undefined): key is (typeof UI_LANGUAGES)[number] =>
  (UI_LANGUAGES as readonly (string | undefined)[]).includes(key);

/** The name of the field a server path points to, as the form labels it ('title.nl' → 'Title (Nederlands)'). */
function fieldLabel(t: TFunction, path: string): string {
  const parts = path.split('.');
  const language = isUiLanguageKey(parts.at(-1))
    ? LANGUAGE_NAMES[parts.at(-1) as (typeof UI_LANGUAGES)[number]]
    : '';
  const top: Record<string, string> = {
    title: t('catalogueAdmin.fields.title', { language }),
    description: t('catalogueAdmin.fields.description', { language }),
    threshold: t('catalogueAdmin.fields.threshold'),
    sectors: t('catalogueAdmin.fields.sectors'),
    targetGroups: t('catalogueAdmin.targetGroups'),
  };
  const source: Record<string, string> = {
    name: t('catalogueAdmin.fields.sourceName'),
    year: t('catalogueAdmin.fields.sourceYear'),
    url: t('catalogueAdmin.fields.sourceUrl'),
    note: t('catalogueAdmin.fields.sourceNote'),
  };
  const indicator: Record<string, string> = {
    id: t('catalogueAdmin.indicator.id'),
    text: t('catalogueAdmin.indicator.text', { language }),
    hint: t('catalogueAdmin.indicator.hint', { language }),
    strength: t('catalogueAdmin.indicator.strength'),
    dimension: t('catalogueAdmin.indicator.dimension'),
    group: t('catalogueAdmin.indicator.group'),
    targetGroups: t('catalogueAdmin.targetGroups'),
    forms: t('catalogueAdmin.indicator.forms'),
  };
  const [first, second, third] = parts;
  if (first === 'source' && second && source[second]) {
    return source[second];
  }
  if (first === 'indicators' && second !== undefined && third && indicator[third]) {
    return t('catalogueAdmin.indicator.numbered', { number: Number(second) + 1, field: indicator[third] });
  }
  return (first && top[first]) || path;
}

function TextPerLanguage({
  path,
  label,
  value,
  onChange,
  errors,
  multiline = false,
  required = true,
}: {
  path: string;
  label: (language: string) => string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  errors: Record<string, string>;
  multiline?: boolean;
  required?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {UI_LANGUAGES.map((l) => {
        const props = {
          id: fid(`${path}.${l}`),
          label: label(LANGUAGE_NAMES[l]),
          value: value[l],
          lang: l,
          error: errors[`${path}.${l}`] ?? errors[path],
          required,
        };
        return multiline ? (
          <Textarea
            key={l}
            {...props}
            autosize
            minRows={2}
            onChange={(e) => onChange({ ...value, [l]: e.currentTarget.value })}
          />
        ) : (
          <TextInput
            key={l}
            {...props}
            onChange={(e) => onChange({ ...value, [l]: e.currentTarget.value })}
          />
        );
      })}
    </SimpleGrid>
  );
}

function IndicatorEditor({
  indicator,
  index,
  onChange,
  onRemove,
  errors,
}: {
  indicator: EditIndicator;
  index: number;
  onChange: (i: EditIndicator) => void;
  onRemove: () => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const p = `indicators.${index}`;
  const sub = (name: string) => errors[`${p}.${name}`];
  return (
    <Stack gap="sm">
      <TextInput
        id={fid(`${p}.id`)}
        label={t('catalogueAdmin.indicator.id')}
        description={
          indicator.isNew ? t('catalogueAdmin.indicator.idHelp') : t('catalogueAdmin.indicator.idFixed')
        }
        value={indicator.id}
        readOnly={!indicator.isNew}
        onChange={(e) => onChange({ ...indicator, id: e.currentTarget.value })}
        error={sub('id')}
        spellCheck={false}
        required
      />
      <TextPerLanguage
        path={`${p}.text`}
        label={(l) => t('catalogueAdmin.indicator.text', { language: l })}
        value={indicator.text}
        onChange={(text) => onChange({ ...indicator, text })}
        errors={errors}
      />
      <TextPerLanguage
        path={`${p}.hint`}
        label={(l) => t('catalogueAdmin.indicator.hint', { language: l })}
        value={indicator.hint}
        onChange={(hint) => onChange({ ...indicator, hint })}
        errors={errors}
        required={false}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          id={fid(`${p}.strength`)}
          label={t('catalogueAdmin.indicator.strength')}
          value={indicator.strength}
          onChange={(e) => onChange({ ...indicator, strength: e.currentTarget.value })}
          data={[
            { value: '', label: t('catalogueAdmin.indicator.none') },
            ...INDICATOR_STRENGTHS.map((s) => ({ value: s, label: t(`signals.vocab.strength.${s}`) })),
          ]}
          error={sub('strength')}
        />
        <NativeSelect
          id={fid(`${p}.dimension`)}
          label={t('catalogueAdmin.indicator.dimension')}
          value={indicator.dimension}
          onChange={(e) => onChange({ ...indicator, dimension: e.currentTarget.value })}
          data={[
            { value: '', label: t('catalogueAdmin.indicator.none') },
            ...ILO_EC_DIMENSIONS.map((d) => ({ value: d, label: groupLabel(d, language) })),
          ]}
          error={sub('dimension')}
        />
        <TextInput
          id={fid(`${p}.group`)}
          label={t('catalogueAdmin.indicator.group')}
          description={indicator.group ? groupLabel(indicator.group, language) : undefined}
          value={indicator.group}
          onChange={(e) => onChange({ ...indicator, group: e.currentTarget.value })}
          error={sub('group')}
          spellCheck={false}
        />
      </SimpleGrid>
      <CheckboxFieldset<TargetGroup>
        id={fid(`${p}.targetGroups`)}
        legend={t('catalogueAdmin.targetGroups')}
        value={indicator.targetGroups}
        onChange={(targetGroups) => onChange({ ...indicator, targetGroups })}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`catalogueAdmin.targetGroup.${g}`) }))}
        error={sub('targetGroups')}
        inline
      />
      <CheckboxFieldset<ExploitationForm>
        id={fid(`${p}.forms`)}
        legend={t('catalogueAdmin.indicator.forms')}
        value={indicator.forms}
        onChange={(forms) => onChange({ ...indicator, forms })}
        options={EXPLOITATION_FORMS.map((f) => ({ value: f, label: t(`signals.vocab.form.${f}`) }))}
        error={sub('forms')}
      />
      <Checkbox
        label={t('catalogueAdmin.indicator.coercion')}
        description={t('catalogueAdmin.indicator.coercionHelp')}
        checked={indicator.coercion}
        onChange={(e) => onChange({ ...indicator, coercion: e.currentTarget.checked })}
      />
      <Group justify="flex-end">
        <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
          {t('catalogueAdmin.indicator.remove', { id: indicator.id })}
        </Button>
      </Group>
    </Stack>
  );
}

function CatalogueEditor({ initial, onDone }: { initial: EditCatalogue; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [edit, setEdit] = useState(initial);
  const [open, setOpen] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const publish = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiRequest('/api/catalogues', {
        method: 'POST',
        body,
        parser: z.object({ key: z.string(), version: z.number() }),
      }),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: cataloguesQueryKey });
      onDone(t('catalogueAdmin.published', { title: pick(edit.title, language), version: answer.version }));
    },
  });
  const errors = serverFieldErrors(t, publish.error);
  const errorCount = Object.keys(errors).length;
  const conflict = isApiError(publish.error, 'conflict');

  useEffect(() => {
    if (publish.isError) {
      summaryRef.current?.focus();
    }
  }, [publish.isError, publish.failureCount]);

  const set = (patch: Partial<EditCatalogue>) => setEdit((e) => ({ ...e, ...patch }));
  const setIndicator = (key: string, next: EditIndicator) =>
    setEdit((e) => ({ ...e, indicators: e.indicators.map((i) => (i.key === key ? next : i)) }));
  const indicatorErrorKeys = new Set(
    Object.keys(errors)
      .map((path) => /^indicators\.(\d+)/.exec(path)?.[1])
      .filter((n): n is string => n !== undefined)
      .map((n) => edit.indicators[Number(n)]?.key ?? ''),
  );

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('catalogueAdmin.editing', { title: pick(edit.title, language), version: edit.version })}
      </Title>
      <Text size="sm">{t('catalogueAdmin.editingHelp')}</Text>
      {publish.isError && (
        <Alert color="red" role="alert" ref={summaryRef} tabIndex={-1}>
          {conflict ? (
            t('catalogueAdmin.conflict')
          ) : errorCount > 0 ? (
            <>
              <Text size="sm">{t('catalogueAdmin.errors.summary', { count: errorCount })}</Text>
              <List size="sm">
                {Object.entries(errors).map(([path, message]) => (
                  <List.Item key={path}>
                    <a href={`#${fid(path)}`}>{fieldLabel(t, path)}</a>: {message}
                  </List.Item>
                ))}
              </List>
            </>
          ) : (
            errorMessage(publish.error)
          )}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <TextPerLanguage
            path="title"
            label={(l) => t('catalogueAdmin.fields.title', { language: l })}
            value={edit.title}
            onChange={(title) => set({ title })}
            errors={errors}
          />
          <TextPerLanguage
            path="description"
            label={(l) => t('catalogueAdmin.fields.description', { language: l })}
            value={edit.description}
            onChange={(description) => set({ description })}
            errors={errors}
            multiline
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              id={fid('source.name')}
              label={t('catalogueAdmin.fields.sourceName')}
              value={edit.sourceName}
              onChange={(e) => set({ sourceName: e.currentTarget.value })}
              error={errors['source.name']}
              required
            />
            <TextInput
              id={fid('source.year')}
              label={t('catalogueAdmin.fields.sourceYear')}
              inputMode="numeric"
              value={edit.sourceYear}
              onChange={(e) => set({ sourceYear: e.currentTarget.value })}
              error={errors['source.year']}
            />
            <TextInput
              id={fid('source.url')}
              label={t('catalogueAdmin.fields.sourceUrl')}
              type="url"
              value={edit.sourceUrl}
              onChange={(e) => set({ sourceUrl: e.currentTarget.value })}
              error={errors['source.url']}
            />
            <TextInput
              id={fid('source.note')}
              label={t('catalogueAdmin.fields.sourceNote')}
              value={edit.sourceNote}
              onChange={(e) => set({ sourceNote: e.currentTarget.value })}
              error={errors['source.note']}
            />
            <TextInput
              id={fid('threshold')}
              label={t('catalogueAdmin.fields.threshold')}
              description={t('catalogueAdmin.fields.thresholdHelp')}
              inputMode="numeric"
              value={edit.threshold}
              onChange={(e) => set({ threshold: e.currentTarget.value })}
              error={errors.threshold}
            />
          </SimpleGrid>
          <MultiSelect
            id={fid('sectors')}
            label={t('catalogueAdmin.fields.sectors')}
            description={t('catalogueAdmin.fields.sectorsHelp')}
            data={SIGNAL_SECTORS.map((s) => ({ value: s, label: t(`signals.vocab.sector.${s}`) }))}
            value={edit.sectors}
            onChange={(sectors) => set({ sectors })}
            searchable
            error={errors.sectors}
          />
          <CheckboxFieldset<TargetGroup>
            id={fid('targetGroups')}
            legend={t('catalogueAdmin.targetGroups')}
            value={edit.targetGroups}
            onChange={(targetGroups) => set({ targetGroups })}
            options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`catalogueAdmin.targetGroup.${g}`) }))}
            error={errors.targetGroups}
            inline
          />
          {edit.combinationRule && (
            <Text size="sm" c="dimmed">
              {t('catalogueAdmin.fields.ruleKept')}
            </Text>
          )}
        </Stack>
      </Paper>

      <Title order={3} size="h4">
        {t('catalogueAdmin.indicatorsTitle', { count: edit.indicators.length })}
      </Title>
      {errors.indicators && <Alert color="red">{errors.indicators}</Alert>}
      <Accordion multiple variant="contained" value={open} onChange={setOpen} order={4}>
        {edit.indicators.map((indicator, index) => (
          <Accordion.Item key={indicator.key} value={indicator.key}>
            <Accordion.Control>
              <Text span fw={500} c={indicatorErrorKeys.has(indicator.key) ? 'red.8' : undefined}>
                {index + 1}. {pick(indicator.text, language) || indicator.id}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <IndicatorEditor
                indicator={indicator}
                index={index}
                errors={errors}
                onChange={(next) => setIndicator(indicator.key, next)}
                onRemove={() => set({ indicators: edit.indicators.filter((i) => i.key !== indicator.key) })}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Group gap="sm">
        <Button
          variant="light"
          onClick={() => {
            const key = editKey();
            set({
              indicators: [
                ...edit.indicators,
                {
                  key,
                  isNew: true,
                  id: `${edit.key}.`,
                  text: emptyText(),
                  hint: emptyText(),
                  strength: '',
                  dimension: '',
                  group: '',
                  targetGroups: [...edit.targetGroups],
                  forms: [],
                  coercion: false,
                },
              ],
            });
            setOpen((o) => [...o, key]);
          }}
        >
          {t('catalogueAdmin.indicator.add')}
        </Button>
      </Group>
      <Group gap="sm" justify="flex-end">
        <Button variant="default" onClick={() => onDone('')}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={publish.isPending}
          onClick={() => {
            // Panels with a problem open, so the linked fields exist.
            publish.mutate(toDefinition(edit), {
              onError: (error) => {
                const bad = Object.keys(serverFieldErrors(t, error))
                  .map((path) => /^indicators\.(\d+)/.exec(path)?.[1])
                  .filter((n): n is string => n !== undefined)
                  .map((n) => edit.indicators[Number(n)]?.key ?? '');
                setOpen((o) => [...new Set([...o, ...bad])]);
              },
            });
          }}
        >
          {t('catalogueAdmin.publish', { version: edit.version })}
        </Button>
      </Group>
    </Stack>
  );
}

function CatalogueList({ onEdit }: { onEdit: (c: CatalogueDefinition) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const errorMessage = useErrorMessage();
  const catalogues = useCurrentCatalogues();
  if (catalogues.isPending) {
    return <PageLoader />;
  }
  if (catalogues.isError) {
    return <Alert color="red">{errorMessage(catalogues.error)}</Alert>;
  }
  return (
    <DataTable<CatalogueDefinition>
      caption={t('catalogueAdmin.caption')}
      rows={catalogues.data}
      rowKey={(c) => c.key}
      rowHeaderLabel={t('catalogueAdmin.columns.title')}
      rowHeader={(c) => pick(c.title, language)}
      columns={[
        { key: 'key', header: t('catalogueAdmin.columns.key'), render: (c) => <code>{c.key}</code> },
        { key: 'version', header: t('catalogueAdmin.columns.version'), render: (c) => String(c.version) },
        {
          key: 'indicators',
          header: t('catalogueAdmin.columns.indicators'),
          render: (c) => String(c.indicators.length),
        },
        {
          key: 'actions',
          header: t('common.actions'),
          hiddenHeader: true,
          align: 'end',
          render: (c) => (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => onEdit(c)}
              aria-label={t('catalogueAdmin.newVersionOf', { title: pick(c.title, language) })}
            >
              {t('catalogueAdmin.newVersion')}
            </Button>
          ),
        },
      ]}
      empty={{ title: t('catalogueAdmin.empty') }}
      minWidth={560}
    />
  );
}

function CatalogueAdmin() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<EditCatalogue | null>(null);
  const [message, setMessage] = useState('');
  return (
    <Stack gap="md" maw={1000}>
      <Stack gap={4}>
        <Title order={1}>{t('catalogueAdmin.title')}</Title>
        <Text>{t('catalogueAdmin.intro')}</Text>
      </Stack>
      {message && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => setMessage('')}
          closeButtonLabel={t('common.close')}
        >
          {message}
        </Alert>
      )}
      {editing ? (
        <CatalogueEditor
          key={`${editing.key}@${editing.version}`}
          initial={editing}
          onDone={(m) => {
            setEditing(null);
            setMessage(m);
          }}
        />
      ) : (
        <CatalogueList
          onEdit={(c) => {
            setMessage('');
            setEditing(toEdit(c));
          }}
        />
      )}
    </Stack>
  );
}

export function CatalogueAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogueAdmin.pageTitle'));
  return (
    <RequireCapability anyOf={['catalogue.edit']}>
      <CatalogueAdmin />
    </RequireCapability>
  );
}
