import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n.ts';
import { renderWithProviders } from '../test/fixtures.tsx';
import type { TraceRow } from './form-state.ts';
import { TraceRowFields } from './traces-step.tsx';

function Row({ initial }: { initial: TraceRow }) {
  const [row, setRow] = useState(initial);
  return (
    <TraceRowFields
      row={row}
      index={0}
      onChange={setRow}
      onRemove={() => undefined}
      serverError={undefined}
      anonymous={false}
    />
  );
}

const row = (kind: TraceRow['kind']): TraceRow => ({ key: 'k', kind, value: '', note: '' });

function typeAndLeave(label: string, value: string) {
  const input = screen.getByLabelText(label, { exact: false });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
  return input;
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('trace rows are checked live with the shared schema', () => {
  it.each([
    [
      'bank_account',
      'BE68 5390 0754 7035',
      'This is not a valid IBAN. Check the number, for example BE68 5390 0754 7034.',
    ],
    [
      'phone',
      '+32 12',
      'This is not a valid phone number. Include the country code, for example +32 470 12 34 56.',
    ],
    [
      'company',
      '0403.170.702',
      'This is not a valid enterprise number: 10 digits with a correct check, for example 0403.170.701.',
    ],
    ['website', 'not a site', 'Type a web address, for example example.be/page.'],
  ] as const)('%s: "%s" gets a message linked to the field', (kind, value, message) => {
    renderWithProviders(<Row initial={row(kind)} />);
    const input = typeAndLeave('Value', value);
    const error = screen.getByText(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('accepts valid identifiers and clears the message once fixed', () => {
    renderWithProviders(<Row initial={row('bank_account')} />);
    const input = typeAndLeave('Value', 'BE68 5390 0754 7035');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: 'BE68 5390 0754 7034' } });
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByText(/not a valid IBAN/)).toBeNull();
  });

  it('says nothing before the user leaves the field', () => {
    renderWithProviders(<Row initial={row('phone')} />);
    fireEvent.change(screen.getByLabelText('Value', { exact: false }), { target: { value: '12' } });
    expect(screen.queryByText(/not a valid phone number/)).toBeNull();
  });

  it('speaks the user’s language', async () => {
    await i18n.changeLanguage('fr');
    renderWithProviders(<Row initial={row('bank_account')} />);
    typeAndLeave('Valeur', 'BE00 0000');
    expect(screen.getByText(/Ce n’est pas un IBAN valide/)).toBeTruthy();
  });
});
