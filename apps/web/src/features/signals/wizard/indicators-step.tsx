import type { CatalogueDefinition, IndicatorDefinition } from '@keten/shared';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupLabel, pick, useUiLanguage } from '../../catalogues/localized.ts';
import { StrengthBadge } from '../../catalogues/strength-badge.tsx';
import { proposedCatalogues, type Tick } from './form-state.ts';
import { fieldId, type StepProps } from './wizard-types.ts';

/** Indicators in the order of the list, grouped by ILO/EC dimension or by the list's own group. */
export function groupIndicators(
  catalogue: CatalogueDefinition,
): { key: string; indicators: IndicatorDefinition[] }[] {
  const groups = new Map<string, IndicatorDefinition[]>();
  for (const indicator of catalogue.indicators) {
    const key = indicator.dimension ?? indicator.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  return [...groups.entries()].map(([key, indicators]) => ({ key, indicators }));
}

const tickKey = (catalogue: string, id: string) => `${catalogue}:${id}`;

/** Lists with many signs fold their groups; short ones show them all at once. */
const FOLD_GROUPS_FROM = 16;

function IndicatorRow({
  catalogue,
  indicator,
  tick,
  onToggle,
  onNote,
  anonymous,
}: {
  catalogue: string;
  indicator: IndicatorDefinition;
  tick: Tick | undefined;
  onToggle: (checked: boolean) => void;
  onNote: (note: string) => void;
  anonymous: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = fieldId(`indicator.${catalogue}.${indicator.id}`);
  return (
    <Stack gap={6}>
      <Checkbox
        id={id}
        checked={tick !== undefined}
        onChange={(e) => onToggle(e.currentTarget.checked)}
        label={
          <>
            {pick(indicator.text, language)}
            {indicator.strength && (
              <>
                {' '}
                <StrengthBadge strength={indicator.strength} />
              </>
            )}
          </>
        }
        description={indicator.hint ? pick(indicator.hint, language) : undefined}
      />
      {tick && (
        <TextInput
          ml={32}
          size="sm"
          label={t('signals.wizard.indicators.note')}
          description={
            anonymous ? t('signals.wizard.noNamesWarning') : t('signals.wizard.indicators.noteHelp')
          }
          value={tick.note}
          onChange={(e) => onNote(e.currentTarget.value)}
          maxLength={1000}
          autoComplete="off"
        />
      )}
    </Stack>
  );
}

function CatalogueSigns({
  catalogue,
  state,
  update,
  anonymous,
}: Pick<StepProps, 'state' | 'update' | 'anonymous'> & { catalogue: CatalogueDefinition }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const ticks = new Map(state.indicators.ticks.map((tick) => [tickKey(tick.catalogue, tick.id), tick]));
  const setTicks = (change: (ticks: Tick[]) => Tick[]) =>
    update((s) => ({ ...s, indicators: { ...s.indicators, ticks: change(s.indicators.ticks) } }));
  const toggle = (indicator: IndicatorDefinition, checked: boolean) =>
    setTicks((all) =>
      checked
        ? [...all, { catalogue: catalogue.key, id: indicator.id, note: '' }]
        : all.filter((x) => !(x.catalogue === catalogue.key && x.id === indicator.id)),
    );
  const setNote = (indicator: IndicatorDefinition, note: string) =>
    setTicks((all) =>
      all.map((x) => (x.catalogue === catalogue.key && x.id === indicator.id ? { ...x, note } : x)),
    );
  const groups = groupIndicators(catalogue);
  const fold = catalogue.indicators.length >= FOLD_GROUPS_FROM && groups.length > 1;

  const rows = (indicators: IndicatorDefinition[]) => (
    <Stack gap="sm">
      {indicators.map((indicator) => (
        <IndicatorRow
          key={indicator.id}
          catalogue={catalogue.key}
          indicator={indicator}
          tick={ticks.get(tickKey(catalogue.key, indicator.id))}
          onToggle={(checked) => toggle(indicator, checked)}
          onNote={(note) => setNote(indicator, note)}
          anonymous={anonymous}
        />
      ))}
    </Stack>
  );

  if (fold) {
    return (
      <Accordion multiple variant="separated" order={4} defaultValue={[groups[0]?.key || 'other']}>
        {groups.map((group) => {
          const ticked = group.indicators.filter((i) => ticks.has(tickKey(catalogue.key, i.id))).length;
          return (
            <Accordion.Item key={group.key} value={group.key || 'other'}>
              <Accordion.Control>
                {groupLabel(group.key, language)}
                {ticked > 0 && (
                  <>
                    {' '}
                    <Badge size="sm" variant="light" c="keten.9" tt="none" component="span">
                      {t('signals.wizard.indicators.ticked', { count: ticked })}
                    </Badge>
                  </>
                )}
              </Accordion.Control>
              <Accordion.Panel>{rows(group.indicators)}</Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    );
  }
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <Stack gap="xs" key={group.key}>
          {group.key && (
            <Title order={4} size="h6" c="dimmed" tt="uppercase">
              {groupLabel(group.key, language)}
            </Title>
          )}
          {rows(group.indicators)}
        </Stack>
      ))}
    </Stack>
  );
}

export function IndicatorsStep({ state, update, anonymous, catalogues, errors, rank }: StepProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const proposedOrder = proposedCatalogues(catalogues, state.context.sector, state.person.minor, rank);
  const proposed = new Set(proposedOrder);
  const position = (key: string) =>
    proposed.has(key) ? proposedOrder.indexOf(key) : Number.MAX_SAFE_INTEGER;
  // The lists in use keep the order the user chose them in; the others show the proposed ones first.
  const inUse = state.indicators.catalogues
    .map((key) => catalogues.find((c) => c.key === key))
    .filter((c): c is CatalogueDefinition => c !== undefined);
  const others = catalogues
    .filter((c) => !state.indicators.catalogues.includes(c.key))
    .sort((a, b) => position(a.key) - position(b.key));
  const [open, setOpen] = useState<string[]>(() => state.indicators.catalogues.slice(0, 1));
  const setLists = (keys: string[]) =>
    update((s) => ({ ...s, indicators: { ...s.indicators, catalogues: keys } }));
  const tickedIn = (key: string) => state.indicators.ticks.filter((x) => x.catalogue === key).length;
  const stepError = Object.entries(errors).find(([path]) => path.startsWith('indicators.'))?.[1];

  return (
    <Stack gap="md">
      <Text>{t('signals.wizard.indicators.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('signals.wizard.indicators.noCoercionNeeded')}
      </Text>
      {state.context.sector === null && <Alert color="gray">{t('signals.wizard.indicators.noSector')}</Alert>}
      {stepError && (
        <Alert color="red" id={fieldId('indicators')}>
          {stepError}
        </Alert>
      )}
      {inUse.length > 0 && (
        <Accordion multiple variant="contained" order={3} value={open} onChange={setOpen}>
          {inUse.map((catalogue) => {
            const ticked = tickedIn(catalogue.key);
            return (
              <Accordion.Item key={catalogue.key} value={catalogue.key}>
                <Accordion.Control>
                  <Text fw={600} component="span">
                    {pick(catalogue.title, language)}
                  </Text>{' '}
                  <Badge
                    size="sm"
                    variant={ticked > 0 ? 'filled' : 'light'}
                    c={ticked > 0 ? undefined : 'keten.9'}
                    tt="none"
                    component="span"
                  >
                    {t('signals.wizard.indicators.ticked', { count: ticked })}
                  </Badge>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="md">
                    <Text size="sm">{pick(catalogue.description, language)}</Text>
                    <Group gap="xs" justify="space-between">
                      <Text size="xs" c="dimmed">
                        {t('signals.wizard.indicators.source', { source: catalogue.source.name })}
                        {catalogue.threshold !== undefined &&
                          ` · ${t('signals.wizard.indicators.threshold', { count: catalogue.threshold })}`}
                      </Text>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() =>
                          setLists(state.indicators.catalogues.filter((k) => k !== catalogue.key))
                        }
                      >
                        {t('signals.wizard.indicators.removeList', {
                          title: pick(catalogue.title, language),
                        })}
                      </Button>
                    </Group>
                    <CatalogueSigns
                      catalogue={catalogue}
                      state={state}
                      update={update}
                      anonymous={anonymous}
                    />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}
      {others.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="other-lists">
          <Title order={3} size="h5" id="other-lists">
            {t('signals.wizard.indicators.otherLists')}
          </Title>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {others.map((catalogue) => (
              <Group component="li" key={catalogue.key} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  {pick(catalogue.title, language)}
                  {proposed.has(catalogue.key) && (
                    <>
                      {' '}
                      <Badge size="xs" variant="light" color="teal" c="teal.9" component="span">
                        {t('signals.wizard.indicators.proposed')}
                      </Badge>
                    </>
                  )}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    setLists([...state.indicators.catalogues, catalogue.key]);
                    setOpen((o) => [...o, catalogue.key]);
                  }}
                  aria-label={t('signals.wizard.indicators.addListNamed', {
                    title: pick(catalogue.title, language),
                  })}
                  style={{ flexShrink: 0 }}
                >
                  {t('signals.wizard.indicators.addList')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
