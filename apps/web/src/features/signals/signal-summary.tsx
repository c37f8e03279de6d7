import type { CatalogueDefinition } from '@keten/shared';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { pick, useUiLanguage } from '../catalogues/localized.ts';
import { StrengthBadge } from '../catalogues/strength-badge.tsx';
import { formatPhone, telHref } from './phone-format.ts';
import { labelOf, useCountryOptions, useDistrictOptions, useLanguageOptions } from './reference-api.ts';
import type { SignalData } from './signal-api.ts';
import { useVocabulary } from './vocabulary.ts';

export type SummarySection = 'context' | 'person' | 'indicators' | 'forms' | 'traces' | 'consent';

/** What a summary shows: the presented signal's fields (any may be absent: the server cut them). */
export type SummaryData = Partial<
  Omit<SignalData, 'id' | 'reference' | 'kind' | 'status' | 'version' | 'createdAt'>
>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') {
    return null;
  }
  return (
    <div>
      <Text component="dt" size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function Section({
  id,
  title,
  onEdit,
  editLabel,
  order,
  note,
  children,
}: {
  id: string;
  title: string;
  onEdit?: (() => void) | undefined;
  editLabel: string;
  order: 2 | 3;
  /** A remark shown above the values ("identity removed", "none"). */
  note?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Title order={order} size="h5" id={id}>
          {title}
        </Title>
        {onEdit && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={onEdit}
            aria-label={`${editLabel}: ${title}`}
            style={{ flexShrink: 0 }}
          >
            {editLabel}
          </Button>
        )}
      </Group>
      {note && (
        <Text size="sm" mb={children ? 'xs' : 0}>
          {note}
        </Text>
      )}
      {children && (
        <Stack gap={8} component="dl" m={0}>
          {children}
        </Stack>
      )}
    </Paper>
  );
}

interface SignalSummaryProps {
  data: SummaryData;
  /** The lists whose texts name the ticks (the version the signal used). */
  catalogues: readonly CatalogueDefinition[];
  onEdit?: (section: SummarySection) => void;
  /** Shown in place of identity when it was removed (anonymous notification). */
  identityNote?: string | undefined;
  idPrefix?: string;
  /** 3 under a step heading (the wizard's review), 2 directly under the page title. */
  headingLevel?: 2 | 3;
}

/** The signal, section by section, as the reporter checks it or as triage reads it. */
export function SignalSummary({
  data,
  catalogues,
  onEdit,
  identityNote,
  idPrefix = 'summary',
  headingLevel = 3,
}: SignalSummaryProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { formatDate } = useFormat();
  const v = useVocabulary();
  const districts = useDistrictOptions();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  const edit = (section: SummarySection) => (onEdit ? () => onEdit(section) : undefined);
  const yesNo = (value: boolean | null | undefined) =>
    value === undefined
      ? null
      : value === null
        ? t('signals.vocab.yesNo.unknown')
        : t(`signals.vocab.yesNo.${value ? 'yes' : 'no'}`);
  const name = [data.givenName, data.familyName].filter(Boolean).join(' ');
  const byKey = new Map(catalogues.map((c) => [c.key, c]));
  const ticks = data.indicators ?? [];
  const ticksByCatalogue = new Map<string, typeof ticks>();
  for (const tick of ticks) {
    ticksByCatalogue.set(tick.catalogue, [...(ticksByCatalogue.get(tick.catalogue) ?? []), tick]);
  }
  const editLabel = t('signals.summary.edit');

  return (
    <Stack gap="sm">
      <Section
        id={`${idPrefix}-context`}
        title={t('signals.wizard.steps.context')}
        onEdit={edit('context')}
        order={headingLevel}
        editLabel={editLabel}
      >
        <Row label={t('signals.wizard.context.immediateDanger')}>{yesNo(data.immediateDanger)}</Row>
        <Row label={t('signals.wizard.context.encounteredOn')}>
          {data.encounteredOn ? formatDate(data.encounteredOn) : null}
        </Row>
        <Row label={t('signals.wizard.context.sector')}>{data.sector ? v.sector(data.sector) : null}</Row>
        <Row label={t('signals.wizard.context.howEncountered')}>
          {data.howEncountered ? v.howEncountered(data.howEncountered) : null}
        </Row>
        <Row label={t('signals.wizard.context.district')}>
          {data.judicialDistrict === null
            ? t('signals.wizard.context.districtUnknown')
            : labelOf(districts.options, data.judicialDistrict)}
        </Row>
        <Row label={t('signals.wizard.context.municipality')}>{data.municipality}</Row>
        <Row label={t('signals.wizard.context.narrative')}>{data.narrative}</Row>
      </Section>

      <Section
        id={`${idPrefix}-person`}
        title={t('signals.wizard.steps.person')}
        onEdit={edit('person')}
        order={headingLevel}
        editLabel={editLabel}
        note={identityNote}
      >
        <Row label={t('signals.summary.name')}>{name}</Row>
        <Row label={t('signals.wizard.person.aliases')}>{data.aliases}</Row>
        <Row label={t('signals.wizard.person.birthDate')}>
          {data.birthDate ? formatDate(data.birthDate) : null}
        </Row>
        <Row label={t('signals.wizard.person.documentNumber')}>{data.documentNumber}</Row>
        <Row label={t('signals.wizard.person.minor')}>{data.minor ? v.tri(data.minor) : null}</Row>
        <Row label={t('signals.summary.ageBand')}>
          {data.ageBand && data.ageBand !== 'unknown' ? data.ageBand : null}
        </Row>
        <Row label={t('signals.wizard.person.unaccompanied')}>
          {data.unaccompanied ? v.tri(data.unaccompanied) : null}
        </Row>
        <Row label={t('signals.wizard.person.gender')}>{data.gender ? v.gender(data.gender) : null}</Row>
        <Row label={t('signals.wizard.person.nationality')}>
          {data.nationality === null
            ? t('signals.wizard.person.nationalityUnknown')
            : labelOf(countries.options, data.nationality)}
        </Row>
        <Row label={t('signals.wizard.person.languages')}>
          {data.languages && data.languages.length > 0
            ? data.languages.map((l) => labelOf(languages.options, l)).join(', ')
            : null}
        </Row>
        <Row label={t('signals.wizard.person.interpreterNeeded')}>{yesNo(data.interpreterNeeded)}</Row>
        <Row label={t('signals.wizard.person.personCount')}>
          {data.personCount !== undefined ? String(data.personCount) : null}
        </Row>
      </Section>

      <Section
        id={`${idPrefix}-indicators`}
        title={t('signals.wizard.steps.indicators')}
        onEdit={edit('indicators')}
        order={headingLevel}
        editLabel={editLabel}
        note={ticks.length === 0 ? t('signals.summary.noIndicators') : undefined}
      >
        {ticks.length > 0 &&
          [...ticksByCatalogue.entries()].map(([key, list]) => {
            const catalogue = byKey.get(key);
            const version = list[0]?.version ?? catalogue?.version;
            return (
              <div key={key}>
                <Text component="dt" size="xs" fw={600} c="dimmed">
                  {catalogue ? pick(catalogue.title, language) : key}
                  {version !== undefined && ` · ${t('signals.summary.version', { version })}`}
                </Text>
                <Text component="dd" m={0}>
                  <List size="sm" spacing={4}>
                    {list.map((tick) => {
                      const indicator = catalogue?.indicators.find((i) => i.id === tick.id);
                      return (
                        <List.Item key={tick.id}>
                          {indicator ? pick(indicator.text, language) : tick.id}
                          {indicator?.strength && (
                            <>
                              {' '}
                              <StrengthBadge strength={indicator.strength} />
                            </>
                          )}
                          {tick.note && (
                            <Text size="sm" c="dimmed" component="span" display="block">
                              {t('signals.summary.note', { note: tick.note })}
                            </Text>
                          )}
                        </List.Item>
                      );
                    })}
                  </List>
                </Text>
              </div>
            );
          })}
      </Section>

      <Section
        id={`${idPrefix}-forms`}
        title={t('signals.wizard.steps.forms')}
        onEdit={edit('forms')}
        order={headingLevel}
        editLabel={editLabel}
      >
        <Row label={t('signals.wizard.forms.legend')}>
          {data.forms
            ? data.forms.length > 0
              ? data.forms.map((f) => v.form(f)).join(', ')
              : t('signals.summary.none')
            : null}
        </Row>
        <Row label={t('signals.wizard.forms.smugglingLegend')}>
          {data.smuggling ? v.smuggling(data.smuggling) : null}
        </Row>
        <Row label={t('signals.wizard.forms.country')}>
          {data.exploitationCountry === null
            ? t('signals.wizard.forms.countryUnknown')
            : labelOf(countries.options, data.exploitationCountry)}
        </Row>
      </Section>

      {data.traces !== undefined && (
        <Section
          id={`${idPrefix}-traces`}
          title={t('signals.wizard.steps.traces')}
          onEdit={edit('traces')}
          order={headingLevel}
          editLabel={editLabel}
          note={data.traces.length === 0 ? t('signals.summary.none') : undefined}
        >
          {data.traces.length > 0 &&
            data.traces.map((trace, n) => (
              <Row key={trace.id || n} label={v.traceKind(trace.kind)}>
                {trace.kind === 'phone' ? (
                  <Anchor href={telHref(trace.value)}>{formatPhone(trace.value)}</Anchor>
                ) : (
                  trace.value
                )}
                {trace.note ? ` — ${trace.note}` : ''}
              </Row>
            ))}
        </Section>
      )}

      {data.consent !== undefined && (
        <Section
          id={`${idPrefix}-consent`}
          title={t('signals.wizard.steps.consent')}
          onEdit={edit('consent')}
          order={headingLevel}
          editLabel={editLabel}
        >
          <Row label={t('signals.summary.consent')}>{v.consent(data.consent)}</Row>
        </Section>
      )}
    </Stack>
  );
}
