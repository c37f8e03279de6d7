import type { ActionPlanBody } from '@keten/shared';
import { Alert, Button, Card, Group, Loader, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useDirectory } from '../directory/directory-api.ts';
import { useUiLanguage } from '../guide/guide-api.ts';
import { useBodies, useLinkBody } from './action-plan-api.ts';

interface OrganisationOption {
  value: string;
  label: string;
}

function BodyRow({ body, organisations }: { body: ActionPlanBody; organisations: OrganisationOption[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const errorMessage = useErrorMessage();
  const link = useLinkBody();
  const [selected, setSelected] = useState<string[]>(body.organisationIds);
  const changed = selected.length !== body.organisationIds.length || selected.some((id) => !body.organisationIds.includes(id));
  return (
    <Card withBorder padding="sm" component="li">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          link.mutate({ code: body.code, organisationIds: selected });
        }}
      >
        <Stack gap="xs">
          <MultiSelect
            label={t('knowledgeEdit.bodies.organisations', { body: body.name[lang] })}
            placeholder={selected.length === 0 ? t('knowledgeEdit.bodies.noneLinked') : undefined}
            data={organisations}
            value={selected}
            onChange={(v) => {
              link.reset();
              setSelected(v);
            }}
            searchable
            maxValues={20}
          />
          {link.isError && <Alert color="red">{errorMessage(link.error)}</Alert>}
          {link.isSuccess && !changed && (
            <Text size="sm" c="green.9" role="status">
              {t('knowledgeEdit.bodies.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" size="xs" loading={link.isPending} disabled={!changed}>
              {t('knowledgeEdit.bodies.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** For the coordination bureau: which organisations act for each responsible body of the plan. */
export function BodiesEditor() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [open, setOpen] = useState(false);
  const bodies = useBodies(open);
  const directory = useDirectory(lang, { type: null, district: null, language: null }, true);
  const errorMessage = useErrorMessage();
  const organisations: OrganisationOption[] = (directory.data?.data ?? []).map((o) => ({ value: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name }));
  return (
    <section aria-labelledby="action-plan-bodies">
      <Group justify="space-between">
        <Title order={2} size="h3" id="action-plan-bodies">
          {t('knowledgeEdit.bodies.title')}
        </Title>
        <Button variant="light" size="xs" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('knowledgeEdit.bodies.hide') : t('knowledgeEdit.bodies.show')}
        </Button>
      </Group>
      {open && (
        <Stack gap="sm" mt="sm">
          <Text size="sm">{t('knowledgeEdit.bodies.intro')}</Text>
          {(bodies.isPending || directory.isPending) && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
          {bodies.isError && <Alert color="red">{errorMessage(bodies.error)}</Alert>}
          {directory.isError && <Alert color="red">{errorMessage(directory.error)}</Alert>}
          {bodies.data && directory.data && (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {bodies.data.data.map((b) => (
                <BodyRow key={`${b.code}-${b.organisationIds.join(',')}`} body={b} organisations={organisations} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </section>
  );
}
