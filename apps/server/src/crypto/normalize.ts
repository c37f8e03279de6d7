// The normalisers are shared with the web app (same validation on both sides).
export * from '@keten/shared/validation/normalize';
