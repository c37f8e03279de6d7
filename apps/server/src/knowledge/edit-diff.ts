/*
 * The diff of an edit for the audit trail, shared by the knowledge modules (library, news, pages,
 * action plan, on-call contacts). Fields whose values are codes, numbers, booleans or dates are
 * recorded before/after; text fields (titles, bodies, phone numbers) by name only, because audit
 * payloads accept no free text.
 */

export type DiffScalar = string | number | boolean | null;
export type DiffValue = DiffScalar | DiffScalar[];

export interface EditDiff<P> {
  /** Only the fields that really change. */
  patch: Partial<P>;
  changes: Record<string, { before: DiffValue; after: DiffValue }>;
  fields: string[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function editDiff<P extends Record<string, unknown>>(
  before: P,
  input: Partial<P>,
  codeFields: readonly (keyof P & string)[],
  textFields: readonly (keyof P & string)[],
): EditDiff<P> {
  const patch: Partial<P> = {};
  const changes: EditDiff<P>['changes'] = {};
  const fields: string[] = [];
  for (const key of codeFields) {
    const value = input[key];
    if (value !== undefined && !same(value, before[key])) {
      patch[key] = value;
      changes[key] = { before: before[key] as DiffValue, after: value as DiffValue };
    }
  }
  for (const key of textFields) {
    const value = input[key];
    if (value !== undefined && !same(value, before[key])) {
      patch[key] = value;
      fields.push(key);
    }
  }
  return { patch, changes, fields };
}

/** The audit details of an edit: the changes, the new version, and the text fields by name. */
export function auditChanges(diff: EditDiff<Record<string, unknown>>, versionBefore: number, versionAfter: number) {
  return {
    changes: { ...diff.changes, version: { before: versionBefore, after: versionAfter } },
    ...(diff.fields.length > 0 ? { fields: diff.fields } : {}),
  };
}
