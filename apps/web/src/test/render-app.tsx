import type { Meta, SessionInfo } from '@keten/shared';
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
  headers?: Record<string, string>;
}

/** What the fake server saw of a request. */
export interface FakeRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body: unknown;
}

/** A fixed answer, or one computed from the request (to answer differently the second time). */
export type FakeRoute = FakeResponse | ((request: FakeRequest) => FakeResponse);

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

export function apiError(
  status: number,
  code: string,
  details?: unknown,
  headers?: Record<string, string>,
): FakeResponse {
  return {
    status,
    body: { error: { code, message: code, ...(details === undefined ? {} : { details }) } },
    ...(headers ? { headers } : {}),
  };
}

/** A signed-in centre caseworker; override any part. */
export function demoSession(overrides: Partial<SessionInfo['user']> = {}): SessionInfo {
  return {
    user: {
      id: '0b5c1a52-3c0e-4a8e-9a55-6f1d2f0f6c01',
      email: 'amira@pagasa.example.be',
      displayName: 'Amira Demo-Benali',
      language: 'en',
      organisationId: '7f0d2c4e-4a44-4b8f-8f55-1d2e3f4a5b6c',
      organisationName: 'PAG-ASA',
      organisationType: 'specialised_centre',
      roles: ['centre_caseworker'],
      capabilities: ['profile.manage', 'record.read'],
      ...overrides,
    },
    csrfToken: 'csrf-token-of-this-session',
    session: {
      id: '5a1f3c2b-6d7e-4f80-9a1b-2c3d4e5f6a7b',
      expiresAt: '2030-01-01T12:00:00.000Z',
      idleTimeoutMinutes: 30,
    },
  };
}

/**
 * Replaces `fetch` with answers per API route. Keys are `'/api/path'` (any method) or
 * `'POST /api/path'`; unknown routes answer the server's 404 shape. Returns the mock and the list
 * of requests seen.
 */
export function fakeApi(routes: Record<string, FakeRoute>) {
  const requests: FakeRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, 'http://keten.test');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: FakeRequest = {
      method,
      path: url.pathname,
      search: url.search,
      headers: new Headers(init?.headers),
      body,
    };
    requests.push(request);
    const route = routes[`${method} ${url.pathname}`] ?? routes[url.pathname];
    const answer: FakeResponse =
      route === undefined
        ? apiError(404, 'route_not_found')
        : typeof route === 'function'
          ? route(request)
          : route;
    if (answer.status === 0) {
      throw new TypeError('Failed to fetch');
    }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}

/** Renders the whole app (providers, frame, routes) at `path`, against a fake API. */
export function renderApp(
  path = '/',
  routes: Record<string, FakeRoute> = {
    '/api/meta': { status: 200, body: demoMeta },
    '/api/session': unauthenticated,
  },
) {
  const api = fakeApi({ '/api/meta': { status: 200, body: demoMeta }, ...routes });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  const result = render(<App router={router} queryClient={queryClient} mantineEnv="test" />);
  return { ...result, router, queryClient, requests: api.requests, fetchMock: api.fetchMock };
}
