import type { DisclosureInfo, StatTable } from '@keten/shared';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { renderWithProviders } from '../signals/test/fixtures.tsx';
import { DisclosureNote, StatTableView } from './stat-table-view.tsx';

const n = (value: number) => ({ value, suppressed: null });
const primary = { value: null, suppressed: 'primary' as const };
const secondary = { value: null, suppressed: 'secondary' as const };

const controlled: DisclosureInfo = { controlled: true, method: 'suppress', k: 5, zerosPublished: true, protectedAgainst: ['year'] };

// Margins deliberately not the sum of the visible cells: the view must show the server's margins.
const table: StatTable = {
  rowDimension: 'gender',
  columnDimension: 'region',
  rows: ['female', 'male'],
  columns: ['BE-BRU', 'BE-VLG'],
  cells: [
    [n(12), primary],
    [secondary, n(30)],
  ],
  rowTotals: [n(15), n(38)],
  colTotals: [n(20), n(33)],
  total: n(53),
  multiValued: false,
};

const label = (_d: string, key: string) => `L:${key}`;
const dimensionLabel = (d: string) => `D:${d}`;

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('a protected statistics table', () => {
  it('shows hidden cells as marks with their meaning, and the margins as the server sent them', () => {
    renderWithProviders(<StatTableView table={table} disclosure={controlled} caption="Signals by gender and region" label={label} dimensionLabel={dimensionLabel} />);
    const grid = screen.getByRole('table', { name: 'Signals by gender and region' });
    const female = within(grid).getByRole('row', { name: /L:female/ });
    expect(female.textContent).toContain('12');
    expect(within(female).getByText('hidden: fewer than 5')).toBeTruthy();
    expect(within(female).getByText('<5')).toBeTruthy();
    expect(within(female).getByText('15')).toBeTruthy();
    const male = within(grid).getByRole('row', { name: /L:male/ });
    expect(within(male).getByText('hidden to protect another cell')).toBeTruthy();
    const totals = within(grid).getAllByRole('row').at(-1);
    expect(totals?.textContent).toBe('Total203353');
    expect(within(grid).getByRole('columnheader', { name: 'L:BE-BRU' })).toBeTruthy();
  });

  it('says the figures are unprotected internal figures when they are', () => {
    renderWithProviders(<DisclosureNote disclosure={{ controlled: false, method: 'none', k: null, zerosPublished: true, protectedAgainst: [] }} />);
    expect(screen.getByText(/Internal figures on your own organisation/)).toBeTruthy();
  });

  it('explains the threshold of a protected table in the user’s language', async () => {
    await i18n.changeLanguage('nl');
    renderWithProviders(<DisclosureNote disclosure={controlled} multiValued />);
    expect(screen.getByText(/aantallen van 1 tot 4 zijn verborgen en staan als “<5”/)).toBeTruthy();
    expect(screen.getByText(/elke vermelding telt/)).toBeTruthy();
  });
});
