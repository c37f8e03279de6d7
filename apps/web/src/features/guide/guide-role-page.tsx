import { GUIDE_ROLES, type Guide, type GuideRole } from '@keten/shared';
import { Alert, Anchor, Badge, Button, Group, List, Loader, SimpleGrid, Stack, Switch, Text, Timeline, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../../app/not-found-page.tsx';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { QuickExitButton } from '../victim-info/quick-exit.tsx';
import { ContactCard } from './contact-card.tsx';
import { EmergencyBanner } from './guide-index-page.tsx';
import { leafletHref, useGuide, useUiLanguage } from './guide-api.ts';
import classes from './guide.module.css';

function isGuideRole(value: string): value is GuideRole {
  return (GUIDE_ROLES as readonly string[]).includes(value);
}

export function GuideRolePage({ role, minor }: { role: string; minor: boolean }) {
  if (!isGuideRole(role)) {
    return <NotFoundPage />;
  }
  return <GuideRoleContent role={role} minor={minor} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

function GuideRoleContent({ role, minor }: { role: GuideRole; minor: boolean }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const navigate = useNavigate();
  const guide = useGuide(role, lang, minor);
  const errorMessage = useErrorMessage();
  useDocumentTitle(guide.data?.title ?? t('guide.pageTitle'));

  return (
    <Stack gap="lg" maw={960} className={classes.page}>
      {role === 'self' && <QuickExitButton />}
      <AnchorLink to="/guide" className={classes.noPrint}>
        ← {t('guide.back')}
      </AnchorLink>
      {guide.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {guide.isError && (
        <>
          <Alert color="red">{errorMessage(guide.error)}</Alert>
          <EmergencyBanner />
        </>
      )}
      {guide.data && (
        <>
          <Stack gap="xs">
            <Title order={1}>{guide.data.title}</Title>
            <Text size="lg">{guide.data.intro}</Text>
          </Stack>
          <EmergencyBanner />
          <Group justify="space-between" className={classes.noPrint}>
            <Switch
              checked={minor}
              label={t('guide.minorSwitch')}
              onChange={(event) => {
                void navigate({ to: '/guide/$role', params: { role }, search: { minor: event.currentTarget.checked || undefined }, replace: true });
              }}
            />
            <Group gap="xs">
              <Button component="a" href={leafletHref(role, lang, minor)} download variant="light">
                {t('guide.leaflet')}
              </Button>
              <Button variant="default" onClick={() => window.print()}>
                {t('guide.print')}
              </Button>
            </Group>
          </Group>
          <GuideBody guide={guide.data} />
        </>
      )}
    </Stack>
  );
}

function GuideBody({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const self = guide.role === 'self';
  return (
    <>
      <Section id="guide-signs" title={guide.signs.title}>
        <List spacing={4} className={classes.list}>
          {guide.signs.items.map((s) => (
            <List.Item key={s.id}>{s.text}</List.Item>
          ))}
        </List>
        <Text size="sm" mt="xs">
          {guide.signs.note}
        </Text>
        <Text size="sm" c="dimmed">
          {t('guide.fromLists', { lists: guide.signs.catalogues.map((c) => c.title).join(' · ') })}
          {guide.signs.more > 0 && ` ${t('guide.moreSigns', { count: guide.signs.more })}`}
        </Text>
      </Section>

      <Section id="guide-now" title={t('guide.whatNow')}>
        <List type="ordered" spacing="xs" className={classes.list}>
          {guide.steps.map((s) => (
            <List.Item key={s.code} data-step={s.code}>
              {s.urgent && (
                <Badge color="red.9" variant="filled" size="sm" mr={6}>
                  {t('guide.urgent')}
                </Badge>
              )}
              {s.text}
              {s.link && (
                <>
                  {' '}
                  <Anchor href={s.link.href} fw={700}>
                    {s.link.label}
                  </Anchor>
                </>
              )}
            </List.Item>
          ))}
        </List>
      </Section>

      <Section id="guide-call" title={t('guide.whomToCall')}>
        <Stack gap="md">
          <div>
            <Title order={3} size="h4" mb={4}>
              {t('guide.centres')}
            </Title>
            <Text size="sm" mb="xs">
              {guide.contacts.centresText}
            </Text>
            {guide.contacts.centres.length === 0 && <Alert color="yellow">{t('guide.noContacts')}</Alert>}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {guide.contacts.centres.map((c) => (
                <ContactCard key={c.id} entry={c} headingLevel={4} />
              ))}
            </SimpleGrid>
          </div>
          <div>
            <Title order={3} size="h4" mb={4}>
              {t('guide.guardianship')}
            </Title>
            <Text size="sm" mb="xs">
              {guide.contacts.guardianshipText}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {guide.contacts.guardianship.map((c) => (
                <ContactCard key={c.id} entry={c} headingLevel={4} />
              ))}
            </SimpleGrid>
          </div>
          {guide.contacts.crossBorder.length > 0 && (
            <div>
              <Title order={3} size="h4" mb={4}>
                {t('guide.crossBorder')}
              </Title>
              <Text size="sm" mb="xs">
                {guide.contacts.crossBorderText}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                {guide.contacts.crossBorder.map((c) => (
                  <ContactCard key={c.id} entry={c} headingLevel={4} />
                ))}
              </SimpleGrid>
            </div>
          )}
        </Stack>
      </Section>

      <Section id="guide-minors" title={guide.minors.title}>
        <List spacing={4} className={classes.list}>
          {guide.minors.rules.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      </Section>

      <Section id="guide-next" title={t('guide.whatNext')}>
        <Timeline active={-1} bulletSize={26} lineWidth={2} className={classes.timeline}>
          {guide.timeline.map((p) => (
            <Timeline.Item
              key={p.code}
              bullet={
                <Text size="xs" fw={700} aria-hidden>
                  {p.order}
                </Text>
              }
              title={<Text component="h3" fw={700} size="md" m={0}>{`${p.order}. ${p.name}`}</Text>}
            >
              <Text size="sm">{p.text}</Text>
              {p.document && (
                <Text size="sm" c="dimmed" mt={2}>
                  {t('guide.document', { name: p.document })}
                  {p.validity && ` — ${t('guide.validity', { validity: p.validity })}`}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
        <Title order={3} size="h4" mt="md" mb={4}>
          {t('guide.conditions')}
        </Title>
        <List type="ordered" spacing={4} className={classes.list}>
          {guide.conditions.map((c) => (
            <List.Item key={c.code}>{c.text}</List.Item>
          ))}
        </List>
      </Section>

      <Section id="guide-rights" title={self ? t('guide.rightsSelf') : t('guide.rights')}>
        <List spacing={4} className={classes.list}>
          {guide.rights.map((r) => (
            <List.Item key={r.code}>{r.text}</List.Item>
          ))}
        </List>
      </Section>
    </>
  );
}

/** The route's search: `minor=true` puts the minors' steps first. */
export function validateGuideSearch(search: Record<string, unknown>): { minor?: boolean } {
  return { minor: search.minor === true || search.minor === 'true' ? true : undefined };
}
