import { Checkbox, Radio, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './form-controls.module.css';

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

interface FieldsetProps {
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  inline?: boolean;
  /** For focusing the group from an error summary. */
  id?: string;
}

function Frame({
  legend,
  error,
  required,
  disabled,
  id,
  describedBy,
  errorId,
  children,
}: FieldsetProps & { describedBy: string | undefined; errorId: string | undefined; children: ReactNode }) {
  return (
    <fieldset className={classes.fieldset} disabled={disabled} id={id} aria-describedby={describedBy}>
      <legend className={classes.legend}>
        {legend}
        {required && (
          <span className={classes.required} aria-hidden="true">
            *
          </span>
        )}
      </legend>
      {children}
      {error && (
        <Text id={errorId} size="xs" c="red.8" mt={6}>
          {error}
        </Text>
      )}
    </fieldset>
  );
}

function ids(base: string, description: unknown, error: unknown) {
  const descriptionId = description ? `${base}-description` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return { descriptionId, errorId, describedBy };
}

/**
 * A radio group as a real fieldset with a legend (screen readers announce the question with each
 * option), its description and error linked, and `aria-invalid` on the options so that "focus the
 * first invalid field" lands on the group.
 */
export function RadioFieldset<V extends string>({
  value,
  onChange,
  options,
  name,
  ...props
}: FieldsetProps & {
  value: V | null;
  onChange: (value: V) => void;
  options: readonly ChoiceOption<V>[];
  name?: string;
}) {
  const generated = useId();
  const base = props.id ?? generated;
  const { descriptionId, errorId, describedBy } = ids(base, props.description, props.error);
  return (
    <Frame {...props} id={props.id} describedBy={describedBy} errorId={errorId}>
      {props.description && (
        <Text id={descriptionId} size="xs" c="dimmed" mb={8} mt={-2}>
          {props.description}
        </Text>
      )}
      <div className={classes.options} data-inline={props.inline === true}>
        {options.map((option) => (
          <Radio
            key={option.value}
            name={name ?? base}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            label={option.label}
            description={option.description}
            aria-invalid={props.error ? true : undefined}
            required={props.required}
          />
        ))}
      </div>
    </Frame>
  );
}

/** Several choices (checkboxes) as a fieldset with a legend. */
export function CheckboxFieldset<V extends string>({
  value,
  onChange,
  options,
  ...props
}: FieldsetProps & {
  value: readonly V[];
  onChange: (value: V[]) => void;
  options: readonly ChoiceOption<V>[];
}) {
  const generated = useId();
  const base = props.id ?? generated;
  const { descriptionId, errorId, describedBy } = ids(base, props.description, props.error);
  return (
    <Frame {...props} id={props.id} describedBy={describedBy} errorId={errorId}>
      {props.description && (
        <Text id={descriptionId} size="xs" c="dimmed" mb={8} mt={-2}>
          {props.description}
        </Text>
      )}
      <div className={classes.options} data-inline={props.inline === true}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            value={option.value}
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.currentTarget.checked
                  ? [...value, option.value]
                  : value.filter((v) => v !== option.value),
              )
            }
            label={option.label}
            description={option.description}
            aria-invalid={props.error ? true : undefined}
          />
        ))}
      </div>
    </Frame>
  );
}

/** Yes / no as a radio fieldset over a boolean (null = not answered). */
export function YesNoFieldset({
  value,
  onChange,
  yes,
  no,
  ...props
}: FieldsetProps & {
  value: boolean | null;
  onChange: (value: boolean) => void;
  yes: ReactNode;
  no: ReactNode;
}) {
  return (
    <RadioFieldset<'yes' | 'no'>
      {...props}
      inline
      value={value === null ? null : value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'yes')}
      options={[
        { value: 'no', label: no },
        { value: 'yes', label: yes },
      ]}
    />
  );
}
