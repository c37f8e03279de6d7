import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp } from '../../test/render-app.tsx';

const FILE = '00000000-0000-4000-8000-0000000000f1';
const task = (over: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-000000000101',
  kind: 'reflection_ending',
  recordType: 'victim_file',
  recordId: FILE,
  organisationId: '7f0d2c4e-4a44-4b8f-8f55-1d2e3f4a5b6c',
  assigneeUserId: null,
  dueAt: '2026-12-31T00:00:00.000Z',
  leadDays: 30,
  status: 'open',
  overdue: false,
  ...over,
});

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('my tasks', { timeout: 20_000 }, () => {
  it('lists deadlines with the file they concern, and says "Overdue" in words (not colour only)', async () => {
    renderApp('/tasks', {
      '/api/session': { status: 200, body: demoSession() },
      '/api/tasks': {
        status: 200,
        body: {
          data: [
            task({
              id: '00000000-0000-4000-8000-000000000102',
              kind: 'confirmation_pending',
              dueAt: '2026-01-02T00:00:00.000Z',
              leadDays: null,
              overdue: true,
            }),
            task({}),
          ],
        },
      },
      '/api/victim-files': { status: 200, body: { data: [{ id: FILE, reference: 'VF-2026-000042' }] } },
    });
    const table = await screen.findByRole('table', { name: 'Tasks, nearest deadline first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Magistrate’s confirmation pending')).toBeTruthy();
    expect(within(rows[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(rows[1]!).getByText('Reflection period ends')).toBeTruthy();
    expect(within(rows[1]!).queryByText('Overdue')).toBeNull();
    expect(within(rows[1]!).getByRole('link', { name: 'File VF-2026-000042' }).getAttribute('href')).toBe(
      `/victim-files/${FILE}`,
    );
    expect(within(rows[1]!).getByRole('button', { name: 'Mark “Reflection period ends” done' })).toBeTruthy();
  });

  it('shows an empty state when nothing is due', async () => {
    renderApp('/tasks', {
      '/api/session': { status: 200, body: demoSession() },
      '/api/tasks': { status: 200, body: { data: [] } },
      '/api/victim-files': { status: 200, body: { data: [] } },
    });
    expect(await screen.findByRole('heading', { name: 'No open task.' })).toBeTruthy();
  });
});
