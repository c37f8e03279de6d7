import {
  CLASSIFICATIONS,
  KNOWLEDGE_TOPICS,
  ORGANISATION_TYPES,
  UpdateDocumentSchema,
  UpdateNewsItemSchema,
  type Classification,
  type KnowledgeTopic,
  type LibraryDocument,
  type NewsItem,
  type OrganisationType,
} from '@keten/shared';
import { Alert, Button, FileInput, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { nativeLanguageName } from '../victim-info/victim-section.tsx';
import { useUpdateDocument, useUpdateNews } from './library-api.ts';

export const LIBRARY_LANGUAGES = ['nl', 'fr', 'de', 'en'];
export const MAX_MIB = 10;

type ClassifiedIssue = 'titleRequired' | 'restrictedNeedsTypes' | 'bodyInvalid';

/** Field messages in the user's language for the shared create/update schemas' issues. */
export function classifiedFieldErrors(issues: readonly { path: readonly PropertyKey[] }[]): Partial<Record<'title' | 'organisationTypes' | 'body', ClassifiedIssue>> {
  const out: Partial<Record<'title' | 'organisationTypes' | 'body', ClassifiedIssue>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field === 'title') {
      out.title = 'titleRequired';
    } else if (field === 'organisationTypes') {
      out.organisationTypes = 'restrictedNeedsTypes';
    } else if (field === 'body') {
      out.body = 'bodyInvalid';
    }
  }
  return out;
}

export interface ClassifiedFields {
  title: string;
  topic: KnowledgeTopic;
  language: string;
  classification: Classification;
  organisationTypes: OrganisationType[];
}

export function ClassificationFields({
  values,
  onChange,
  errors = {},
}: {
  values: ClassifiedFields;
  onChange: (next: Partial<ClassifiedFields>) => void;
  errors?: Partial<Record<'title' | 'organisationTypes' | 'body', ClassifiedIssue>>;
}) {
  const { t } = useTranslation();
  const message = (field: 'title' | 'organisationTypes') => {
    const issue = errors[field];
    return issue ? t(`knowledgeEdit.library.${issue}`) : undefined;
  };
  return (
    <>
      <TextInput required label={t('library.titleField')} value={values.title} error={message('title')} onChange={(e) => onChange({ title: e.currentTarget.value })} />
      <Group grow align="flex-start">
        <Select label={t('knowledge.topic')} data={KNOWLEDGE_TOPICS.map((k) => ({ value: k, label: t(`knowledge.topics.${k}`) }))} value={values.topic} allowDeselect={false} onChange={(v) => v && onChange({ topic: v })} />
        <Select label={t('knowledge.language')} data={LIBRARY_LANGUAGES.map((l) => ({ value: l, label: nativeLanguageName(l) }))} value={values.language} allowDeselect={false} onChange={(v) => v && onChange({ language: v })} />
      </Group>
      <Select
        label={t('library.classification')}
        description={t('knowledge.classificationHelp')}
        data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`knowledge.classifications.${c}`) }))}
        value={values.classification}
        allowDeselect={false}
        onChange={(v) => v && onChange({ classification: v, organisationTypes: v === 'restricted' ? values.organisationTypes : [] })}
      />
      {values.classification === 'restricted' && (
        <MultiSelect
          required
          label={t('library.organisationTypes')}
          data={ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`organisationTypes.${o}`) }))}
          value={values.organisationTypes}
          error={message('organisationTypes')}
          onChange={(v) => onChange({ organisationTypes: v })}
        />
      )}
    </>
  );
}


/** Save and cancel, for the library's forms. */
export function FormActions({ pending, label, onCancel }: { pending: boolean; label: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

/** The text of a news item, in the restricted format, with its message when it is refused. */
export function NewsBodyField({ value, issue, onChange }: { value: string; issue: ClassifiedIssue | undefined; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Textarea
      required
      label={t('library.body')}
      description={t('contentPages.bodyHelp')}
      autosize
      minRows={4}
      value={value}
      error={issue ? t(`knowledgeEdit.library.${issue}`) : undefined}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (isApiError(error, 'conflict')) {
    return <Alert color="yellow">{t('knowledge.conflict')}</Alert>;
  }
  if (isApiError(error, 'unsupported_media_type') || isApiError(error, 'domain_rule')) {
    return <Alert color="red">{t('library.fileRejected')}</Alert>;
  }
  if (isApiError(error, 'payload_too_large')) {
    return <Alert color="red">{t('library.fileTooLarge')}</Alert>;
  }
  return <Alert color="red">{errorMessage(error)}</Alert>;
}

/** Corrects a document or changes who may see it (reclassify); optionally replaces its file. */
export function EditDocumentDialog({ document, csrfToken, onClose }: { document: LibraryDocument; csrfToken: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ClassifiedFields & { description: string }>({
    title: document.title,
    description: document.description,
    topic: document.topic,
    language: document.language,
    classification: document.classification,
    organisationTypes: document.organisationTypes,
  });
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const update = useUpdateDocument(csrfToken);
  const parsed = UpdateDocumentSchema.safeParse({ version: document.version, ...values });
  const errors = tried && !parsed.success ? classifiedFieldErrors(parsed.error.issues) : {};
  return (
    <AppModal opened onClose={onClose} title={t('knowledgeEdit.library.editDocument', { title: document.title })} centered size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (parsed.success) {
            update.mutate({ id: document.id, body: parsed.data, file }, { onSuccess: onClose });
          }
        }}
      >
        <Stack gap="sm">
          <ClassificationFields values={values} errors={errors} onChange={(next) => setValues({ ...values, ...next })} />
          <Textarea label={t('library.description')} autosize minRows={2} value={values.description} onChange={(e) => setValues({ ...values, description: e.currentTarget.value })} />
          <FileInput
            label={t('knowledgeEdit.library.replaceFile')}
            description={t('library.fileHelp', { size: `${MAX_MIB} MB` })}
            accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('knowledgeEdit.library.clearFile') }}
          />
          {update.isError && <SaveError error={update.error} />}
          <FormActions pending={update.isPending} label={t('knowledgeEdit.library.save')} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}

/** Edits a news item: text, topic, language and classification. */
export function EditNewsDialog({ item, onClose }: { item: NewsItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ClassifiedFields & { body: string }>({
    title: item.title,
    body: item.body,
    topic: item.topic,
    language: item.language,
    classification: item.classification,
    organisationTypes: item.organisationTypes,
  });
  const [tried, setTried] = useState(false);
  const update = useUpdateNews();
  const parsed = UpdateNewsItemSchema.safeParse({ version: item.version, ...values });
  const errors = tried && !parsed.success ? classifiedFieldErrors(parsed.error.issues) : {};
  return (
    <AppModal opened onClose={onClose} title={t('knowledgeEdit.library.editNews', { title: item.title })} centered size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (parsed.success) {
            update.mutate({ id: item.id, body: parsed.data }, { onSuccess: onClose });
          }
        }}
      >
        <Stack gap="sm">
          <ClassificationFields values={values} errors={errors} onChange={(next) => setValues({ ...values, ...next })} />
          <NewsBodyField value={values.body} issue={errors.body} onChange={(body) => setValues({ ...values, body })} />
          {update.isError && <SaveError error={update.error} />}
          <FormActions pending={update.isPending} label={t('knowledgeEdit.library.save')} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
