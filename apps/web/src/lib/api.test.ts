import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, apiRequest, codeForStatus, isApiError, setCsrfSource } from './api.ts';
import { translateError } from './api-error-message.ts';
import { i18n } from './i18n.ts';

function respond(status: number, body?: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': contentType },
      }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfSource(null);
});

describe('apiRequest', () => {
  it('sends JSON with the session cookie of the same origin', async () => {
    const fetchMock = respond(200, { id: 'x' });
    await expect(apiRequest('/api/things', { method: 'POST', body: { name: 'a' } })).resolves.toEqual({
      id: 'x',
    });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"a"}');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('parses the server error shape into an ApiError with code, status and details', async () => {
    const details = [{ path: 'name', code: 'too_small', message: 'Too short' }];
    respond(400, { error: { code: 'validation_failed', message: 'Invalid body', details } });
    const error = await failure(apiGet('/api/things'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('validation_failed');
    expect(error.status).toBe(400);
    expect(error.message).toBe('Invalid body');
    expect(error.details).toEqual(details);
    expect(isApiError(error, 'validation_failed')).toBe(true);
    expect(isApiError(error, 'forbidden')).toBe(false);
  });

  it('falls back on the status when the body is not our error shape', async () => {
    respond(502, '<html>Bad gateway</html>', 'text/html');
    const error = await failure(apiGet('/api/things'));
    expect(error.code).toBe('unavailable');
    expect(error.status).toBe(502);
  });

  it('falls back on the status for an error code this build does not know', async () => {
    respond(403, { error: { code: 'some_future_code', message: 'New' } });
    expect((await failure(apiGet('/api/things'))).code).toBe('forbidden');
  });

  it('reports an unreachable server as unavailable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await failure(apiGet('/api/things'));
    expect(error.code).toBe('unavailable');
    expect(error.status).toBe(0);
  });

  it('lets an aborted request stay an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new DOMException('Aborted', 'AbortError'))),
    );
    await expect(apiGet('/api/things', undefined, controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('checks the response against the parser, and treats a mismatch as an internal error', async () => {
    respond(200, { version: 3 });
    const parser = {
      parse(data: unknown) {
        if (
          typeof data === 'object' &&
          data !== null &&
          'version' in data &&
          typeof data.version === 'string'
        ) {
          return data.version;
        }
        throw new Error('version must be a string');
      },
    };
    expect((await failure(apiGet('/api/meta', parser))).code).toBe('internal');
  });

  it('returns undefined for an empty answer (204)', async () => {
    respond(204);
    await expect(apiRequest('/api/things/1', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});

describe('CSRF token', () => {
  it('is sent with every state-changing request, never with a read', async () => {
    setCsrfSource({ token: () => 'token-a', refresh: () => Promise.resolve('token-b') });
    const fetchMock = respond(200, {});
    await apiGet('/api/things');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      await apiRequest('/api/things', { method, body: {} });
    }
    const sent = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('x-csrf-token'));
    expect(sent).toEqual([null, 'token-a', 'token-a', 'token-a', 'token-a']);
  });

  it('is asked again once when the server refuses it (the session changed in another tab)', async () => {
    const refresh = vi.fn(() => Promise.resolve('token-b'));
    setCsrfSource({ token: () => 'token-a', refresh });
    const fetchMock = vi.fn((_input: RequestInfo | URL, init?: RequestInit) =>
      Promise.resolve(
        new Headers(init?.headers).get('x-csrf-token') === 'token-b'
          ? new Response('{"ok":true}', { status: 200 })
          : new Response(
              JSON.stringify({ error: { code: 'forbidden', message: 'csrf', details: { reason: 'csrf' } } }),
              {
                status: 403,
              },
            ),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiRequest('/api/things', { method: 'POST', body: {} })).resolves.toEqual({ ok: true });
    expect(refresh).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not retry other refusals', async () => {
    const refresh = vi.fn(() => Promise.resolve('token-b'));
    setCsrfSource({ token: () => 'token-a', refresh });
    respond(403, { error: { code: 'forbidden', message: 'no', details: { reason: 'own_account' } } });
    const error = await failure(apiRequest('/api/things', { method: 'POST', body: {} }));
    expect(error.reason).toBe('own_account');
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('rate limiting', () => {
  it('reads the wait from the details, else from Retry-After', async () => {
    respond(429, { error: { code: 'rate_limited', message: 'slow', details: { retryAfterSeconds: 12.2 } } });
    expect((await failure(apiGet('/api/things'))).retryAfterSeconds).toBe(13);
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ error: { code: 'rate_limited', message: 'slow' } }), {
            status: 429,
            headers: { 'Retry-After': '40' },
          }),
        ),
      ),
    );
    expect((await failure(apiGet('/api/things'))).retryAfterSeconds).toBe(40);
  });
});

describe('codeForStatus', () => {
  it('maps statuses to the generic codes', () => {
    expect(codeForStatus(400)).toBe('bad_request');
    expect(codeForStatus(401)).toBe('unauthenticated');
    expect(codeForStatus(404)).toBe('not_found');
    expect(codeForStatus(429)).toBe('rate_limited');
    expect(codeForStatus(500)).toBe('internal');
    expect(codeForStatus(503)).toBe('unavailable');
    expect(codeForStatus(418)).toBe('bad_request');
    expect(codeForStatus(507)).toBe('internal');
  });
});

describe('translateError', () => {
  it('translates the error code into the chosen language', async () => {
    const error = new ApiError('forbidden', 403, 'Forbidden');
    await i18n.changeLanguage('nl');
    expect(translateError(i18n.t, error)).toBe('U hebt geen toestemming om dit te doen.');
    await i18n.changeLanguage('fr');
    expect(translateError(i18n.t, error)).toBe('Vous n’avez pas l’autorisation d’effectuer cette action.');
  });

  it('uses the generic message for anything that is not an API error', async () => {
    await i18n.changeLanguage('en');
    expect(translateError(i18n.t, new Error('boom'))).toBe(
      'Something went wrong on our side. Try again later.',
    );
  });
});
