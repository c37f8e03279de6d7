import { NOTE_SECTIONS } from '@keten/shared';
import { Alert, Button, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { RuleError } from './rule-error.tsx';
import { NoteSchema, useAddNote, type Note, type PresentedFile } from './victim-file-api.ts';

type NoteSection = (typeof NOTE_SECTIONS)[number];

/** Where each section's notes are in the presented file (PS notes come back to the centre only). */
const NOTES_FIELD: Record<NoteSection, string> = {
  PS: 'psychosocialNotes',
  PR: 'procedureNotes',
  JU: 'judicialNotes',
};

function notesIn(file: PresentedFile, section: NoteSection): Note[] {
  const raw = file.data[NOTES_FIELD[section]];
  return Array.isArray(raw)
    ? raw.flatMap((n) => (NoteSchema.safeParse(n).success ? [NoteSchema.parse(n)] : []))
    : [];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Dated notes by section: only the sections that came back, a new note only with `add_note`. */
export function NotesSection({ fileId, file }: { fileId: string; file: PresentedFile }) {
  const { t } = useTranslation();
  const { formatDate } = useFormat();
  const visible = NOTE_SECTIONS.filter((s) => file.sections.includes(s));
  const canAdd = file.actions.includes('add_note') && visible.length > 0;
  const add = useAddNote(fileId);
  const [section, setSection] = useState<NoteSection>(visible[0] ?? 'PR');
  const [occurredOn, setOccurredOn] = useState(today());
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ text?: string; occurredOn?: string }>({});
  const [added, setAdded] = useState(false);

  return (
    <Stack gap="md">
      {visible.map((s) => {
        const notes = notesIn(file, s);
        return (
          <Paper key={s} withBorder p="md" radius="md" component="section" aria-labelledby={`notes-${s}`}>
            <Title order={2} size="h4" id={`notes-${s}`} mb="xs">
              {t(`cases.notes.section.${s}`)}
            </Title>
            {notes.length === 0 ? (
              <Text c="dimmed">{t('cases.notes.empty')}</Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {notes.map((n) => (
                  <li key={n.id}>
                    <Text size="xs" c="dimmed" fw={600}>
                      {formatDate(n.occurredOn, { dateStyle: 'medium' })}
                    </Text>
                    <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{n.text}</Text>
                  </li>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
      {canAdd && (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="form"
          id="add-note"
          noValidate
          aria-labelledby="add-note-heading"
          onSubmit={(e) => {
            e.preventDefault();
            const next: typeof errors = {};
            if (text.trim() === '') {
              next.text = t('validation.required');
            }
            if (occurredOn === '') {
              next.occurredOn = t('validation.required');
            } else if (occurredOn > today()) {
              next.occurredOn = t('cases.refer.dateFuture');
            }
            setErrors(next);
            if (next.text || next.occurredOn) {
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>('#add-note [aria-invalid="true"]')?.focus(),
              );
              return;
            }
            setAdded(false);
            add.mutate(
              { section, occurredOn, text: text.trim() },
              {
                onSuccess: () => {
                  setText('');
                  setAdded(true);
                },
              },
            );
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="add-note-heading">
              {t('cases.notes.add')}
            </Title>
            <NativeSelect
              label={t('cases.notes.sectionLabel')}
              value={section}
              data={visible.map((s) => ({ value: s, label: t(`cases.notes.section.${s}`) }))}
              onChange={(e) => setSection(e.currentTarget.value as NoteSection)}
            />
            <TextInput
              type="date"
              label={t('cases.notes.date')}
              value={occurredOn}
              max={today()}
              required
              error={errors.occurredOn}
              onChange={(e) => {
                setOccurredOn(e.currentTarget.value);
                setErrors((x) => ({ ...x, occurredOn: undefined }));
              }}
            />
            <Textarea
              label={t('cases.notes.text')}
              value={text}
              autosize
              minRows={3}
              maxLength={20_000}
              required
              error={errors.text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setErrors((x) => ({ ...x, text: undefined }));
              }}
            />
            <RuleError error={add.error} />
            {added && (
              <Alert color="green" role="status" py={6}>
                {t('cases.notes.added')}
              </Alert>
            )}
            <Button type="submit" loading={add.isPending} w="fit-content">
              {t('cases.notes.save')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
