import { ATTACHMENT_SECTIONS, VICTIM_FILE_STATUSES, type VictimFileUpdate } from '@keten/shared';
import { Alert, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/router-links.tsx';
import { useDocumentTitle } from '../../app/use-document-title.ts';
import { useFormat } from '../../lib/format.ts';
import { useDirectory } from '../directory/directory-api.ts';
import { ProcedurePanel } from '../procedure/procedure-panel.tsx';
import { ReferButton } from '../referrals/referral-dialog.tsx';
import { PageLoader, RequireCapability } from '../session/require-session.tsx';
import { useSessionUser } from '../session/use-session.ts';
import { AttachmentsSection } from './attachments-section.tsx';
import type { Values } from './conflict.ts';
import { EditableSection, type FieldSpec } from './editable-section.tsx';
import { AccessLog, Timeline } from './file-history.tsx';
import { JudicialSection } from './judicial-section.tsx';
import { NotesSection } from './notes-section.tsx';
import { LawyerConsent } from './lawyer-consent.tsx';
import { Printables } from './printables.tsx';
import { RuleError } from './rule-error.tsx';
import { planOf, SupportPlanSection } from './support-plan.tsx';
import {
  useAssign,
  useTimeline,
  useUpdateFile,
  useVictimFile,
  type PresentedFile,
} from './victim-file-api.ts';
import { FileStatusBadge, useRelationshipLabel } from './victim-files-page.tsx';

const route = getRouteApi('/signed-in/victim-files/$fileId');

const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const textOrNull = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const splitList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];

/** Identity as form values: lists as comma-separated text. */
function identityValues(data: Values): Values {
  return {
    familyName: data.familyName ?? null,
    givenName: data.givenName ?? null,
    aliases: list(data.aliases).join(', '),
    birthDate: data.birthDate ?? null,
    nationality: data.nationality ?? null,
    minor: data.minor ?? null,
    languages: list(data.languages).join(', '),
    interpreterNeeded: data.interpreterNeeded ?? null,
  };
}

function identityBody(v: Values, version: number): VictimFileUpdate {
  const minor = v.minor === 'yes' || v.minor === 'no' || v.minor === 'unsure' ? v.minor : undefined;
  return {
    version,
    identity: {
      familyName: textOrNull(v.familyName),
      givenName: textOrNull(v.givenName),
      aliases: splitList(v.aliases),
      birthDate: textOrNull(v.birthDate),
      nationality: textOrNull(v.nationality)?.toUpperCase() ?? null,
    },
    ...(minor ? { minor } : {}),
    languages: splitList(v.languages).map((l) => l.toLowerCase()),
    interpreterNeeded: typeof v.interpreterNeeded === 'boolean' ? v.interpreterNeeded : null,
  };
}

function contactValues(data: Values): Values {
  const c = (typeof data.contact === 'object' && data.contact !== null ? data.contact : {}) as Values;
  return {
    phone: c.phone ?? null,
    email: c.email ?? null,
    address: c.address ?? null,
    shelter: c.shelter ?? null,
  };
}

function statusValues(data: Values): Values {
  return { status: data.status ?? null, closingReason: data.closingReason ?? null };
}

function Overview({ fileId, file }: { fileId: string; file: PresentedFile }) {
  const { t } = useTranslation();
  const update = useUpdateFile(fileId);
  const F = 'cases.file';
  const version = typeof file.data.version === 'number' ? file.data.version : 1;
  const canEdit = file.actions.includes('update');
  const save = (body: VictimFileUpdate) => update.mutateAsync(body);
  const today = new Date().toISOString().slice(0, 10);

  const identityFields: FieldSpec[] = [
    { key: 'familyName', label: t(`${F}.familyName`), kind: 'text' },
    { key: 'givenName', label: t(`${F}.givenName`), kind: 'text' },
    { key: 'aliases', label: t(`${F}.aliases`), kind: 'text', description: t(`${F}.aliasesHelp`) },
    { key: 'birthDate', label: t(`${F}.birthDate`), kind: 'date' },
    { key: 'nationality', label: t(`${F}.nationality`), kind: 'text' },
    {
      key: 'minor',
      label: t(`${F}.minor`),
      kind: 'select',
      options: (['yes', 'no', 'unsure'] as const).map((v) => ({
        value: v,
        label: t(`signals.vocab.tri.${v}`),
      })),
    },
    { key: 'languages', label: t(`${F}.languages`), kind: 'text', description: t(`${F}.languagesHelp`) },
    { key: 'interpreterNeeded', label: t(`${F}.interpreter`), kind: 'bool' },
  ];
  const contact = contactValues(file.data);
  const contactKeys =
    canEdit || contact.shelter !== null
      ? ['phone', 'email', 'address', 'shelter']
      : ['phone', 'email', 'address'];
  const contactFields: FieldSpec[] = contactKeys.map((k) => ({
    key: k,
    label: t(`${F}.${k as 'phone'}`),
    kind: k === 'address' ? 'textarea' : 'text',
  }));
  const statusFields: FieldSpec[] = [
    {
      key: 'status',
      label: t(`${F}.status`),
      kind: 'select',
      options: VICTIM_FILE_STATUSES.map((s) => ({ value: s, label: t(`cases.fileStatus.${s}`) })),
    },
    { key: 'closingReason', label: t(`${F}.closingReason`), kind: 'textarea' },
  ];

  return (
    <Stack gap="md">
      <EditableSection
        id="file-status"
        title={t(`${F}.statusTitle`)}
        fields={statusFields}
        values={statusValues(file.data)}
        version={version}
        canEdit={canEdit}
        conflictValues={statusValues}
        save={(v, atVersion) => {
          const status = VICTIM_FILE_STATUSES.find((s) => s === v.status);
          return save({
            version: atVersion,
            ...(status ? { status } : {}),
            closingReason: textOrNull(v.closingReason),
          });
        }}
      />
      {file.sections.includes('ID') && (
        <EditableSection
          id="file-identity"
          title={t(`${F}.identity`)}
          description={t(`${F}.identityNote`)}
          emptyLabel={t(`${F}.unknown`)}
          fields={identityFields}
          values={identityValues(file.data)}
          version={version}
          canEdit={canEdit}
          conflictValues={identityValues}
          validate={(v) => {
            const problems: Record<string, string> = {};
            const nationality = textOrNull(v.nationality);
            if (nationality && !/^[A-Za-z]{2}$/.test(nationality)) {
              problems.nationality = t('validation.invalid');
            }
            const birthDate = textOrNull(v.birthDate);
            if (birthDate && birthDate > today) {
              problems.birthDate = t('cases.refer.dateFuture');
            }
            if (splitList(v.languages).some((l) => l.length < 2 || l.length > 12)) {
              problems.languages = t('validation.invalid');
            }
            return problems;
          }}
          save={(v, atVersion) => save(identityBody(v, atVersion))}
        />
      )}
      {file.sections.includes('CT') && (
        <EditableSection
          id="file-contact"
          title={t(`${F}.contact`)}
          description={t(`${F}.contactNote`)}
          fields={contactFields}
          values={contact}
          version={version}
          canEdit={canEdit}
          conflictValues={contactValues}
          validate={(v) => {
            const email = textOrNull(v.email);
            const problems: Record<string, string> = {};
            if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
              problems.email = t('validation.email');
            }
            return problems;
          }}
          save={(v, atVersion) =>
            save({
              version: atVersion,
              contact: Object.fromEntries(contactKeys.map((k) => [k, textOrNull(v[k])])),
            })
          }
        />
      )}
      {canEdit && file.sections.includes('PS') && <LawyerConsent fileId={fileId} file={file} />}
      {canEdit && <Printables fileId={fileId} />}
    </Stack>
  );
}

function Caseworker({ fileId, file }: { fileId: string; file: PresentedFile }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const assign = useAssign(fileId);
  const current = typeof file.data.caseworkerUserId === 'string' ? file.data.caseworkerUserId : null;
  const version = typeof file.data.version === 'number' ? file.data.version : 1;
  const who =
    current === null
      ? t('cases.list.nobody')
      : current === user?.id
        ? t('cases.list.me')
        : t('cases.list.colleague');
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm">
          {t('cases.file.caseworker')}: <strong>{who}</strong>
        </Text>
        {file.actions.includes('assign') && user && current !== user.id && (
          <Button
            size="compact-sm"
            variant="light"
            loading={assign.isPending}
            onClick={() => assign.mutate({ userId: user.id, version })}
          >
            {t('cases.file.assignMe')}
          </Button>
        )}
        {file.actions.includes('assign') && current !== null && (
          <Button
            size="compact-sm"
            variant="default"
            loading={assign.isPending}
            onClick={() => assign.mutate({ userId: null, version })}
          >
            {t('cases.file.unassign')}
          </Button>
        )}
      </Group>
      <RuleError error={assign.error} />
    </Stack>
  );
}

function VictimFile({ fileId }: { fileId: string }) {
  const { t, i18n } = useTranslation();
  const { formatDate } = useFormat();
  const relationshipLabel = useRelationshipLabel();
  const file = useVictimFile(fileId);
  const timeline = useTimeline(fileId, file.isSuccess);
  const directory = useDirectory(
    i18n.resolvedLanguage ?? 'en',
    { type: null, district: null, language: null },
    true,
  );
  const [tab, setTab] = useState<string>('overview');
  // Panels stay mounted once opened: unsaved input in one tab survives a look at another.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set(['overview']));
  const reference = typeof file.data?.data.reference === 'string' ? file.data.data.reference : '';
  useDocumentTitle(reference ? t('cases.file.title', { reference }) : t('cases.list.title'));
  if (file.isPending) {
    return <PageLoader />;
  }
  if (file.isError) {
    return (
      <Stack gap="md">
        <AnchorLink to="/victim-files" size="sm">
          {t('cases.file.back')}
        </AnchorLink>
        <RuleError error={file.error} />
      </Stack>
    );
  }
  const presented = file.data;
  const { data, sections, actions } = presented;
  const orgName = (id: string | null) =>
    id ? (directory.data?.data.find((o) => o.id === id)?.name ?? '—') : '—';
  const noteSections = ['PS', 'PR', 'JU'].filter((s) => sections.includes(s));
  const tabs = [
    { value: 'overview', label: t('cases.file.tabs.overview') },
    ...(sections.includes('PS') ? [{ value: 'support', label: t('cases.file.tabs.support') }] : []),
    ...(noteSections.length > 0 ? [{ value: 'notes', label: t('cases.file.tabs.notes') }] : []),
    ...(sections.includes('PR') ? [{ value: 'procedure', label: t('cases.file.tabs.procedure') }] : []),
    ...(sections.includes('JU') ? [{ value: 'judicial', label: t('cases.file.tabs.judicial') }] : []),
    ...(ATTACHMENT_SECTIONS.some((s) => sections.includes(s))
      ? [{ value: 'attachments', label: t('cases.file.tabs.attachments') }]
      : []),
    ...(timeline.isSuccess ? [{ value: 'timeline', label: t('cases.file.tabs.timeline') }] : []),
    ...(actions.includes('view_access_log') ? [{ value: 'access', label: t('cases.file.tabs.access') }] : []),
  ];
  const version = typeof data.version === 'number' ? data.version : 1;
  const shown = (value: string) => visited.has(value) && tabs.some((x) => x.value === value);
  return (
    <Stack gap="md">
      <AnchorLink to="/victim-files" size="sm">
        {t('cases.file.back')}
      </AnchorLink>
      <Stack gap={6}>
        <Title order={1}>{t('cases.file.title', { reference })}</Title>
        <Group gap="xs">
          <FileStatusBadge status={String(data.status)} />
          <Text size="sm" c="dimmed">
            {relationshipLabel(presented.relationship)}
            {typeof data.createdAt === 'string'
              ? ` · ${t('cases.file.openedOn', { date: formatDate(data.createdAt, { dateStyle: 'medium' }) })}`
              : ''}
          </Text>
        </Group>
        {typeof data.closingReason === 'string' && data.closingReason !== '' && (
          <Text size="sm">
            {t('cases.file.closingReason')}: {data.closingReason}
          </Text>
        )}
        <Caseworker fileId={fileId} file={presented} />
        {actions.includes('refer') && (
          <ReferButton
            source={{ type: 'victim_file', id: fileId }}
            canTransfer={actions.includes('transfer')}
          />
        )}
      </Stack>
      {sections.length === 0 && (
        <Alert color="gray" role="status">
          {t('cases.file.noSections')}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(v) => {
          const next = v ?? 'overview';
          setTab(next);
          setVisited((seen) => new Set([...seen, next]));
        }}
      >
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {tabs.map((x) => (
            <Tabs.Tab key={x.value} value={x.value}>
              {x.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          {shown('overview') && <Overview fileId={fileId} file={presented} />}
        </Tabs.Panel>
        <Tabs.Panel value="support" pt="md">
          {shown('support') && <SupportPlanSectionFor fileId={fileId} file={presented} version={version} />}
        </Tabs.Panel>
        <Tabs.Panel value="notes" pt="md">
          {shown('notes') && <NotesSection fileId={fileId} file={presented} />}
        </Tabs.Panel>
        <Tabs.Panel value="judicial" pt="md">
          {shown('judicial') && <JudicialSection fileId={fileId} file={presented} />}
        </Tabs.Panel>
        <Tabs.Panel value="procedure" pt="md">
          {shown('procedure') && <ProcedurePanel fileId={fileId} />}
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="md">
          {shown('attachments') && <AttachmentsSection fileId={fileId} file={presented} />}
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          {shown('timeline') && timeline.isSuccess && (
            <Paper withBorder p="md" radius="md" component="section" aria-label={t('cases.timeline.title')}>
              <Timeline entries={timeline.data.data} organisationName={orgName} />
            </Paper>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="access" pt="md">
          {shown('access') && <AccessLog fileId={fileId} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function SupportPlanSectionFor({
  fileId,
  file,
  version,
}: {
  fileId: string;
  file: PresentedFile;
  version: number;
}) {
  const update = useUpdateFile(fileId);
  return (
    <SupportPlanSection
      plan={planOf(file.data.supportPlan)}
      version={version}
      canEdit={file.actions.includes('update')}
      save={(plan, atVersion) => update.mutateAsync({ version: atVersion, supportPlan: plan })}
    />
  );
}

export function VictimFilePage() {
  const { fileId } = route.useParams();
  return (
    <RequireCapability anyOf={['record.read']}>
      <VictimFile fileId={fileId} />
    </RequireCapability>
  );
}
