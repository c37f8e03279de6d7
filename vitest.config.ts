import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Four projects: `unit` (pure rules), `api` (app.inject on a real database: PGlite by default,
// PostgreSQL when KETEN_TEST_PG_URL is set), `web` (components in jsdom) and `browser`
// (the built app in Debian's Chromium). scripts/test.mjs decides which run where.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/shared/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'],
          exclude: ['**/*.api.test.ts', '**/node_modules/**'],
          environment: 'node',
          setupFiles: ['tests/support/fast-check-setup.ts'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/server/src/**/*.api.test.ts', 'tests/api/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/fast-check-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['apps/web/src/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
