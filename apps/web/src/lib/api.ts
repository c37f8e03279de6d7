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
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
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
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, response.status, message, details);
  }
  return new ApiError(
    codeForStatus(response.status),
    response.status,
    `HTTP ${response.status} ${response.statusText}`,
  );
}

/** Calls the Keten API on the same origin (session cookie included) and returns the parsed JSON. */
export async function apiRequest<T = unknown>(path: string, options: ApiRequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', body, parser, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
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
