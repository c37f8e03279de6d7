import type { TranslationKeys } from '@keten/shared/i18n/index';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Field name → the message shown under that field, in the user's language. */
export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

/**
 * Per-field texts: `required` when the field is empty, `invalid` for any other problem that has no
 * better generic text (a pattern, a choice). Length and e-mail problems use the generic texts with
 * the schema's own limits, so the message always matches what the server will accept.
 */
export interface FieldMessages {
  required?: TranslationKeys;
  invalid?: TranslationKeys;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The translated message for one zod issue on a field whose current value is `value`. */
export function issueMessage(
  t: TFunction,
  issue: z.core.$ZodIssue,
  value: unknown,
  messages: FieldMessages = {},
): string {
  if (isEmpty(value)) {
    return t(messages.required ?? 'validation.required');
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return t('validation.tooShort', { count: Number(issue.minimum) });
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return t('validation.chooseAtLeast', { count: Number(issue.minimum) });
      }
      break;
    case 'too_big':
      if (issue.origin === 'string') {
        return t('validation.tooLong', { count: Number(issue.maximum) });
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return t('validation.chooseAtMost', { count: Number(issue.maximum) });
      }
      break;
    case 'invalid_format':
      if (issue.format === 'email') {
        return t('validation.email');
      }
      break;
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'custom':
      break;
  }
  return t(messages.invalid ?? 'validation.invalid');
}

/** The value an issue is about, following its path into nested objects and arrays. */
function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = values;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Checks `values` against a shared zod schema (the one the server validates with) and returns
 * either the parsed data or one translated message per field: the first problem of each field.
 */
export function validateWith<S extends z.ZodType, F extends string>(
  t: TFunction,
  schema: S,
  values: Partial<Record<F, unknown>> & Record<string, unknown>,
  messages: Partial<Record<F, FieldMessages>> = {},
  /** Which form field an issue belongs to; by default the first segment of its path. */
  fieldOf: (path: readonly PropertyKey[]) => string = (path) => String(path[0] ?? ''),
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors<F> } {
  const result = schema.safeParse(values);
  if (result.success) {
    return { ok: true, data: result.data };
  }
  const errors: FieldErrors<F> = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path) as F;
    if (errors[field] === undefined) {
      errors[field] = issueMessage(t, issue, valueAt(values, issue.path), messages[field]);
    }
  }
  return { ok: false, errors };
}
