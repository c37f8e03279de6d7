export * from './languages.ts';
export * from './errors.ts';
export * from './health.ts';
export * from './reference.ts';
