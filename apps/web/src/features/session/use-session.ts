import { isUiLanguage, type UiLanguage } from '@keten/shared';
import { useQuery } from '@tanstack/react-query';
import { ApiError, apiGet, type ResponseParser } from '../../lib/api.ts';

/** The signed-in user as the header needs them. */
export interface SessionUser {
  displayName: string;
  organisationName: string;
  /** The user's preferred UI language, when they chose one. */
  language: UiLanguage | null;
}

export const sessionQueryKey = ['session'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `GET /api/session` answers `{ user: { displayName, organisationName, language } }`. */
export const sessionParser: ResponseParser<SessionUser> = {
  parse(data) {
    const user = isRecord(data) ? data.user : undefined;
    if (
      !isRecord(user) ||
      typeof user.displayName !== 'string' ||
      typeof user.organisationName !== 'string'
    ) {
      throw new TypeError('Session response without a user');
    }
    return {
      displayName: user.displayName,
      organisationName: user.organisationName,
      language: isUiLanguage(user.language) ? user.language : null,
    };
  },
};

/** The current user, or `null` when nobody is signed in (the server answers 401, or 404 before sessions exist). */
export function useSession() {
  return useQuery<SessionUser | null>({
    queryKey: sessionQueryKey,
    queryFn: async ({ signal }) => {
      try {
        return await apiGet('/api/session', sessionParser, signal);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
          return null;
        }
        throw error;
      }
    },
    staleTime: 60_000,
  });
}
