import { Alert, Box, Button, Checkbox, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CopyIcon, DownloadIcon, PrintIcon } from '../../components/icons.tsx';
import { useFormat } from '../../lib/format.ts';

interface RecoveryCodesPanelProps {
  codes: string[];
  /** Whose codes (the e-mail address), written in the downloaded file. */
  account: string;
  doneLabel: string;
  onDone: () => void;
}

/**
 * New recovery codes, shown this once: copy, download or print them, and confirm they are saved
 * before going on. Leaving the page before that asks the browser to warn.
 */
export function RecoveryCodesPanel({ codes, account, doneLabel, onDone }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const [saved, setSaved] = useState(false);
  const [missingConfirmation, setMissingConfirmation] = useState(false);
  const checkbox = useRef<HTMLInputElement>(null);
  const text = codes.join('\n');

  useEffect(() => {
    if (saved) {
      return undefined;
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saved]);

  const download = () => {
    const content = [
      t('recoveryCodes.fileHeading', { account }),
      t('recoveryCodes.fileDate', {
        date: formatDate(new Date(), { dateStyle: 'long', timeStyle: 'short' }),
      }),
      t('recoveryCodes.fileHelp'),
      '',
      ...codes,
      '',
    ].join('\r\n');
    const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'keten-recovery-codes.txt';
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };

  const done = () => {
    if (!saved) {
      setMissingConfirmation(true);
      checkbox.current?.focus();
      return;
    }
    onDone();
  };

  return (
    <Stack gap="md">
      <Alert color="orange" title={t('recoveryCodes.onceTitle')}>
        {t('recoveryCodes.once')}
      </Alert>
      <Text>{t('recoveryCodes.explanation')}</Text>
      <Box
        component="ol"
        aria-label={t('recoveryCodes.listLabel')}
        data-testid="recovery-codes"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          gap: 'var(--mantine-spacing-xs)',
          listStyle: 'none',
          padding: 0,
          margin: 0,
        }}
      >
        {codes.map((code) => (
          <Text
            component="li"
            key={code}
            ff="monospace"
            fz="lg"
            ta="center"
            py={6}
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
          >
            {code}
          </Text>
        ))}
      </Box>
      <Group gap="xs" data-print-hide>
        <CopyButton value={text} timeout={3000}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={copied ? <CheckIcon size={16} /> : <CopyIcon size={16} />}
            >
              {copied ? t('common.copied') : t('recoveryCodes.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={download} leftSection={<DownloadIcon size={16} />}>
          {t('recoveryCodes.download')}
        </Button>
        <Button variant="default" onClick={() => window.print()} leftSection={<PrintIcon size={16} />}>
          {t('recoveryCodes.print')}
        </Button>
      </Group>
      <Stack gap="md" data-print-hide>
        <Checkbox
          ref={checkbox}
          checked={saved}
          onChange={(event) => {
            setSaved(event.currentTarget.checked);
            setMissingConfirmation(false);
          }}
          label={t('recoveryCodes.confirm')}
          error={missingConfirmation ? t('recoveryCodes.confirmRequired') : undefined}
        />
        <Button onClick={done} w="fit-content">
          {doneLabel}
        </Button>
      </Stack>
    </Stack>
  );
}
