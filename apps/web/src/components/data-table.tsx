import { Card, Center, Stack, Table, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { InboxIcon } from './icons.tsx';
import { PHONE_QUERY } from './responsive.ts';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Hide the header visually (an actions column); it stays for screen readers. */
  hiddenHeader?: boolean;
  align?: 'start' | 'end';
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The cell that names the row (a row header for screen readers, the card title on phones). */
  rowHeader: (row: T) => ReactNode;
  rowHeaderLabel: string;
  /** Keep the row header on one line in the table (short names and e-mail addresses). */
  rowHeaderNoWrap?: boolean;
  empty: { title: string; description?: string };
  /** Minimum width before the table scrolls sideways (desktop). */
  minWidth?: number;
}

/**
 * A list of records: a table with a caption and row headers on wide screens, a stack of cards on
 * phones (each value with its column name), and a friendly empty state.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowHeader,
  rowHeaderLabel,
  rowHeaderNoWrap = false,
  empty,
  minWidth = 720,
}: DataTableProps<T>) {
  const phone = useMediaQuery(PHONE_QUERY) ?? false;
  if (rows.length === 0) {
    return (
      <Center py="xl">
        <Stack align="center" gap="xs" maw={420} ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" color="gray">
            <InboxIcon size={26} />
          </ThemeIcon>
          <Title order={2} size="h4">
            {empty.title}
          </Title>
          {empty.description && <Text c="dimmed">{empty.description}</Text>}
        </Stack>
      </Center>
    );
  }
  if (phone) {
    return (
      <Stack
        gap="sm"
        component="ul"
        aria-label={caption}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {rows.map((row) => (
          <Card component="li" key={rowKey(row)} withBorder padding="sm" radius="md">
            <Text fw={600} mb={4}>
              {rowHeader(row)}
            </Text>
            <Stack gap={6}>
              {columns.map((column) =>
                column.hiddenHeader ? (
                  <div key={column.key}>{column.render(row)}</div>
                ) : (
                  <div key={column.key}>
                    <Text size="xs" c="dimmed" fw={600}>
                      {column.header}
                    </Text>
                    <div>{column.render(row)}</div>
                  </div>
                ),
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" striped highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeaderLabel}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.key} ta={column.align}>
                {column.hiddenHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              <Table.Th scope="row" fw={500} style={rowHeaderNoWrap ? { whiteSpace: 'nowrap' } : undefined}>
                {rowHeader(row)}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.key} ta={column.align}>
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
