import {
  Badge,
  Button,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

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
  components: {
    // A dialog's header is not the page's banner landmark (Mantine renders a <header>).
    ModalHeader: { defaultProps: { component: 'div' } },
    // Badges (roles, statuses) wrap rather than being cut off with an ellipsis in a narrow column.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.25 },
      },
    }),
    // Long Dutch, French and German labels wrap instead of running off a 360 px screen.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
        inner: { minHeight: 'calc(var(--button-height) - 2px)' },
        label: { whiteSpace: 'normal', height: 'auto', lineHeight: 1.3, paddingBlock: '0.25em' },
      },
    }),
  },
});

/**
 * Text colours that reach WCAG AA (4.5:1) where Mantine's defaults do not: "dimmed" grey (gray.6
 * is 3.3:1 on white; gray.7 is 7:1), error text (red.6 is 3.3:1; red.9 is 5:1), and the text of
 * light badges and alerts on their tinted background (shade 9 of green or orange is below 4.5:1
 * there, so these get darker tones of their own hue).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-green-light-color': '#1b6b2f',
    '--mantine-color-red-light-color': '#a61e1e',
    '--mantine-color-orange-light-color': '#8f3a00',
    '--mantine-color-yellow-light-color': '#6e5200',
    '--mantine-color-blue-light-color': '#174b85',
    '--mantine-color-gray-light-color': '#343a40',
    '--mantine-color-keten-light-color': 'var(--mantine-color-keten-9)',
  },
  dark: {},
});
