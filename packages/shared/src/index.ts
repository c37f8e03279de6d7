export * from './languages.ts';
export * from './errors.ts';
export * from './health.ts';
export * from './reference.ts';
export * from './access.ts';
export * from './i18n/index.ts';
export * from './auth.ts';
export * from './admin.ts';
