import type { SessionListItem } from '@keten/shared';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PHONE_QUERY } from '../../components/responsive.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { describeUserAgent } from '../../lib/user-agent.ts';
import { PageLoader } from '../session/require-session.tsx';
import { useLogout } from '../session/use-session.ts';
import { useMySessions, useRevokeMySession } from './profile-api.ts';

function useDescribeSession() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (session: SessionListItem) => {
    const { browser, system } = describeUserAgent(session.userAgent);
    const device =
      browser && system
        ? t('sessions.browserOnSystem', { browser, system })
        : (browser ?? system ?? t('sessions.unknownDevice'));
    return {
      device,
      method: t(`sessions.methods.${session.authMethod}`, { defaultValue: session.authMethod }),
      started: when(session.createdAt),
      lastSeen: when(session.lastSeenAt),
      ip: session.ip ?? '—',
    };
  };
}

/** My sessions, with "this device" marked and a way to end the others (after confirmation). */
export function SessionsSection() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const sessions = useMySessions();
  const revoke = useRevokeMySession();
  const logout = useLogout();
  const describe = useDescribeSession();
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  const [target, setTarget] = useState<SessionListItem | null>(null);
  const [revokedDevice, setRevokedDevice] = useState<string | null>(null);

  if (sessions.isPending) {
    return <PageLoader />;
  }
  if (sessions.isError) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(sessions.error)}
      </Alert>
    );
  }

  const action = (session: SessionListItem) =>
    session.current ? (
      <Button size="xs" variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
        {t('session.logout')}
      </Button>
    ) : (
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={() => {
          revoke.reset();
          setTarget(session);
        }}
      >
        {t('sessions.revoke')}
        <VisuallyHidden>: {describe(session).device}</VisuallyHidden>
      </Button>
    );

  const currentBadge = (
    <Badge color="green" variant="light">
      {t('sessions.thisDevice')}
    </Badge>
  );

  return (
    <Stack gap="sm">
      <div role="status">
        {revokedDevice && (
          <Alert
            color="green"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setRevokedDevice(null)}
          >
            {t('sessions.revoked', { device: revokedDevice })}
          </Alert>
        )}
      </div>
      {phone ? (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sessions.data.map((session) => {
            const d = describe(session);
            return (
              <Card component="li" key={session.id} withBorder padding="sm">
                <Group justify="space-between" gap="xs" mb={4}>
                  <Text fw={600}>{d.device}</Text>
                  {session.current && currentBadge}
                </Group>
                <Text size="sm">{t('sessions.lastSeenValue', { date: d.lastSeen })}</Text>
                <Text size="sm" c="dimmed">
                  {t('sessions.startedValue', { date: d.started })} · {d.method} · {d.ip}
                </Text>
                <Group mt="xs">{action(session)}</Group>
              </Card>
            );
          })}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped highlightOnHover>
            <Table.Caption>{t('sessions.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.device')}</Table.Th>
                <Table.Th scope="col">{t('sessions.method')}</Table.Th>
                <Table.Th scope="col">{t('sessions.started')}</Table.Th>
                <Table.Th scope="col">{t('sessions.lastSeen')}</Table.Th>
                <Table.Th scope="col">{t('sessions.ip')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((session) => {
                const d = describe(session);
                return (
                  <Table.Tr key={session.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs">
                        {d.device}
                        {session.current && currentBadge}
                      </Group>
                    </Table.Th>
                    <Table.Td>{d.method}</Table.Td>
                    <Table.Td>{d.started}</Table.Td>
                    <Table.Td>{d.lastSeen}</Table.Td>
                    <Table.Td>{d.ip}</Table.Td>
                    <Table.Td ta="end">{action(session)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={target !== null}
        title={t('sessions.confirmTitle')}
        confirmLabel={t('sessions.revoke')}
        destructive
        pending={revoke.isPending}
        error={revoke.error}
        onClose={() => setTarget(null)}
        onConfirm={() => {
          if (!target) {
            return;
          }
          const device = describe(target).device;
          revoke.mutate(target.id, {
            onSuccess: () => {
              setTarget(null);
              setRevokedDevice(device);
            },
          });
        }}
      >
        {target &&
          t('sessions.confirmBody', { device: describe(target).device, date: describe(target).lastSeen })}
      </ConfirmDialog>
    </Stack>
  );
}
