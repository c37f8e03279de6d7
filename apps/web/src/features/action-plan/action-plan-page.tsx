import { ACTION_PLAN_STATUSES, type ActionPlanProject } from '@keten/shared';
import { Alert, Badge, Button, Card, Group, Loader, NumberInput, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useUiLanguage } from '../guide/guide-api.ts';
import { useActionPlanOverview, useProjects, type ProjectQuery } from './action-plan-api.ts';
import { BodiesEditor } from './bodies-editor.tsx';
import { hasAnyCapability, useSessionUser } from '../session/use-session.ts';
import { ProjectStatusBadge } from './status-badge.tsx';

type View = 'chapter' | 'body' | 'overdue';

/** Follow-up of the national action plan: by chapter, by responsible body, overdue; yearly report. */
export function ActionPlanPage() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const overview = useActionPlanOverview();
  const [view, setView] = useState<View>('chapter');
  const [chapter, setChapter] = useState<number | null>(null);
  const [body, setBody] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();
  const [asOf, setAsOf] = useState<number>(thisYear);
  const [reportYear, setReportYear] = useState<number>(Math.min(thisYear, 2025));
  const query: ProjectQuery =
    view === 'chapter' ? (chapter ? { chapter } : {}) : view === 'body' ? (body ? { body } : {}) : { overdue: true, asOf };
  const projects = useProjects(query);
  const errorMessage = useErrorMessage();
  const bureau = hasAnyCapability(useSessionUser(), ['knowledge.edit']);
  useDocumentTitle(t('actionPlan.pageTitle'));

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap="xs">
        {overview.data && (
          <Text size="sm" c="dimmed">
            {overview.data.plan.title[lang]}
          </Text>
        )}
        <Title order={1}>{t('actionPlan.title')}</Title>
        <Text>{t('actionPlan.intro')}</Text>
      </Stack>
      {overview.data && (
        <Group gap="xs">
          {ACTION_PLAN_STATUSES.map((s) => (
            <Group key={s} gap={4}>
              <ProjectStatusBadge status={s} />
              <Text size="sm">{overview.data.statuses[s]}</Text>
            </Group>
          ))}
        </Group>
      )}
      <Group align="flex-end" gap="sm">
        <NumberInput label={t('actionPlan.reportYear')} value={reportYear} min={2021} max={thisYear} w={110} onChange={(v) => typeof v === 'number' && setReportYear(v)} />
        <Button component="a" variant="light" href={`/api/action-plan/report.pdf?year=${reportYear}&lang=${lang}`} download>
          {t('actionPlan.report')}
        </Button>
      </Group>
      <SegmentedControl
        aria-label={t('actionPlan.view')}
        value={view}
        onChange={(v) => setView(v)}
        data={[
          { value: 'chapter', label: t('actionPlan.byChapter') },
          { value: 'body', label: t('actionPlan.byBody') },
          { value: 'overdue', label: t('actionPlan.overdue') },
        ]}
        fullWidth
        maw={560}
      />
      {view === 'chapter' && overview.data && (
        <Select
          label={t('actionPlan.byChapter')}
          clearable
          data={overview.data.chapters.map((c) => ({ value: String(c.chapter), label: `${c.chapter}. ${c.title[lang]} (${c.projects})` }))}
          value={chapter ? String(chapter) : null}
          onChange={(v) => setChapter(v ? Number(v) : null)}
          maw={640}
        />
      )}
      {view === 'body' && overview.data && (
        <Select
          label={t('actionPlan.body')}
          placeholder={t('actionPlan.allBodies')}
          clearable
          searchable
          data={overview.data.bodies.map((b) => ({ value: b.code, label: `${b.name[lang]} (${b.projects})` }))}
          value={body}
          onChange={setBody}
          maw={640}
        />
      )}
      {view === 'overdue' && (
        <NumberInput label={t('actionPlan.overdueAsOf')} value={asOf} min={2021} max={2100} w={160} onChange={(v) => typeof v === 'number' && setAsOf(v)} />
      )}
      {projects.isPending && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {projects.isError && <Alert color="red">{errorMessage(projects.error)}</Alert>}
      {projects.data && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('actionPlan.projects', { count: projects.data.data.length })}
          </Text>
          {projects.data.data.length === 0 && <Text>{t('actionPlan.none')}</Text>}
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {projects.data.data.map((p) => (
              <ProjectCard key={p.id} project={p} />
            ))}
          </Stack>
        </>
      )}
      {bureau && <BodiesEditor />}
    </Stack>
  );
}

function ProjectCard({ project }: { project: ActionPlanProject }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const title = lang === 'en' && project.title.en ? project.title.en : project.title.nl;
  return (
    <li>
      <Card withBorder radius="md" padding="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" c="dimmed" ff="monospace">
              {project.code}
            </Text>
            <ProjectStatusBadge status={project.status} />
            {project.overdue && (
              <Badge color="red.9" variant="filled">
                {t('actionPlan.overdueBadge')}
              </Badge>
            )}
            {project.actions.length > 0 && (
              <Badge color="teal" variant="outline">
                {t('actionPlan.yourProject')}
              </Badge>
            )}
          </Group>
          <AnchorLink to="/action-plan/$projectId" params={{ projectId: project.id }} fw={700} lang={lang === 'en' && project.title.en ? 'en' : 'nl'}>
            {title}
          </AnchorLink>
          <Text size="sm">
            {t('actionPlan.responsible')}: {project.bodies.length > 0 ? project.bodies.map((b) => b.name[lang]).join('; ') : project.responsibleText}
          </Text>
          <Text size="sm">
            {t('actionPlan.timing')}: {project.startYear === project.endYear ? project.startYear : `${project.startYear}–${project.endYear}`}
            {project.recurring && ` (${t('actionPlan.recurring')})`}
          </Text>
        </Stack>
      </Card>
    </li>
  );
}
