import { ERROR_STATUS, ErrorBodySchema, type ErrorCode } from '@keten/shared';

/**
 * A failed API call. `code` is one of the server's stable error codes (packages/shared/src/errors.ts),
 * which the UI translates as `errors.<code>`; `message` is English, for logs only.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
    /** For 429: how long to wait, from `details.retryAfterSeconds` or the Retry-After header. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  /** `details.reason` when the server gave one ('csrf', 'invalid_code', 'email_domain' …). */
  get reason(): string | undefined {
    return typeof this.details === 'object' && this.details !== null
      ? stringOrUndefined((this.details as Record<string, unknown>).reason)
      : undefined;
  }

  /** Another field of `details`, when it is a string (e.g. the password `problem`). */
  detail(key: string): string | undefined {
    return typeof this.details === 'object' && this.details !== null
      ? stringOrUndefined((this.details as Record<string, unknown>)[key])
      : undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The wait in whole seconds from a 429's details or Retry-After header (seconds form only). */
function readRetryAfter(details: unknown, header: string | null): number | null {
  const fromDetails =
    typeof details === 'object' && details !== null
      ? (details as { retryAfterSeconds?: unknown }).retryAfterSeconds
      : undefined;
  if (typeof fromDetails === 'number' && Number.isFinite(fromDetails) && fromDetails >= 0) {
    return Math.ceil(fromDetails);
  }
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null;
}

/**
 * Where the CSRF token of the current session comes from. The server refuses a state-changing
 * request in a session without the `x-csrf-token` header (403, details.reason 'csrf'); the token is
 * part of `GET /api/session`, so the app registers a source that reads the session query cache.
 */
export interface CsrfSource {
  /** The token of the session this page knows about, or null when signed out. */
  token(): string | null;
  /** Asks the server again (the session may have changed in another tab) and returns the new token. */
  refresh(): Promise<string | null>;
}

let csrfSource: CsrfSource | null = null;

export function setCsrfSource(source: CsrfSource | null): void {
  csrfSource = source;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isCsrfRefusal(error: ApiError): boolean {
  return (
    error.status === 403 &&
    typeof error.details === 'object' &&
    error.details !== null &&
    (error.details as { reason?: unknown }).reason === 'csrf'
  );
}

/** Anything with zod's `parse`: the response is checked against the contract before use. */
export interface ResponseParser<T> {
  parse(data: unknown): T;
}

export interface ApiRequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  parser?: ResponseParser<T>;
  signal?: AbortSignal;
}

/**
 * The code for a response that did not carry our error shape (a proxy's HTML page, or a code this
 * build does not know yet): the first code with that status, with the generic ones preferred.
 */
export function codeForStatus(status: number): ErrorCode {
  const preferred: Partial<Record<number, ErrorCode>> = {
    400: 'bad_request',
    404: 'not_found',
    502: 'unavailable',
    503: 'unavailable',
    504: 'unavailable',
  };
  const exact =
    preferred[status] ??
    (Object.entries(ERROR_STATUS) as [ErrorCode, number][]).find(([, s]) => s === status)?.[0];
  if (exact) {
    return exact;
  }
  return status >= 500 ? 'internal' : 'bad_request';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') {
    return undefined;
  }
  return JSON.parse(text) as unknown;
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  const parsed = ErrorBodySchema.safeParse(body);
  const retryHeader = response.headers.get('retry-after');
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, response.status, message, details, readRetryAfter(details, retryHeader));
  }
  return new ApiError(
    codeForStatus(response.status),
    response.status,
    `HTTP ${response.status} ${response.statusText}`,
    undefined,
    readRetryAfter(undefined, retryHeader),
  );
}

/**
 * Calls the Keten API on the same origin (session cookie included) and returns the parsed JSON.
 * State-changing requests carry the session's CSRF token; when the server refuses the token (the
 * session changed in another tab), the session is fetched again and the request retried once.
 */
export async function apiRequest<T = unknown>(path: string, options: ApiRequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const stateChanging = STATE_CHANGING.has(method);
  try {
    return await send(path, options, stateChanging ? (csrfSource?.token() ?? null) : null);
  } catch (error) {
    if (!stateChanging || !csrfSource || !(error instanceof ApiError) || !isCsrfRefusal(error)) {
      throw error;
    }
    const fresh = await csrfSource.refresh();
    if (!fresh) {
      throw error;
    }
    return send(path, options, fresh);
  }
}

async function send<T>(path: string, options: ApiRequestOptions<T>, csrfToken: string | null): Promise<T> {
  const { method = 'GET', body, parser, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) {
      throw error;
    }
    // The network failed or the server is down: nothing came back to parse.
    throw new ApiError('unavailable', 0, error instanceof Error ? error.message : 'Network error');
  }

  if (!response.ok) {
    throw await errorFromResponse(response);
  }

  let data: unknown;
  try {
    data = await readJson(response);
  } catch {
    throw new ApiError('internal', response.status, `Invalid JSON from ${method} ${path}`);
  }
  if (!parser) {
    return data as T;
  }
  try {
    return parser.parse(data);
  } catch (error) {
    // The server answered something outside the contract: a bug, not the user's fault.
    throw new ApiError('internal', response.status, `Unexpected response from ${method} ${path}`, error);
  }
}

export function apiGet<T = unknown>(
  path: string,
  parser?: ResponseParser<T>,
  signal?: AbortSignal,
): Promise<T> {
  return apiRequest(path, { parser, signal });
}
