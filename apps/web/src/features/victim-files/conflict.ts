import { ConflictDetailsSchema } from '@keten/shared';
import { isApiError } from '../../lib/api.ts';

/** The editable values of one form, keyed by field. */
export type Values = Record<string, unknown>;
export type Choice = 'mine' | 'theirs';

/** Empty text, null and undefined are the same "nothing" for comparing a form with the server. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') {
    return null;
  }
  if (Array.isArray(value) && value.length === 0) {
    return null;
  }
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

/** The fields the user changed since they started editing from `base`. */
export function changedFields(base: Values, mine: Values, keys: readonly string[]): string[] {
  return keys.filter((k) => !sameValue(base[k], mine[k]));
}

/**
 * The fields that need a choice: the user changed them, and the saved version now holds something
 * else than the user typed. A field only the other person changed is not a conflict (theirs stays);
 * a field only the user changed is not one either (theirs still equals the base: mine is kept).
 */
export function conflictingFields(
  base: Values,
  mine: Values,
  theirs: Values,
  keys: readonly string[],
): string[] {
  return changedFields(base, mine, keys).filter(
    (k) => !sameValue(theirs[k], mine[k]) && !sameValue(theirs[k], base[k]),
  );
}

/**
 * The values to save on top of the saved version: every field the user changed keeps the user's
 * value unless they chose the saved one; every field they did not touch takes the saved value.
 */
export function mergeValues(
  base: Values,
  mine: Values,
  theirs: Values,
  keys: readonly string[],
  choices: Record<string, Choice>,
): Values {
  const merged: Values = { ...theirs };
  for (const k of changedFields(base, mine, keys)) {
    merged[k] = choices[k] === 'theirs' ? theirs[k] : mine[k];
  }
  return merged;
}

/** A 409 with the server's current version and values (`details.current`), when it carried them. */
export function staleConflict(error: unknown): { currentVersion: number; current: Values } | null {
  if (!isApiError(error, 'conflict')) {
    return null;
  }
  const parsed = ConflictDetailsSchema.safeParse(error.details);
  return parsed.success ? { currentVersion: parsed.data.currentVersion, current: parsed.data.current } : null;
}
