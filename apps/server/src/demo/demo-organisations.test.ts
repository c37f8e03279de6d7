import { describe, expect, it } from 'vitest';
import { JUDICIAL_DISTRICTS, REGIONS, UI_LANGUAGES } from '@keten/shared';
import { ORGANISATION_TYPES } from '../organisations/organisation.schema.ts';
import { SEEDED_LANGUAGES } from '../reference/reference-data.ts';
import { DEMO_ORGANISATIONS, getDemoOrganisation } from './demo-organisations.ts';

const E164 = /^\+[1-9]\d{6,14}$/;
/** Belgian numbers in the unassigned "000 0" block: +32 2 000 0x xx, +32 65 00 00 xx … */
const FICTIONAL_BE_PHONE = /^\+32(?:[2349]0000\d{3}|[15678]\d0000\d{2})$/;
const FICTIONAL_DOMAIN = /\.(?:example\.be|example\.org|example\.nl|example\.lu|example)$/;

const districts: readonly string[] = JUDICIAL_DISTRICTS;
const regions: readonly string[] = REGIONS;

describe('demo organisations', () => {
  it('include every organisation type', () => {
    const types = new Set(DEMO_ORGANISATIONS.map((o) => o.type));
    for (const type of ORGANISATION_TYPES) {
      expect(types, type).toContain(type);
    }
  });

  it('have unique keys in kebab-case', () => {
    const keys = DEMO_ORGANISATIONS.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    keys.forEach((key) => expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
  });

  it('name the three recognised centres and route every district to exactly one of them', () => {
    const centres = DEMO_ORGANISATIONS.filter((o) => o.type === 'specialised_centre');
    expect(centres.map((c) => c.name).sort()).toEqual(['PAG-ASA', 'Payoke', 'Sürya']);
    const served = centres.flatMap((c) => c.servesDistricts);
    expect([...served].sort()).toEqual([...JUDICIAL_DISTRICTS].sort());
  });

  it('use only valid judicial districts, regions, countries and seeded languages', () => {
    for (const o of DEMO_ORGANISATIONS) {
      if (o.judicialDistrict !== null) {
        expect(districts, o.key).toContain(o.judicialDistrict);
      }
      o.servesDistricts.forEach((d) => expect(districts, o.key).toContain(d));
      expect(new Set(o.servesDistricts).size, o.key).toBe(o.servesDistricts.length);
      expect(o.country, o.key).toMatch(/^[A-Z]{2}$/);
      if (o.country === 'BE') {
        expect(regions, o.key).toContain(o.regionCode);
        expect(o.judicialDistrict, o.key).not.toBeNull();
      } else {
        expect(o.regionCode, o.key).toBeNull();
        expect(o.judicialDistrict, o.key).toBeNull();
      }
      expect(o.workingLanguages.length, o.key).toBeGreaterThan(0);
      o.workingLanguages.forEach((lang) => expect(SEEDED_LANGUAGES, o.key).toContain(lang));
    }
  });

  it('have only fictional contact data', () => {
    for (const o of DEMO_ORGANISATIONS) {
      const { phone, email, website, hours } = o.publicContact;
      if (phone !== undefined) {
        expect(phone, o.key).toMatch(E164);
        if (o.country === 'BE') {
          expect(phone, o.key).toMatch(FICTIONAL_BE_PHONE);
        }
      }
      expect(o.emailDomains.length, o.key).toBeGreaterThan(0);
      o.emailDomains.forEach((domain) => expect(domain, o.key).toMatch(FICTIONAL_DOMAIN));
      if (email !== undefined) {
        const domain = email.split('@')[1] ?? '';
        expect(domain, o.key).toMatch(FICTIONAL_DOMAIN);
        expect(o.emailDomains, o.key).toContain(domain);
      }
      if (website !== undefined) {
        expect(new URL(website).hostname, o.key).toMatch(FICTIONAL_DOMAIN);
      }
      if (hours !== undefined) {
        UI_LANGUAGES.forEach((lang) => expect(hours[lang], `${o.key} ${lang}`).toBeTruthy());
      }
    }
  });

  it('never share an e-mail domain, so a domain identifies one organisation', () => {
    const domains = DEMO_ORGANISATIONS.flatMap((o) => o.emailDomains);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('have distinct phone numbers', () => {
    const phones = DEMO_ORGANISATIONS.flatMap((o) => (o.publicContact.phone ? [o.publicContact.phone] : []));
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('are found by key', () => {
    expect(getDemoOrganisation('centre-pagasa').name).toBe('PAG-ASA');
  });
});
