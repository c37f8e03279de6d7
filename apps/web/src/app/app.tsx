import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../lib/i18n.ts';
import { AppErrorBoundary } from './error-page.tsx';
import type { AppRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

interface AppProvidersProps {
  router: AppRouter;
  queryClient: QueryClient;
  /** `'test'` turns off Mantine's transitions and portals. */
  mantineEnv?: 'default' | 'test';
}

export function App({ router, queryClient, mantineEnv = 'default' }: AppProvidersProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      env={mantineEnv}
    >
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <AppErrorBoundary>
            <RouterProvider router={router} />
          </AppErrorBoundary>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
