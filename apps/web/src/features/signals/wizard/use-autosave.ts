import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api.ts';
import { saveDraft, type DraftSaved } from '../signal-api.ts';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** No connection or the server is unavailable: the state stays in memory and is retried. */
  | { kind: 'offline'; retryAt: Date }
  /** Refused for a reason a retry does not fix (session ended, too large…). */
  | { kind: 'failed'; error: unknown }
  /** The signal was submitted (maybe from another tab): nothing more to save. */
  | { kind: 'submitted' };

export interface AutosaveOptions {
  id: string;
  /** Changes whenever the state changes; saving starts `delayMs` after the last change. */
  revision: number;
  /** The payload at the moment of saving (read lazily so the newest state is sent). */
  payload: () => { data: Record<string, unknown>; step: string };
  enabled: boolean;
  delayMs?: number;
  save?: (id: string, data: Record<string, unknown>, step: string) => Promise<DraftSaved>;
}

export const RETRY_BASE_MS = 2_000;
export const RETRY_MAX_MS = 60_000;

function retryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * Saves the wizard's state to the server as a draft, debounced, and keeps retrying with backoff
 * while the connection is lost. Nothing goes to localStorage (the draft holds identity): if the
 * tab is lost while offline, the last server draft survives.
 */
export function useAutosave({
  id,
  revision,
  payload,
  enabled,
  delayMs = 1_000,
  save = saveDraft,
}: AutosaveOptions) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const payloadRef = useRef(payload);
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const attempt = useRef(0);
  const stopped = useRef(false);
  // Set after `flush` exists: lets a failed save schedule the next attempt of the same function.
  const schedule = useRef<(wait: number) => void>(() => undefined);

  useEffect(() => {
    payloadRef.current = payload;
    saveRef.current = save;
  });

  const clearTimer = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
  }, []);

  const flush = useCallback((): Promise<void> => {
    clearTimer();
    if (stopped.current) {
      return Promise.resolve();
    }
    if (inFlight.current) {
      // Saved again right after the running request, with the newest state.
      dirty.current = true;
      return inFlight.current;
    }
    dirty.current = false;
    const { data, step } = payloadRef.current();
    setStatus({ kind: 'saving' });
    const run = saveRef
      .current(id, data, step)
      .then(
        () => {
          attempt.current = 0;
          setStatus({ kind: 'saved', at: new Date() });
        },
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 409 && error.reason === 'already_submitted') {
            stopped.current = true;
            setStatus({ kind: 'submitted' });
            return;
          }
          if (!retryable(error)) {
            setStatus({ kind: 'failed', error });
            return;
          }
          const wait = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** attempt.current);
          attempt.current += 1;
          dirty.current = true;
          setStatus({ kind: 'offline', retryAt: new Date(Date.now() + wait) });
          schedule.current(wait);
        },
      )
      .finally(() => {
        inFlight.current = null;
        if (dirty.current && timer.current === null && !stopped.current) {
          schedule.current(0);
        }
      });
    inFlight.current = run;
    return run;
  }, [id, clearTimer]);

  useEffect(() => {
    schedule.current = (wait) => {
      clearTimer();
      timer.current = setTimeout(() => void flush(), wait);
    };
  }, [flush, clearTimer]);

  // Debounce: each change restarts the wait.
  useEffect(() => {
    if (!enabled || revision === 0 || stopped.current) {
      return;
    }
    dirty.current = true;
    if (inFlight.current) {
      return;
    }
    clearTimer();
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [revision, enabled, delayMs, flush, clearTimer]);

  // Back online: try at once instead of waiting for the backoff.
  useEffect(() => {
    const onOnline = () => {
      if (dirty.current && !stopped.current) {
        attempt.current = 0;
        void flush();
      }
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);

  useEffect(() => () => clearTimer(), [clearTimer]);

  /** Stops saving (before submitting) and waits for a request still running. */
  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimer();
    if (inFlight.current) {
      await inFlight.current;
    }
  }, [clearTimer]);

  /** Saving resumes (a submit failed and the user goes on editing). */
  const resume = useCallback(() => {
    stopped.current = false;
    if (dirty.current) {
      void flush();
    }
  }, [flush]);

  return { status, flush, stop, resume };
}
