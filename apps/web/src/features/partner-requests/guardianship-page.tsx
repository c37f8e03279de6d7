import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { apiGet } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { localToday, useProcedureAction, useVictimFile } from '../procedure/procedure-api.ts';
import { useIsoDate, useTx } from '../procedure/procedure-bits.tsx';
import { GuardianForm } from '../procedure/procedure-panel.tsx';
import { refusalMessage, validatePastDate } from '../procedure/procedure-steps.ts';
import { isApiError } from '../../lib/api.ts';
import { useUiLanguage } from '../catalogues/localized.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';

const FileListSchema = z.object({
  data: z.array(
    z.object({ id: z.string(), reference: z.string(), status: z.string(), relationship: z.string() }),
  ),
});

/** Files shared with my organisation (reference and status only; the server scopes). */
function useSharedFiles() {
  return useQuery({
    queryKey: ['victim-files', 'list'],
    queryFn: ({ signal }) => apiGet('/api/victim-files', FileListSchema, signal),
  });
}

function MinorFile({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const errorMessage = useErrorMessage();
  const date = useIsoDate();
  const file = useVictimFile(fileId);
  const action = useProcedureAction(fileId);
  const today = localToday();
  const [name, setName] = useState('');
  const [appointedOn, setAppointedOn] = useState(today);
  const [errors, setErrors] = useState<{ name?: string | undefined; appointedOn?: string | undefined }>({});
  if (file.isPending) {
    return null;
  }
  if (file.isError) {
    return null;
  }
  const f = file.data.data;
  const procedure = f.procedure;
  if (f.minor === 'no' || !file.data.actions.includes('record_guardian')) {
    return null;
  }
  const headingId = `guardian-${fileId}`;
  const name0 = [f.givenName, f.familyName].filter(Boolean).join(' ');
  const failure = action.isError
    ? ((isApiError(action.error) ? refusalMessage(tx, action.error.details, null, language) : null) ??
      errorMessage(action.error))
    : null;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <div id={headingId}>
          <Text fw={700}>{`${t('procedureUi.common.file')} ${f.reference}`}</Text>
          {name0 && (
            <Text size="sm">
              {[name0, f.birthDate ? date(f.birthDate) : null, f.nationality].filter(Boolean).join(' · ')}
            </Text>
          )}
        </div>
        {procedure?.guardianName ? (
          <Text>
            {t('procedureUi.partner.guardianship.recorded', {
              name: procedure.guardianName,
              date: procedure.guardianAppointedOn ? date(procedure.guardianAppointedOn) : '',
            })}
          </Text>
        ) : (
          <Text c="dimmed">{t('procedureUi.panel.guardianNone')}</Text>
        )}
        <GuardianForm
          name={name}
          appointedOn={appointedOn}
          errors={errors}
          today={today}
          pending={action.isPending}
          failure={failure}
          onName={setName}
          onDate={setAppointedOn}
          onSubmit={() => {
            const d = validatePastDate(appointedOn, localToday());
            const next = {
              name: name.trim() === '' ? t('procedureUi.validation.required') : undefined,
              appointedOn: d ? tx(`procedureUi.validation.${d}`) : undefined,
            };
            setErrors(next);
            if (!next.name && !next.appointedOn) {
              action.mutate(
                { kind: 'guardian', body: { guardianName: name.trim(), appointedOn } },
                { onSuccess: () => setName('') },
              );
            }
          }}
        />
      </Stack>
    </Paper>
  );
}

/** The Guardianship Service: files of minors referred to it, to record the appointed guardian. */
export function GuardianshipPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('procedureUi.partner.guardianship.title'));
  const files = useSharedFiles();
  const shared = (files.data?.data ?? []).filter(
    (f) => f.relationship !== 'owner' && f.relationship !== 'none',
  );
  return (
    <RequireCapability anyOf={['procedure.record_guardian']}>
      <Stack gap="lg" maw={960}>
        <Stack gap={4}>
          <Title order={1}>{t('procedureUi.partner.guardianship.title')}</Title>
          <Text>{t('procedureUi.partner.guardianship.intro')}</Text>
        </Stack>
        {files.isPending ? (
          <PageLoader />
        ) : files.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(files.error)}
          </Alert>
        ) : shared.length === 0 ? (
          <DataTable
            caption={t('procedureUi.partner.guardianship.title')}
            rows={[]}
            rowKey={() => ''}
            rowHeader={() => null}
            rowHeaderLabel=""
            columns={[]}
            empty={{
              title: t('procedureUi.partner.guardianship.empty'),
              description: t('procedureUi.partner.guardianship.emptyHint'),
            }}
          />
        ) : (
          <Stack
            gap="sm"
            component="ul"
            aria-label={t('procedureUi.partner.guardianship.title')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {shared.map((f) => (
              <MinorFile key={f.id} fileId={f.id} />
            ))}
          </Stack>
        )}
      </Stack>
    </RequireCapability>
  );
}
