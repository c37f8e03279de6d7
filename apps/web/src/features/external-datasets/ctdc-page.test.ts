import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { rejectionText } from './ctdc-page.tsx';

beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('CTDC rejection reasons', () => {
  it('are shown in the user’s language with the field they name', () => {
    const t = i18n.t.bind(i18n);
    expect(rejectionText(t, 'expected 25 fields, got 3')).toBe('25 champs attendus, 3 trouvés.');
    expect(rejectionText(t, 'invalid gender')).toBe('Valeur non valide dans le champ « gender ».');
    expect(rejectionText(t, 'invalid country code in citizenship')).toBe('Code de pays non valide dans le champ « citizenship ».');
    expect(rejectionText(t, 'flag isForcedLabour is not 0, 1 or empty')).toBe('Le champ « isForcedLabour » doit valoir 0, 1 ou être vide.');
  });

  it('are shown as sent when this build does not know them', () => {
    expect(rejectionText(i18n.t.bind(i18n), 'something new')).toBe('something new');
  });
});
