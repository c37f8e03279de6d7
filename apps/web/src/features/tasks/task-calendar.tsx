import '@mantine/dates/styles.css';
import { Alert, Group, Indicator, Paper, Stack, Text, Title } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useFormat } from '../../lib/format.ts';
import { localToday } from '../procedure/procedure-api.ts';
import { useIsoDate } from '../procedure/procedure-bits.tsx';
import { DueDate, MarkDone, TaskConcerns, TaskState, useTaskLabel } from './task-row.tsx';
import { monthRange, useFileReferences, useTaskCalendar, type CalendarTask } from './tasks-api.ts';

/**
 * A month of my organisation's deadlines. The days are buttons (arrow keys move between them, as in
 * Mantine's calendar); choosing a day lists its tasks below, with their state in words.
 */
export function TaskCalendar() {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const date = useIsoDate();
  const errorMessage = useErrorMessage();
  const label = useTaskLabel();
  const references = useFileReferences();
  const [month, setMonth] = useState(localToday().slice(0, 8) + '01');
  const [selected, setSelected] = useState(localToday());
  const range = monthRange(month);
  const tasks = useTaskCalendar(range.from, range.to);
  const byDay = new Map<string, CalendarTask[]>();
  for (const task of tasks.data?.data ?? []) {
    byDay.set(task.date, [...(byDay.get(task.date) ?? []), task]);
  }
  const count = (day: string) => byDay.get(day)?.length ?? 0;
  const overdue = (day: string) => (byDay.get(day) ?? []).some((x) => x.overdue);
  const dayTasks = byDay.get(selected) ?? [];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" id="calendar-help">
        {t('procedureUi.tasks.calendar.keyboardHelp')}
      </Text>
      <Paper withBorder p="sm" radius="md" w="fit-content" maw="100%" aria-describedby="calendar-help">
        <Calendar
          // Names from Intl in the UI language: @mantine/dates and the app resolve different dayjs copies,
          // so a dayjs locale registered here would not reach the calendar.
          weekdayFormat={(day) => formatDate(`${day}T12:00:00Z`, { weekday: 'short' })}
          monthLabelFormat={(day) => formatDate(`${day}T12:00:00Z`, { month: 'long', year: 'numeric' })}
          firstDayOfWeek={1}
          weekendDays={[]}
          hideOutsideDates
          maxLevel="month"
          date={month}
          onDateChange={(d) => setMonth(d.slice(0, 8) + '01')}
          ariaLabels={{
            nextMonth: t('procedureUi.tasks.calendar.next'),
            previousMonth: t('procedureUi.tasks.calendar.previous'),
            nextYear: t('procedureUi.tasks.calendar.next'),
            previousYear: t('procedureUi.tasks.calendar.previous'),
          }}
          getDayAriaLabel={(day) => {
            const n = count(day);
            return n > 0
              ? `${date(day)}, ${t('procedureUi.tasks.calendar.dayTasks', { count: n })}${overdue(day) ? `, ${t('procedureUi.tasks.overdue')}` : ''}`
              : date(day);
          }}
          getDayProps={(day) => ({
            selected: day === selected,
            onClick: () => setSelected(day),
          })}
          renderDay={(day) => {
            const n = count(day);
            const dayOfMonth = Number(day.slice(8, 10));
            return n > 0 ? (
              <Indicator size={10} withBorder color={overdue(day) ? 'red.9' : 'keten'} offset={-3}>
                <div>{dayOfMonth}</div>
              </Indicator>
            ) : (
              <div>{dayOfMonth}</div>
            );
          }}
        />
      </Paper>
      {tasks.isError && (
        <Alert color="red" role="alert">
          {errorMessage(tasks.error)}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="day-tasks-heading" aria-live="polite">
        <Title order={2} size="h4" id="day-tasks-heading">
          {t('procedureUi.tasks.calendar.selected', { date: date(selected) })}
        </Title>
        {dayTasks.length === 0 ? (
          <Text c="dimmed">{t('procedureUi.tasks.calendar.noneOnDay')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {dayTasks.map((task) => (
              <Paper component="li" withBorder p="sm" radius="sm" key={task.id}>
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{label(task)}</Text>
                  <TaskState task={task} />
                </Group>
                <TaskConcerns task={task} references={references.data} />
                <DueDate task={task} />
                <MarkDone task={task} />
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
