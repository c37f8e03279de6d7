import { Box, List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, DotIcon } from '../../components/icons.tsx';
import { characterCount, checkPasswordWhileTyping, PASSWORD_MIN_LENGTH } from './password-rules.ts';

function Rule({ met, label }: { met: boolean | null; label: string }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-met={met === null ? undefined : String(met)}
      icon={
        <ThemeIcon
          size={20}
          radius="xl"
          color={met ? 'green.8' : 'gray.6'}
          variant={met ? 'filled' : 'light'}
        >
          {met ? <CheckIcon size={14} /> : <DotIcon size={14} />}
        </ThemeIcon>
      }
    >
      {label}
      {met !== null && (
        <VisuallyHidden>
          {' '}
          ({met ? t('invitation.password.ruleMet') : t('invitation.password.ruleNotMet')})
        </VisuallyHidden>
      )}
    </List.Item>
  );
}

/**
 * The password rules, updated while typing: long enough, not the e-mail address. No composition
 * rules (NIST SP 800-63B): a long passphrase is the best password. Linked to the field as its
 * description, so a screen reader reads it on focus rather than on every keystroke.
 */
export function PasswordHint({ password, email }: { password: string; email: string }) {
  const { t } = useTranslation();
  const check = checkPasswordWhileTyping(password, email);
  const length = characterCount(password);
  return (
    <Box data-testid="password-hint">
      <List spacing={4} size="sm" center>
        <Rule
          met={check.longEnough}
          label={t('invitation.password.ruleLength', { min: PASSWORD_MIN_LENGTH, length })}
        />
        <Rule met={password === '' ? null : check.avoidsEmail} label={t('invitation.password.ruleEmail')} />
        <Rule met={null} label={t('invitation.password.ruleCommon')} />
      </List>
      <Text size="sm" c="dimmed" mt={6}>
        {t('invitation.password.passphraseTip')}
      </Text>
    </Box>
  );
}
