import type { OrganisationType } from '@keten/shared';
import type { ProcedureConfig } from '@keten/shared/procedure/types';
import { phaseOf } from '@keten/shared/procedure/types';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { CheckIcon, CrossIcon, DotIcon } from '../../components/icons.tsx';
import { isApiError } from '../../lib/api.ts';
import { useErrorMessage } from '../../lib/api-error-message.ts';
import { pick, useUiLanguage } from '../catalogues/localized.ts';
import { PageLoader } from '../session/require-session.tsx';
import { useSessionUser } from '../session/use-session.ts';
import { DocumentDates, RequestStatus, useIsoDate, useTx } from './procedure-bits.tsx';
import {
  configOf,
  localToday,
  useProcedureAction,
  useVictimFile,
  type PresentedFile,
  type ProcedureView,
} from './procedure-api.ts';
import {
  offeredSteps,
  phaseStates,
  refusalMessage,
  transitionText,
  validatePastDate,
  validityText,
  type OfferedTransition,
} from './procedure-steps.ts';
import classes from './procedure-panel.module.css';

type Action = ReturnType<typeof useProcedureAction>;

/** The refusal of the last step: the rule's explanation for a 422, a merge hint for a 409. */
function useOutcome(config: ProcedureConfig | null) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const errorMessage = useErrorMessage();
  return (error: unknown): string => {
    if (isApiError(error, 'conflict')) {
      return t('procedureUi.panel.stale');
    }
    if (isApiError(error)) {
      return refusalMessage(tx, error.details, config, language) ?? errorMessage(error);
    }
    return errorMessage(error);
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Timeline({ config, procedure }: { config: ProcedureConfig; procedure: ProcedureView }) {
  const tx = useTx();
  const language = useUiLanguage();
  return (
    <ol className={classes.timeline} aria-label={tx('procedureUi.panel.timelineTitle')}>
      {phaseStates(config, procedure.phase).map(({ phase, state }) => (
        <li
          key={phase.code}
          className={classes.phase}
          data-state={state}
          aria-current={state === 'current' ? 'step' : undefined}
        >
          <span className={classes.marker} aria-hidden="true">
            {state === 'done' ? <CheckIcon size={14} /> : <DotIcon size={14} />}
          </span>
          <div>
            <Text fw={state === 'current' ? 700 : 500}>{pick(phase.name, language)}</Text>
            <Text size="xs" c="dimmed">
              {tx(`procedureUi.panel.phaseState.${state}`)}
              {phase.document &&
                ` · ${tx('procedureUi.panel.documentOfPhase', { document: pick(phase.document.name, language), validity: validityText(tx, phase.document.validity) })}`}
            </Text>
          </div>
        </li>
      ))}
    </ol>
  );
}

function Documents({
  config,
  procedure,
  today,
}: {
  config: ProcedureConfig;
  procedure: ProcedureView;
  today: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const docs = procedure.requests.filter((r) => r.kind === 'document' || r.kind === 'hand_out');
  const confirmations = procedure.requests.filter((r) => r.kind === 'confirmation');
  return (
    <>
      <Section id="procedure-documents" title={t('procedureUi.panel.documentsTitle')}>
        {docs.length === 0 ? (
          <Text c="dimmed">{t('procedureUi.panel.noDocuments')}</Text>
        ) : (
          <Stack gap="xs" component="ul" className={classes.plainList}>
            {docs.map((r) => {
              const doc = config.phases.find((p) => p.code === r.phase)?.document;
              return (
                <Paper component="li" withBorder p="xs" radius="sm" key={r.id}>
                  <Group justify="space-between" gap="xs">
                    <Text fw={600}>{doc ? pick(doc.name, language) : r.documentCode}</Text>
                    <RequestStatus request={r} />
                  </Group>
                  <DocumentDates request={r} today={today} current={r.phase === procedure.phase} />
                </Paper>
              );
            })}
          </Stack>
        )}
      </Section>
      {confirmations.length > 0 && (
        <Section id="procedure-confirmations" title={t('procedureUi.panel.confirmationsTitle')}>
          <Stack gap="xs" component="ul" className={classes.plainList}>
            {confirmations.map((r) => (
              <Paper component="li" withBorder p="xs" radius="sm" key={r.id}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">
                    {t('procedureUi.panel.confirmationFor', {
                      step: transitionText(config, r.transitionCode, language),
                    })}
                  </Text>
                  {r.status === 'open' ? (
                    <Badge color="blue" variant="light" leftSection={<DotIcon size={12} />}>
                      {t('procedureUi.panel.confirmationPending')}
                    </Badge>
                  ) : r.confirmed ? (
                    <Badge color="green" variant="light" leftSection={<CheckIcon size={12} />}>
                      {t('procedureUi.panel.confirmed')}
                    </Badge>
                  ) : (
                    <Badge color="red" variant="light" leftSection={<CrossIcon size={12} />}>
                      {t('procedureUi.panel.notConfirmed')}
                    </Badge>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        </Section>
      )}
    </>
  );
}

function Conditions({
  config,
  procedure,
  canState,
  action,
  today,
}: {
  config: ProcedureConfig;
  procedure: ProcedureView;
  canState: boolean;
  action: Action;
  today: string;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const date = useIsoDate();
  const outcome = useOutcome(config);
  const codes = phaseOf(config, procedure.phase).conditions;
  const [condition, setCondition] = useState(codes[0] ?? '');
  const [status, setStatus] = useState<'met' | 'breached'>('met');
  const [statedOn, setStatedOn] = useState(today);
  const [source, setSource] = useState<OrganisationType | ''>('');
  const [errors, setErrors] = useState<{ statedOn?: string; source?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const sources: OrganisationType[] = [
    'specialised_centre',
    'local_police',
    'federal_police_thb',
    'social_inspection',
    'labour_inspection',
    'prosecutor_office',
    'labour_auditor',
    'immigration_office',
  ];

  const submit = () => {
    const dateError = validatePastDate(statedOn, localToday());
    const next = {
      statedOn: dateError ? tx(`procedureUi.validation.${dateError}`) : undefined,
      source: status === 'breached' && source === '' ? t('procedureUi.validation.required') : undefined,
    };
    setErrors(next);
    if (next.statedOn || next.source) {
      return;
    }
    setFailure(null);
    action.mutate(
      {
        kind: 'condition',
        body: { condition, status, statedOn, ...(status === 'breached' && source !== '' ? { source } : {}) },
      },
      { onError: setFailure },
    );
  };

  return (
    <Section id="procedure-conditions" title={t('procedureUi.panel.conditionsTitle')}>
      {codes.length === 0 ? (
        <Text c="dimmed">{t('procedureUi.panel.conditionsNone')}</Text>
      ) : (
        <Stack gap="xs" component="ul" className={classes.plainList}>
          {codes.map((code) => {
            const def = config.conditions.find((c) => c.code === code);
            const statements = procedure.conditions.filter((s) => s.condition === code);
            const [latest, ...earlier] = statements;
            return (
              <Paper component="li" withBorder p="xs" radius="sm" key={code}>
                <Text size="sm" fw={600}>
                  {def ? pick(def.text, language) : code}
                </Text>
                {latest ? (
                  <Group gap="xs">
                    {latest.status === 'met' ? (
                      <Badge color="green" variant="light" leftSection={<CheckIcon size={12} />}>
                        {t('procedureUi.panel.met')}
                      </Badge>
                    ) : (
                      <Badge color="red" variant="light" leftSection={<CrossIcon size={12} />}>
                        {t('procedureUi.panel.breached')}
                      </Badge>
                    )}
                    <Text size="sm">{t('procedureUi.panel.statedOn', { date: date(latest.statedOn) })}</Text>
                    {latest.source && (
                      <Text size="sm">
                        {t('procedureUi.panel.source', { source: tx(`organisationTypes.${latest.source}`) })}
                      </Text>
                    )}
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('procedureUi.panel.noStatement')}
                  </Text>
                )}
                {earlier.length > 0 && (
                  <details>
                    <summary className={classes.summary}>{t('procedureUi.panel.earlierStatements')}</summary>
                    <List size="sm">
                      {earlier.map((s) => (
                        <List.Item key={s.id}>
                          {`${date(s.statedOn)}: ${s.status === 'met' ? t('procedureUi.panel.met') : t('procedureUi.panel.breached')}${s.source ? ` (${tx(`organisationTypes.${s.source}`)})` : ''}`}
                        </List.Item>
                      ))}
                    </List>
                  </details>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
      {canState && codes.length > 0 && (
        <Paper
          withBorder
          p="sm"
          radius="sm"
          component="form"
          aria-labelledby="statement-heading"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <Title order={4} size="h6" id="statement-heading">
              {t('procedureUi.panel.statementTitle')}
            </Title>
            <NativeSelect
              label={t('procedureUi.panel.condition')}
              value={condition}
              onChange={(e) => setCondition(e.currentTarget.value)}
              data={codes.map((c) => ({
                value: c,
                label: pick(config.conditions.find((x) => x.code === c)?.text, language) || c,
              }))}
            />
            <Group gap="sm" align="flex-start" wrap="wrap">
              <NativeSelect
                label={t('procedureUi.panel.finding')}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value === 'breached' ? 'breached' : 'met')}
                data={[
                  { value: 'met', label: t('procedureUi.panel.met') },
                  { value: 'breached', label: t('procedureUi.panel.breached') },
                ]}
              />
              <TextInput
                type="date"
                label={t('procedureUi.common.date')}
                value={statedOn}
                max={today}
                onChange={(e) => setStatedOn(e.currentTarget.value)}
                error={errors.statedOn}
                required
              />
              {status === 'breached' && (
                <NativeSelect
                  label={t('procedureUi.panel.breachSource')}
                  description={t('procedureUi.panel.breachSourceHelp')}
                  value={source}
                  onChange={(e) => setSource(e.currentTarget.value as OrganisationType | '')}
                  data={[
                    { value: '', label: '—' },
                    ...sources.map((s) => ({ value: s, label: tx(`organisationTypes.${s}`) })),
                  ]}
                  error={errors.source}
                  required
                />
              )}
            </Group>
            {failure !== null && (
              <Alert color="red" role="alert">
                {outcome(failure)}
              </Alert>
            )}
            <Button type="submit" w="fit-content" loading={action.isPending}>
              {t('procedureUi.panel.saveStatement')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Section>
  );
}

function TransitionStep({
  offer,
  procedure,
  action,
  onRefused,
  today,
}: {
  offer: OfferedTransition;
  procedure: ProcedureView;
  action: Action;
  onRefused: (e: unknown) => void;
  today: string;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const language = useUiLanguage();
  const date = useIsoDate();
  const [occurredOn, setOccurredOn] = useState(today);
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const text = pick(offer.transition.text, language);
  const inputId = `step-date-${offer.transition.code}`;
  return (
    <Paper component="li" withBorder p="sm" radius="sm" data-testid={`step-${offer.transition.code}`}>
      <Stack gap={6}>
        <Text fw={600}>{text}</Text>
        <Text size="sm" c="dimmed">
          {`→ ${pick(offer.target.name, language)} · ${t('procedureUi.panel.performedBy', { who: offer.transition.performedBy.map((o) => tx(`organisationTypes.${o}`)).join(', ') })}`}
        </Text>
        {offer.confirmation !== null && (
          <Text size="sm">
            {offer.confirmation === 'confirmed'
              ? t('procedureUi.panel.confirmationOk')
              : offer.confirmation === 'requested'
                ? t('procedureUi.panel.confirmationRequested')
                : offer.confirmation === 'refused'
                  ? t('procedureUi.panel.notConfirmed')
                  : t('procedureUi.panel.needsConfirmation')}
          </Text>
        )}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            id={inputId}
            type="date"
            label={t('procedureUi.panel.stepDate')}
            value={occurredOn}
            max={today}
            onChange={(e) => setOccurredOn(e.currentTarget.value)}
            error={error}
          />
          <Button
            onClick={() => {
              const problem = validatePastDate(occurredOn, localToday());
              setError(problem ? tx(`procedureUi.validation.${problem}`) : undefined);
              if (!problem) {
                setConfirming(true);
              }
            }}
          >
            {t('procedureUi.panel.recordStep')}
          </Button>
          {offer.confirmation !== null &&
            offer.confirmation !== 'confirmed' &&
            offer.confirmation !== 'requested' &&
            offer.canRequestConfirmation && (
              <Button
                variant="light"
                loading={action.isPending && action.variables.kind === 'confirmation'}
                onClick={() =>
                  action.mutate(
                    { kind: 'confirmation', body: { transition: offer.transition.code } },
                    { onError: onRefused },
                  )
                }
              >
                {t('procedureUi.panel.requestConfirmation')}
              </Button>
            )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('procedureUi.panel.confirmStepTitle')}
        confirmLabel={t('procedureUi.panel.recordStep')}
        pending={action.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          action.mutate(
            {
              kind: 'transition',
              body: { transition: offer.transition.code, occurredOn, version: procedure.version },
            },
            {
              onSuccess: () => setConfirming(false),
              onError: (e) => {
                setConfirming(false);
                onRefused(e);
              },
            },
          )
        }
      >
        {t('procedureUi.panel.confirmStepBody', {
          step: text,
          date: occurredOn === '' ? '' : date(occurredOn),
          phase: pick(offer.target.name, language),
        })}
      </ConfirmDialog>
    </Paper>
  );
}

function EndProcedure({
  reasons,
  procedure,
  action,
  onRefused,
  today,
}: {
  reasons: { code: string; text: string }[];
  procedure: ProcedureView;
  action: Action;
  onRefused: (e: unknown) => void;
  today: string;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const date = useIsoDate();
  const [reason, setReason] = useState('');
  const [endedOn, setEndedOn] = useState(today);
  const [errors, setErrors] = useState<{ reason?: string; endedOn?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const chosen = reasons.find((r) => r.code === reason);
  return (
    <Section id="procedure-end" title={t('procedureUi.panel.endTitle')}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('procedureUi.panel.endReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data={[{ value: '', label: '—' }, ...reasons.map((r) => ({ value: r.code, label: r.text }))]}
          error={errors.reason}
          maw={420}
          required
        />
        <TextInput
          type="date"
          label={t('procedureUi.panel.endedOn')}
          value={endedOn}
          max={today}
          onChange={(e) => setEndedOn(e.currentTarget.value)}
          error={errors.endedOn}
          required
        />
      </Group>
      <Button
        color="red"
        variant="light"
        w="fit-content"
        onClick={() => {
          const d = validatePastDate(endedOn, localToday());
          const next = {
            reason: reason === '' ? t('procedureUi.validation.required') : undefined,
            endedOn: d ? tx(`procedureUi.validation.${d}`) : undefined,
          };
          setErrors(next);
          if (!next.reason && !next.endedOn) {
            setConfirming(true);
          }
        }}
      >
        {t('procedureUi.panel.end')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        destructive
        title={t('procedureUi.panel.confirmEndTitle')}
        confirmLabel={t('procedureUi.panel.end')}
        pending={action.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          action.mutate(
            { kind: 'end', body: { reason, endedOn, version: procedure.version } },
            {
              onSuccess: () => setConfirming(false),
              onError: (e) => {
                setConfirming(false);
                onRefused(e);
              },
            },
          )
        }
      >
        {t('procedureUi.panel.confirmEndBody', {
          date: endedOn === '' ? '' : date(endedOn),
          reason: chosen?.text ?? '',
        })}
      </ConfirmDialog>
    </Section>
  );
}

function Guardian({
  procedure,
  canRecord,
  action,
  today,
  config,
}: {
  procedure: ProcedureView;
  canRecord: boolean;
  action: Action;
  today: string;
  config: ProcedureConfig;
}) {
  const { t } = useTranslation();
  const tx = useTx();
  const date = useIsoDate();
  const outcome = useOutcome(config);
  const [name, setName] = useState('');
  const [appointedOn, setAppointedOn] = useState(today);
  const [errors, setErrors] = useState<{ name?: string; appointedOn?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <Section id="procedure-guardian" title={t('procedureUi.panel.guardianTitle')}>
      <Text>
        {procedure.guardianName
          ? t('procedureUi.panel.guardian', {
              name: procedure.guardianName,
              date: procedure.guardianAppointedOn ? date(procedure.guardianAppointedOn) : '',
            })
          : t('procedureUi.panel.guardianNone')}
      </Text>
      {canRecord && (
        <GuardianForm
          name={name}
          appointedOn={appointedOn}
          errors={errors}
          today={today}
          pending={action.isPending}
          failure={failure === null ? null : outcome(failure)}
          onName={setName}
          onDate={setAppointedOn}
          onSubmit={() => {
            const d = validatePastDate(appointedOn, localToday());
            const next = {
              name: name.trim() === '' ? t('procedureUi.validation.required') : undefined,
              appointedOn: d ? tx(`procedureUi.validation.${d}`) : undefined,
            };
            setErrors(next);
            if (next.name || next.appointedOn) {
              return;
            }
            setFailure(null);
            action.mutate(
              { kind: 'guardian', body: { guardianName: name.trim(), appointedOn } },
              { onError: setFailure, onSuccess: () => setName('') },
            );
          }}
        />
      )}
    </Section>
  );
}

/** The guardian's name and appointment date (the Guardianship Service). Also used on its own screen. */
export function GuardianForm(props: {
  name: string;
  appointedOn: string;
  errors: { name?: string | undefined; appointedOn?: string | undefined };
  today: string;
  pending: boolean;
  failure: string | null;
  onName: (v: string) => void;
  onDate: (v: string) => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            label={t('procedureUi.partner.guardianship.guardianName')}
            value={props.name}
            onChange={(e) => props.onName(e.currentTarget.value)}
            error={props.errors.name}
            maxLength={200}
            required
            autoComplete="off"
          />
          <TextInput
            type="date"
            label={t('procedureUi.partner.guardianship.appointedOn')}
            value={props.appointedOn}
            max={props.today}
            onChange={(e) => props.onDate(e.currentTarget.value)}
            error={props.errors.appointedOn}
            required
          />
        </Group>
        {props.failure && (
          <Alert color="red" role="alert">
            {props.failure}
          </Alert>
        )}
        <Button type="submit" w="fit-content" loading={props.pending}>
          {t('procedureUi.partner.guardianship.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function History({ config, procedure }: { config: ProcedureConfig; procedure: ProcedureView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const date = useIsoDate();
  if (procedure.events.length === 0) {
    return null;
  }
  const label = (code: string) =>
    transitionText(config, code, language) !== code
      ? transitionText(config, code, language)
      : pick(config.endReasons.find((e) => e.code === code)?.text, language) || code;
  return (
    <details>
      <summary className={classes.summary}>{t('procedureUi.panel.historyTitle')}</summary>
      <List size="sm" mt="xs">
        {procedure.events.map((e, i) => (
          <List.Item key={`${e.code}-${String(i)}`}>
            {t('procedureUi.panel.historyEntry', { date: date(e.occurredOn), step: label(e.code) })}
          </List.Item>
        ))}
      </List>
    </details>
  );
}

function StartProcedure({ action, today }: { action: Action; today: string }) {
  const { t } = useTranslation();
  const tx = useTx();
  const outcome = useOutcome(null);
  const [country, setCountry] = useState<'BE' | 'NL'>('BE');
  const [startedOn, setStartedOn] = useState(today);
  const [error, setError] = useState<string | undefined>();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('procedureUi.panel.startTitle')}
      </Title>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <NativeSelect
          label={t('procedureUi.panel.configuration')}
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value === 'NL' ? 'NL' : 'BE')}
          data={(['BE', 'NL'] as const).map((c) => ({
            value: c,
            label: t(`procedureUi.panel.countries.${c}`),
          }))}
        />
        <TextInput
          type="date"
          label={t('procedureUi.panel.startedOn')}
          value={startedOn}
          max={today}
          onChange={(e) => setStartedOn(e.currentTarget.value)}
          error={error}
          required
        />
      </Group>
      {action.isError && (
        <Alert color="red" role="alert">
          {outcome(action.error)}
        </Alert>
      )}
      <Button
        w="fit-content"
        loading={action.isPending}
        onClick={() => {
          const d = validatePastDate(startedOn, localToday());
          setError(d ? tx(`procedureUi.validation.${d}`) : undefined);
          if (!d) {
            action.mutate({ kind: 'start', body: { country, startedOn } });
          }
        }}
      >
        {t('procedureUi.panel.start')}
      </Button>
    </Stack>
  );
}

/** The panel's body once the file is loaded; exported for tests with a fixed file. */
export function ProcedurePanelView({
  file,
  organisationType,
  today,
}: {
  file: PresentedFile;
  organisationType: string;
  today: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const date = useIsoDate();
  const action = useProcedureAction(file.data.id);
  const procedure = file.data.procedure;
  const config = procedure ? configOf(procedure.country) : null;
  const outcome = useOutcome(config);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onRefused = (e: unknown) => setRefusal(outcome(e));

  if (!file.sections.includes('PR') || procedure === undefined) {
    return <Text c="dimmed">{t('procedureUi.panel.noAccess')}</Text>;
  }
  if (procedure === null || !config) {
    return (
      <Stack gap="sm">
        <Text>{t('procedureUi.panel.notStarted')}</Text>
        {file.actions.includes('update') && <StartProcedure action={action} today={today} />}
      </Stack>
    );
  }
  const steps = offeredSteps(config, procedure, organisationType, file.actions, language);
  const endReason = procedure.endReason
    ? pick(config.endReasons.find((e) => e.code === procedure.endReason)?.text, language) ||
      procedure.endReason
    : '';
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text fw={600}>{pick(config.name, language)}</Text>
        <Badge variant="light" color={procedure.status === 'running' ? 'blue' : 'gray'}>
          {procedure.status === 'running'
            ? t('procedureUi.panel.running', { date: date(procedure.startedOn) })
            : t('procedureUi.panel.ended', {
                date: procedure.endedOn ? date(procedure.endedOn) : '',
                reason: endReason,
              })}
        </Badge>
      </Group>
      <Timeline config={config} procedure={procedure} />
      <Documents config={config} procedure={procedure} today={today} />
      <Conditions
        config={config}
        procedure={procedure}
        canState={steps.canStateConditions}
        action={action}
        today={today}
      />
      {procedure.status === 'running' && (
        <Section id="procedure-steps" title={t('procedureUi.panel.stepsTitle')}>
          {refusal !== null && (
            <Alert
              color="orange"
              role="alert"
              title={t('procedureUi.panel.refusedTitle')}
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setRefusal(null)}
            >
              {refusal}
            </Alert>
          )}
          {steps.requestDocument && (
            <Paper withBorder p="sm" radius="sm">
              <Stack gap={6}>
                <Text size="sm">{t('procedureUi.panel.requestDocumentHelp')}</Text>
                <Button
                  w="fit-content"
                  loading={action.isPending && action.variables.kind === 'document'}
                  onClick={() => {
                    setRefusal(null);
                    action.mutate(
                      { kind: 'document', body: { requestedOn: localToday() } },
                      { onError: onRefused },
                    );
                  }}
                >
                  {t('procedureUi.panel.requestDocument', { document: steps.requestDocument.name })}
                </Button>
              </Stack>
            </Paper>
          )}
          {steps.documentAlreadyRequested && (
            <Text size="sm">{t('procedureUi.panel.documentAlreadyRequested')}</Text>
          )}
          {steps.transitions.length > 0 ? (
            <Stack gap="xs" component="ul" className={classes.plainList}>
              {steps.transitions.map((offer) => (
                <TransitionStep
                  key={offer.transition.code}
                  offer={offer}
                  procedure={procedure}
                  action={action}
                  onRefused={onRefused}
                  today={today}
                />
              ))}
            </Stack>
          ) : (
            !steps.requestDocument && <Text c="dimmed">{t('procedureUi.panel.noSteps')}</Text>
          )}
        </Section>
      )}
      {procedure.status === 'running' && steps.endReasons.length > 0 && (
        <EndProcedure
          reasons={steps.endReasons}
          procedure={procedure}
          action={action}
          onRefused={onRefused}
          today={today}
        />
      )}
      {(file.data.minor === 'yes' ||
        file.data.minor === 'unsure' ||
        procedure.guardianName ||
        steps.canRecordGuardian) && (
        <Guardian
          procedure={procedure}
          canRecord={steps.canRecordGuardian}
          action={action}
          today={today}
          config={config}
        />
      )}
      <History config={config} procedure={procedure} />
    </Stack>
  );
}

/**
 * The protection procedure of one victim file: the phase on the configured timeline, documents with
 * their dates, the conditions with dated statements, and the steps this organisation may take.
 */
export function ProcedurePanel({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const user = useSessionUser();
  const file = useVictimFile(fileId);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="procedure-panel-heading"
      data-testid="procedure-panel"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="procedure-panel-heading">
          {t('procedureUi.panel.title')}
        </Title>
        {file.isPending ? (
          <PageLoader />
        ) : file.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(file.error)}
          </Alert>
        ) : (
          <ProcedurePanelView
            file={file.data}
            organisationType={user?.organisationType ?? ''}
            today={localToday()}
          />
        )}
      </Stack>
    </Paper>
  );
}
