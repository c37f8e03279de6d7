/**
 * EU member states plus Iceland, Liechtenstein and Norway (EEA) and Switzerland (free movement).
 * Used for "foreign minor" in the Guardianship rule: the Guardianship Service is for minors from
 * outside the EEA (or not meeting residence conditions) — data, to be confirmed per deployment.
 */
export const EU_EEA_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'IS', 'LI', 'NO', 'CH',
];
