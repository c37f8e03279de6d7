import { ACTION_PLAN_STATUSES, type ActionPlanProject, type ActionPlanStatus } from '@keten/shared';
import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useUiLanguage } from '../guide/guide-api.ts';
import { useAddNote, useProject, useUpdateProject } from './action-plan-api.ts';
import { ProjectStatusBadge } from './status-badge.tsx';

export function ProjectPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { formatDate } = useFormat();
  const detail = useProject(projectId);
  const errorMessage = useErrorMessage();
  const project = detail.data?.project;
  useDocumentTitle(project ? `${project.code} ${project.title.nl}` : t('actionPlan.pageTitle'));

  return (
    <Stack gap="lg" maw={900}>
      <AnchorLink to="/action-plan">← {t('actionPlan.back')}</AnchorLink>
      {detail.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {detail.isError && <Alert color="red">{errorMessage(detail.error)}</Alert>}
      {project && detail.data && (
        <>
          <Stack gap="xs">
            <Group gap="xs">
              <Text c="dimmed" ff="monospace">
                {project.code} · {t('actionPlan.chapter', { number: project.chapter })}
              </Text>
              <ProjectStatusBadge status={project.status} />
              {project.overdue && (
                <Badge color="red.9" variant="filled">
                  {t('actionPlan.overdueBadge')}
                </Badge>
              )}
            </Group>
            <Title order={1} lang="nl">
              {project.title.nl}
            </Title>
            {project.title.en && lang !== 'nl' && (
              <Text c="dimmed" lang="en">
                {project.title.en}
              </Text>
            )}
            <Text size="sm" c="dimmed" lang="nl">
              {project.section} {project.sectionTitle}
            </Text>
          </Stack>
          <Card withBorder padding="md">
            <Stack gap={6}>
              <Text lang="nl">{project.description}</Text>
              <Text size="sm">
                <strong>{t('actionPlan.responsible')}:</strong> {project.bodies.length > 0 ? project.bodies.map((b) => b.name[lang]).join('; ') : project.responsibleText}
              </Text>
              <Text size="sm">
                <strong>{t('actionPlan.timing')}:</strong> {project.startYear === project.endYear ? project.startYear : `${project.startYear}–${project.endYear}`}
                {project.recurring && ` (${t('actionPlan.recurring')})`} — <span lang="nl">{project.timingText}</span>
              </Text>
              {project.evidenceLinks.length > 0 && (
                <>
                  <Text size="sm" fw={700}>
                    {t('actionPlan.evidence')}
                  </Text>
                  <List size="sm">
                    {project.evidenceLinks.map((l) => (
                      <List.Item key={l.url}>
                        <Anchor href={l.url} target="_blank" rel="noopener noreferrer">
                          {l.label}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          </Card>
          {project.actions.includes('note') && <NoteForm key={project.version} project={project} />}
          {project.actions.includes('edit') && <EditForm key={`edit-${project.version}`} project={project} />}
          <section aria-labelledby="project-notes">
            <Title order={2} size="h3" id="project-notes" mb="xs">
              {t('actionPlan.notes')}
            </Title>
            {detail.data.notes.length === 0 && <Text>{t('actionPlan.noNotes')}</Text>}
            <Stack gap="xs">
              {detail.data.notes.map((n) => (
                <Card key={n.id} withBorder padding="sm">
                  <Group gap="xs">
                    <Text size="sm" fw={700}>
                      {formatDate(n.noteDate)}
                    </Text>
                    {n.organisationName && (
                      <Text size="sm" c="dimmed">
                        {n.organisationName}
                      </Text>
                    )}
                    {n.statusAfter && <ProjectStatusBadge status={n.statusAfter} />}
                  </Group>
                  <Text size="sm">{n.text}</Text>
                </Card>
              ))}
            </Stack>
          </section>
        </>
      )}
    </Stack>
  );
}

function ConflictOrError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (isApiError(error, 'conflict')) {
    return (
      <Alert color="yellow">
        {t('knowledge.conflict')}{' '}
        <Button size="compact-sm" variant="light" onClick={() => window.location.reload()}>
          {t('knowledge.reload')}
        </Button>
      </Alert>
    );
  }
  return <Alert color="red">{errorMessage(error)}</Alert>;
}

function NoteForm({ project }: { project: ActionPlanProject }) {
  const { t } = useTranslation();
  const add = useAddNote(project.id);
  const [noteDate, setNoteDate] = useState(new Date().toISOString().slice(0, 10));
  const [text, setText] = useState('');
  const [status, setStatus] = useState<ActionPlanStatus | null>(null);
  const [evidenceLabel, setEvidenceLabel] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({
            version: project.version,
            noteDate,
            text,
            ...(status ? { status } : {}),
            ...(evidenceUrl.trim() ? { evidenceLink: { label: evidenceLabel.trim() || evidenceUrl.trim(), url: evidenceUrl.trim() } } : {}),
          });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('actionPlan.addNote')}
          </Title>
          <Group grow align="flex-start">
            <TextInput type="date" required label={t('actionPlan.noteDate')} value={noteDate} onChange={(e) => setNoteDate(e.currentTarget.value)} />
            <Select
              label={t('actionPlan.noteStatus')}
              placeholder={t('actionPlan.keepStatus')}
              clearable
              data={ACTION_PLAN_STATUSES.map((s) => ({ value: s, label: t(`actionPlan.statuses.${s}`) }))}
              value={status}
              onChange={(v) => setStatus(v)}
            />
          </Group>
          <Textarea required label={t('actionPlan.noteText')} description={t('actionPlan.noteTextHelp')} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Group grow align="flex-start">
            <TextInput label={t('actionPlan.evidenceLabel')} value={evidenceLabel} onChange={(e) => setEvidenceLabel(e.currentTarget.value)} />
            <TextInput label={t('actionPlan.evidenceUrl')} type="url" value={evidenceUrl} onChange={(e) => setEvidenceUrl(e.currentTarget.value)} />
          </Group>
          {add.isError && <ConflictOrError error={add.error} />}
          {add.isSuccess && <Alert color="green">{t('actionPlan.noteSaved')}</Alert>}
          <Group>
            <Button type="submit" loading={add.isPending} disabled={text.trim() === ''}>
              {t('actionPlan.saveNote')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function EditForm({ project }: { project: ActionPlanProject }) {
  const { t } = useTranslation();
  const update = useUpdateProject(project.id);
  const [description, setDescription] = useState(project.description);
  const [startYear, setStartYear] = useState(project.startYear);
  const [endYear, setEndYear] = useState(project.endYear);
  const [status, setStatus] = useState<ActionPlanStatus>(project.status);
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ version: project.version, description, startYear, endYear, status });
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('actionPlan.edit')}
          </Title>
          <Textarea label={t('actionPlan.description')} autosize minRows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} lang="nl" />
          <Group align="flex-start">
            <NumberInput label={t('actionPlan.startYear')} value={startYear} min={2000} max={2100} w={120} onChange={(v) => typeof v === 'number' && setStartYear(v)} />
            <NumberInput label={t('actionPlan.endYear')} value={endYear} min={2000} max={2100} w={120} onChange={(v) => typeof v === 'number' && setEndYear(v)} />
            <Select
              label={t('actionPlan.status')}
              data={ACTION_PLAN_STATUSES.map((s) => ({ value: s, label: t(`actionPlan.statuses.${s}`) }))}
              value={status}
              allowDeselect={false}
              onChange={(v) => v && setStatus(v)}
              w={200}
            />
          </Group>
          {update.isError && <ConflictOrError error={update.error} />}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('actionPlan.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
