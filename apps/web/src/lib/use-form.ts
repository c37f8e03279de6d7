import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import { validateWith, type FieldErrors, type FieldMessages } from './validation.ts';

const CONTROL = 'input:not([type="hidden"]), textarea, select, button, [tabindex]:not([tabindex="-1"])';

/**
 * The control to focus after a failed submit: the first one marked invalid, else the first control
 * of the first field showing an error (a group of checkboxes has no single invalid control).
 */
function firstInvalidControl(form: HTMLElement): HTMLElement | null {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  const message = form.querySelector<HTMLElement>('[id$="-error"]');
  const candidates = [invalid, message?.parentElement ?? null];
  for (const candidate of candidates) {
    if (candidate?.matches(CONTROL)) {
      return candidate;
    }
    const inner = candidate?.querySelector<HTMLElement>(CONTROL);
    if (inner) {
      return inner;
    }
  }
  return null;
}

/**
 * A small form state for Mantine inputs: values, one translated error per field, and — after a
 * failed submit — focus on the first invalid field (Mantine marks it `aria-invalid` and links the
 * message with `aria-describedby`). An error disappears as soon as its field is edited. Give the
 * `<form>` the `id` returned here.
 */
export function useForm<V extends Record<string, unknown>>(initialValues: V) {
  type F = keyof V & string;
  const id = useId();
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrorsState] = useState<FieldErrors<F>>({});
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    const form = document.getElementById(id);
    if (focusRequest > 0 && form) {
      firstInvalidControl(form)?.focus();
    }
  }, [focusRequest, id]);

  const setValue = useCallback(<K extends F>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrorsState((current) => {
      if (current[field] === undefined) {
        return current;
      }
      return Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)) as FieldErrors<F>;
    });
  }, []);

  /** Shows these errors and moves focus to the first invalid field. */
  const setErrors = useCallback((next: FieldErrors<F>) => {
    setErrorsState(next);
    if (Object.values(next).some((message) => message !== undefined)) {
      setFocusRequest((n) => n + 1);
    }
  }, []);

  /** Validates with a shared schema; returns the parsed data, or null after showing the errors. */
  const validate = <S extends z.ZodType>(
    t: TFunction,
    schema: S,
    messages: Partial<Record<F, FieldMessages>> = {},
    input: Partial<Record<F, unknown>> & Record<string, unknown> = values,
    fieldOf?: (path: readonly PropertyKey[]) => string,
  ): z.output<S> | null => {
    const result = validateWith(t, schema, input, messages, fieldOf);
    if (result.ok) {
      setErrorsState({});
      return result.data;
    }
    setErrors(result.errors);
    return null;
  };

  /** Props for a Mantine text input bound to `field`. */
  const textProps = (field: { [K in F]: V[K] extends string ? K : never }[F]) => ({
    name: field,
    value: values[field] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setValue(field, event.currentTarget.value as V[typeof field]);
    },
    error: errors[field],
  });

  return { id, values, errors, setValue, setErrors, validate, textProps };
}
