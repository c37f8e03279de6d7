import { HTCDS_EXTENSION_PREFIX, HtcdsImportReportSchema, type HtcdsFormat, type HtcdsImportReport } from '@keten/shared/exports';
import { Alert, Anchor, Button, Card, Group, Input, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { apiRequest } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { RequireCapability } from '../session/require-session.tsx';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { ScrollTable } from '../statistics/stat-table-view.tsx';

const REASONS = [
  'not_text',
  'too_long',
  'not_a_list',
  'not_in_value_set',
  'not_an_iso_3166_country_code',
  'unknown_extension_field',
  'field_not_supported',
  'expected_kind_colon_number',
  'not_an_iso_639_code',
  'required_when_closed',
  'only_exploitation_events_are_stored',
  'date_in_future',
  'not_a_date',
  'keten_holds_one_citizenship',
  'not_an_email_address',
  'no_belgian_form_of_exploitation',
] as const;

/** The server's reason codes in the user's language; an unknown code is shown as it is. */
export function htcdsReason(t: TFunction, reason: string): string {
  return (REASONS as readonly string[]).includes(reason) ? t(`statisticsUi.htcds.reasons.${reason as (typeof REASONS)[number]}`) : reason;
}

export function HtcdsPage() {
  return (
    <RequireCapability anyOf={['record.read', 'record.write']}>
      <HtcdsScreen />
    </RequireCapability>
  );
}

function HtcdsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('statisticsUi.htcds.pageTitle'));
  const canImport = hasAnyCapability(useSessionUser(), ['record.write']);
  return (
    <Stack gap="lg" py="md">
      <Stack gap={4}>
        <Title order={1}>{t('statisticsUi.htcds.title')}</Title>
        <Text c="dimmed">{t('statisticsUi.htcds.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('exports.htcds.extensionNote')}
        </Text>
      </Stack>
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="htcds-export">
        <Title order={2} size="h3" mb="sm" id="htcds-export">
          {t('statisticsUi.htcds.exportHeading')}
        </Title>
        <Group gap="md">
          <Anchor href="/api/htcds/victim-files?format=json" download>
            {t('statisticsUi.htcds.exportJson')}
          </Anchor>
          <Anchor href="/api/htcds/victim-files?format=csv" download>
            {t('statisticsUi.htcds.exportCsv')}
          </Anchor>
        </Group>
      </Card>
      {canImport ? <ImportCard /> : null}
    </Stack>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<HtcdsFormat>('json');
  const [missing, setMissing] = useState(false);
  const run = useMutation({
    mutationFn: async (input: { file: File; format: HtcdsFormat }) =>
      apiRequest('/api/htcds/victim-files/import', { method: 'POST', body: { format: input.format, content: await input.file.text() }, parser: HtcdsImportReportSchema }),
  });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="htcds-import">
      <Title order={2} size="h3" mb="sm" id="htcds-import">
        {t('statisticsUi.htcds.importHeading')}
      </Title>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!file) {
            setMissing(true);
            return;
          }
          run.mutate({ file, format });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Input.Wrapper id={fileId} label={t('statisticsUi.htcds.file')} error={missing ? t('statisticsUi.htcds.noFile') : undefined} required>
            <input
              id={fileId}
              type="file"
              accept=".json,.csv,application/json,text/csv"
              aria-invalid={missing}
              aria-describedby={missing ? `${fileId}-error` : undefined}
              style={{ display: 'block', marginTop: 4 }}
              onChange={(e) => {
                const chosen = e.currentTarget.files?.[0] ?? null;
                setFile(chosen);
                setMissing(false);
                if (chosen?.name.toLowerCase().endsWith('.csv')) {
                  setFormat('csv');
                } else if (chosen?.name.toLowerCase().endsWith('.json')) {
                  setFormat('json');
                }
              }}
            />
          </Input.Wrapper>
          <NativeSelect
            label={t('statisticsUi.htcds.format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value === 'csv' ? 'csv' : 'json')}
            data={[
              { value: 'json', label: 'JSON' },
              { value: 'csv', label: 'CSV' },
            ]}
          />
        </SimpleGrid>
        {run.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(run.error)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={run.isPending}>
            {t('statisticsUi.htcds.start')}
          </Button>
        </Group>
      </Stack>
      {run.data ? <Report report={run.data} /> : null}
    </Card>
  );
}

function Report({ report }: { report: HtcdsImportReport }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  return (
    <Stack gap="sm" mt="md" role="status" data-testid="htcds-report">
      <Title order={3} size="h4">
        {t('statisticsUi.htcds.reportHeading')}
      </Title>
      <Text fw={600}>
        {t('exports.htcds.report', { imported: formatNumber(report.rowsImported), read: formatNumber(report.rowsRead), rejected: formatNumber(report.rowsRejected) })}
      </Text>
      {report.errors.length === 0 ? (
        <Text c="dimmed">{t('statisticsUi.htcds.noErrors')}</Text>
      ) : (
        <ScrollTable label={t('statisticsUi.htcds.errorsCaption')} minWidth={480}>
          <Table striped withTableBorder verticalSpacing={4} fz="sm">
            <Table.Caption>{t('statisticsUi.htcds.errorsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statisticsUi.htcds.row')}</Table.Th>
                <Table.Th scope="col">{t('statisticsUi.htcds.field')}</Table.Th>
                <Table.Th scope="col">{t('statisticsUi.htcds.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.field}-${e.reason}`}>
                  <Table.Th scope="row" fw={500}>
                    {e.row}
                  </Table.Th>
                  <Table.Td>
                    <Text span ff="monospace" fz="sm" c={e.field.startsWith(HTCDS_EXTENSION_PREFIX) ? 'grape.9' : undefined}>
                      {e.field}
                    </Text>
                  </Table.Td>
                  <Table.Td>{htcdsReason(t, e.reason)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {report.imported.length > 0 ? (
        <ScrollTable label={t('statisticsUi.htcds.importedCaption')} minWidth={320}>
          <Table striped withTableBorder verticalSpacing={4} fz="sm">
            <Table.Caption>{t('statisticsUi.htcds.importedCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('statisticsUi.htcds.row')}</Table.Th>
                <Table.Th scope="col">{t('statisticsUi.htcds.reference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.imported.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={500}>
                    {r.row}
                  </Table.Th>
                  <Table.Td>{r.reference}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Stack>
  );
}
