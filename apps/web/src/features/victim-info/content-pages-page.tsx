import { CONTENT_STATUSES, CreateContentPageSchema, isRtlLanguage, type ContentAudience, type ContentPage, type ContentStatus } from '@keten/shared';
import { Alert, Badge, Button, Card, Group, Loader, NumberInput, Paper, SegmentedControl, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { SafeMarkdown } from './safe-markdown.tsx';
import { useAllContentPages, useCreateContentPage, useUpdateContentPage } from './victim-info-api.ts';
import { nativeLanguageName } from './victim-section.tsx';

/** Editors (`knowledge.edit`) write and translate the pages for victims; any language, no code. */
export function ContentPagesPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [language, setLanguage] = useState<string | null>(null);
  const pages = useAllContentPages(language);
  const [editing, setEditing] = useState<ContentPage | null>(null);
  const [creating, setCreating] = useState(false);
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('contentPages.pageTitle'));

  if (!hasAnyCapability(user, ['knowledge.edit'])) {
    return <Alert color="yellow">{t('errors.forbidden')}</Alert>;
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        <Title order={1}>{t('contentPages.title')}</Title>
        <Text>{t('contentPages.intro')}</Text>
      </Stack>
      <Group align="flex-end">
        <TextInput
          label={t('contentPages.filterLanguage')}
          placeholder="nl, fr, ar, ro…"
          w={180}
          value={language ?? ''}
          onChange={(e) => setLanguage(/^[a-z]{2,3}$/.test(e.currentTarget.value) ? e.currentTarget.value : null)}
        />
        <Button
          onClick={() => {
            setCreating(true);
            setEditing(null);
          }}
        >
          {t('contentPages.newPage')}
        </Button>
      </Group>
      {creating && <CreatePageForm onDone={() => setCreating(false)} />}
      {editing && <EditPageForm key={`${editing.id}:${editing.version}`} page={editing} onDone={() => setEditing(null)} />}
      {pages.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {pages.isError && <Alert color="red">{errorMessage(pages.error)}</Alert>}
      {pages.data && pages.data.data.length === 0 && <Text>{t('contentPages.empty')}</Text>}
      {pages.data && pages.data.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contentPages.pageTitleField')}</Table.Th>
                <Table.Th>{t('contentPages.slug')}</Table.Th>
                <Table.Th>{t('contentPages.audience')}</Table.Th>
                <Table.Th>{t('contentPages.language')}</Table.Th>
                <Table.Th>{t('contentPages.status')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pages.data.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td lang={p.language} dir={p.rtl ? 'rtl' : 'ltr'}>
                    {p.title}
                  </Table.Td>
                  <Table.Td>{p.slug}</Table.Td>
                  <Table.Td>{p.audience === 'child' ? t('victimInfo.forChildren') : t('victimInfo.forAdults')}</Table.Td>
                  <Table.Td>{nativeLanguageName(p.language)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={p.status === 'published' ? 'green' : 'gray'}>
                      {t(`contentPages.statuses.${p.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setEditing(p);
                        setCreating(false);
                      }}
                    >
                      {t('contentPages.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function StatusSelect({ value, onChange }: { value: ContentStatus; onChange: (value: ContentStatus) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('contentPages.status')}
      data={CONTENT_STATUSES.map((s) => ({ value: s, label: t(`contentPages.statuses.${s}`) }))}
      value={value}
      allowDeselect={false}
      onChange={(v) => v && onChange(v)}
      w={180}
    />
  );
}

function CreatePageForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateContentPage();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState({ slug: '', audience: 'adult' as ContentAudience, language: '', title: '', body: '', status: 'draft' as ContentStatus, position: 100 });
  const parsed = CreateContentPageSchema.safeParse(values);
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (parsed.success) {
            create.mutate(parsed.data, { onSuccess: onDone });
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('contentPages.newPage')}
          </Title>
          <Group grow align="flex-start">
            <TextInput required label={t('contentPages.slug')} description={t('contentPages.slugHelp')} value={values.slug} onChange={(e) => setValues({ ...values, slug: e.currentTarget.value })} />
            <TextInput required label={t('contentPages.language')} value={values.language} onChange={(e) => setValues({ ...values, language: e.currentTarget.value.trim().toLowerCase() })} />
          </Group>
          <SegmentedControl
            aria-label={t('contentPages.audience')}
            value={values.audience}
            onChange={(v) => setValues({ ...values, audience: v === 'child' ? 'child' : 'adult' })}
            data={[
              { value: 'adult', label: t('victimInfo.forAdults') },
              { value: 'child', label: t('victimInfo.forChildren') },
            ]}
          />
          <PageFields values={values} onChange={(next) => setValues({ ...values, ...next })} language={values.language} />
          {create.isError && <Alert color="red">{errorMessage(create.error)}</Alert>}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={!parsed.success}>
              {t('contentPages.create')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface FieldValues {
  title: string;
  body: string;
  status: ContentStatus;
  position: number;
}

function PageFields({ values, onChange, language }: { values: FieldValues; onChange: (next: Partial<FieldValues>) => void; language: string }) {
  const { t } = useTranslation();
  const dir = isRtlLanguage(language) ? 'rtl' : 'ltr';
  return (
    <>
      <TextInput required label={t('contentPages.pageTitleField')} value={values.title} dir={dir} lang={language || undefined} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      <Textarea
        required
        label={t('contentPages.body')}
        description={t('contentPages.bodyHelp')}
        autosize
        minRows={8}
        maxRows={24}
        dir={dir}
        lang={language || undefined}
        value={values.body}
        onChange={(e) => onChange({ body: e.currentTarget.value })}
      />
      <Group>
        <StatusSelect value={values.status} onChange={(status) => onChange({ status })} />
        <NumberInput label={t('contentPages.position')} value={values.position} min={0} max={1000} w={120} onChange={(v) => onChange({ position: typeof v === 'number' ? v : 100 })} />
      </Group>
      {values.body.trim() !== '' && (
        <Card withBorder padding="sm" dir={dir} lang={language || undefined}>
          <Text size="xs" c="dimmed" mb={4} dir="ltr">
            {t('contentPages.preview')}
          </Text>
          <SafeMarkdown source={values.body} baseLevel={3} />
        </Card>
      )}
    </>
  );
}

function EditPageForm({ page, onDone }: { page: ContentPage; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateContentPage();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<FieldValues>({ title: page.title, body: page.body, status: page.status, position: page.position });
  const conflict = isApiError(update.error, 'conflict');
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: page.id, body: { version: page.version, ...values } }, { onSuccess: onDone });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('contentPages.edit')}: {page.slug} · {nativeLanguageName(page.language)}
          </Title>
          <PageFields values={values} onChange={(next) => setValues({ ...values, ...next })} language={page.language} />
          {update.isError && <Alert color={conflict ? 'yellow' : 'red'}>{conflict ? t('knowledge.conflict') : errorMessage(update.error)}</Alert>}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('contentPages.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {conflict ? t('knowledge.reload') : t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
