import type { RoutingProposal } from '@keten/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { apiError, demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';
import { emptyReferralForm, referralBody, validateReferral } from './referral-form.ts';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const TODAY = '2026-11-22';
const centre: RoutingProposal = {
  organisationId: '11111111-1111-4111-8111-111111111111',
  name: 'Payoke',
  type: 'specialised_centre',
  purpose: 'centre_intake',
  rule: 'district_language',
  consentNeeded: true,
};
const youth: RoutingProposal = {
  organisationId: '22222222-2222-4222-8222-222222222222',
  name: 'Parket Brussel — jeugd',
  type: 'youth_prosecutor',
  purpose: 'youth_prosecutor',
  rule: 'minor',
  consentNeeded: false,
};
const source = { type: 'victim_file' as const, id: '6f2b6c1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f' };

describe('validating a referral before it is sent', () => {
  it('needs a recipient, and for an adult recorded consent on a past date', () => {
    const form = emptyReferralForm(TODAY);
    expect(validateReferral(form, [centre], TODAY)).toEqual({ choice: 'required' });
    const chosen = { ...form, choice: 'proposal:0' };
    expect(validateReferral(chosen, [centre], TODAY)).toEqual({ consent: 'required' });
    expect(
      validateReferral({ ...chosen, consent: 'given', consentDate: '2026-11-23' }, [centre], TODAY),
    ).toEqual({ consentDate: 'future' });
    expect(validateReferral({ ...chosen, consent: 'given' }, [centre], TODAY)).toEqual({});
    expect(
      validateReferral({ ...chosen, consent: 'override', consentOverrideReason: ' x ' }, [centre], TODAY),
    ).toEqual({ consentOverrideReason: 'tooShort' });
  });

  it('needs no consent for the youth prosecutor, and a reason for another organisation', () => {
    const form = { ...emptyReferralForm(TODAY), choice: 'proposal:1' };
    expect(validateReferral(form, [centre, youth], TODAY)).toEqual({});
    expect(referralBody(form, [centre, youth], source)).toEqual({
      source,
      toOrganisationId: youth.organisationId,
      purpose: 'youth_prosecutor',
      urgent: false,
    });
    const other = { ...emptyReferralForm(TODAY), choice: 'other', consent: 'given' as const };
    expect(validateReferral(other, [centre], TODAY)).toEqual({
      otherOrganisationId: 'required',
      overrideReason: 'required',
    });
    const filled = {
      ...other,
      otherOrganisationId: '33333333-3333-4333-8333-333333333333',
      otherOrganisationType: 'specialised_centre',
      overrideReason: 'Closer to her school',
    };
    expect(validateReferral(filled, [centre], TODAY)).toEqual({});
    expect(referralBody(filled, [centre], source)).toMatchObject({
      purpose: 'centre_intake',
      routingOverrideReason: 'Closer to her school',
      consentRecordedOn: TODAY,
    });
  });
});

const caseworker = demoSession({
  capabilities: ['profile.manage', 'record.read', 'record.write', 'referral.send'],
});

describe('the referral dialog on a victim file', { timeout: 20_000 }, () => {
  it('shows each proposal with its rule, refuses to send without consent, then sends the consent date', async () => {
    const posted: unknown[] = [];
    renderApp(`/victim-files/${source.id}`, {
      '/api/session': { status: 200, body: caseworker },
      [`GET /api/victim-files/${source.id}`]: {
        status: 200,
        body: {
          data: {
            id: source.id,
            reference: 'VF-2026-000042',
            status: 'active',
            closingReason: null,
            caseworkerUserId: null,
            version: 2,
            createdAt: '2026-11-20T10:00:00.000Z',
          },
          sections: [],
          relationship: 'owner',
          actions: ['refer'],
        },
      },
      [`GET /api/victim-files/${source.id}/timeline`]: apiError(403, 'forbidden'),
      '/api/directory': { status: 200, body: { data: [] } },
      'GET /api/referrals/proposals': { status: 200, body: { data: [centre, youth] } },
      'POST /api/referrals': (request: FakeRequest) => {
        posted.push(request.body);
        return apiError(422, 'domain_rule', { reason: 'referral_open' });
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Refer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refer to an organisation' });
    const recipients = await within(dialog).findByRole('group', { name: /Proposed recipients/ });
    expect(
      within(recipients).getByText('Centre serving the judicial district and speaking the person’s language'),
    ).toBeTruthy();
    expect(within(recipients).getByText('The person is or may be a minor')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Send referral' }));
    expect(await within(recipients).findByText('This field is required.')).toBeTruthy();

    fireEvent.click(within(recipients).getByRole('radio', { name: /Payoke/ }));
    // No override of consent without the capability: only "the person gave consent" is offered.
    const consent = within(dialog).getByRole('group', { name: /Consent of the person/ });
    expect(within(consent).getAllByRole('radio')).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send referral' }));
    expect(
      await within(consent).findByText('Record the person’s consent, or give a reason to refer without it.'),
    ).toBeTruthy();
    expect(posted).toEqual([]);

    fireEvent.click(within(consent).getByRole('radio', { name: 'The person gave consent to this referral' }));
    fireEvent.change(within(dialog).getByLabelText(/Date consent was recorded/), {
      target: { value: '2026-11-01' },
    });
    fireEvent.click(within(dialog).getByRole('switch', { name: /Urgent/ }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Send referral' }));
      await Promise.resolve();
    });
    // The server's rule is explained in words.
    expect(
      await within(dialog).findByText('An open referral to this organisation already exists.'),
    ).toBeTruthy();
    expect(posted).toEqual([
      {
        source,
        toOrganisationId: centre.organisationId,
        purpose: 'centre_intake',
        urgent: true,
        consentRecordedOn: '2026-11-01',
      },
    ]);
  });
});
