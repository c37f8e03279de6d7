import { JUDICIAL_DISTRICTS, OnCallContactInputSchema, type DirectoryEntry, type JudicialDistrict, type OnCallContact } from '@keten/shared';
import { Alert, Anchor, Button, Group, List, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { hasAnyCapability, type SessionUser } from '../session/use-session.ts';
import { useOnCallMutations, type OnCallInput } from './directory-api.ts';

/**
 * Who may keep an organisation's on-call lines: its own administrator, or the coordination bureau
 * (knowledge editors). The server checks the same rule on every change.
 */
export function mayEditOnCall(user: SessionUser | null, organisationId: string): boolean {
  if (!user) {
    return false;
  }
  return hasAnyCapability(user, ['knowledge.edit']) || (hasAnyCapability(user, ['org.settings.manage']) && user.organisationId === organisationId);
}

interface Draft {
  label: string;
  phone: string;
  email: string;
  hours: string;
  judicialDistricts: JudicialDistrict[];
}

const EMPTY: Draft = { label: '', phone: '', email: '', hours: '', judicialDistricts: [] };

function toInput(draft: Draft): OnCallInput {
  return {
    label: draft.label,
    phone: draft.phone,
    email: draft.email.trim() === '' ? null : draft.email.trim(),
    hours: draft.hours.trim() === '' ? null : draft.hours,
    judicialDistricts: draft.judicialDistricts,
  };
}

/** Field messages in the user's language, from the shared schema's issues. */
type OnCallIssue = 'labelTooShort' | 'phoneInvalid' | 'emailInvalid';

export function onCallFieldErrors(draft: Draft): Partial<Record<keyof Draft, OnCallIssue>> {
  const parsed = OnCallContactInputSchema.safeParse(toInput(draft));
  if (parsed.success) {
    return {};
  }
  const keys: Partial<Record<keyof Draft, OnCallIssue>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'label') {
      keys.label = 'labelTooShort';
    } else if (field === 'phone') {
      keys.phone = 'phoneInvalid';
    } else if (field === 'email') {
      keys.email = 'emailInvalid';
    }
  }
  return keys;
}

function OnCallForm({
  districtName,
  title,
  initial,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  districtName: (code: string) => string;
  title: string;
  initial: Draft;
  pending: boolean;
  error: unknown;
  onSubmit: (input: OnCallInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<Draft>(initial);
  const [tried, setTried] = useState(false);
  const errors = onCallFieldErrors(draft);
  const shown = (field: keyof Draft) => {
    const issue = errors[field];
    return tried && issue ? t(`knowledgeEdit.onCall.${issue}`) : undefined;
  };
  return (
    <AppModal opened onClose={onClose} title={title} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (Object.keys(errors).length === 0) {
            onSubmit(toInput(draft));
          }
        }}
      >
        <Stack gap="sm">
          <TextInput
            required
            label={t('knowledgeEdit.onCall.label')}
            description={t('knowledgeEdit.onCall.labelHelp')}
            value={draft.label}
            error={shown('label')}
            onChange={(e) => setDraft({ ...draft, label: e.currentTarget.value })}
          />
          <TextInput required type="tel" label={t('knowledgeEdit.onCall.phone')} value={draft.phone} error={shown('phone')} onChange={(e) => setDraft({ ...draft, phone: e.currentTarget.value })} />
          <TextInput type="email" label={t('knowledgeEdit.onCall.email')} value={draft.email} error={shown('email')} onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })} />
          <TextInput label={t('knowledgeEdit.onCall.hours')} value={draft.hours} onChange={(e) => setDraft({ ...draft, hours: e.currentTarget.value })} />
          <MultiSelect
            label={t('knowledgeEdit.onCall.districts')}
            description={t('knowledgeEdit.onCall.districtsHelp')}
            data={JUDICIAL_DISTRICTS.map((d) => ({ value: d, label: districtName(d) }))}
            value={draft.judicialDistricts}
            onChange={(v) => setDraft({ ...draft, judicialDistricts: v })}
            searchable
          />
          {error !== null && error !== undefined && (
            <Alert color={isApiError(error, 'conflict') ? 'yellow' : 'red'}>{isApiError(error, 'conflict') ? t('knowledge.conflict') : errorMessage(error)}</Alert>
          )}
          <Group>
            <Button type="submit" loading={pending}>
              {t('knowledgeEdit.onCall.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('knowledgeEdit.onCall.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** The on-call lines of one organisation, for professionals; with add/edit/remove for those who keep them. */
export function OnCallContacts({ entry, editable, districtName }: { entry: DirectoryEntry; editable: boolean; districtName: (code: string) => string }) {
  const { t } = useTranslation();
  const { create, update, remove } = useOnCallMutations(entry.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<OnCallContact | null>(null);
  const [removing, setRemoving] = useState<OnCallContact | null>(null);
  const contacts = entry.onCall ?? [];
  if (contacts.length === 0 && !editable) {
    return null;
  }
  return (
    <Stack gap={4} mt={4}>
      <Text size="xs" fw={700}>
        {t('directory.onCall')}
      </Text>
      {contacts.length === 0 && <Text size="xs">{t('knowledgeEdit.onCall.none')}</Text>}
      <List size="xs" spacing={2}>
        {contacts.map((c) => (
          <List.Item key={c.id}>
            {c.label}: <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor>
            {c.hours ? ` (${c.hours})` : ''}
            {editable && (
              <Group gap={4} component="span" ml={4} display="inline-flex">
                <Button size="compact-xs" variant="subtle" aria-label={`${t('knowledgeEdit.onCall.edit')}: ${c.label}`} onClick={() => setEditing(c)}>
                  {t('knowledgeEdit.onCall.edit')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" aria-label={`${t('knowledgeEdit.onCall.remove')}: ${c.label}`} onClick={() => setRemoving(c)}>
                  {t('knowledgeEdit.onCall.remove')}
                </Button>
              </Group>
            )}
          </List.Item>
        ))}
      </List>
      {editable && (
        <Button size="compact-xs" variant="light" onClick={() => setAdding(true)} style={{ alignSelf: 'flex-start' }} aria-label={`${t('knowledgeEdit.onCall.add')}: ${entry.name}`}>
          {t('knowledgeEdit.onCall.add')}
        </Button>
      )}
      {adding && (
        <OnCallForm
          districtName={districtName}
          title={`${t('knowledgeEdit.onCall.add')}: ${entry.name}`}
          initial={EMPTY}
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input, { onSuccess: () => setAdding(false) })}
          onClose={() => {
            create.reset();
            setAdding(false);
          }}
        />
      )}
      {editing && (
        <OnCallForm
          districtName={districtName}
          title={t('knowledgeEdit.onCall.editTitle')}
          initial={{ label: editing.label, phone: editing.phone, email: editing.email ?? '', hours: editing.hours ?? '', judicialDistricts: editing.judicialDistricts }}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate({ id: editing.id, body: { ...input, version: editing.version } }, { onSuccess: () => setEditing(null) })}
          onClose={() => {
            update.reset();
            setEditing(null);
          }}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('knowledgeEdit.onCall.removeTitle')}
        confirmLabel={t('knowledgeEdit.onCall.remove')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      >
        {t('knowledgeEdit.onCall.removeConfirm', { label: removing?.label ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
