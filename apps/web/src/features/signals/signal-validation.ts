import { TraceInputSchema, type TraceInput } from '@keten/shared';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueMessage } from '../../lib/validation.ts';

/**
 * Messages of the shared schemas' own rules (`ctx.addIssue({ message: 'invalid_iban' })`), in the
 * user's language. Any other problem gets the generic texts of lib/validation.ts with the schema's
 * limits, so the form always says what the server will accept.
 */
export const SIGNAL_ISSUE_CODES = [
  'invalid_phone',
  'invalid_iban',
  'invalid_enterprise_number',
  'invalid_vehicle_plate',
  'invalid_website',
  'date_in_future',
  'consent_required_for_adult',
] as const;
export type SignalIssueCode = (typeof SIGNAL_ISSUE_CODES)[number];

function isSignalIssueCode(message: string): message is SignalIssueCode {
  return (SIGNAL_ISSUE_CODES as readonly string[]).includes(message);
}

/** Translated text for one zod issue of the signal or public-report schemas. */
export function signalIssueMessage(t: TFunction, issue: z.core.$ZodIssue, value: unknown): string {
  if (isSignalIssueCode(issue.message) && !(typeof value === 'string' && value.trim() === '')) {
    return t(`signals.validation.${issue.message}`);
  }
  const path = issue.path.join('.');
  if (path === 'person.ageYears' && value !== null && value !== undefined) {
    return t('signals.validation.age');
  }
  if (path === 'person.personCount') {
    return t('signals.validation.personCount', { max: 500 });
  }
  if (path === 'context.encounteredOn' || path === 'person.birthDate') {
    if (issue.code === 'invalid_format') {
      return t('signals.validation.date');
    }
  }
  return issueMessage(t, issue, value);
}

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

/** One translated message per dotted path ('person.minor', 'traces.2.value'): the first problem of each. */
export function messagesByPath(t: TFunction, schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) {
    return {};
  }
  const messages: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    messages[path] ??= signalIssueMessage(t, issue, valueAt(value, issue.path));
  }
  return messages;
}

/** Live check of one trace row with the shared schema: the message for its value, if any. */
export function traceValueError(t: TFunction, trace: TraceInput): string | undefined {
  if (trace.value.trim() === '') {
    return undefined;
  }
  return messagesByPath(t, TraceInputSchema, trace).value;
}
