import type { Meta } from '@keten/shared';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../app/app.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { createAppRouter } from '../app/router.tsx';

export interface FakeResponse {
  /** 0 = the network fails (server down). */
  status: number;
  body?: unknown;
}

export const demoMeta: Meta = {
  name: 'Keten',
  version: '1.2.3',
  demo: true,
  languages: ['nl', 'fr', 'de', 'en'],
};

export const unauthenticated: FakeResponse = {
  status: 401,
  body: { error: { code: 'unauthenticated', message: 'Not signed in' } },
};

/** Replaces `fetch` with fixed answers per API path; unknown paths answer the server's 404 shape. */
export function fakeApi(routes: Record<string, FakeResponse>) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://keten.test').pathname;
    const answer = routes[path] ?? {
      status: 404,
      body: { error: { code: 'route_not_found', message: `No route ${path}` } },
    };
    if (answer.status === 0) {
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    return Promise.resolve(
      new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole app (providers, frame, routes) at `path`, against a fake API. */
export function renderApp(
  path = '/',
  routes: Record<string, FakeResponse> = {
    '/api/meta': { status: 200, body: demoMeta },
    '/api/session': unauthenticated,
  },
) {
  fakeApi(routes);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  const result = render(<App router={router} queryClient={queryClient} mantineEnv="test" />);
  return { ...result, router, queryClient };
}
