import { Avatar, Box, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, LogoutIcon, UserIcon } from '../../components/icons.tsx';
import classes from './user-menu.module.css';
import type { SessionUser } from './use-session.ts';

function initials(name: string): string {
  const parts = name.split(/[\s-]+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

interface UserMenuProps {
  user: SessionUser;
  onLogout: () => void;
  loggingOut: boolean;
}

/**
 * Who is signed in (name and organisation, also read out to screen readers) and the account menu:
 * profile and sign-out. On a phone only the initials show; the name is in the menu.
 */
export function UserMenu({ user, onLogout, loggingOut }: UserMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target} data-testid="session-user">
          <Avatar size={32} radius="xl" color="keten" aria-hidden="true">
            {initials(user.displayName)}
          </Avatar>
          <Box className={classes.names} visibleFrom="sm" aria-hidden="true">
            <Text size="sm" fw={600} truncate>
              {user.displayName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {user.organisationName}
            </Text>
          </Box>
          <VisuallyHidden>
            <span>{t('session.signedInAs', { name: user.displayName })}</span>,{' '}
            <span>{t('session.organisation', { organisation: user.organisationName })}</span>.{' '}
            <span>{t('session.menu')}</span>
          </VisuallyHidden>
          <ChevronDownIcon size={16} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py="xs" hiddenFrom="sm">
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {user.organisationName}
          </Text>
        </Box>
        <Menu.Divider hiddenFrom="sm" />
        <Menu.Item component={Link} to="/profile" leftSection={<UserIcon size={16} />}>
          {t('session.profile')}
        </Menu.Item>
        <Menu.Item
          leftSection={<LogoutIcon size={16} />}
          onClick={onLogout}
          disabled={loggingOut}
          closeMenuOnClick
        >
          {t('session.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
