import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api.ts';

/** The user-facing text for any error: the translation of its API code, else the generic one. */
export function translateError(t: TFunction, error: unknown): string {
  return t(`errors.${isApiError(error) ? error.code : 'internal'}`);
}

/** `const message = useErrorMessage(); message(error)` in the user's language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => translateError(t, error), [t]);
}
