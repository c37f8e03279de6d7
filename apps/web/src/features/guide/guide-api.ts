import { GuideRoleListSchema, GuideSchema, isUiLanguage, type GuideRole, type UiLanguage } from '@keten/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../lib/api.ts';

/** The UI language now shown (Dutch when i18next reports something else). */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'nl';
}

export function useGuideRoles(lang: UiLanguage) {
  return useQuery({
    queryKey: ['guide', 'roles', lang],
    queryFn: ({ signal }) => apiGet(`/api/guide?lang=${lang}`, GuideRoleListSchema, signal),
    staleTime: 10 * 60_000,
  });
}

export function useGuide(role: GuideRole, lang: UiLanguage, minor: boolean) {
  return useQuery({
    queryKey: ['guide', role, lang, minor],
    queryFn: ({ signal }) => apiGet(`/api/guide/${role}?lang=${lang}&minor=${String(minor)}`, GuideSchema, signal),
    staleTime: 10 * 60_000,
  });
}

export const leafletHref = (role: GuideRole, lang: UiLanguage, minor: boolean): string =>
  `/api/guide/${role}/leaflet.pdf?lang=${lang}${minor ? '&minor=true' : ''}`;
