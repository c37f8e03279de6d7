import type { CatalogueDefinition } from '@keten/shared';
import { createMemoryHistory } from '@tanstack/react-router';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/app.tsx';
import { createQueryClient } from '../../../app/query-client.ts';
import { createAppRouter } from '../../../app/router.tsx';
import { i18n } from '../../../lib/i18n.ts';
import { demoMeta } from '../../../test/render-app.tsx';
import { directory, generalCatalogue, referenceRoutes, reporterSession } from '../test/fixtures.tsx';
import { emptyState, type SignalFormState } from './form-state.ts';

const ID = '3d5f7a9b-1c2e-4f60-8a7b-9c0d1e2f3a4b';

const revised: CatalogueDefinition = {
  ...generalCatalogue,
  version: generalCatalogue.version + 1,
  // The sign about documents was dropped in the new version.
  indicators: generalCatalogue.indicators.filter((i) => i.id !== 'general.documents_taken'),
};

function draft(): SignalFormState {
  const s = emptyState();
  return {
    ...s,
    context: {
      ...s.context,
      encounteredOn: '2026-11-20',
      judicialDistrict: 'brussels',
      sector: 'construction',
      howEncountered: 'inspection',
      immediateDanger: false,
    },
    narrative: 'Fictional: twelve workers sleep on the site.',
    person: { ...s.person, givenName: 'Ana', minor: 'no', gender: 'female', nationality: 'BE' },
    indicators: {
      catalogues: ['general'],
      ticks: [
        { catalogue: 'general', id: 'general.no_pay', note: 'paid 2 euro an hour' },
        { catalogue: 'general', id: 'general.documents_taken', note: '' },
      ],
    },
    consent: 'yes',
  };
}

const json = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );

beforeEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('a signs list revised while the form was open', () => {
  it('reloads the list, keeps every answer and the ticks that still exist, and submits with the same id', async () => {
    let current = generalCatalogue;
    const posts: Record<string, unknown>[] = [];
    const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const path = new URL(url, 'http://keten.test').pathname;
      const routes: Record<string, () => Promise<Response>> = {
        '/api/meta': () => json(200, demoMeta),
        '/api/session': () => json(200, reporterSession),
        '/api/signals/guidance-context': () => json(200, { catalogues: [current], directory }),
        [`/api/signal-drafts/${ID}`]: () =>
          init?.method === 'PUT'
            ? json(200, { id: ID, updatedAt: '2026-11-21T10:00:00.000Z' })
            : json(200, { id: ID, step: 'review', data: draft(), updatedAt: '2026-11-21T10:00:00.000Z' }),
        '/api/signals': () => {
          posts.push(JSON.parse(init?.body as string) as Record<string, unknown>);
          if (posts.length === 1) {
            // Meanwhile an editor published version 4.
            current = revised;
            return json(409, {
              error: {
                code: 'conflict',
                message: 'outdated',
                details: { reason: 'catalogue_outdated', key: 'general', current: 4 },
              },
            });
          }
          return json(201, { id: ID, reference: 'SIG-2026-000077', kind: 'professional' });
        },
        ...Object.fromEntries(
          Object.entries(referenceRoutes).map(([k, v]) => [k, () => json(v.status, v.body)]),
        ),
      };
      return routes[path]?.() ?? json(404, { error: { code: 'route_not_found', message: path } });
    });
    vi.stubGlobal('fetch', fetchMock);
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ queries: { retry: false } });
    const router = createAppRouter({
      history: createMemoryHistory({ initialEntries: [`/signals/new?draft=${ID}`] }),
    });
    render(<App router={router} queryClient={queryClient} mantineEnv="test" />);

    fireEvent.click(await screen.findByRole('button', { name: 'Submit signal' }));
    expect(await screen.findByText(/A signs list was revised/)).toBeTruthy();
    expect(screen.getByText(/1 ticked sign no longer exists/)).toBeTruthy();
    // Back on the signs: the remaining tick and its note are still there.
    expect(screen.getByRole('heading', { name: /Signs/ })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Little or no pay/).checked).toBe(true);
    expect(screen.getByDisplayValue('paid 2 euro an hour')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Submit signal' }));
    expect(await screen.findByTestId('signal-reference')).toBeTruthy();

    expect(posts).toHaveLength(2);
    expect(posts[1]?.id).toBe(ID);
    expect(posts[1]?.narrative).toBe('Fictional: twelve workers sleep on the site.');
    expect(posts[1]?.indicators).toEqual({
      catalogueVersions: [{ key: 'general', version: revised.version }],
      ticks: [{ catalogue: 'general', id: 'general.no_pay', note: 'paid 2 euro an hour' }],
    });
    await waitFor(() => expect(screen.getByText('SIG-2026-000077')).toBeTruthy());
  }, 30_000);
});
