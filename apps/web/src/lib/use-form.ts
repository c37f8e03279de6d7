import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import { validateWith, type FieldErrors, type FieldMessages } from './validation.ts';

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
    if (focusRequest > 0) {
      document.getElementById(id)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
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
