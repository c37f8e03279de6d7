import {
  ATTACHMENT_SECTIONS,
  AttachmentListSchema,
  type Attachment,
  type AttachmentSection,
} from '@keten/shared';
import { Alert, Button, FileInput, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { apiGet, apiRequest, isApiError } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { PageLoader } from '../session/require-session.tsx';
import { useSession } from '../session/use-session.ts';
import { errorOf, saveDownload } from './raw-request.ts';
import { RuleError } from './rule-error.tsx';
import { victimFileKey, type PresentedFile } from './victim-file-api.ts';

const attachmentsKey = (fileId: string) => [...victimFileKey(fileId), 'attachments'] as const;

/** Attachments of a file: only those in sections the viewer sees (the server filters); upload and delete as allowed. */
export function AttachmentsSection({ fileId, file }: { fileId: string; file: PresentedFile }) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormat();
  const session = useSession();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: attachmentsKey(fileId),
    queryFn: ({ signal }) => apiGet(`/api/victim-files/${fileId}/attachments`, AttachmentListSchema, signal),
  });
  const sections = ATTACHMENT_SECTIONS.filter((s) => file.sections.includes(s));
  const canUpload = file.actions.includes('update') && sections.length > 0;
  const [section, setSection] = useState<AttachmentSection>(sections[0] ?? 'ID');
  const [chosen, setChosen] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [inputKey, setInputKey] = useState(0);
  const size = (bytes: number) =>
    bytes >= 1_048_576
      ? `${formatNumber(bytes / 1_048_576, { maximumFractionDigits: 1 })} MB`
      : `${formatNumber(Math.ceil(bytes / 1024))} kB`;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: victimFileKey(fileId) });
  };

  const upload = async () => {
    setDone(null);
    setError(null);
    if (!chosen) {
      setFileError(t('cases.attachments.chooseFile'));
      document.getElementById('attachment-file')?.focus();
      return;
    }
    setPending(true);
    try {
      const params = new URLSearchParams({ fileName: chosen.name, section });
      const response = await fetch(`/api/victim-files/${fileId}/attachments?${params.toString()}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/octet-stream',
          'x-csrf-token': session.data?.csrfToken ?? '',
          Accept: 'application/json',
        },
        body: chosen,
      });
      if (!response.ok) {
        setError(await errorOf(response));
        return;
      }
      setChosen(null);
      setInputKey((k) => k + 1);
      setDone(t('cases.attachments.uploaded'));
      refresh();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  const download = async (a: Attachment) => {
    setError(null);
    const response = await fetch(`/api/victim-files/${fileId}/attachments/${a.id}`, {
      credentials: 'same-origin',
    });
    if (!response.ok) {
      setError(await errorOf(response));
      return;
    }
    await saveDownload(response, a.fileName);
  };

  const tooLarge = isApiError(error, 'payload_too_large');
  const maxBytes =
    tooLarge && typeof (error.details as { maxBytes?: unknown } | undefined)?.maxBytes === 'number'
      ? (error.details as { maxBytes: number }).maxBytes
      : null;

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="attachments-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="attachments-heading">
            {t('cases.attachments.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('cases.attachments.help')}
          </Text>
          {list.isPending && <PageLoader />}
          {list.isError && <RuleError error={list.error} />}
          {list.isSuccess && (
            <DataTable<Attachment>
              caption={t('cases.attachments.caption')}
              rows={list.data.data}
              rowKey={(a) => a.id}
              rowHeaderLabel={t('cases.attachments.name')}
              rowHeader={(a) => (
                <Button
                  variant="subtle"
                  px={0}
                  size="compact-sm"
                  onClick={() => void download(a)}
                  aria-label={t('cases.attachments.download', { name: a.fileName })}
                  style={{ whiteSpace: 'normal', height: 'auto', textAlign: 'start' }}
                >
                  {a.fileName}
                </Button>
              )}
              empty={{ title: t('cases.attachments.empty') }}
              minWidth={560}
              columns={[
                {
                  key: 'section',
                  header: t('cases.attachments.section'),
                  render: (a) => t(`cases.attachments.sectionNames.${a.section}`),
                },
                {
                  key: 'size',
                  header: t('cases.attachments.size'),
                  render: (a) => `${a.fileType.toUpperCase()} · ${size(a.sizeBytes)}`,
                },
                {
                  key: 'added',
                  header: t('cases.attachments.added'),
                  render: (a) => formatDate(a.createdAt, { dateStyle: 'medium' }),
                },
                {
                  key: 'actions',
                  header: t('cases.inbox.actions'),
                  hiddenHeader: true,
                  align: 'end',
                  render: (a) =>
                    a.canDelete ? (
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        onClick={() => {
                          setDeleteError(null);
                          setDeleting(a);
                        }}
                        aria-label={`${t('cases.attachments.delete')}: ${a.fileName}`}
                      >
                        {t('cases.attachments.delete')}
                      </Button>
                    ) : null,
                },
              ]}
            />
          )}
        </Stack>
      </Paper>
      {canUpload && (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="attach-heading">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void upload();
            }}
          >
            <Stack gap="sm">
              <Title order={2} size="h4" id="attach-heading">
                {t('cases.attachments.upload')}
              </Title>
              <NativeSelect
                label={t('cases.attachments.section')}
                value={section}
                data={sections.map((s) => ({ value: s, label: t(`cases.attachments.sectionNames.${s}`) }))}
                onChange={(e) => setSection(e.currentTarget.value as AttachmentSection)}
              />
              <FileInput
                key={inputKey}
                id="attachment-file"
                label={t('cases.attachments.file')}
                required
                accept=".pdf,.jpg,.jpeg,.png,.docx,.odt"
                value={chosen}
                error={fileError}
                clearable
                onChange={(f) => {
                  setChosen(f);
                  setFileError(undefined);
                }}
              />
              {tooLarge ? (
                <Alert color="red" role="alert">
                  {t('cases.attachments.tooLarge', { size: maxBytes === null ? '—' : size(maxBytes) })}
                </Alert>
              ) : (
                <RuleError error={error} />
              )}
              {done && (
                <Alert color="green" role="status" py={6}>
                  {done}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={pending}>
                  {t('cases.attachments.upload')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('cases.attachments.deleteTitle')}
        confirmLabel={t('cases.attachments.delete')}
        destructive
        error={deleteError ?? undefined}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) {
            return;
          }
          apiRequest(`/api/victim-files/${fileId}/attachments/${deleting.id}`, { method: 'DELETE' })
            .then(() => {
              setDeleting(null);
              setDone(t('cases.attachments.deleted'));
              refresh();
            })
            .catch((e: unknown) => setDeleteError(e));
        }}
      >
        {deleting ? t('cases.attachments.deleteBody', { name: deleting.fileName }) : ''}
      </ConfirmDialog>
    </Stack>
  );
}
