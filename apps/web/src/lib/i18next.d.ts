import 'i18next';
import type { Translation } from '@keten/shared/i18n/index';

// Typed keys: `t('nav.hom')` is a compile error, and `t` returns string.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
