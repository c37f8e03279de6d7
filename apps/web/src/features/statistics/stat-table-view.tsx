import type { DisclosureInfo, StatCell, StatTable } from '@keten/shared';
import { Alert, Box, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

/**
 * A wide table that scrolls sideways on a narrow screen. The scrolling box is a named group that
 * takes focus, so it can be scrolled with the keyboard too.
 */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="group" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}

/**
 * One published count as the server sent it: the number, or a mark for a hidden cell ("<5" for a
 * small count, "x" for a cell hidden to protect another), with the full meaning for screen readers.
 */
export function StatCellView({ cell, k }: { cell: StatCell; k: number | null }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormat();
  if (cell.suppressed === 'primary') {
    return (
      <span data-suppressed="primary">
        <span aria-hidden="true">{t('statisticsUi.table.primary', { k: k ?? '' })}</span>
        <VisuallyHidden>{t('statisticsUi.table.primaryLong', { k: k ?? '' })}</VisuallyHidden>
      </span>
    );
  }
  if (cell.suppressed === 'secondary' || cell.value === null) {
    return (
      <span data-suppressed="secondary">
        <span aria-hidden="true">{t('statisticsUi.table.secondary')}</span>
        <VisuallyHidden>{t('statisticsUi.table.secondaryLong')}</VisuallyHidden>
      </span>
    );
  }
  return <>{formatNumber(cell.value)}</>;
}

interface StatTableViewProps {
  table: StatTable;
  disclosure: DisclosureInfo;
  caption: string;
  /** The name of a row or column key. */
  label: (dimension: string, key: string) => string;
  dimensionLabel: (dimension: string) => string;
}

/**
 * A 1- or 2-dimensional table with its margins, exactly as the server computed it (the margins of
 * a protected table are published cells in their own right, never summed here).
 */
export function StatTableView({ table, disclosure, caption, label, dimensionLabel }: StatTableViewProps) {
  const { t } = useTranslation();
  const k = disclosure.k;
  const columns = table.columns;
  const colDim = table.columnDimension;
  return (
    <ScrollTable label={caption} minWidth={columns ? Math.min(1200, 240 + columns.length * 90) : 240}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{dimensionLabel(table.rowDimension)}</Table.Th>
            {columns && colDim
              ? columns.map((c) => (
                  <Table.Th scope="col" key={c} ta="end">
                    {label(colDim, c)}
                  </Table.Th>
                ))
              : null}
            <Table.Th scope="col" ta="end">
              {columns ? t('statisticsUi.table.total') : t('statisticsUi.table.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, i) => {
            const cells = table.cells[i] ?? [];
            const rowTotal = table.rowTotals?.[i] ?? (columns ? null : cells[0]);
            return (
              <Table.Tr key={row}>
                <Table.Th scope="row" fw={500}>
                  {label(table.rowDimension, row)}
                </Table.Th>
                {columns
                  ? cells.map((cell, j) => (
                      <Table.Td key={columns[j] ?? j} ta="end">
                        <StatCellView cell={cell} k={k} />
                      </Table.Td>
                    ))
                  : null}
                <Table.Td ta="end" fw={columns ? 600 : undefined}>
                  {rowTotal ? <StatCellView cell={rowTotal} k={k} /> : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('statisticsUi.table.total')}</Table.Th>
            {columns
              ? (table.colTotals ?? []).map((cell, j) => (
                  <Table.Td key={columns[j] ?? j} ta="end" fw={600}>
                    <StatCellView cell={cell} k={k} />
                  </Table.Td>
                ))
              : null}
            <Table.Td ta="end" fw={700}>
              <StatCellView cell={table.total} k={k} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}

/** What the figures are and how they were protected, under every table and chart group. */
export function DisclosureNote({ disclosure, multiValued }: { disclosure: DisclosureInfo; multiValued?: boolean }) {
  const { t } = useTranslation();
  const k = disclosure.k ?? 0;
  let text: string;
  if (!disclosure.controlled || disclosure.method === 'none') {
    text = t('statisticsUi.disclosure.notControlled');
  } else if (disclosure.method === 'round') {
    text = t('statisticsUi.disclosure.controlledRound', { k });
  } else {
    text = t('statisticsUi.disclosure.controlledSuppress', { k, max: Math.max(1, k - 1) });
  }
  return (
    <Alert color={disclosure.controlled ? 'blue' : 'yellow'} variant="light" p="sm" data-testid="disclosure-note">
      <Stack gap={4}>
        <Text size="sm">{text}</Text>
        {multiValued ? <Text size="sm">{t('statisticsUi.disclosure.multiValued')}</Text> : null}
      </Stack>
    </Alert>
  );
}
