import { UI_LANGUAGES, isUiLanguage, type UiLanguage } from '@keten/shared';
import { Alert, Badge, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import classes from './profile-page.module.css';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import { PageLoader } from '../session/require-session.tsx';
import { useChangeLanguage, useLastLanguageSave } from '../session/use-change-language.ts';
import { useSessionUser, type SessionUser } from '../session/use-session.ts';
import { SecuritySection } from './security-section.tsx';
import { SessionsSection } from './sessions-section.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} radius="md" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function AccountDetails({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('profile.account.name'), user.displayName],
    [t('profile.account.email'), user.email],
    [t('profile.account.organisation'), user.organisationName],
    [
      t('profile.account.roles'),
      <Group gap={6} key="roles">
        {user.roles.length === 0
          ? t('profile.account.noRoles')
          : user.roles.map((role) => (
              <Badge key={role} variant="light" tt="none">
                {t(`roles.${role}`)}
              </Badge>
            ))}
      </Group>,
    ],
  ];
  return (
    <dl className={classes.details}>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <Text component="dt" fw={600}>
            {label}
          </Text>
          <Text component="dd">{value}</Text>
        </Fragment>
      ))}
    </dl>
  );
}

/** The language of the interface and of Keten's e-mails, saved for the user on every device. */
function LanguageChoice({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { change } = useChangeLanguage();
  const save = useLastLanguageSave();
  return (
    <Stack gap="sm">
      <Radio.Group
        name="language"
        label={t('profile.language.label')}
        description={t('profile.language.help')}
        value={user.language}
        onChange={(value) => {
          if (isUiLanguage(value) && value !== user.language) {
            change(value);
          }
        }}
      >
        <Group gap="lg" mt="xs">
          {UI_LANGUAGES.map((language: UiLanguage) => (
            <Radio
              key={language}
              value={language}
              label={<span lang={language}>{LANGUAGE_NAMES[language]}</span>}
            />
          ))}
        </Group>
      </Radio.Group>
      <div role="status" aria-live="polite">
        {save.status === 'success' && (
          <Text size="sm" c="green.9">
            {t('profile.language.saved')}
          </Text>
        )}
      </div>
      {save.status === 'error' && (
        <Alert color="red" role="alert">
          {t('profile.language.saveFailed')} {errorMessage(save.error)}
        </Alert>
      )}
    </Stack>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.pageTitle'));
  const user = useSessionUser();
  if (!user) {
    return <PageLoader />;
  }
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('profile.title')}</Title>
      <Section id="profile-account" title={t('profile.account.title')}>
        <AccountDetails user={user} />
        <Text size="sm" c="dimmed" mt="sm">
          {t('profile.account.changeHelp')}
        </Text>
      </Section>
      <Section id="profile-language" title={t('profile.language.title')}>
        <LanguageChoice user={user} />
      </Section>
      <Section id="profile-sessions" title={t('sessions.title')}>
        <Text size="sm" mb="sm">
          {t('sessions.intro')}
        </Text>
        <SessionsSection />
      </Section>
      <Section id="profile-security" title={t('profile.security.title')}>
        <SecuritySection user={user} />
      </Section>
    </Stack>
  );
}
