import {
  USER_STATUSES,
  UpdateUserSchema,
  type AdminSession,
  type AdminUser,
  type Role,
  type UserStatus,
} from '@keten/shared';
import { Alert, Badge, Button, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { FilterControl } from '../../components/filter-control.tsx';
import { ChevronDownIcon } from '../../components/icons.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useForm } from '../../lib/use-form.ts';
import { describeUserAgent } from '../../lib/user-agent.ts';
import { useSessionUser } from '../session/use-session.ts';
import {
  fetchAdminUser,
  useAdminUsers,
  useResendInvitation,
  useResetUserMfa,
  useRevokeAllUserSessions,
  useRevokeUserSession,
  useUpdateUser,
  useUserSessions,
  type AdminTarget,
} from './admin-api.ts';
import {
  AdminPage,
  ConflictNotice,
  LoadingOr,
  OrganisationPicker,
  RoleBadges,
  RolePicker,
  useUserAdminTarget,
} from './admin-common.tsx';

const route = getRouteApi('/signed-in/admin/users');

const STATUS_COLOURS: Record<UserStatus, string> = { invited: 'blue', active: 'green', disabled: 'gray' };

function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" tt="none">
      {t(`admin.users.statuses.${status}`)}
    </Badge>
  );
}

/** The reasons the server refuses a user change (422/403), in words. */
function useUserErrorMessage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const byReason: Record<string, string> = {
    own_account: t('admin.users.errors.ownAccount'),
    role_not_allowed: t('admin.users.errors.roleNotAllowed'),
    platform_admin_role: t('admin.users.errors.platformAdminRole'),
    user_disabled: t('admin.users.errors.userDisabled'),
    not_invited: t('admin.users.errors.notInvited'),
  };
  return (error: unknown) => {
    const reason = error instanceof ApiError ? error.reason : undefined;
    return (reason !== undefined ? byReason[reason] : undefined) ?? errorMessage(error);
  };
}

/**
 * Changing a user's roles. On a 409 the dialog loads the user as they are now, shows their current
 * roles next to the chosen ones, and offers to save the choice again on top of the new version.
 */
export function EditRolesDialog({
  user,
  target,
  onClose,
  onDone,
}: {
  user: AdminUser;
  target: AdminTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useUserErrorMessage();
  const update = useUpdateUser(target);
  const form = useForm<{ roles: Role[] }>({ roles: user.roles });
  const [version, setVersion] = useState(user.version);
  const [current, setCurrent] = useState<AdminUser | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);

  const save = (roles: Role[], atVersion: number) => {
    update.mutate(
      { id: user.id, body: { version: atVersion, roles } },
      {
        onSuccess: (saved) => onDone(t('admin.users.rolesSaved', { name: saved.displayName })),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            fetchAdminUser(target, user.id).then(
              (now) => {
                setCurrent(now);
                setVersion(now.version);
              },
              (failure: unknown) => setReloadError(failure),
            );
          }
        },
      },
    );
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(
      t,
      UpdateUserSchema,
      { roles: { required: 'admin.roles.required' } },
      {
        version,
        roles: form.values.roles,
      },
    );
    if (body?.roles) {
      save(body.roles, body.version);
    }
  };

  const conflict = update.error instanceof ApiError && update.error.status === 409;
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('admin.users.editRolesTitle', { name: user.displayName })}
      size="lg"
    >
      <form id={form.id} onSubmit={submit} noValidate>
        <Stack gap="md">
          {conflict && current && (
            <ConflictNotice
              current={
                <Stack gap={4}>
                  <RoleBadges roles={current.roles} />
                  <Text size="sm">
                    {t('admin.users.status')}: {t(`admin.users.statuses.${current.status}`)}
                  </Text>
                </Stack>
              }
              mine={<RoleBadges roles={form.values.roles} />}
            />
          )}
          {conflict && reloadError !== null && (
            <Alert color="red" role="alert">
              {errorMessage(reloadError)}
            </Alert>
          )}
          {update.isError && !conflict && (
            <Alert color="red" role="alert">
              {errorMessage(update.error)}
            </Alert>
          )}
          <RolePicker
            allowed={current?.allowedRoles ?? user.allowedRoles}
            value={form.values.roles}
            onChange={(roles) => form.setValue('roles', roles)}
            error={form.errors.roles}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {conflict ? t('admin.conflict.discard') : t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={conflict && !current}>
              {conflict ? t('admin.conflict.reapply') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** Disable or enable: asks first, and on a 409 asks again with the user's current state. */
function StatusDialog({
  user,
  target,
  onClose,
  onDone,
}: {
  user: AdminUser;
  target: AdminTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useUserErrorMessage();
  const update = useUpdateUser(target);
  const [current, setCurrent] = useState<AdminUser>(user);
  const [conflicted, setConflicted] = useState(false);
  const disable = user.status !== 'disabled';

  const confirm = () => {
    update.mutate(
      { id: user.id, body: { version: current.version, disabled: disable } },
      {
        onSuccess: (saved) =>
          onDone(t(disable ? 'admin.users.disabled' : 'admin.users.enabled', { name: saved.displayName })),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            void fetchAdminUser(target, user.id).then((now) => {
              setCurrent(now);
              setConflicted(true);
              update.reset();
            });
          }
        },
      },
    );
  };

  return (
    <ConfirmDialog
      opened
      title={t(disable ? 'admin.users.disableTitle' : 'admin.users.enableTitle', { name: user.displayName })}
      confirmLabel={
        conflicted ? t('admin.conflict.reapply') : t(disable ? 'admin.users.disable' : 'admin.users.enable')
      }
      destructive={disable}
      pending={update.isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Stack gap="sm">
        {conflicted && (
          <ConflictNotice
            current={
              <Text size="sm">
                {t(`admin.users.statuses.${current.status}`)} · <RoleBadges roles={current.roles} />
              </Text>
            }
            mine={<Text size="sm">{t(disable ? 'admin.users.disable' : 'admin.users.enable')}</Text>}
          />
        )}
        <Text>
          {t(disable ? 'admin.users.disableBody' : 'admin.users.enableBody', { name: user.displayName })}
        </Text>
        {update.isError && !(update.error instanceof ApiError && update.error.status === 409) && (
          <Text size="sm" c="red.8">
            {errorMessage(update.error)}
          </Text>
        )}
      </Stack>
    </ConfirmDialog>
  );
}

function SessionsDialog({
  user,
  target,
  onClose,
}: {
  user: AdminUser;
  target: AdminTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const sessions = useUserSessions(target, user.id);
  const revoke = useRevokeUserSession(target);
  const revokeAll = useRevokeAllUserSessions(target);
  const [confirming, setConfirming] = useState<AdminSession | 'all' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const device = (s: AdminSession) => {
    const { browser, system } = describeUserAgent(s.userAgent);
    return browser && system
      ? t('sessions.browserOnSystem', { browser, system })
      : (browser ?? system ?? t('sessions.unknownDevice'));
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('admin.users.sessionsTitle', { name: user.displayName })}
      size="xl"
    >
      <Stack gap="md">
        <div role="status">{done && <Alert color="green">{done}</Alert>}</div>
        <LoadingOr query={sessions}>
          {(rows) =>
            rows.length === 0 ? (
              <Text>{t('admin.users.noSessions')}</Text>
            ) : (
              <>
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing="xs">
                    <Table.Caption>{t('admin.users.sessionsCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('sessions.device')}</Table.Th>
                        <Table.Th scope="col">{t('sessions.lastSeen')}</Table.Th>
                        <Table.Th scope="col">{t('sessions.ip')}</Table.Th>
                        <Table.Th scope="col">{t('common.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((s) => (
                        <Table.Tr key={s.id}>
                          <Table.Th scope="row" fw={500}>
                            {device(s)}
                          </Table.Th>
                          <Table.Td>
                            {formatDate(s.lastSeenAt, { dateStyle: 'medium', timeStyle: 'short' })}
                          </Table.Td>
                          <Table.Td>{s.ip ?? '—'}</Table.Td>
                          <Table.Td>
                            <Button size="xs" variant="light" color="red" onClick={() => setConfirming(s)}>
                              {t('sessions.revoke')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Button color="red" variant="outline" w="fit-content" onClick={() => setConfirming('all')}>
                  {t('admin.users.revokeAll')}
                </Button>
              </>
            )
          }
        </LoadingOr>
      </Stack>
      <ConfirmDialog
        opened={confirming !== null}
        title={confirming === 'all' ? t('admin.users.revokeAllTitle') : t('sessions.confirmTitle')}
        confirmLabel={confirming === 'all' ? t('admin.users.revokeAll') : t('sessions.revoke')}
        destructive
        pending={revoke.isPending || revokeAll.isPending}
        error={revoke.error ?? revokeAll.error ?? undefined}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming === 'all') {
            revokeAll.mutate(user.id, {
              onSuccess: ({ revoked }) => {
                setConfirming(null);
                setDone(t('admin.users.revokedAll', { count: revoked }));
              },
            });
          } else if (confirming) {
            revoke.mutate(
              { userId: user.id, sessionId: confirming.id },
              {
                onSuccess: () => {
                  setConfirming(null);
                  setDone(t('sessions.revoked', { device: device(confirming) }));
                },
              },
            );
          }
        }}
      >
        {confirming === 'all'
          ? t('admin.users.revokeAllBody', { name: user.displayName })
          : confirming &&
            t('sessions.confirmBody', {
              device: device(confirming),
              date: formatDate(confirming.lastSeenAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
      </ConfirmDialog>
    </AppModal>
  );
}

type Dialog = { kind: 'roles' | 'status' | 'sessions' | 'mfa' | 'invite'; user: AdminUser } | null;

function SimpleActionDialog({
  dialog,
  target,
  onClose,
  onDone,
}: {
  dialog: { kind: 'mfa' | 'invite'; user: AdminUser };
  target: AdminTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useUserErrorMessage();
  const reset = useResetUserMfa(target);
  const resend = useResendInvitation(target);
  const { user } = dialog;
  const mutation = dialog.kind === 'mfa' ? reset : resend;
  return (
    <ConfirmDialog
      opened
      title={t(dialog.kind === 'mfa' ? 'admin.users.mfaResetTitle' : 'admin.users.resendTitle', {
        name: user.displayName,
      })}
      confirmLabel={t(dialog.kind === 'mfa' ? 'admin.users.mfaReset' : 'admin.users.resend')}
      destructive={dialog.kind === 'mfa'}
      pending={mutation.isPending}
      onClose={onClose}
      onConfirm={() => {
        const message = t(dialog.kind === 'mfa' ? 'admin.users.mfaResetDone' : 'admin.users.resendDone', {
          name: user.displayName,
          email: user.email,
        });
        if (dialog.kind === 'mfa') {
          reset.mutate(user.id, { onSuccess: () => onDone(message) });
        } else {
          resend.mutate(user.id, { onSuccess: () => onDone(message) });
        }
      }}
    >
      <Stack gap="sm">
        <Text>
          {t(dialog.kind === 'mfa' ? 'admin.users.mfaResetBody' : 'admin.users.resendBody', {
            email: user.email,
          })}
        </Text>
        {mutation.isError && (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        )}
      </Stack>
    </ConfirmDialog>
  );
}

function UserActions({
  user,
  self,
  onAction,
}: {
  user: AdminUser;
  self: boolean;
  onAction: (dialog: Dialog) => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" rightSection={<ChevronDownIcon size={14} />}>
          {t('common.actions')}
          <VisuallyHidden>: {user.displayName}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {self && <Menu.Label>{t('admin.users.ownAccountHint')}</Menu.Label>}
        <Menu.Item disabled={self} onClick={() => onAction({ kind: 'roles', user })}>
          {t('admin.users.editRoles')}
        </Menu.Item>
        {user.status === 'invited' && (
          <Menu.Item onClick={() => onAction({ kind: 'invite', user })}>{t('admin.users.resend')}</Menu.Item>
        )}
        {user.status === 'active' && !self && (
          <Menu.Item onClick={() => onAction({ kind: 'mfa', user })}>{t('admin.users.mfaReset')}</Menu.Item>
        )}
        <Menu.Item onClick={() => onAction({ kind: 'sessions', user })}>
          {t('admin.users.sessions')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          disabled={self}
          color={user.status === 'disabled' ? undefined : 'red'}
          onClick={() => onAction({ kind: 'status', user })}
        >
          {user.status === 'disabled' ? t('admin.users.enable') : t('admin.users.disable')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const me = useSessionUser();
  const search = route.useSearch();
  const navigate = useNavigate();
  const { target, needsChoice } = useUserAdminTarget(search.organisation);
  const [status, setStatus] = useState<UserStatus | 'all'>('all');
  const users = useAdminUsers(target, status);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setDialog(null);
    setDone(message);
  };

  return (
    <AdminPage
      anyOf={['org.users.manage', 'platform.users.manage']}
      title={t('admin.users.title')}
      intro={t('admin.users.intro')}
    >
      {needsChoice && (
        <OrganisationPicker
          value={search.organisation}
          onChange={(organisation) => void navigate({ to: '/admin/users', search: { organisation } })}
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
            label={t('admin.users.statusFilter')}
            value={status}
            onChange={setStatus}
            options={[
              { value: 'all' as const, label: t('admin.users.statuses.all') },
              ...USER_STATUSES.map((s) => ({ value: s, label: t(`admin.users.statuses.${s}`) })),
            ]}
          />
          <LoadingOr query={users}>
            {(rows) => (
              <DataTable
                caption={t('admin.users.caption')}
                rows={rows}
                rowKey={(u) => u.id}
                rowHeaderNoWrap
                rowHeaderLabel={t('admin.users.person')}
                rowHeader={(u) => (
                  <Stack gap={0}>
                    <span>{u.displayName}</span>
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {u.email}
                    </Text>
                  </Stack>
                )}
                empty={{ title: t('admin.users.empty') }}
                minWidth={880}
                columns={[
                  {
                    key: 'roles',
                    header: t('admin.users.roles'),
                    render: (u) => <RoleBadges roles={u.roles} />,
                  },
                  {
                    key: 'status',
                    header: t('admin.users.status'),
                    render: (u) => <StatusBadge status={u.status} />,
                  },
                  {
                    key: 'mfa',
                    header: t('admin.users.mfa'),
                    render: (u) => (u.mfaEnrolled ? t('admin.users.mfaYes') : t('admin.users.mfaNo')),
                  },
                  {
                    key: 'lastLogin',
                    header: t('admin.users.lastLogin'),
                    render: (u) =>
                      u.lastLoginAt
                        ? formatDate(u.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' })
                        : t('admin.users.never'),
                  },
                  {
                    key: 'actions',
                    header: t('common.actions'),
                    hiddenHeader: true,
                    align: 'end',
                    render: (u) => <UserActions user={u} self={u.id === me?.id} onAction={setDialog} />,
                  },
                ]}
              />
            )}
          </LoadingOr>
        </Stack>
      )}
      {dialog?.kind === 'roles' && (
        <EditRolesDialog user={dialog.user} target={target} onClose={() => setDialog(null)} onDone={finish} />
      )}
      {dialog?.kind === 'status' && (
        <StatusDialog user={dialog.user} target={target} onClose={() => setDialog(null)} onDone={finish} />
      )}
      {dialog?.kind === 'sessions' && (
        <SessionsDialog user={dialog.user} target={target} onClose={() => setDialog(null)} />
      )}
      {(dialog?.kind === 'mfa' || dialog?.kind === 'invite') && (
        <SimpleActionDialog
          dialog={{ kind: dialog.kind, user: dialog.user }}
          target={target}
          onClose={() => setDialog(null)}
          onDone={finish}
        />
      )}
    </AdminPage>
  );
}
