import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETRY_BASE_MS, useAutosave } from './use-autosave.ts';

const ID = '6f1c1b3e-8f7a-4c52-9d3e-2a8f4b1c0d11';

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('draft autosave', () => {
  it('waits for a pause in typing, then saves the whole state with the step', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(jsonResponse(200, { id: ID, updatedAt: '2026-11-21T10:00:00.000Z' })),
    );
    vi.stubGlobal('fetch', fetchMock);
    let data: Record<string, unknown> = { narrative: 'a' };
    const { result, rerender } = renderHook(
      ({ revision }) =>
        useAutosave({ id: ID, revision, enabled: true, payload: () => ({ data, step: 'person' }) }),
      {
        initialProps: { revision: 0 },
      },
    );
    rerender({ revision: 1 });
    await act(() => vi.advanceTimersByTimeAsync(500));
    data = { narrative: 'ab' };
    rerender({ revision: 2 });
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(fetchMock).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/signal-drafts/${ID}`);
    expect(init.method).toBe('PUT');
    expect(JSON.parse(init.body as string)).toEqual({ data: { narrative: 'ab' }, step: 'person' });
    expect(result.current.status.kind).toBe('saved');
  });

  it('keeps the state and retries with backoff when the connection is lost, then reports it saved', async () => {
    const fetchMock = vi
      .fn<() => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(jsonResponse(200, { id: ID, updatedAt: '2026-11-21T10:00:00.000Z' }));
    vi.stubGlobal('fetch', fetchMock);
    const { result, rerender } = renderHook(
      ({ revision }) =>
        useAutosave({
          id: ID,
          revision,
          enabled: true,
          payload: () => ({ data: { n: revision }, step: 'context' }),
        }),
      {
        initialProps: { revision: 0 },
      },
    );
    rerender({ revision: 1 });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(result.current.status.kind).toBe('offline');

    // First retry after the base wait, the second after twice as long.
    await act(() => vi.advanceTimersByTimeAsync(RETRY_BASE_MS));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(result.current.status.kind).toBe('offline');
    await act(() => vi.advanceTimersByTimeAsync(RETRY_BASE_MS));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(RETRY_BASE_MS));
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(result.current.status.kind).toBe('saved');
    // Every attempt carried the same, newest state.
    for (const call of fetchMock.mock.calls as unknown as [string, RequestInit][]) {
      expect(JSON.parse(call[1].body as string)).toEqual({ data: { n: 1 }, step: 'context' });
    }
  });

  it('stops for good when the server says the signal was already submitted', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        jsonResponse(409, {
          error: { code: 'conflict', message: 'already', details: { reason: 'already_submitted' } },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { result, rerender } = renderHook(
      ({ revision }) =>
        useAutosave({ id: ID, revision, enabled: true, payload: () => ({ data: {}, step: 'review' }) }),
      {
        initialProps: { revision: 0 },
      },
    );
    rerender({ revision: 1 });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.status.kind).toBe('submitted');
    rerender({ revision: 2 });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
