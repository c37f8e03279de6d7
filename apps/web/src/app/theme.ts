import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A deep blue; shade 7 and darker reach WCAG AA contrast (4.5:1) against white text and on white.
const keten: MantineColorsTuple = [
  '#e8f1fa',
  '#d0e1f2',
  '#a3c3e5',
  '#72a3d8',
  '#4a88cc',
  '#3077c4',
  '#226dc1',
  '#155aa0',
  '#0c4f8f',
  '#00427b',
];

export const theme = createTheme({
  primaryColor: 'keten',
  primaryShade: { light: 7, dark: 5 },
  colors: { keten },
  // System fonts only: the CSP allows no external font host, and nothing needs to be downloaded.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    // Long Dutch, French and German titles must not take a whole phone screen.
    sizes: {
      h1: { fontSize: 'clamp(1.625rem, 1.25rem + 1.6vw, 2.125rem)', lineHeight: '1.25' },
      h2: { fontSize: 'clamp(1.375rem, 1.15rem + 1vw, 1.625rem)', lineHeight: '1.3' },
    },
  },
  defaultRadius: 'sm',
  focusRing: 'auto',
});

/** Mantine's default "dimmed" grey (gray.6) is 3.3:1 on white, below AA; gray.7 is 7:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
