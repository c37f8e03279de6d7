import type { TranslationKeys } from '@keten/shared/i18n/index';

/** The main navigation. A feature adds its route in router.tsx and its entry (and path) here. */
export type NavPath = '/';

export interface NavItem {
  to: NavPath;
  labelKey: TranslationKeys;
}

export const NAV_ITEMS: readonly NavItem[] = [{ to: '/', labelKey: 'nav.home' }];
