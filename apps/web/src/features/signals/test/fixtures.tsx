import type { CatalogueDefinition, DirectoryContact, SessionInfo } from '@keten/shared';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { theme } from '../../../app/theme.ts';
import { i18n } from '../../../lib/i18n.ts';

/** Mantine, i18n and a query client, without the router: for components that do not navigate. */
export function renderWithProviders(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (node: ReactNode) => (
    <MantineProvider theme={theme} env="test">
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>{node}</QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)), queryClient };
}

/** A fictional reporter with `signal.create` (demo data are fictional people too). */
export const reporterSession: SessionInfo = {
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'inspecteur@pz-demo.example.be',
    displayName: 'Lotte Demo',
    language: 'en',
    organisationId: '00000000-0000-4000-8000-000000000002',
    organisationName: 'PZ Demo',
    organisationType: 'local_police',
    roles: ['first_line_reporter'],
    capabilities: ['profile.manage', 'signal.create', 'referral.send'],
  },
  csrfToken: 'csrf-test-token',
  session: {
    id: '00000000-0000-4000-8000-000000000003',
    expiresAt: '2099-01-01T00:00:00.000Z',
    idleTimeoutMinutes: 30,
  },
};

export const generalCatalogue: CatalogueDefinition = {
  key: 'general',
  version: 3,
  title: { nl: 'Algemeen', fr: 'Général', de: 'Allgemein', en: 'General signs' },
  description: { nl: 'x', fr: 'x', de: 'x', en: 'The most common signs.' },
  source: { name: 'Fictional test source' },
  sectors: ['construction', 'other'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    {
      id: 'general.no_pay',
      group: 'work_and_pay',
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: { nl: 'Geen loon', fr: 'Pas de salaire', de: 'Kein Lohn', en: 'Little or no pay' },
    },
    {
      id: 'general.documents_taken',
      group: 'documents',
      strength: 'strong',
      coercion: true,
      targetGroups: ['adult', 'child'],
      forms: ['labour'],
      text: {
        nl: 'Papieren afgenomen',
        fr: 'Papiers confisqués',
        de: 'Papiere abgenommen',
        en: 'Identity documents taken',
      },
    },
  ],
};

export const directory: DirectoryContact[] = [
  {
    organisationId: '00000000-0000-4000-8000-0000000000a1',
    type: 'guardianship_service',
    name: 'Guardianship Service (fictional)',
    servesDistricts: [],
    workingLanguages: ['nl', 'fr'],
    country: 'BE',
    phone: '+3220000051',
    hours: { en: 'reachable day and night', nl: 'dag en nacht bereikbaar' },
  },
  {
    organisationId: '00000000-0000-4000-8000-0000000000a2',
    type: 'specialised_centre',
    name: 'Centre (fictional)',
    servesDistricts: ['brussels'],
    workingLanguages: ['nl', 'fr', 'en'],
    country: 'BE',
    phone: '+3220000011',
    hours: { en: 'reachable day and night' },
  },
];

export const referenceRoutes = {
  '/api/reference/judicial-districts': {
    status: 200,
    body: {
      data: [
        {
          code: 'brussels',
          name: { nl: 'Brussel', fr: 'Bruxelles', de: 'Brüssel', en: 'Brussels' },
          courtOfAppeal: 'brussels',
          regions: ['BE-BRU'],
        },
      ],
    },
  },
  '/api/reference/countries': {
    status: 200,
    body: {
      data: [
        { code: 'BE', name: { nl: 'België', fr: 'Belgique', de: 'Belgien', en: 'Belgium' }, eu: true },
        {
          code: 'AF',
          name: { nl: 'Afghanistan', fr: 'Afghanistan', de: 'Afghanistan', en: 'Afghanistan' },
          eu: false,
        },
      ],
    },
  },
  '/api/reference/languages': {
    status: 200,
    body: { data: [{ code: 'ps', name: { nl: 'Pasjtoe', fr: 'Pachto', de: 'Paschtu', en: 'Pashto' } }] },
  },
};
