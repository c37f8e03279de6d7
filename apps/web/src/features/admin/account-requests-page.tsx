import {
  ACCOUNT_REQUEST_STATUSES,
  ApproveAccountRequestSchema,
  RefuseAccountRequestSchema,
  type AccountRequest,
  type AccountRequestStatus,
  type Role,
} from '@keten/shared';
import { Alert, Button, Group, Spoiler, Stack, Text, Textarea } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { FilterControl } from '../../components/filter-control.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import { useFormat } from '../../lib/format.ts';
import { useForm } from '../../lib/use-form.ts';
import {
  useAccountRequests,
  useApproveAccountRequest,
  useRefuseAccountRequest,
  type AdminTarget,
} from './admin-api.ts';
import { AdminPage, LoadingOr, OrganisationPicker, RolePicker, useUserAdminTarget } from './admin-common.tsx';

const route = getRouteApi('/signed-in/admin/account-requests');

function ApproveDialog({
  request,
  target,
  onClose,
  onDone,
}: {
  request: AccountRequest;
  target: AdminTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const approve = useApproveAccountRequest(target);
  const form = useForm<{ roles: Role[] }>({ roles: [] });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, ApproveAccountRequestSchema, {
      roles: { required: 'admin.roles.required' },
    });
    if (body) {
      approve.mutate(
        { id: request.id, roles: body.roles },
        {
          onSuccess: () => onDone(t('admin.requests.approved', { name: request.name, email: request.email })),
        },
      );
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('admin.requests.approveTitle', { name: request.name })}
      size="lg"
    >
      <form id={form.id} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('admin.requests.approveHelp', { email: request.email })}</Text>
          {approve.isError && (
            <Alert color="red" role="alert">
              {errorMessage(approve.error)}
            </Alert>
          )}
          <RolePicker
            allowed={request.allowedRoles}
            value={form.values.roles}
            onChange={(roles) => form.setValue('roles', roles)}
            error={form.errors.roles}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={approve.isPending}>
              {t('admin.requests.approveSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function RefuseDialog({
  request,
  target,
  onClose,
  onDone,
}: {
  request: AccountRequest;
  target: AdminTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const refuse = useRefuseAccountRequest(target);
  const form = useForm({ reason: '' });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, RefuseAccountRequestSchema, {
      reason: { required: 'admin.requests.reasonRequired' },
    });
    if (body) {
      refuse.mutate(
        { id: request.id, reason: body.reason },
        { onSuccess: () => onDone(t('admin.requests.refused', { name: request.name })) },
      );
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('admin.requests.refuseTitle', { name: request.name })}
      size="lg"
    >
      <form id={form.id} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('admin.requests.refuseHelp', { language: LANGUAGE_NAMES[request.language] })}
          </Text>
          {refuse.isError && (
            <Alert color="red" role="alert">
              {errorMessage(refuse.error)}
            </Alert>
          )}
          <Textarea
            {...form.textProps('reason')}
            label={t('admin.requests.reason')}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={refuse.isPending}>
              {t('admin.requests.refuseSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

type Dialog = { kind: 'approve' | 'refuse'; request: AccountRequest } | null;

export function AccountRequestsPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { target, needsChoice } = useUserAdminTarget(search.organisation);
  const [status, setStatus] = useState<AccountRequestStatus>('pending');
  const requests = useAccountRequests(target, status);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<string | null>(null);

  const finish = (message: string) => {
    setDialog(null);
    setDone(message);
  };

  return (
    <AdminPage
      anyOf={['org.users.manage', 'platform.users.manage']}
      title={t('admin.requests.title')}
      intro={t('admin.requests.intro')}
    >
      {needsChoice && (
        <OrganisationPicker
          value={search.organisation}
          onChange={(organisation) =>
            void navigate({ to: '/admin/account-requests', search: { organisation } })
          }
        />
      )}
      <div role="status">
        {done && (
          <Alert
            color="green"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setDone(null)}
          >
            {done}
          </Alert>
        )}
      </div>
      {target && (
        <Stack gap="md">
          <FilterControl
            label={t('admin.requests.statusFilter')}
            value={status}
            onChange={setStatus}
            options={ACCOUNT_REQUEST_STATUSES.map((s) => ({
              value: s,
              label: t(`admin.requests.statuses.${s}`),
            }))}
          />
          <LoadingOr query={requests}>
            {(rows) => (
              <DataTable
                caption={t('admin.requests.caption', { status: t(`admin.requests.statuses.${status}`) })}
                rows={rows}
                rowKey={(r) => r.id}
                rowHeaderNoWrap
                rowHeaderLabel={t('admin.requests.person')}
                rowHeader={(r) => (
                  <Stack gap={0}>
                    <span>{r.name}</span>
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {r.email}
                    </Text>
                  </Stack>
                )}
                empty={{
                  title: t(`admin.requests.empty.${status}`),
                  description: status === 'pending' ? t('admin.requests.emptyHelp') : undefined,
                }}
                columns={[
                  { key: 'jobTitle', header: t('admin.requests.jobTitle'), render: (r) => r.jobTitle },
                  {
                    key: 'reason',
                    header: t('admin.requests.motivation'),
                    render: (r) => (
                      <Spoiler
                        maxHeight={66}
                        showLabel={t('common.showMore')}
                        hideLabel={t('common.showLess')}
                      >
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {r.reason}
                        </Text>
                      </Spoiler>
                    ),
                  },
                  {
                    key: 'date',
                    header: t('admin.requests.received'),
                    render: (r) => formatDate(r.createdAt, { dateStyle: 'medium' }),
                  },
                  ...(status === 'refused'
                    ? [
                        {
                          key: 'refusal',
                          header: t('admin.requests.reason'),
                          render: (r: AccountRequest) => r.refusalReason ?? '—',
                        },
                      ]
                    : []),
                  ...(status === 'pending'
                    ? [
                        {
                          key: 'actions',
                          header: t('common.actions'),
                          hiddenHeader: true,
                          align: 'end' as const,
                          render: (r: AccountRequest) => (
                            <Group gap="xs" justify="flex-end" wrap="nowrap">
                              <Button size="xs" onClick={() => setDialog({ kind: 'approve', request: r })}>
                                {t('admin.requests.approve')}
                              </Button>
                              <Button
                                size="xs"
                                variant="light"
                                color="red"
                                onClick={() => setDialog({ kind: 'refuse', request: r })}
                              >
                                {t('admin.requests.refuse')}
                              </Button>
                            </Group>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </LoadingOr>
        </Stack>
      )}
      {dialog?.kind === 'approve' && (
        <ApproveDialog
          request={dialog.request}
          target={target}
          onClose={() => setDialog(null)}
          onDone={finish}
        />
      )}
      {dialog?.kind === 'refuse' && (
        <RefuseDialog
          request={dialog.request}
          target={target}
          onClose={() => setDialog(null)}
          onDone={finish}
        />
      )}
    </AdminPage>
  );
}
