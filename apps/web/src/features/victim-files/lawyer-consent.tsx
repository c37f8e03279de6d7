import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiRequest } from '../../lib/api.ts';
import { useFormat } from '../../lib/format.ts';
import { RuleError } from './rule-error.tsx';
import { victimFileKey, type PresentedFile } from './victim-file-api.ts';

/** The parts of a file a person can agree to share with their lawyer (the audited sections). */
const SHAREABLE = ['ID', 'CT', 'PS', 'PR', 'JU'] as const;
type Shareable = (typeof SHAREABLE)[number];

const ConsentSchema = z.object({ sections: z.array(z.string()), recordedOn: z.string() }).nullable();
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What the person agreed to share with their lawyer: the printable lawyer summary contains only
 * these parts. Recorded by the owning centre with the file's version (409 when someone saved first).
 */
export function LawyerConsent({ fileId, file }: { fileId: string; file: PresentedFile }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const queryClient = useQueryClient();
  const parsed = ConsentSchema.safeParse(file.data.lawyerConsent ?? null);
  const current = parsed.success ? parsed.data : null;
  const [sections, setSections] = useState<string[]>(current?.sections ?? []);
  const [recordedOn, setRecordedOn] = useState(current?.recordedOn ?? today());
  const [errors, setErrors] = useState<{ sections?: string; recordedOn?: string }>({});
  const [saved, setSaved] = useState(false);
  const version = typeof file.data.version === 'number' ? file.data.version : 1;
  const save = useMutation({
    mutationFn: (body: { sections: string[]; recordedOn: string; version: number }) =>
      apiRequest(`/api/victim-files/${fileId}/lawyer-consent`, {
        method: 'POST',
        body,
        parser: z.object({ version: z.number() }),
      }),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: victimFileKey(fileId) });
    },
  });
  const label = (s: string) => t(`cases.attachments.sectionNames.${s as Shareable}`);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      id="lawyer-consent"
      noValidate
      aria-labelledby="lawyer-consent-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const next: typeof errors = {};
        if (sections.length === 0) {
          next.sections = t('cases.file.lawyerConsent.pickOne');
        }
        if (recordedOn === '') {
          next.recordedOn = t('cases.file.lawyerConsent.dateRequired');
        } else if (recordedOn > today()) {
          next.recordedOn = t('cases.refer.dateFuture');
        }
        setErrors(next);
        setSaved(false);
        if (next.sections || next.recordedOn) {
          return;
        }
        save.mutate({ sections, recordedOn, version });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="lawyer-consent-heading">
          {t('cases.file.lawyerConsent.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('cases.file.lawyerConsent.help')}
        </Text>
        <Text size="sm">
          {current
            ? t('cases.file.lawyerConsent.current', {
                date: formatDate(current.recordedOn),
                sections: current.sections.map(label).join(', '),
              })
            : t('cases.file.lawyerConsent.none')}
        </Text>
        <Checkbox.Group
          label={t('cases.file.lawyerConsent.sections')}
          value={sections}
          onChange={(v) => {
            setSections(v);
            setErrors((x) => ({ ...x, sections: undefined }));
          }}
          error={errors.sections}
        >
          <Group gap="md" mt={4}>
            {SHAREABLE.map((s) => (
              <Checkbox key={s} value={s} label={label(s)} />
            ))}
          </Group>
        </Checkbox.Group>
        <TextInput
          type="date"
          label={t('cases.file.lawyerConsent.date')}
          value={recordedOn}
          max={today()}
          maw={240}
          required
          error={errors.recordedOn}
          onChange={(e) => {
            setRecordedOn(e.currentTarget.value);
            setErrors((x) => ({ ...x, recordedOn: undefined }));
          }}
        />
        <RuleError error={save.error} />
        {saved && (
          <Alert color="green" role="status">
            {t('cases.file.lawyerConsent.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('cases.file.lawyerConsent.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
