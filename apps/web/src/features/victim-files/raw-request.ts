import { ErrorBodySchema } from '@keten/shared';
import { ApiError, codeForStatus } from '../../lib/api.ts';

/**
 * The server's error shape from a failed non-JSON exchange (a PDF download, a raw upload), so the
 * refusal is explained like any other.
 */
export async function errorOf(response: Response): Promise<ApiError> {
  try {
    const parsed = ErrorBodySchema.safeParse(await response.json());
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError(code, response.status, message, details);
    }
  } catch {
    // not JSON: the status tells
  }
  return new ApiError(codeForStatus(response.status), response.status, `HTTP ${String(response.status)}`);
}

/** Saves a fetched file under `name` through a temporary link. */
export async function saveDownload(response: Response, name: string): Promise<void> {
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
