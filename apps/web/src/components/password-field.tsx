import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput with two accessibility gaps closed: the inner `<input>` gets
 * `aria-invalid` when there is an error (Mantine marks only its wrapper), and the show/hide toggle
 * gets a translated name.
 */
export function PasswordField(props: PasswordInputProps & { name?: string; autoComplete?: string }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      {...props}
      aria-invalid={props.error ? true : undefined}
      visibilityToggleButtonProps={{
        'aria-label': t('common.showPassword'),
        ...props.visibilityToggleButtonProps,
      }}
    />
  );
}
