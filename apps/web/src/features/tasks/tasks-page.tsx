import type { Task } from '@keten/shared';
import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { DataTable } from '../../components/data-table.tsx';
import { FilterControl } from '../../components/filter-control.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { PageLoader } from '../session/require-session.tsx';
import { TaskCalendar } from './task-calendar.tsx';
import { DueDate, MarkDone, TaskConcerns, TaskState, useTaskLabel } from './task-row.tsx';
import { useFileReferences, useMyTasks } from './tasks-api.ts';

function TaskList() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const label = useTaskLabel();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const tasks = useMyTasks(status);
  const references = useFileReferences();
  return (
    <Stack gap="md">
      <FilterControl<'open' | 'done'>
        label={t('procedureUi.tasks.filter')}
        value={status}
        onChange={setStatus}
        options={(['open', 'done'] as const).map((s) => ({
          value: s,
          label: t(`procedureUi.tasks.filters.${s}`),
        }))}
      />
      {tasks.isPending ? (
        <PageLoader />
      ) : tasks.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(tasks.error)}
        </Alert>
      ) : (
        <DataTable<Task>
          caption={t('procedureUi.tasks.caption')}
          rows={tasks.data.data}
          rowKey={(task) => task.id}
          rowHeaderLabel={t('procedureUi.tasks.kindHeader')}
          rowHeader={(task) => label(task)}
          columns={[
            { key: 'due', header: t('procedureUi.tasks.due'), render: (task) => <DueDate task={task} /> },
            {
              key: 'concerns',
              header: t('procedureUi.tasks.concerns'),
              render: (task) => <TaskConcerns task={task} references={references.data} />,
            },
            {
              key: 'state',
              header: t('procedureUi.tasks.state'),
              render: (task) => <TaskState task={task} />,
            },
            {
              key: 'actions',
              header: t('common.actions'),
              hiddenHeader: true,
              render: (task) => <MarkDone task={task} />,
            },
          ]}
          empty={
            status === 'open'
              ? { title: t('procedureUi.tasks.empty'), description: t('procedureUi.tasks.emptyHint') }
              : { title: t('procedureUi.tasks.emptyDone') }
          }
          minWidth={640}
        />
      )}
    </Stack>
  );
}

/** My deadlines as a list and as a month calendar. Every signed-in person has tasks (maybe none). */
export function TasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('procedureUi.tasks.title'));
  const [view, setView] = useState<string | null>('list');
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('procedureUi.tasks.title')}</Title>
        <Text>{t('procedureUi.tasks.intro')}</Text>
      </Stack>
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('procedureUi.tasks.views.list')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('procedureUi.tasks.views.calendar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <TaskList />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <TaskCalendar />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
