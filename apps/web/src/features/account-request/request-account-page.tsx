import {
  CreateAccountRequestSchema,
  ORGANISATION_TYPES,
  UI_LANGUAGES,
  isUiLanguage,
  type PublicOrganisation,
} from '@keten/shared';
import { Alert, Button, List, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../app/router-links.tsx';
import { NarrowPage } from '../../components/narrow-page.tsx';
import { ThrottleNotice } from '../../components/throttle-notice.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { LANGUAGE_NAMES, currentLanguage } from '../../lib/i18n.ts';
import { useCountdown } from '../../lib/use-countdown.ts';
import { useForm } from '../../lib/use-form.ts';
import { useCreateAccountRequest, usePublicOrganisations } from './account-request-api.ts';

/** Organisations grouped by kind (in the user's language), each group sorted by name. */
function useOrganisationOptions(organisations: PublicOrganisation[] | undefined) {
  const { t, i18n } = useTranslation();
  if (!organisations) {
    return [];
  }
  const collator = new Intl.Collator(i18n.language);
  return ORGANISATION_TYPES.map((type) => ({
    group: t(`organisationTypes.${type}`),
    items: organisations
      .filter((o) => o.type === type)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((o) => ({ value: o.id, label: o.name })),
  })).filter((group) => group.items.length > 0);
}

function RequestSent({ organisation, email }: { organisation: string; email: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Stack gap="md" align="flex-start">
      <Title order={2} size="h3" ref={heading} tabIndex={-1}>
        {t('accountRequest.sent.title')}
      </Title>
      <Text>{t('accountRequest.sent.body', { organisation, email })}</Text>
      <List spacing="xs">
        <List.Item>{t('accountRequest.sent.next1')}</List.Item>
        <List.Item>{t('accountRequest.sent.next2')}</List.Item>
        <List.Item>{t('accountRequest.sent.next3')}</List.Item>
      </List>
      <ButtonLink to="/login" variant="default">
        {t('accountRequest.sent.toLogin')}
      </ButtonLink>
    </Stack>
  );
}

export function RequestAccountPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const organisations = usePublicOrganisations();
  const options = useOrganisationOptions(organisations.data);
  const create = useCreateAccountRequest();
  const countdown = useCountdown();
  const [sent, setSent] = useState<{ organisation: string; email: string } | null>(null);
  const form = useForm({
    organisationId: '',
    name: '',
    email: '',
    jobTitle: '',
    reason: '',
    language: currentLanguage(),
  });
  const organisationName = (id: string) => organisations.data?.find((o) => o.id === id)?.name ?? '';

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, CreateAccountRequestSchema, {
      organisationId: {
        required: 'accountRequest.organisationRequired',
        invalid: 'accountRequest.organisationRequired',
      },
      name: { required: 'accountRequest.nameRequired' },
      email: { required: 'accountRequest.emailRequired' },
      jobTitle: { required: 'accountRequest.jobTitleRequired' },
      reason: { required: 'accountRequest.reasonRequired' },
    });
    if (!body) {
      return;
    }
    create.mutate(body, {
      onSuccess: () => setSent({ organisation: organisationName(body.organisationId), email: body.email }),
      onError: (error) => {
        if (error instanceof ApiError && error.reason === 'email_domain') {
          form.setErrors({
            email: t('accountRequest.emailDomain', { organisation: organisationName(body.organisationId) }),
          });
        }
        if (error instanceof ApiError && error.status === 429) {
          countdown.start(error.retryAfterSeconds ?? 60);
        }
      },
    });
  };

  if (sent) {
    return (
      <NarrowPage title={t('accountRequest.title')} pageTitle={t('accountRequest.sent.title')} width={560}>
        <RequestSent organisation={sent.organisation} email={sent.email} />
      </NarrowPage>
    );
  }

  const error = create.error;
  const handledOnField = error instanceof ApiError && error.reason === 'email_domain';
  const throttled = error instanceof ApiError && error.status === 429;
  return (
    <NarrowPage
      title={t('accountRequest.title')}
      pageTitle={t('accountRequest.pageTitle')}
      width={560}
      intro={
        <Stack gap="xs">
          <Text>{t('accountRequest.intro')}</Text>
          <Text>{t('accountRequest.decidedBy')}</Text>
        </Stack>
      }
    >
      <form id={form.id} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {organisations.isError && (
            <Alert color="red" role="alert">
              {errorMessage(organisations.error)}
            </Alert>
          )}
          {throttled && countdown.started && <ThrottleNotice remaining={countdown.remaining} />}
          {error && !handledOnField && !throttled && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <Select
            name="organisationId"
            label={t('accountRequest.organisation')}
            description={t('accountRequest.organisationHelp')}
            placeholder={
              organisations.isPending ? t('common.loading') : t('accountRequest.organisationPlaceholder')
            }
            data={options}
            value={form.values.organisationId || null}
            onChange={(value) => form.setValue('organisationId', value ?? '')}
            error={form.errors.organisationId}
            searchable
            // Opening the list on focus would cover the error message when focus moves here after a failed submit.
            openOnFocus={false}
            nothingFoundMessage={t('accountRequest.organisationNotFound')}
            maxDropdownHeight={320}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            {...form.textProps('name')}
            label={t('accountRequest.name')}
            autoComplete="name"
            required
          />
          <TextInput
            {...form.textProps('email')}
            label={t('accountRequest.email')}
            description={t('accountRequest.emailHelp')}
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            required
          />
          <TextInput
            {...form.textProps('jobTitle')}
            label={t('accountRequest.jobTitle')}
            autoComplete="organization-title"
            required
          />
          <Textarea
            {...form.textProps('reason')}
            label={t('accountRequest.reason')}
            description={t('accountRequest.reasonHelp')}
            autosize
            minRows={3}
            maxRows={10}
            required
          />
          <Select
            name="language"
            label={t('accountRequest.language')}
            description={t('accountRequest.languageHelp')}
            data={UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
            value={form.values.language}
            onChange={(value) => {
              if (isUiLanguage(value)) {
                form.setValue('language', value);
              }
            }}
            allowDeselect={false}
            error={form.errors.language}
          />
          <Text size="sm" c="dimmed">
            {t('accountRequest.privacy')}
          </Text>
          <Button type="submit" loading={create.isPending}>
            {t('accountRequest.submit')}
          </Button>
          <Text size="sm">
            {t('accountRequest.haveAccount')}{' '}
            <AnchorLink to="/login">{t('accountRequest.toLogin')}</AnchorLink>
          </Text>
        </Stack>
      </form>
    </NarrowPage>
  );
}
