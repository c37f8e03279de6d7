/**
 * Below Mantine's `sm` breakpoint (48em = 768 px) tables become stacked cards. Written as
 * max-width, so that where media queries do not apply (tests in jsdom) the table is shown.
 */
export const PHONE_QUERY = '(max-width: 47.99em)';
