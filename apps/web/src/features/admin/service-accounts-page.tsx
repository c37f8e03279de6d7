import {
  CreateServiceAccountSchema,
  SERVICE_CAPABILITIES,
  type ServiceAccount,
  type ServiceAccountToken,
} from '@keten/shared';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { CheckIcon, CopyIcon } from '../../components/icons.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useForm } from '../../lib/use-form.ts';
import {
  useAdminOrganisations,
  useCreateServiceAccount,
  useDisableServiceAccount,
  useIssueApiToken,
  useRevokeApiToken,
  useServiceAccounts,
} from './admin-api.ts';
import { AdminPage, LoadingOr } from './admin-common.tsx';

function CreateDialog({ onClose, onDone }: { onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const organisations = useAdminOrganisations();
  const create = useCreateServiceAccount();
  const form = useForm<{ organisationId: string; name: string; capabilities: string[] }>({
    organisationId: '',
    name: '',
    capabilities: [],
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, CreateServiceAccountSchema, {
      organisationId: {
        required: 'admin.serviceAccounts.organisationRequired',
        invalid: 'admin.serviceAccounts.organisationRequired',
      },
      capabilities: { required: 'admin.serviceAccounts.capabilitiesRequired' },
    });
    if (body) {
      create.mutate(body, {
        onSuccess: (saved) => onDone(t('admin.serviceAccounts.created', { name: saved.name })),
      });
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('admin.serviceAccounts.newTitle')} size="lg">
      <form id={form.id} onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.isError && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Select
            label={t('admin.serviceAccounts.organisation')}
            data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={form.values.organisationId || null}
            onChange={(value) => form.setValue('organisationId', value ?? '')}
            error={form.errors.organisationId}
            searchable
            required
          />
          <TextInput
            {...form.textProps('name')}
            label={t('admin.serviceAccounts.name')}
            description={t('admin.serviceAccounts.nameHelp')}
            required
          />
          <Checkbox.Group
            label={t('admin.serviceAccounts.capabilities')}
            description={t('admin.serviceAccounts.capabilitiesHelp')}
            value={form.values.capabilities}
            onChange={(value) => form.setValue('capabilities', value)}
            error={form.errors.capabilities}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {SERVICE_CAPABILITIES.map((capability) => (
                <Checkbox key={capability} value={capability} label={t(`capabilities.${capability}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.serviceAccounts.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** A new token, shown this once: copy it, and confirm it is stored before closing. */
function IssuedToken({ token, onClose }: { token: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const [missing, setMissing] = useState(false);
  return (
    <Stack gap="sm">
      <Alert color="orange" title={t('recoveryCodes.onceTitle')}>
        {t('admin.serviceAccounts.tokenOnce')}
      </Alert>
      <Code block data-testid="issued-token" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
        {token}
      </Code>
      <CopyButton value={token} timeout={3000}>
        {({ copied, copy }) => (
          <Button
            variant="default"
            w="fit-content"
            onClick={copy}
            leftSection={copied ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
          >
            {copied ? t('common.copied') : t('admin.serviceAccounts.copyToken')}
          </Button>
        )}
      </CopyButton>
      <Checkbox
        checked={stored}
        onChange={(event) => {
          setStored(event.currentTarget.checked);
          setMissing(false);
        }}
        label={t('admin.serviceAccounts.tokenStored')}
        error={missing ? t('admin.serviceAccounts.tokenStoredRequired') : undefined}
      />
      <Button
        w="fit-content"
        onClick={() => {
          if (stored) {
            onClose();
          } else {
            setMissing(true);
          }
        }}
      >
        {t('common.done')}
      </Button>
    </Stack>
  );
}

function TokensDialog({ account, onClose }: { account: ServiceAccount; onClose: () => void }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const errorMessage = useErrorMessage();
  const issue = useIssueApiToken();
  const revoke = useRevokeApiToken();
  const [expiry, setExpiry] = useState('');
  const [issued, setIssued] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ServiceAccountToken | null>(null);
  const date = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'medium' }) : '—');

  return (
    <AppModal
      opened
      onClose={() => {
        if (!issued) {
          onClose();
        }
      }}
      withCloseButton={!issued}
      title={t('admin.serviceAccounts.tokensTitle', { name: account.name })}
      size="xl"
    >
      {issued ? (
        <IssuedToken token={issued} onClose={() => setIssued(null)} />
      ) : (
        <Stack gap="md">
          {account.tokens.length === 0 ? (
            <Text>{t('admin.serviceAccounts.noTokens')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="xs">
                <Table.Caption>{t('admin.serviceAccounts.tokensCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.serviceAccounts.prefix')}</Table.Th>
                    <Table.Th scope="col">{t('admin.serviceAccounts.createdAt')}</Table.Th>
                    <Table.Th scope="col">{t('admin.serviceAccounts.lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('admin.serviceAccounts.expires')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {account.tokens.map((token) => (
                    <Table.Tr key={token.id}>
                      <Table.Th scope="row">
                        <Code>{token.prefix}…</Code>
                      </Table.Th>
                      <Table.Td>{date(token.createdAt)}</Table.Td>
                      <Table.Td>{date(token.lastUsedAt)}</Table.Td>
                      <Table.Td>{date(token.expiresAt)}</Table.Td>
                      <Table.Td ta="end">
                        {token.revokedAt ? (
                          <Badge color="gray" variant="light" tt="none">
                            {t('admin.serviceAccounts.revoked')}
                          </Badge>
                        ) : (
                          <Button size="xs" variant="light" color="red" onClick={() => setRevoking(token)}>
                            {t('admin.serviceAccounts.revoke')}
                            <VisuallyHidden>: {token.prefix}</VisuallyHidden>
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {account.disabledAt === null && (
            <Stack gap="xs">
              {issue.isError && (
                <Alert color="red" role="alert">
                  {errorMessage(issue.error)}
                </Alert>
              )}
              <Group align="flex-end" gap="sm">
                <TextInput
                  type="date"
                  label={t('admin.serviceAccounts.expiry')}
                  description={t('admin.serviceAccounts.expiryHelp')}
                  value={expiry}
                  onChange={(event) => setExpiry(event.currentTarget.value)}
                />
                <Button
                  loading={issue.isPending}
                  onClick={() =>
                    issue.mutate(
                      {
                        id: account.id,
                        expiresAt: expiry ? new Date(`${expiry}T23:59:59`).toISOString() : null,
                      },
                      { onSuccess: ({ token }) => setIssued(token) },
                    )
                  }
                >
                  {t('admin.serviceAccounts.issue')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={revoking !== null}
        title={t('admin.serviceAccounts.revokeTitle')}
        confirmLabel={t('admin.serviceAccounts.revoke')}
        destructive
        pending={revoke.isPending}
        error={revoke.error ?? undefined}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) {
            revoke.mutate({ id: account.id, tokenId: revoking.id }, { onSuccess: () => setRevoking(null) });
          }
        }}
      >
        {t('admin.serviceAccounts.revokeBody', { prefix: revoking?.prefix ?? '' })}
      </ConfirmDialog>
    </AppModal>
  );
}

export function ServiceAccountsPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const accounts = useServiceAccounts();
  const organisations = useAdminOrganisations();
  const disable = useDisableServiceAccount();
  const [creating, setCreating] = useState(false);
  const [tokensOf, setTokensOf] = useState<string | null>(null);
  const [disabling, setDisabling] = useState<ServiceAccount | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const organisationName = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? '—';
  const tokensAccount = accounts.data?.find((a) => a.id === tokensOf) ?? null;

  return (
    <AdminPage
      anyOf={['platform.service_accounts.manage']}
      title={t('admin.serviceAccounts.title')}
      intro={t('admin.serviceAccounts.intro')}
      actions={<Button onClick={() => setCreating(true)}>{t('admin.serviceAccounts.new')}</Button>}
    >
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
      <LoadingOr query={accounts}>
        {(rows) => (
          <DataTable
            caption={t('admin.serviceAccounts.caption')}
            rows={rows}
            rowKey={(a) => a.id}
            rowHeaderLabel={t('admin.serviceAccounts.name')}
            rowHeader={(a) => a.name}
            empty={{
              title: t('admin.serviceAccounts.empty'),
              description: t('admin.serviceAccounts.emptyHelp'),
            }}
            columns={[
              {
                key: 'organisation',
                header: t('admin.serviceAccounts.organisation'),
                render: (a) => organisationName(a.organisationId),
              },
              {
                key: 'capabilities',
                header: t('admin.serviceAccounts.capabilities'),
                render: (a) => (
                  <Group gap={4}>
                    {a.capabilities.map((c) => (
                      <Badge key={c} variant="light" tt="none" size="sm">
                        {(SERVICE_CAPABILITIES as readonly string[]).includes(c)
                          ? t(`capabilities.${c as (typeof SERVICE_CAPABILITIES)[number]}`)
                          : c}
                      </Badge>
                    ))}
                  </Group>
                ),
              },
              {
                key: 'tokens',
                header: t('admin.serviceAccounts.activeTokens'),
                render: (a) => String(a.tokens.filter((tk) => tk.revokedAt === null).length),
              },
              {
                key: 'created',
                header: t('admin.serviceAccounts.createdAt'),
                render: (a) => formatDate(a.createdAt, { dateStyle: 'medium' }),
              },
              {
                key: 'status',
                header: t('admin.users.status'),
                render: (a) =>
                  a.disabledAt ? (
                    <Badge color="gray" variant="light" tt="none">
                      {t('admin.serviceAccounts.disabled')}
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light" tt="none">
                      {t('admin.serviceAccounts.active')}
                    </Badge>
                  ),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                hiddenHeader: true,
                align: 'end',
                render: (a) => (
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setTokensOf(a.id)}>
                      {t('admin.serviceAccounts.tokens')}
                      <VisuallyHidden>: {a.name}</VisuallyHidden>
                    </Button>
                    {a.disabledAt === null && (
                      <Button size="xs" variant="light" color="red" onClick={() => setDisabling(a)}>
                        {t('admin.serviceAccounts.disable')}
                        <VisuallyHidden>: {a.name}</VisuallyHidden>
                      </Button>
                    )}
                  </Group>
                ),
              },
            ]}
          />
        )}
      </LoadingOr>
      {creating && (
        <CreateDialog
          onClose={() => setCreating(false)}
          onDone={(message) => {
            setCreating(false);
            setDone(message);
          }}
        />
      )}
      {tokensAccount && <TokensDialog account={tokensAccount} onClose={() => setTokensOf(null)} />}
      <ConfirmDialog
        opened={disabling !== null}
        title={t('admin.serviceAccounts.disableTitle', { name: disabling?.name ?? '' })}
        confirmLabel={t('admin.serviceAccounts.disable')}
        destructive
        pending={disable.isPending}
        error={disable.error ?? undefined}
        onClose={() => setDisabling(null)}
        onConfirm={() => {
          if (disabling) {
            disable.mutate(disabling.id, {
              onSuccess: () => {
                setDone(t('admin.serviceAccounts.disabledDone', { name: disabling.name }));
                setDisabling(null);
              },
            });
          }
        }}
      >
        {t('admin.serviceAccounts.disableBody')}
      </ConfirmDialog>
    </AdminPage>
  );
}
