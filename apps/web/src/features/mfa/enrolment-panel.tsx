import { TotpConfirmSchema, type TotpEnrolment } from '@keten/shared';
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CopyIcon } from '../../components/icons.tsx';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { useForm } from '../../lib/use-form.ts';

/** "KETENDEMOKETENDEM…" → "KETE NDEM OKET …": easier to read and to type in groups of four. */
export function groupKey(key: string): string {
  return (
    key
      .replace(/\s+/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? key
  );
}

interface EnrolmentPanelProps {
  enrolment: TotpEnrolment;
  pending: boolean;
  /** The failure of the last confirmation; `wrongCode` says whether it was the code. */
  error: unknown;
  wrongCode: boolean;
  onConfirm: (code: string) => void;
  /** Turns an error into text; the generic API error message by default. */
  describeError?: (error: unknown) => string;
  /** The level of the panel's own heading, one below the heading it sits under. */
  headingLevel?: 2 | 3 | 4 | 5;
}

/**
 * Adding Keten to an authenticator app: the QR code, or the key typed by hand (grouped, copyable),
 * then a first code proves the app has it.
 */
export function EnrolmentPanel({
  enrolment,
  pending,
  error,
  wrongCode,
  onConfirm,
  describeError,
  headingLevel = 2,
}: EnrolmentPanelProps) {
  const { t } = useTranslation();
  const genericMessage = useErrorMessage();
  const errorMessage = describeError ?? genericMessage;
  const form = useForm({ code: '' });
  const key = groupKey(enrolment.manualKey);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = form.validate(t, TotpConfirmSchema, {
      code: { required: 'auth.secondFactor.codeRequired', invalid: 'auth.secondFactor.codeInvalid' },
    });
    if (body) {
      onConfirm(body.code);
    }
  };

  return (
    <Stack gap="lg">
      <List type="ordered" spacing="xs">
        <List.Item>{t('mfa.enrol.step1')}</List.Item>
        <List.Item>{t('mfa.enrol.step2')}</List.Item>
        <List.Item>{t('mfa.enrol.step3')}</List.Item>
      </List>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Image
          src={enrolment.qrDataUrl}
          alt={t('mfa.enrol.qrAlt')}
          w={200}
          h={200}
          fit="contain"
          radius="sm"
          style={{ border: '1px solid var(--mantine-color-gray-3)' }}
        />
        <Stack gap="xs" miw={0} style={{ flex: '1 1 14rem' }}>
          <Title order={headingLevel} size="h5">
            {t('mfa.enrol.manualTitle')}
          </Title>
          <Text size="sm">{t('mfa.enrol.manualHelp')}</Text>
          <Code
            block
            fz="md"
            data-testid="manual-key"
            aria-label={t('mfa.enrol.manualKeyLabel')}
            style={{ letterSpacing: '0.08em', whiteSpace: 'normal', wordBreak: 'break-word' }}
          >
            {key}
          </Code>
          <CopyButton value={enrolment.manualKey.replace(/\s+/g, '')} timeout={3000}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                size="xs"
                onClick={copy}
                leftSection={copied ? <CheckIcon size={14} /> : <CopyIcon size={14} />}
                w="fit-content"
              >
                {copied ? t('common.copied') : t('mfa.enrol.copyKey')}
              </Button>
            )}
          </CopyButton>
          <Text size="xs" c="dimmed">
            {t('mfa.enrol.keyDetails')}
          </Text>
        </Stack>
      </Group>
      <form id={form.id} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {error !== null && error !== undefined && (
            <Alert color="red" role="alert">
              {wrongCode ? t('mfa.enrol.wrongCode') : errorMessage(error)}
            </Alert>
          )}
          <TextInput
            {...form.textProps('code')}
            label={t('mfa.enrol.code')}
            description={t('auth.secondFactor.codeDescription')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            maw={240}
          />
          <Button type="submit" loading={pending} w="fit-content">
            {t('mfa.enrol.confirm')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
