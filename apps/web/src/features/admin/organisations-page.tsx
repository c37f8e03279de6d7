import {
  CreateOrganisationSchema,
  JUDICIAL_DISTRICTS,
  ORGANISATION_TYPES,
  REGIONS,
  UpdateOrganisationSchema,
  type JudicialDistrict,
  type Organisation,
  type OrganisationType,
  type Region,
  type UpdateOrganisation,
} from '@keten/shared';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { ApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { useForm } from '../../lib/use-form.ts';
import {
  fetchAdminOrganisation,
  useAdminOrganisations,
  useCreateOrganisation,
  useJudicialDistricts,
  useUpdateOrganisation,
} from './admin-api.ts';
import { AdminPage, ConflictNotice, LoadingOr } from './admin-common.tsx';

type OrganisationValues = {
  type: OrganisationType | '';
  name: string;
  shortName: string;
  regionCode: Region | '';
  judicialDistrict: JudicialDistrict | '';
  servesDistricts: JudicialDistrict[];
  emailDomains: string[];
  phone: string;
  email: string;
  website: string;
  officeAddress: string;
};

function valuesOf(o: Organisation | null): OrganisationValues {
  return {
    type: o?.type ?? '',
    name: o?.name ?? '',
    shortName: o?.shortName ?? '',
    regionCode: o?.regionCode ?? '',
    judicialDistrict: o?.judicialDistrict ?? '',
    servesDistricts: o?.servesDistricts ?? [],
    emailDomains: o?.emailDomains ?? [],
    phone: o?.publicContact.phone ?? '',
    email: o?.publicContact.email ?? '',
    website: o?.publicContact.website ?? '',
    officeAddress: o?.publicContact.officeAddress ?? '',
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The request body, in the shape of the shared schemas. Empty optional fields are left out. */
function bodyOf(values: OrganisationValues, original: Organisation | null) {
  return {
    type: values.type,
    name: values.name,
    shortName: blankToNull(values.shortName),
    regionCode: values.regionCode === '' ? null : values.regionCode,
    judicialDistrict: values.judicialDistrict === '' ? null : values.judicialDistrict,
    servesDistricts: values.servesDistricts,
    emailDomains: values.emailDomains,
    publicContact: {
      // Opening hours are not edited here: keep what is there.
      ...(original?.publicContact.hours ? { hours: original.publicContact.hours } : {}),
      phone: blankToUndefined(values.phone),
      email: blankToUndefined(values.email),
      website: blankToUndefined(values.website),
      officeAddress: blankToUndefined(values.officeAddress),
    },
  };
}

/** Form field of an issue: `publicContact.phone` → `phone`, `emailDomains.2` → `emailDomains`. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path[0] === 'publicContact' ? String(path[1] ?? 'phone') : String(path[0] ?? '');
}

/** Only the fields this editor changed, so a re-apply after a conflict keeps the others' work. */
function changedFields(before: Organisation, body: ReturnType<typeof bodyOf>): Partial<UpdateOrganisation> {
  const original = bodyOf(valuesOf(before), before);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(body) as (keyof typeof body)[]) {
    if (JSON.stringify(body[key]) !== JSON.stringify(original[key])) {
      changes[key] = body[key];
    }
  }
  return changes;
}

function OrganisationDialog({
  organisation,
  onClose,
  onDone,
}: {
  organisation: Organisation | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const districts = useJudicialDistricts();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const form = useForm<OrganisationValues>(valuesOf(organisation));
  const [current, setCurrent] = useState<Organisation | null>(null);
  const language = currentLanguage();
  const districtName = (code: JudicialDistrict) =>
    districts.data?.find((d) => d.code === code)?.name[language] ?? code;
  const districtOptions = JUDICIAL_DISTRICTS.map((code) => ({ value: code, label: districtName(code) }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = bodyOf(form.values, organisation);
    const messages = { type: { required: 'admin.organisations.typeRequired' as const } };
    if (!organisation) {
      const parsed = form.validate(t, CreateOrganisationSchema, messages, body, fieldOf);
      if (parsed) {
        create.mutate(parsed, {
          onSuccess: (saved) => onDone(t('admin.organisations.created', { name: saved.name })),
        });
      }
      return;
    }
    const base = current ?? organisation;
    const changes = changedFields(organisation, body);
    const parsed = form.validate(
      t,
      UpdateOrganisationSchema,
      messages,
      { ...changes, version: base.version },
      fieldOf,
    );
    if (parsed) {
      update.mutate(
        { id: organisation.id, body: parsed },
        {
          onSuccess: (saved) => onDone(t('admin.organisations.saved', { name: saved.name })),
          onError: (error) => {
            if (error instanceof ApiError && error.status === 409) {
              void fetchAdminOrganisation(organisation.id).then(setCurrent);
            }
          },
        },
      );
    }
  };

  const mutation = organisation ? update : create;
  const conflict = update.error instanceof ApiError && update.error.status === 409;
  const changes =
    organisation && current ? changedFields(organisation, bodyOf(form.values, organisation)) : {};
  const describe = (o: Organisation, key: string): string => {
    const value = bodyOf(valuesOf(o), o)[key as keyof ReturnType<typeof bodyOf>];
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      size="xl"
      title={
        organisation
          ? t('admin.organisations.editTitle', { name: organisation.name })
          : t('admin.organisations.newTitle')
      }
    >
      <form id={form.id} onSubmit={submit} noValidate>
        <Stack gap="md">
          {conflict && current && (
            <ConflictNotice
              current={
                <Stack gap={2}>
                  {Object.keys(changes).map((key) => (
                    <Text size="sm" key={key}>
                      {t(`admin.organisations.fields.${key as 'name'}`)}: {describe(current, key) || '—'}
                    </Text>
                  ))}
                </Stack>
              }
              mine={
                <Stack gap={2}>
                  {Object.entries(changes).map(([key, value]) => (
                    <Text size="sm" key={key}>
                      {t(`admin.organisations.fields.${key as 'name'}`)}:{' '}
                      {typeof value === 'string' ? value : JSON.stringify(value)}
                    </Text>
                  ))}
                </Stack>
              }
            />
          )}
          {mutation.isError && !conflict && (
            <Alert color="red" role="alert">
              {errorMessage(mutation.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('admin.organisations.fields.type')}
              data={ORGANISATION_TYPES.map((type) => ({
                value: type,
                label: t(`organisationTypes.${type}`),
              }))}
              value={form.values.type || null}
              onChange={(value) => form.setValue('type', value ?? '')}
              error={form.errors.type}
              searchable
              required
            />
            <TextInput {...form.textProps('name')} label={t('admin.organisations.fields.name')} required />
            <TextInput {...form.textProps('shortName')} label={t('admin.organisations.fields.shortName')} />
            <Select
              label={t('admin.organisations.fields.regionCode')}
              data={REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))}
              value={form.values.regionCode || null}
              onChange={(value) => form.setValue('regionCode', value ?? '')}
              error={form.errors.regionCode}
              clearable
            />
            <Select
              label={t('admin.organisations.fields.judicialDistrict')}
              data={districtOptions}
              value={form.values.judicialDistrict || null}
              onChange={(value) => form.setValue('judicialDistrict', value ?? '')}
              error={form.errors.judicialDistrict}
              clearable
            />
            <MultiSelect
              label={t('admin.organisations.fields.servesDistricts')}
              description={t('admin.organisations.servesHelp')}
              data={districtOptions}
              value={form.values.servesDistricts}
              onChange={(value) => form.setValue('servesDistricts', value)}
              error={form.errors.servesDistricts}
              clearable
            />
          </SimpleGrid>
          <TagsInput
            label={t('admin.organisations.fields.emailDomains')}
            description={t('admin.organisations.domainsHelp')}
            value={form.values.emailDomains}
            onChange={(value) => form.setValue('emailDomains', value)}
            error={form.errors.emailDomains}
            splitChars={[',', ' ', ';']}
          />
          <Title order={3} size="h5">
            {t('admin.organisations.contactTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('admin.organisations.contactHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              {...form.textProps('phone')}
              label={t('admin.organisations.fields.phone')}
              type="tel"
            />
            <TextInput
              {...form.textProps('email')}
              label={t('admin.organisations.fields.email')}
              type="email"
            />
            <TextInput
              {...form.textProps('website')}
              label={t('admin.organisations.fields.website')}
              type="url"
            />
          </SimpleGrid>
          <Textarea
            {...form.textProps('officeAddress')}
            label={t('admin.organisations.fields.officeAddress')}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {conflict ? t('admin.conflict.discard') : t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={conflict && !current}>
              {conflict ? t('admin.conflict.reapply') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useAdminOrganisations();
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [filter, setFilter] = useState<OrganisationType | null>(null);
  const [query, setQuery] = useState('');
  const matches = (o: Organisation) =>
    (filter === null || o.type === filter) &&
    (query.trim() === '' ||
      `${o.name} ${o.shortName ?? ''}`.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase()));

  return (
    <AdminPage
      anyOf={['platform.organisations.manage']}
      title={t('admin.organisations.title')}
      intro={t('admin.organisations.intro')}
      actions={<Button onClick={() => setEditing('new')}>{t('admin.organisations.new')}</Button>}
    >
      <div role="status">
        {done && (
          <Alert
            color="green"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setDone(null)}
          >
            {done}
          </Alert>
        )}
      </div>
      <Group gap="md" align="flex-end">
        <TextInput
          label={t('admin.organisations.nameFilter')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('admin.organisations.typeFilter')}
          placeholder={t('admin.organisations.allTypes')}
          data={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
          value={filter}
          onChange={(value) => setFilter(value)}
          clearable
          searchable
          w={{ base: '100%', sm: 360 }}
        />
      </Group>
      <LoadingOr query={organisations}>
        {(rows) => (
          <DataTable
            caption={t('admin.organisations.caption')}
            rows={rows.filter(matches)}
            rowKey={(o) => o.id}
            rowHeaderLabel={t('admin.organisations.fields.name')}
            rowHeader={(o) => o.name}
            empty={{ title: t('admin.organisations.empty') }}
            columns={[
              {
                key: 'type',
                header: t('admin.organisations.fields.type'),
                render: (o) => t(`organisationTypes.${o.type}`),
              },
              {
                key: 'domains',
                header: t('admin.organisations.fields.emailDomains'),
                render: (o) => (o.emailDomains.length > 0 ? o.emailDomains.join(', ') : '—'),
              },
              {
                key: 'actions',
                header: t('common.actions'),
                hiddenHeader: true,
                align: 'end',
                render: (o) => (
                  <Button size="xs" variant="default" onClick={() => setEditing(o)}>
                    {t('common.edit')}
                    <VisuallyHidden>: {o.name}</VisuallyHidden>
                  </Button>
                ),
              },
            ]}
          />
        )}
      </LoadingOr>
      {editing !== null && (
        <OrganisationDialog
          organisation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      )}
    </AdminPage>
  );
}
