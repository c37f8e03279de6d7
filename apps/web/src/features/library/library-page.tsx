import {
  CreateDocumentSchema,
  CreateNewsItemSchema,
  KNOWLEDGE_TOPICS,
  type Classification,
  type KnowledgeTopic,
  type LibraryDocument,
  type NewsItem,
  type OrganisationType,
} from '@keten/shared';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { hasAnyCapability, useSession } from '../session/use-session.ts';
import { SafeMarkdown } from '../victim-info/safe-markdown.tsx';
import { nativeLanguageName } from '../victim-info/victim-section.tsx';
import { ClassificationFields, classifiedFieldErrors, EditDocumentDialog, EditNewsDialog, FormActions, LIBRARY_LANGUAGES, MAX_MIB, NewsBodyField, type ClassifiedFields } from './library-edit.tsx';
import { useCreateDocument, useCreateNews, useDocuments, useNews, useRemoveLibraryItem, type LibraryFilter } from './library-api.ts';


function ClassificationBadge({ item }: { item: { classification: Classification; organisationTypes: OrganisationType[] } }) {
  const { t } = useTranslation();
  const color = item.classification === 'public' ? 'green' : item.classification === 'professionals' ? 'blue' : 'orange';
  return (
    <Badge variant="light" color={color} title={item.classification === 'restricted' ? t('knowledge.restrictedTo', { types: item.organisationTypes.map((o) => t(`organisationTypes.${o}`)).join(', ') }) : undefined}>
      {t(`knowledge.classifications.${item.classification}`)}
    </Badge>
  );
}

export function LibraryPage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const editor = hasAnyCapability(user, ['knowledge.edit']);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [topic, setTopic] = useState<KnowledgeTopic | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const filter: LibraryFilter = { q: debouncedQ, topic, language };
  const viewer = user?.id ?? null;
  useDocumentTitle(t('library.pageTitle'));

  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap="xs">
        <Title order={1}>{t('library.title')}</Title>
        <Text>{t('library.intro')}</Text>
      </Stack>
      <Group align="flex-end" gap="sm">
        <TextInput label={t('knowledge.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={{ base: '100%', sm: 280 }} type="search" />
        <Select
          label={t('knowledge.topic')}
          placeholder={t('knowledge.allTopics')}
          clearable
          data={KNOWLEDGE_TOPICS.map((k) => ({ value: k, label: t(`knowledge.topics.${k}`) }))}
          value={topic}
          onChange={(v) => setTopic(v)}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('knowledge.language')}
          placeholder={t('knowledge.allLanguages')}
          clearable
          data={LIBRARY_LANGUAGES.map((l) => ({ value: l, label: nativeLanguageName(l) }))}
          value={language}
          onChange={setLanguage}
          w={{ base: '100%', sm: 180 }}
        />
      </Group>
      <Tabs defaultValue="documents" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="documents">{t('library.documents')}</Tabs.Tab>
          <Tabs.Tab value="news">{t('library.news')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="documents" pt="md">
          {editor && <NewDocumentForm csrfToken={session.data?.csrfToken ?? null} />}
          <DocumentList filter={filter} viewer={viewer} editor={editor} csrfToken={session.data?.csrfToken ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="news" pt="md">
          {editor && <NewNewsForm />}
          <NewsList filter={filter} viewer={viewer} editor={editor} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function sizeText(bytes: number, language: string): string {
  const kib = bytes / 1024;
  return kib < 1024 ? `${Math.max(1, Math.round(kib)).toLocaleString(language)} KB` : `${(kib / 1024).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
}

function DocumentList({ filter, viewer, editor, csrfToken }: { filter: LibraryFilter; viewer: string | null; editor: boolean; csrfToken: string | null }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<LibraryDocument | null>(null);
  const documents = useDocuments(filter, viewer);
  const errorMessage = useErrorMessage();
  const [removing, setRemoving] = useState<LibraryDocument | null>(null);
  const remove = useRemoveLibraryItem();
  if (documents.isPending) {
    return <Loader size="sm" role="status" aria-label={t('common.loading')} />;
  }
  if (documents.isError) {
    return <Alert color="red">{errorMessage(documents.error)}</Alert>;
  }
  if (documents.data.data.length === 0) {
    return <Text>{t('library.empty')}</Text>;
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {documents.data.data.map((d) => (
        <li key={d.id}>
          <Card withBorder radius="md" padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text component="h2" fw={700} size="md" m={0} lang={d.language}>
                  {d.title}
                </Text>
                {d.description && (
                  <Text size="sm" lang={d.language}>
                    {d.description}
                  </Text>
                )}
                <Group gap={6}>
                  <ClassificationBadge item={d} />
                  <Badge variant="outline" color="gray">
                    {t(`knowledge.topics.${d.topic}`)}
                  </Badge>
                  <Badge variant="outline" color="gray">
                    {d.language.toUpperCase()}
                  </Badge>
                </Group>
                {d.fileType && d.sizeBytes !== null ? (
                  <Anchor href={`/api/documents/${d.id}/file`} download>
                    {t('library.download', { type: d.fileType.toUpperCase(), size: sizeText(d.sizeBytes, i18n.language) })}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('library.noFile')}
                  </Text>
                )}
              </Stack>
              {editor && (
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" aria-label={`${t('knowledgeEdit.library.edit')}: ${d.title}`} onClick={() => setEditing(d)}>
                    {t('knowledgeEdit.library.edit')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" aria-label={`${t('library.remove')}: ${d.title}`} onClick={() => setRemoving(d)}>
                    {t('library.remove')}
                  </Button>
                </Group>
              )}
            </Group>
          </Card>
        </li>
      ))}
      <ConfirmDialog
        opened={removing !== null}
        title={t('library.remove')}
        confirmLabel={t('library.remove')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ kind: 'documents', id: removing.id }, { onSuccess: () => setRemoving(null) })}
      >
        {t('library.removeConfirm', { title: removing?.title ?? '' })}
      </ConfirmDialog>
      {editing && <EditDocumentDialog key={editing.id} document={editing} csrfToken={csrfToken} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function NewsList({ filter, viewer, editor }: { filter: LibraryFilter; viewer: string | null; editor: boolean }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const news = useNews(filter, viewer);
  const errorMessage = useErrorMessage();
  const remove = useRemoveLibraryItem();
  const [removing, setRemoving] = useState<NewsItem | null>(null);
  const [editing, setEditing] = useState<NewsItem | null>(null);
  if (news.isPending) {
    return <Loader size="sm" role="status" aria-label={t('common.loading')} />;
  }
  if (news.isError) {
    return <Alert color="red">{errorMessage(news.error)}</Alert>;
  }
  if (news.data.data.length === 0) {
    return <Text>{t('library.empty')}</Text>;
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {news.data.data.map((n) => (
        <li key={n.id}>
          <Card withBorder radius="md" padding="md">
            <Stack gap={4} lang={n.language}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text component="h2" fw={700} size="md" m={0}>
                  {n.title}
                </Text>
                {editor && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="subtle" aria-label={`${t('knowledgeEdit.library.edit')}: ${n.title}`} onClick={() => setEditing(n)}>
                      {t('knowledgeEdit.library.edit')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" aria-label={`${t('library.remove')}: ${n.title}`} onClick={() => setRemoving(n)}>
                      {t('library.remove')}
                    </Button>
                  </Group>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('library.published', { date: formatDate(n.publishedAt) })}
              </Text>
              <div>
                <SafeMarkdown source={n.body} baseLevel={3} />
              </div>
              <Group gap={6}>
                <ClassificationBadge item={n} />
                <Badge variant="outline" color="gray">
                  {t(`knowledge.topics.${n.topic}`)}
                </Badge>
              </Group>
            </Stack>
          </Card>
        </li>
      ))}
      <ConfirmDialog
        opened={removing !== null}
        title={t('library.remove')}
        confirmLabel={t('library.remove')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ kind: 'news', id: removing.id }, { onSuccess: () => setRemoving(null) })}
      >
        {t('library.removeConfirm', { title: removing?.title ?? '' })}
      </ConfirmDialog>
      {editing && <EditNewsDialog key={editing.id} item={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function NewDocumentForm({ csrfToken }: { csrfToken: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ClassifiedFields & { description: string }>({ title: '', description: '', topic: 'procedure', language: 'nl', classification: 'professionals', organisationTypes: [] });
  const [file, setFile] = useState<File | null>(null);
  const create = useCreateDocument(csrfToken);
  const errorMessage = useErrorMessage();
  const [tried, setTried] = useState(false);
  const parsed = CreateDocumentSchema.safeParse(values);
  const errors = tried && !parsed.success ? classifiedFieldErrors(parsed.error.issues) : {};
  if (!open) {
    return (
      <Button mb="md" onClick={() => setOpen(true)}>
        {t('library.newDocument')}
      </Button>
    );
  }
  const uploadError = create.error;
  return (
    <Paper withBorder p="md" radius="md" mb="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (parsed.success && file) {
            create.mutate({ meta: parsed.data, file }, { onSuccess: () => setOpen(false) });
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('library.newDocument')}
          </Title>
          <ClassificationFields values={values} errors={errors} onChange={(next) => setValues({ ...values, ...next })} />
          <Textarea label={t('library.description')} autosize minRows={2} value={values.description} onChange={(e) => setValues({ ...values, description: e.currentTarget.value })} />
          <FileInput
            required
            label={t('library.file')}
            description={t('library.fileHelp', { size: `${MAX_MIB} MB` })}
            accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('knowledgeEdit.library.clearFile') }}
            error={tried && !file ? t('knowledgeEdit.library.fileRequired') : undefined}
          />
          {uploadError && (
            <Alert color="red">
              {isApiError(uploadError, 'domain_rule') || isApiError(uploadError, 'unsupported_media_type')
                ? t('library.fileRejected')
                : isApiError(uploadError, 'payload_too_large')
                  ? t('library.fileTooLarge')
                  : errorMessage(uploadError)}
            </Alert>
          )}
          <FormActions pending={create.isPending} label={create.isPending ? t('library.uploading') : t('library.create')} onCancel={() => setOpen(false)} />
        </Stack>
      </form>
    </Paper>
  );
}

function NewNewsForm() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ClassifiedFields & { body: string }>({ title: '', body: '', topic: 'coordination', language: 'nl', classification: 'public', organisationTypes: [] });
  const create = useCreateNews();
  const errorMessage = useErrorMessage();
  const [tried, setTried] = useState(false);
  const parsed = CreateNewsItemSchema.safeParse(values);
  const errors = tried && !parsed.success ? classifiedFieldErrors(parsed.error.issues) : {};
  if (!open) {
    return (
      <Button mb="md" onClick={() => setOpen(true)}>
        {t('library.newNews')}
      </Button>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" mb="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (parsed.success) {
            create.mutate(parsed.data, { onSuccess: () => setOpen(false) });
          }
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('library.newNews')}
          </Title>
          <ClassificationFields values={values} errors={errors} onChange={(next) => setValues({ ...values, ...next })} />
          <NewsBodyField value={values.body} issue={errors.body} onChange={(body) => setValues({ ...values, body })} />
          {create.isError && <Alert color="red">{errorMessage(create.error)}</Alert>}
          <FormActions pending={create.isPending} label={t('library.create')} onCancel={() => setOpen(false)} />
        </Stack>
      </form>
    </Paper>
  );
}
