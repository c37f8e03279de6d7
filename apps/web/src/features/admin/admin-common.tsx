import { ROLES, type Capability, type Role } from '@keten/shared';
import { Alert, Badge, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { useSessionUser } from '../session/use-session.ts';
import { adminTarget, useAdminOrganisations, type AdminTarget } from './admin-api.ts';

/** The frame of an administration page: the capability check, the title and an introduction. */
export function AdminPage({
  anyOf,
  title,
  intro,
  actions,
  children,
}: {
  anyOf: readonly Capability[];
  title: string;
  intro?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <RequireCapability anyOf={anyOf}>
      <Stack gap="lg" maw={1200}>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={4} maw={760}>
            <Title order={1}>{title}</Title>
            {intro && <Text>{intro}</Text>}
          </Stack>
          {actions}
        </Group>
        {children}
      </Stack>
    </RequireCapability>
  );
}

/** A query's failure, in the user's language. */
export function QueryError({ error }: { error: unknown }) {
  const errorMessage = useErrorMessage();
  return (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}

export function LoadingOr<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };
  children: (data: T) => ReactNode;
}) {
  if (query.isError) {
    return <QueryError error={query.error} />;
  }
  if (query.isPending || query.data === undefined) {
    return <PageLoader />;
  }
  return children(query.data);
}

/**
 * Whose users and requests this page shows. An organisation administrator sees their own; a
 * platform administrator chooses an organisation (kept in the address, so the page can be shared).
 */
export function useUserAdminTarget(organisationId: string | undefined): {
  target: AdminTarget;
  needsChoice: boolean;
} {
  const user = useSessionUser();
  const own = Boolean(user?.capabilities.includes('org.users.manage')) && !organisationId;
  const platform = Boolean(user?.capabilities.includes('platform.users.manage'));
  return { target: adminTarget(own, organisationId), needsChoice: platform && !own };
}

/** Platform administrators: the organisation to administer (searchable). */
export function OrganisationPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (organisationId: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const organisations = useAdminOrganisations();
  return (
    <Select
      label={t('admin.organisationPicker.label')}
      description={t('admin.organisationPicker.help')}
      placeholder={organisations.isPending ? t('common.loading') : t('admin.organisationPicker.placeholder')}
      data={(organisations.data ?? []).map((o) => ({
        value: o.id,
        label: `${o.name} — ${t(`organisationTypes.${o.type}`)}`,
      }))}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      searchable
      clearable
      nothingFoundMessage={t('admin.organisationPicker.nothingFound')}
      maw={520}
      error={organisations.isError ? t('errors.unavailable') : undefined}
    />
  );
}

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('admin.users.noRoles')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" tt="none" size="sm">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * The roles an administrator may give, limited to what the organisation's type allows (the server
 * sends `allowedRoles`; ROLES_BY_ORGANISATION_TYPE). Each role says in a line what it is for.
 */
export function RolePicker({
  allowed,
  value,
  onChange,
  error,
  label,
}: {
  allowed: readonly Role[];
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  label?: string;
}) {
  const { t } = useTranslation();
  // In the order of the role list, whatever order the server sent.
  const options = ROLES.filter((role) => allowed.includes(role));
  return (
    <Checkbox.Group
      label={label ?? t('admin.roles.label')}
      description={t('admin.roles.help')}
      value={value}
      onChange={(next) => onChange(ROLES.filter((role) => next.includes(role)))}
      error={error}
      withAsterisk
    >
      <Stack gap="sm" mt="xs">
        {options.map((role) => (
          <Checkbox
            key={role}
            value={role}
            label={t(`roles.${role}`)}
            description={t(`roleDescriptions.${role}`)}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/**
 * Someone else saved a change first (409). Shows what the record looks like now next to what the
 * user wanted, and lets them apply their change again on top of it — nothing they chose is lost.
 */
export function ConflictNotice({ current, mine }: { current: ReactNode; mine: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('admin.conflict.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('admin.conflict.body')}</Text>
        <div>
          <Text size="sm" fw={700}>
            {t('admin.conflict.current')}
          </Text>
          {current}
        </div>
        <div>
          <Text size="sm" fw={700}>
            {t('admin.conflict.mine')}
          </Text>
          {mine}
        </div>
      </Stack>
    </Alert>
  );
}
