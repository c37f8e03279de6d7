import type { ReferralCreate, RoutingProposal } from '@keten/shared';

/** What the person filled in the referral dialog. */
export interface ReferralForm {
  /** `proposal:<index>` or `other`. */
  choice: string | null;
  otherOrganisationId: string | null;
  otherOrganisationType: string | null;
  overrideReason: string;
  transfer: boolean;
  consent: 'given' | 'override' | null;
  consentDate: string;
  consentOverrideReason: string;
  urgent: boolean;
}

export const emptyReferralForm = (today: string): ReferralForm => ({
  choice: null,
  otherOrganisationId: null,
  otherOrganisationType: null,
  overrideReason: '',
  transfer: false,
  consent: null,
  consentDate: today,
  consentOverrideReason: '',
  urgent: false,
});

export type ReferralFormErrors = Partial<
  Record<
    'choice' | 'otherOrganisationId' | 'overrideReason' | 'consent' | 'consentDate' | 'consentOverrideReason',
    'required' | 'tooShort' | 'future'
  >
>;

const MIN_REASON = 3;

function reasonProblem(text: string): 'required' | 'tooShort' | undefined {
  const trimmed = text.trim();
  if (trimmed === '') {
    return 'required';
  }
  return trimmed.length < MIN_REASON ? 'tooShort' : undefined;
}

/**
 * Whether the chosen recipient needs the person's consent, as the routing rules said: a proposal
 * carries `consentNeeded`; for an organisation chosen by hand, the proposals for this person tell
 * (an adult's proposals need consent); without any proposal, consent is asked (the server decides).
 */
export function consentNeededFor(form: ReferralForm, proposals: readonly RoutingProposal[]): boolean {
  if (form.choice?.startsWith('proposal:')) {
    return proposals[Number(form.choice.slice('proposal:'.length))]?.consentNeeded ?? true;
  }
  return proposals.length === 0 || proposals.some((p) => p.consentNeeded);
}

/** The problems to show before sending (the server checks the same again, and more). */
export function validateReferral(
  form: ReferralForm,
  proposals: readonly RoutingProposal[],
  today: string,
): ReferralFormErrors {
  const errors: ReferralFormErrors = {};
  if (form.choice === null) {
    errors.choice = 'required';
  }
  if (form.choice === 'other') {
    if (!form.otherOrganisationId) {
      errors.otherOrganisationId = 'required';
    }
    const reason = reasonProblem(form.overrideReason);
    if (reason) {
      errors.overrideReason = reason;
    }
  }
  if (form.choice !== null && consentNeededFor(form, proposals)) {
    if (form.consent === null) {
      errors.consent = 'required';
    } else if (form.consent === 'given') {
      if (form.consentDate === '') {
        errors.consentDate = 'required';
      } else if (form.consentDate > today) {
        errors.consentDate = 'future';
      }
    } else {
      const reason = reasonProblem(form.consentOverrideReason);
      if (reason) {
        errors.consentOverrideReason = reason;
      }
    }
  }
  return errors;
}

/** The request body for `POST /api/referrals` (call only when `validateReferral` found nothing). */
export function referralBody(
  form: ReferralForm,
  proposals: readonly RoutingProposal[],
  source: ReferralCreate['source'],
): ReferralCreate {
  const proposal = form.choice?.startsWith('proposal:')
    ? proposals[Number(form.choice.slice('proposal:'.length))]
    : undefined;
  const body: ReferralCreate = proposal
    ? { source, toOrganisationId: proposal.organisationId, purpose: proposal.purpose, urgent: form.urgent }
    : {
        source,
        toOrganisationId: form.otherOrganisationId ?? '',
        purpose: form.transfer
          ? 'transfer'
          : form.otherOrganisationType === 'specialised_centre'
            ? 'centre_intake'
            : 'partner',
        urgent: form.urgent,
        routingOverrideReason: form.overrideReason.trim(),
      };
  if (consentNeededFor(form, proposals)) {
    if (form.consent === 'given') {
      body.consentRecordedOn = form.consentDate;
    } else if (form.consent === 'override') {
      body.consentOverrideReason = form.consentOverrideReason.trim();
    }
  }
  return body;
}
