// Vitest setup for the `web` project (jsdom): what Mantine needs that jsdom lacks, and cleanup
// between tests (Testing Library only cleans up by itself when test globals are enabled).
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList,
  });
}

if (typeof window.ResizeObserver !== 'function') {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom does not implement scrolling; the router restores scroll positions on navigation.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView = () => undefined;

// Whole-app renders on a busy machine (CI, several suites in parallel) can take longer than
// Testing Library's default 1 s to show the next page.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
