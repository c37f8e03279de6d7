import { SessionInfoSchema, type UiLanguage } from '@keten/shared';
import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api.ts';
import { setLanguage } from '../../lib/i18n.ts';
import { sessionQueryKey } from './session-query.ts';
import { useSession } from './use-session.ts';

const saveLanguageKey = ['me', 'language'] as const;

/** The outcome of the latest save of the user's language, wherever it was changed (header or profile). */
export function useLastLanguageSave(): { status: 'idle' | 'pending' | 'success' | 'error'; error: unknown } {
  const states = useMutationState({
    filters: { mutationKey: saveLanguageKey },
    select: (mutation) => ({ status: mutation.state.status, error: mutation.state.error }),
  });
  return states[states.length - 1] ?? { status: 'idle', error: null };
}

/**
 * Switches the UI language at once and, when someone is signed in, saves it as their language
 * (`PATCH /api/me`), so it follows them to any device. Signed out, the choice stays in this browser.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const signedIn = Boolean(useSession().data);
  const save = useMutation({
    mutationKey: saveLanguageKey,
    mutationFn: (language: UiLanguage) =>
      apiRequest('/api/me', { method: 'PATCH', body: { language }, parser: SessionInfoSchema }),
    onSuccess: (info) => {
      queryClient.setQueryData(sessionQueryKey, info);
    },
  });
  const change = (language: UiLanguage) => {
    void setLanguage(language);
    if (signedIn) {
      save.mutate(language);
    }
  };
  return { change, save, signedIn };
}
