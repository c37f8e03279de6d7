import type { Referral } from '@keten/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { demoSession, renderApp, type FakeRequest } from '../../test/render-app.tsx';

beforeEach(async () => {
  window.localStorage.clear();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const session = demoSession({
  capabilities: ['profile.manage', 'record.read', 'referral.send', 'referral.respond'],
});
const FILE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function referral(over: Partial<Referral>): Referral {
  return {
    id: 'a1b2c3d4-e5f6-4789-8abc-def012345678',
    sourceType: 'signal',
    sourceId: 'b1b2c3d4-e5f6-4789-8abc-def012345678',
    victimFileId: null,
    fromOrganisationId: 'c1b2c3d4-e5f6-4789-8abc-def012345678',
    fromOrganisationName: 'PZ Demo-Brussel',
    toOrganisationId: session.user.organisationId,
    toOrganisationName: 'PAG-ASA',
    purpose: 'centre_intake',
    urgent: true,
    status: 'sent',
    consent: 'given',
    declineReason: null,
    sentAt: '2026-11-22T08:00:00.000Z',
    answerDueAt: '2026-11-22T12:00:00.000Z',
    respondedAt: null,
    minutesToAnswer: null,
    version: 1,
    ...over,
  };
}

describe('the referrals inbox', { timeout: 20_000 }, () => {
  it('declines only with a reason, after a confirmation; accepting a signal opens the new victim file', async () => {
    const answers: unknown[] = [];
    const second = referral({
      id: 'd1b2c3d4-e5f6-4789-8abc-def012345678',
      urgent: false,
      fromOrganisationName: 'FGP Brussel',
    });
    renderApp('/referrals', {
      '/api/session': { status: 200, body: session },
      'GET /api/referrals': { status: 200, body: { data: [referral({}), second] } },
      'GET /api/notifications': {
        status: 200,
        body: {
          data: [
            {
              id: 'e1b2c3d4-e5f6-4789-8abc-def012345678',
              kind: 'referral.received',
              payload: { referralId: 'a1b2c3d4-e5f6-4789-8abc-def012345678', urgent: true },
              createdAt: '2026-11-22T08:00:00.000Z',
              readAt: null,
            },
            {
              id: 'f1b2c3d4-e5f6-4789-8abc-def012345678',
              kind: 'referral.declined',
              payload: {},
              createdAt: '2026-11-21T08:00:00.000Z',
              readAt: '2026-11-21T09:00:00.000Z',
            },
          ],
        },
      },
      'POST /api/notifications/e1b2c3d4-e5f6-4789-8abc-def012345678/read': (request: FakeRequest) => {
        answers.push({ read: request.path });
        return { status: 204 };
      },
      'POST /api/referrals/a1b2c3d4-e5f6-4789-8abc-def012345678/respond': (request: FakeRequest) => {
        answers.push(request.body);
        return {
          status: 200,
          body: referral({
            status: 'accepted',
            victimFileId: FILE,
            minutesToAnswer: 42,
            respondedAt: '2026-11-22T08:42:00.000Z',
            version: 2,
          }),
        };
      },
      'POST /api/referrals/d1b2c3d4-e5f6-4789-8abc-def012345678/respond': (request: FakeRequest) => {
        answers.push(request.body);
        return {
          status: 200,
          body: { ...second, status: 'declined', declineReason: 'No place', version: 2 },
        };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Referrals' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Referrals Received' });
    expect(within(table).getAllByText('Urgent')).toHaveLength(1);
    expect(within(table).getAllByText(/Overdue/).length).toBeGreaterThan(0);
    // Unread notices only: the urgent referral, not the declined one already read.
    const notices = screen.getByRole('region', { name: 'New for your organisation' });
    expect(within(notices).getByText('An urgent referral was received.')).toBeTruthy();
    expect(within(notices).queryByText('Your referral was declined.')).toBeNull();
    await act(async () => {
      fireEvent.click(within(notices).getByRole('button', { name: 'Mark as read' }));
      await Promise.resolve();
    });

    const declineRow = within(table).getByText('FGP Brussel').closest('tr') as HTMLElement;
    fireEvent.click(within(declineRow).getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline this referral?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(await within(dialog).findByText('This field is required.')).toBeTruthy();
    expect(answers).toEqual([{ read: '/api/notifications/e1b2c3d4-e5f6-4789-8abc-def012345678/read' }]);
    fireEvent.change(within(dialog).getByLabelText(/Reason for declining/), {
      target: { value: 'No place' },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
      await Promise.resolve();
    });
    expect(await screen.findByText('Referral declined.')).toBeTruthy();

    const acceptRow = within(table).getByText('PZ Demo-Brussel').closest('tr') as HTMLElement;
    fireEvent.click(within(acceptRow).getByRole('button', { name: 'Accept' }));
    const confirm = await screen.findByRole('dialog', { name: 'Accept this referral?' });
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Accept' }));
      await Promise.resolve();
    });
    const done = await screen.findByText('Referral accepted.');
    const link = within(done.closest('[role="status"]') as HTMLElement).getByRole('link', {
      name: 'Open the victim file',
    });
    expect(link.getAttribute('href')).toBe(`/victim-files/${FILE}`);
    expect(answers).toEqual([
      { read: '/api/notifications/e1b2c3d4-e5f6-4789-8abc-def012345678/read' },
      { decision: 'decline', reason: 'No place', version: 1 },
      { decision: 'accept', version: 1 },
    ]);
  });
});
