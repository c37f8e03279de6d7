import { evaluateGuidance, type GuidanceInput } from '@keten/shared';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n.ts';
import { directory, generalCatalogue, renderWithProviders } from '../test/fixtures.tsx';
import { GuidanceBar, GuidanceSidePanel, sortGuidance } from './guidance-panel.tsx';

const base: GuidanceInput = {
  immediateDanger: false,
  minor: 'no',
  unaccompanied: null,
  nationality: 'BE',
  judicialDistrict: 'brussels',
  languages: [],
  forms: [],
  smuggling: 'none',
  exploitationCountry: 'BE',
  consent: 'yes',
  ticks: [],
};

const guidance = (input: Partial<GuidanceInput>) =>
  evaluateGuidance({ ...base, ...input }, { catalogues: [generalCatalogue], directory }).items;

const countryName = (code: string) => ({ NL: 'the Netherlands', LU: 'Luxembourg' })[code] ?? code;

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the live guidance panel', () => {
  it('shows the Guardianship Service alert, urgent and first, with its phone number, for an unaccompanied possible minor', () => {
    const items = guidance({ minor: 'unsure', unaccompanied: 'yes', nationality: 'AF' });
    renderWithProviders(<GuidanceSidePanel items={items} countryName={countryName} />);

    const list = screen.getByRole('complementary', { name: 'What to do now' });
    const entries = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-code'));
    expect(entries[0]?.getAttribute('data-code')).toBe('minor_guardianship_alert');
    expect(
      within(entries[0]!).getByRole('heading', { name: 'Alert the Guardianship Service now' }),
    ).toBeTruthy();
    expect(within(entries[0]!).getByText('Urgent')).toBeTruthy();
    const call = within(entries[0]!).getByRole('link', { name: /Call \+32 2 000 00 51/ });
    expect(call.getAttribute('href')).toBe('tel:+3220000051');
    expect(within(entries[0]!).getByText('reachable day and night')).toBeTruthy();
    // No consent needed for a possible minor, and youth protection is involved.
    expect(screen.getByRole('heading', { name: 'A (possible) minor: no consent needed' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Inform the youth prosecutor' })).toBeTruthy();
  });

  it('reads out an urgent item that appears while the form is filled in, not the ones there at the start', () => {
    const { rerender } = renderWithProviders(
      <GuidanceSidePanel items={guidance({})} countryName={countryName} />,
    );
    const alert = screen.getByTestId('guidance-alert');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('');

    rerender(
      <GuidanceSidePanel
        items={guidance({ minor: 'yes', unaccompanied: 'yes', nationality: null })}
        countryName={countryName}
      />,
    );
    expect(screen.getByTestId('guidance-alert').textContent).toBe(
      'Urgent: Alert the Guardianship Service now',
    );
    // The nationality is unknown: the text says to report anyway.
    expect(screen.getByText('The nationality is unknown: report anyway.')).toBeTruthy();
  });

  it('mentions the EEA case and explains why a centre should be contacted, without requiring coercion', () => {
    const items = guidance({
      minor: 'yes',
      unaccompanied: 'unsure',
      nationality: 'RO',
      ticks: [{ catalogue: 'general', id: 'general.no_pay' }],
    });
    renderWithProviders(<GuidanceSidePanel items={items} countryName={countryName} />);
    expect(screen.getByText(/seems to come from the EU, the EEA or Switzerland/)).toBeTruthy();
    expect(screen.getByText(/not sure whether the young person is accompanied/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Contact a specialised centre' })).toBeTruthy();
    expect(screen.getByText('Why: 1 sign ticked.')).toBeTruthy();
    expect(screen.getByText(/no signs of force or threats/)).toBeTruthy();
  });

  it('puts 112 first with a tel: link in immediate danger', () => {
    const items = guidance({ immediateDanger: true });
    expect(sortGuidance(items)[0]?.code).toBe('call_112');
    renderWithProviders(<GuidanceSidePanel items={items} countryName={countryName} />);
    expect(screen.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
  });

  it('lists the three conditions and links the victim information in the four languages', () => {
    const items = guidance({ forms: ['labour'] });
    renderWithProviders(<GuidanceSidePanel items={items} countryName={countryName} />);
    expect(screen.getByText('break off contact with the suspected exploiters;')).toBeTruthy();
    expect(screen.getByText('accept guidance by a recognised specialised centre;')).toBeTruthy();
    expect(screen.getByText('cooperate with justice (make a complaint or statements).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Information for victims' }).getAttribute('href')).toBe(
      '/victim-info',
    );
    expect(screen.getByRole('link', { name: 'Français' }).getAttribute('href')).toBe('/victim-info?lang=fr');
  });

  it('names the Benelux country in the advice', () => {
    renderWithProviders(
      <GuidanceSidePanel items={guidance({ exploitationCountry: 'NL' })} countryName={countryName} />,
    );
    expect(
      screen.getByRole('heading', { name: 'Exploitation in the Netherlands: contact point' }),
    ).toBeTruthy();
  });

  it('on a phone, is a bar that opens and shows the urgent count', async () => {
    await i18n.changeLanguage('nl');
    const items = guidance({ minor: 'unsure', unaccompanied: 'yes', nationality: 'AF' });
    renderWithProviders(<GuidanceBar items={items} countryName={countryName} />);
    const toggle = screen.getByRole('button', { name: /Wat nu te doen/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('1 dringend');
    expect(toggle.textContent).toContain('Verwittig nu de Dienst Voogdij');
    toggle.click();
    expect(await screen.findByRole('heading', { name: 'Verwittig nu de Dienst Voogdij' })).toBeTruthy();
  });
});
