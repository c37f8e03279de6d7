import type { ActionPlanStatus } from '@keten/shared';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ActionPlanStatus, string> = { not_started: 'gray', ongoing: 'blue', done: 'green', postponed: 'yellow', dropped: 'dark' };

export function ProjectStatusBadge({ status }: { status: ActionPlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`actionPlan.statuses.${status}`)}
    </Badge>
  );
}
