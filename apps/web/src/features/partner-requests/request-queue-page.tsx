import type { Capability, ProcedureRequest, RequestKind } from '@keten/shared';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { FilterControl } from '../../components/filter-control.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { pick, useUiLanguage } from '../catalogues/localized.ts';
import {
  PROCEDURE_CONFIGS,
  configOf,
  useProcedureRequests,
  useVictimFile,
  type PresentedFile,
} from '../procedure/procedure-api.ts';
import { RequestStatus, useIsoDate } from '../procedure/procedure-bits.tsx';
import { documentName } from '../procedure/procedure-steps.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { ConfirmForm, HandOutForm, IssueForm, RequestOutcome } from './request-forms.tsx';

type QueueKey = 'documents' | 'confirmations' | 'handOuts';
const QUEUES: Record<QueueKey, { kind: RequestKind; capability: Capability }> = {
  documents: { kind: 'document', capability: 'procedure.issue_document' },
  confirmations: { kind: 'confirmation', capability: 'procedure.confirm_victim' },
  handOuts: { kind: 'hand_out', capability: 'procedure.hand_out_document' },
};
const FILTERS = ['open', 'done', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** The configuration a request was made under: the file's procedure, else the one that has its phase and document. */
function configFor(request: ProcedureRequest, file: PresentedFile | null): ProcedureConfig | null {
  const fromFile = file?.data.procedure ? configOf(file.data.procedure.country) : null;
  if (fromFile) {
    return fromFile;
  }
  return (
    Object.values(PROCEDURE_CONFIGS).find((c) =>
      c.phases.some(
        (p) =>
          p.code === request.phase &&
          (request.documentCode === null || p.document?.code === request.documentCode),
      ),
    ) ?? null
  );
}

/** Who the request is about: the reference and the identity the server lets this partner see. */
function FileHeading({ file, loading }: { file: PresentedFile | null; loading: boolean }) {
  const { t } = useTranslation();
  const date = useIsoDate();
  if (loading) {
    return <Text size="sm">{t('procedureUi.common.loadingFile')}</Text>;
  }
  if (!file) {
    return (
      <Text size="sm" c="dimmed">
        {t('procedureUi.common.fileUnavailable')}
      </Text>
    );
  }
  const name = [file.data.givenName, file.data.familyName].filter(Boolean).join(' ');
  return (
    <Stack gap={0}>
      <Text fw={700}>{`${t('procedureUi.common.file')} ${file.data.reference}`}</Text>
      {(name || file.data.birthDate || file.data.nationality) && (
        <Text size="sm">
          {[name, file.data.birthDate ? date(file.data.birthDate) : null, file.data.nationality]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

function RequestCard({ request, queue }: { request: ProcedureRequest; queue: QueueKey }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const language = useUiLanguage();
  // A handled request no longer grants access to the file (the server answers 404): not asked.
  const file = useVictimFile(request.victimFileId, request.status === 'open');
  const presented = file.data ?? null;
  const config = configFor(request, presented);
  const headingId = `request-${request.id}`;
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
      data-testid="procedure-request"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div id={headingId}>
            <FileHeading file={presented} loading={request.status === 'open' && file.isPending} />
          </div>
          <RequestStatus request={request} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('procedureUi.partner.requestedAt', {
            date: formatDate(request.requestedAt, { dateStyle: 'medium' }),
          })}
          {request.documentCode &&
            ` · ${t('procedureUi.partner.documents.document', { document: documentName(config, request, language) })}`}
          {/* The municipality sees only the document to hand out, not the procedure behind it. */}
          {config &&
            queue !== 'handOuts' &&
            ` · ${pick(config.phases.find((p) => p.code === request.phase)?.name, language)}`}
        </Text>
        {request.status === 'open' ? (
          queue === 'documents' ? (
            <IssueForm request={request} config={config} file={presented} />
          ) : queue === 'confirmations' ? (
            <ConfirmForm request={request} config={config} reference={presented?.data.reference ?? ''} />
          ) : (
            <HandOutForm request={request} config={config} />
          )
        ) : (
          <RequestOutcome request={request} />
        )}
      </Stack>
    </Paper>
  );
}

function Queue({ queue }: { queue: QueueKey }) {
  const { t } = useTranslation();
  const tx = t as unknown as (key: string) => string;
  const errorMessage = useErrorMessage();
  const [filter, setFilter] = useState<Filter>('open');
  const requests = useProcedureRequests(filter);
  const rows = (requests.data?.data ?? []).filter((r) => r.kind === QUEUES[queue].kind);
  return (
    <Stack gap="md">
      <FilterControl<Filter>
        label={t('procedureUi.partner.filter')}
        value={filter}
        onChange={setFilter}
        options={FILTERS.map((f) => ({ value: f, label: t(`procedureUi.partner.filters.${f}`) }))}
      />
      {requests.isPending ? (
        <PageLoader />
      ) : requests.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(requests.error)}
        </Alert>
      ) : rows.length === 0 ? (
        <DataTable<ProcedureRequest>
          caption={tx(`procedureUi.partner.${queue}.title`)}
          rows={[]}
          rowKey={(r) => r.id}
          rowHeader={() => null}
          rowHeaderLabel=""
          columns={[]}
          empty={{
            title: tx(`procedureUi.partner.${queue}.empty`),
            description: tx(`procedureUi.partner.${queue}.emptyHint`),
          }}
        />
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label={tx(`procedureUi.partner.${queue}.title`)}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {rows.map((r) => (
            <RequestCard key={r.id} request={r} queue={queue} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function QueuePage({ queue }: { queue: QueueKey }) {
  const { t } = useTranslation();
  const tx = t as unknown as (key: string) => string;
  useDocumentTitle(tx(`procedureUi.partner.${queue}.title`));
  return (
    <RequireCapability anyOf={[QUEUES[queue].capability]}>
      <Stack gap="lg" maw={960}>
        <Stack gap={4}>
          <Title order={1}>{tx(`procedureUi.partner.${queue}.title`)}</Title>
          <Text>{tx(`procedureUi.partner.${queue}.intro`)}</Text>
        </Stack>
        <Queue queue={queue} />
      </Stack>
    </RequireCapability>
  );
}

/** The Immigration Office: document requests from the centres. */
export const DocumentRequestsPage = () => <QueuePage queue="documents" />;
/** The reference magistrate: confirmation requests before a residence step. */
export const ConfirmationRequestsPage = () => <QueuePage queue="confirmations" />;
/** The municipality: issued documents to hand out. */
export const HandOutsPage = () => <QueuePage queue="handOuts" />;
