import type { Task } from '@keten/shared';
import { Alert, Badge, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { CheckIcon, CrossIcon, DotIcon } from '../../components/icons.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { useTx } from '../procedure/procedure-bits.tsx';
import { useMarkTaskDone } from './tasks-api.ts';

/** The task's kind in words. */
export function useTaskLabel(): (task: Task) => string {
  const tx = useTx();
  return (task) => tx(`procedureUi.tasks.kind.${task.kind}`);
}

/** Overdue / open / done: colour, icon and words together (never colour alone). */
export function TaskState({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (task.status === 'done') {
    return (
      <Badge color="green" variant="light" leftSection={<CheckIcon size={12} />}>
        {t('procedureUi.tasks.doneState')}
      </Badge>
    );
  }
  if (task.overdue) {
    return (
      <Badge color="red" variant="filled" leftSection={<CrossIcon size={12} />}>
        {t('procedureUi.tasks.overdue')}
      </Badge>
    );
  }
  return (
    <Badge color="blue" variant="light" leftSection={<DotIcon size={12} />}>
      {t('procedureUi.tasks.dueSoon')}
    </Badge>
  );
}

export function TaskConcerns({
  task,
  references,
}: {
  task: Task;
  references: Map<string, string> | undefined;
}) {
  const { t } = useTranslation();
  if (task.recordType === 'referral') {
    return <Text size="sm">{t('procedureUi.tasks.referral')}</Text>;
  }
  const reference = references?.get(task.recordId);
  if (!reference) {
    return <Text size="sm">{t('procedureUi.tasks.fileUnknown')}</Text>;
  }
  return (
    <AnchorLink to="/victim-files/$fileId" params={{ fileId: task.recordId }} size="sm">
      {t('procedureUi.tasks.file', { reference })}
    </AnchorLink>
  );
}

export function DueDate({ task }: { task: Task }) {
  const { formatDate } = useFormat();
  return (
    <Text size="sm" fw={task.overdue ? 700 : 400}>
      {formatDate(task.dueAt, { dateStyle: 'medium' })}
    </Text>
  );
}

export function MarkDone({ task }: { task: Task }) {
  const { t } = useTranslation();
  const label = useTaskLabel();
  const errorMessage = useErrorMessage();
  const done = useMarkTaskDone();
  if (task.status === 'done') {
    return null;
  }
  return (
    <>
      <Button
        size="compact-sm"
        variant="light"
        loading={done.isPending}
        onClick={() => done.mutate(task.id)}
        aria-label={t('procedureUi.tasks.markDoneNamed', { task: label(task) })}
      >
        {t('procedureUi.tasks.markDone')}
      </Button>
      {done.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(done.error)}
        </Alert>
      )}
    </>
  );
}
