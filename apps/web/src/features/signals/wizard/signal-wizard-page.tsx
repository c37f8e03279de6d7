import { evaluateGuidance, SignalSubmissionSchema } from '@keten/shared';
import { Alert, Button, Grid, Group, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../app/router-links.tsx';
import { useDocumentTitle } from '../../../app/use-document-title.ts';
import { isApiError } from '../../../lib/api.ts';
import { useErrorMessage } from '../../../lib/api-error-message.ts';
import { PageLoader, RequireCapability } from '../../session/require-session.tsx';
import { GuidanceBar, GuidanceSidePanel } from '../guidance/guidance-panel.tsx';
import { labelOf, useCountryOptions } from '../reference-api.ts';
import {
  draftsQueryKey,
  mySignalsQueryKey,
  submitSignal,
  useDraft,
  useDrafts,
  useGuidanceContext,
  type GuidanceContext,
  type Submitted,
} from '../signal-api.ts';
import { messagesByPath } from '../signal-validation.ts';
import { ConsentStep } from './consent-step.tsx';
import { ContextStep } from './context-step.tsx';
import {
  draftData,
  emptyState,
  isAnonymous,
  proposedCatalogues,
  restoreState,
  stepOfPath,
  toGuidanceInput,
  toSubmission,
  WIZARD_STEPS,
  type SectorRanker,
  type SignalFormState,
  type WizardStep,
} from './form-state.ts';
import { FormsStep } from './forms-step.tsx';
import { IndicatorsStep } from './indicators-step.tsx';
import { newSignalId } from './new-id.ts';
import { PersonStep } from './person-step.tsx';
import { ReviewStep } from './review-step.tsx';
import { SaveStatusText } from './save-status.tsx';
import { SubmittedView } from './submitted-view.tsx';
import { TracesStep } from './traces-step.tsx';
import { useAutosave } from './use-autosave.ts';
import type { StepProps } from './wizard-types.ts';

const route = getRouteApi('/signed-in/signals/new');

/** Below this width the guidance is a bar at the bottom of the screen instead of a side panel. */
const NARROW_QUERY = '(max-width: 61.99em)';

const isStep = (value: string | null | undefined): value is WizardStep =>
  typeof value === 'string' && (WIZARD_STEPS as readonly string[]).includes(value);

export function SignalWizardPage() {
  return (
    <RequireCapability anyOf={['signal.create']}>
      <WizardLoader />
    </RequireCapability>
  );
}

/** Picks the signal id (a new one, or the draft being resumed) and loads what the wizard needs. */
function WizardLoader() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  // Fixed for the life of this wizard: putting the id into the address later must not reload it.
  const [session, setSession] = useState(() => ({ id: search.draft ?? newSignalId(), resume: search.draft }));
  const context = useGuidanceContext();
  const draft = useDraft(session.resume);
  useDocumentTitle(t('signals.wizard.pageTitle'));

  const startNew = () => {
    setSession({ id: newSignalId(), resume: undefined });
    void navigate({ to: '/signals/new', search: {}, replace: true });
  };

  if (context.isPending || (session.resume !== undefined && draft.isPending)) {
    return <PageLoader />;
  }
  if (context.isError) {
    return (
      <Alert color="red" role="alert" title={t('signals.wizard.contextFailed')}>
        <Button mt="sm" size="compact-sm" onClick={() => void context.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (session.resume !== undefined && draft.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <Title order={1}>{t('signals.wizard.title')}</Title>
        <Alert color="yellow" role="alert">
          {isApiError(draft.error, 'not_found')
            ? t('signals.wizard.draftGone')
            : t('signals.wizard.draftFailed')}
        </Alert>
        <Button onClick={startNew}>{t('signals.wizard.startNew')}</Button>
      </Stack>
    );
  }
  const initialStep = draft.data?.step;
  return (
    <SignalWizard
      key={session.id}
      id={session.id}
      initial={draft.data ? restoreState(draft.data.data) : emptyState()}
      initialStep={isStep(initialStep) ? initialStep : 'context'}
      resumed={draft.data !== undefined}
      context={context.data}
      reloadContext={async () => (await context.refetch()).data}
      onStartNew={startNew}
    />
  );
}

interface SignalWizardProps {
  id: string;
  initial: SignalFormState;
  initialStep: WizardStep;
  resumed: boolean;
  context: GuidanceContext;
  reloadContext: () => Promise<GuidanceContext | undefined>;
  onStartNew: () => void;
}

function DraftsHint() {
  const { t } = useTranslation();
  const drafts = useDrafts();
  const count = drafts.data?.data.length ?? 0;
  if (count === 0) {
    return null;
  }
  return (
    <Alert color="blue" variant="light">
      {t('signals.wizard.draftsWaiting', { count })}{' '}
      <AnchorLink to="/signals">{t('signals.wizard.draftsOpen')}</AnchorLink>
    </Alert>
  );
}

export function SignalWizard({
  id,
  initial,
  initialStep,
  resumed,
  context,
  reloadContext,
  onStartNew,
}: SignalWizardProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const narrow = useMediaQuery(NARROW_QUERY) ?? false;
  const countries = useCountryOptions();
  const [state, setState] = useState(initial);
  const [revision, setRevision] = useState(0);
  const [step, setStep] = useState<WizardStep>(initialStep);
  const [checked, setChecked] = useState<ReadonlySet<WizardStep>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [result, setResult] = useState<Submitted | null>(null);
  const [rank, setRank] = useState<{ fn: SectorRanker } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const catalogues = context.catalogues;

  const update = useCallback((change: (s: SignalFormState) => SignalFormState) => {
    setState(change);
    setRevision((r) => r + 1);
  }, []);

  const anonymous = isAnonymous(state);
  const submission = useMemo(() => toSubmission(id, state, catalogues), [id, state, catalogues]);
  const allErrors = useMemo(() => messagesByPath(t, SignalSubmissionSchema, submission), [t, submission]);
  const errors = useMemo(
    () => Object.fromEntries(Object.entries(allErrors).filter(([path]) => checked.has(stepOfPath(path)))),
    [allErrors, checked],
  );
  const guidance = useMemo(
    () => evaluateGuidance(toGuidanceInput(state), { catalogues, directory: context.directory }),
    [state, catalogues, context.directory],
  );

  const autosave = useAutosave({
    id,
    revision,
    enabled: result === null,
    payload: () => ({ data: draftData(state), step }),
  });

  // The address names the draft once it exists on the server, so a reload resumes it.
  const saved = autosave.status.kind === 'saved';
  const addressed = useRef(resumed);
  useEffect(() => {
    if (saved && !addressed.current) {
      addressed.current = true;
      void navigate({ to: '/signals/new', search: { draft: id }, replace: true });
    }
  }, [saved, id, navigate]);

  // The shared ranking of lists per sector holds every built-in list: loaded apart, once.
  useEffect(() => {
    import('@keten/shared/signals/catalogues/index')
      .then((m) => setRank({ fn: m.catalogueForSector }))
      .catch(() => undefined);
  }, []);

  // Each new step starts at its heading, which also says "step n of 7".
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current !== step) {
      shownStep.current = step;
      headingRef.current?.focus();
    }
  }, [step]);

  useEffect(() => {
    if (focusRequest > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);

  const index = WIZARD_STEPS.indexOf(step);
  const stepErrors = (s: WizardStep) => Object.keys(allErrors).filter((path) => stepOfPath(path) === s);

  const goTo = (target: WizardStep) => {
    if (target === 'indicators' && state.indicators.catalogues.length === 0) {
      const proposed = proposedCatalogues(catalogues, state.context.sector, state.person.minor, rank?.fn);
      update((s) => ({ ...s, indicators: { ...s.indicators, catalogues: proposed } }));
    }
    setNotice(null);
    setStep(target);
    // The draft remembers where the user was, once there is something to remember.
    if (revision > 0 || resumed) {
      setRevision((r) => r + 1);
    }
  };

  const next = () => {
    if (stepErrors(step).length > 0) {
      setChecked((c) => new Set([...c, step]));
      setFocusRequest((n) => n + 1);
      return;
    }
    const following = WIZARD_STEPS[index + 1];
    if (following) {
      goTo(following);
    }
  };

  const submit = async () => {
    const firstInvalid = WIZARD_STEPS.find((s) => stepErrors(s).length > 0);
    if (firstInvalid) {
      setChecked(new Set(WIZARD_STEPS));
      setStep(firstInvalid);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    await autosave.stop();
    try {
      const answer = await submitSignal(submission);
      setResult(answer);
      void queryClient.invalidateQueries({ queryKey: mySignalsQueryKey });
      void queryClient.invalidateQueries({ queryKey: draftsQueryKey });
    } catch (error) {
      if (isApiError(error, 'conflict') && error.reason === 'catalogue_outdated') {
        // The list was revised meanwhile: load the new version, keep every answer and the ticks
        // of signs that still exist, and let the user check the signs again.
        const fresh = await reloadContext();
        const known = new Map(
          (fresh?.catalogues ?? []).map((c) => [c.key, new Set(c.indicators.map((i) => i.id))]),
        );
        const kept = state.indicators.ticks.filter((tick) => known.get(tick.catalogue)?.has(tick.id));
        const dropped = state.indicators.ticks.length - kept.length;
        update((s) => ({ ...s, indicators: { ...s.indicators, ticks: kept } }));
        setStep('indicators');
        setNotice(
          dropped > 0
            ? t('signals.wizard.outdatedDropped', { count: dropped })
            : t('signals.wizard.outdated'),
        );
      } else {
        setSubmitError(error);
      }
      autosave.resume();
    } finally {
      setSubmitting(false);
    }
  };

  if (result) {
    return <SubmittedView result={result} onNew={onStartNew} />;
  }

  const stepProps: StepProps = { state, update, errors, anonymous, catalogues, goTo, rank: rank?.fn };
  const countryName = (code: string) => labelOf(countries.options, code);
  const hasStepErrors = Object.keys(errors).some((path) => stepOfPath(path) === step);
  const total = WIZARD_STEPS.length;
  const stepTitle = t(`signals.wizard.steps.${step}`);

  const form = (
    <Stack gap="md" ref={formRef}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600} c="dimmed" aria-hidden="true">
            {t('signals.wizard.stepOf', { current: index + 1, total })}
          </Text>
          <SaveStatusText status={autosave.status} />
        </Group>
        <Progress value={((index + 1) / total) * 100} size="sm" aria-hidden="true" />
        <Title
          order={2}
          ref={headingRef}
          tabIndex={-1}
          style={{ outline: 'none' }}
          mt="xs"
          data-testid="step-heading"
        >
          <VisuallyHidden>{t('signals.wizard.stepOf', { current: index + 1, total })}: </VisuallyHidden>
          {stepTitle}
        </Title>
      </Stack>
      {notice && (
        <Alert
          color="yellow"
          role="alert"
          withCloseButton
          onClose={() => setNotice(null)}
          closeButtonLabel={t('common.close')}
        >
          {notice}
        </Alert>
      )}
      {hasStepErrors && (
        <Alert color="red" role="alert">
          {t('signals.wizard.stepErrors')}
        </Alert>
      )}
      {step === 'context' && <ContextStep {...stepProps} />}
      {step === 'person' && <PersonStep {...stepProps} />}
      {step === 'indicators' && <IndicatorsStep {...stepProps} />}
      {step === 'forms' && <FormsStep {...stepProps} />}
      {step === 'traces' && <TracesStep {...stepProps} />}
      {step === 'consent' && <ConsentStep {...stepProps} />}
      {step === 'review' && (
        <ReviewStep submission={submission} anonymous={anonymous} catalogues={catalogues} goTo={goTo} />
      )}
      {submitError !== null && (
        <Alert color="red" role="alert" title={t('signals.wizard.submitFailed')}>
          {isApiError(submitError) && submitError.status === 0
            ? t('signals.wizard.submitOffline')
            : errorMessage(submitError)}
        </Alert>
      )}
      <Group justify="space-between" gap="sm" mt="sm" wrap="nowrap">
        {index > 0 ? (
          <Button variant="default" onClick={() => goTo(WIZARD_STEPS[index - 1] ?? 'context')}>
            {t('signals.wizard.back')}
          </Button>
        ) : (
          <span />
        )}
        {step === 'review' ? (
          <Button onClick={() => void submit()} loading={submitting}>
            {t('signals.wizard.submit')}
          </Button>
        ) : (
          <Button onClick={next}>{t('signals.wizard.next')}</Button>
        )}
      </Group>
    </Stack>
  );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('signals.wizard.title')}</Title>
        {step === 'context' && !resumed && <Text>{t('signals.wizard.intro')}</Text>}
      </Stack>
      {step === 'context' && !resumed && revision === 0 && <DraftsHint />}
      {narrow ? (
        <>
          {form}
          <GuidanceBar items={guidance.items} countryName={countryName} />
        </>
      ) : (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>{form}</Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <GuidanceSidePanel items={guidance.items} countryName={countryName} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
