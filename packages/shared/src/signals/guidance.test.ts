import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDANCE_RULES, evaluateGuidance, type DirectoryContact, type GuidanceInput } from './guidance.ts';
import type { CatalogueDefinition } from './vocabulary.ts';

const t = (s: string) => ({ nl: s, fr: s, de: s, en: s });
const GENERAL: CatalogueDefinition = {
  key: 'general',
  version: 1,
  title: t('General'),
  description: t('General'),
  source: { name: 'test' },
  sectors: ['other'],
  targetGroups: ['adult', 'child'],
  threshold: 2,
  indicators: [
    { id: 'general.documents_taken', text: t('documents taken'), targetGroups: ['adult', 'child'], forms: ['labour'] },
    { id: 'general.no_pay', text: t('no pay'), targetGroups: ['adult'], forms: ['labour'] },
    { id: 'general.violence', text: t('violence'), targetGroups: ['adult'], forms: ['labour'], coercion: true },
    { id: 'general.threats', text: t('threats'), targetGroups: ['adult'], forms: ['labour'], coercion: true },
  ],
};
const ILO: CatalogueDefinition = {
  key: 'ilo_ec',
  version: 1,
  title: t('ILO/EC'),
  description: t('ILO/EC'),
  source: { name: 'test' },
  sectors: ['other'],
  targetGroups: ['adult'],
  combinationRule: {
    kind: 'ilo_ec_2009',
    dimension: { anyOf: [{ strong: 2 }, { strong: 1, medium: 1 }, { strong: 1, weak: 1 }, { medium: 3 }] },
    allOf: [
      ['deceptive_recruitment', 'coercive_recruitment', 'recruitment_abuse_of_vulnerability'],
      ['exploitative_conditions', 'coercion_at_destination', 'abuse_of_vulnerability_at_destination'],
    ],
  },
  indicators: [
    { id: 'ilo.dec1', text: t('d1'), dimension: 'deceptive_recruitment', strength: 'medium', targetGroups: ['adult'], forms: ['labour'] },
    { id: 'ilo.dec2', text: t('d2'), dimension: 'deceptive_recruitment', strength: 'medium', targetGroups: ['adult'], forms: ['labour'] },
    { id: 'ilo.dec3', text: t('d3'), dimension: 'deceptive_recruitment', strength: 'medium', targetGroups: ['adult'], forms: ['labour'] },
    { id: 'ilo.exp1', text: t('e1'), dimension: 'exploitative_conditions', strength: 'medium', targetGroups: ['adult'], forms: ['labour'] },
    { id: 'ilo.exp2', text: t('e2'), dimension: 'exploitative_conditions', strength: 'medium', targetGroups: ['adult'], forms: ['labour'] },
    { id: 'ilo.exp3', text: t('e3'), dimension: 'exploitative_conditions', strength: 'medium', targetGroups: ['adult'], forms: ['labour'] },
    { id: 'ilo.strong1', text: t('s1'), dimension: 'coercion_at_destination', strength: 'strong', targetGroups: ['adult'], forms: ['labour'], coercion: true },
  ],
};
const DIRECTORY: DirectoryContact[] = [
  { organisationId: 'pagasa', type: 'specialised_centre', name: 'PAG-ASA', servesDistricts: ['brussels', 'leuven'], workingLanguages: ['nl', 'fr', 'en'], country: 'BE', phone: '+3220000001' },
  { organisationId: 'payoke', type: 'specialised_centre', name: 'Payoke', servesDistricts: ['antwerp'], workingLanguages: ['nl', 'en'], country: 'BE' },
  { organisationId: 'surya', type: 'specialised_centre', name: 'Sürya', servesDistricts: ['liege'], workingLanguages: ['fr'], country: 'BE' },
  { organisationId: 'voogdij', type: 'guardianship_service', name: 'Dienst Voogdij', servesDistricts: [], workingLanguages: ['nl', 'fr', 'de'], country: 'BE' },
  { organisationId: 'jeugd-bxl', type: 'youth_prosecutor', name: 'Parquet jeunesse Bruxelles', servesDistricts: ['brussels'], workingLanguages: ['fr', 'nl'], country: 'BE' },
  { organisationId: 'parquet-bxl', type: 'prosecutor_office', name: 'Parquet de Bruxelles', servesDistricts: ['brussels'], workingLanguages: ['fr', 'nl'], country: 'BE' },
  { organisationId: 'nl', type: 'benelux_contact_point', name: 'CoMensha', servesDistricts: [], workingLanguages: ['nl'], country: 'NL' },
  { organisationId: 'lu', type: 'benelux_contact_point', name: 'LU contact', servesDistricts: [], workingLanguages: ['fr'], country: 'LU' },
];
const base: GuidanceInput = {
  immediateDanger: false,
  minor: 'no',
  unaccompanied: null,
  nationality: 'RO',
  judicialDistrict: 'brussels',
  languages: ['ro'],
  forms: [],
  smuggling: 'none',
  exploitationCountry: 'BE',
  consent: 'yes',
  ticks: [],
};
const run = (over: Partial<GuidanceInput>) => evaluateGuidance({ ...base, ...over }, { catalogues: [GENERAL, ILO], directory: DIRECTORY });
const codes = (over: Partial<GuidanceInput>) => run(over).items.map((i) => i.code);
const ticks = (...ids: string[]) => ids.map((id) => ({ catalogue: id.startsWith('ilo') ? 'ilo_ec' : 'general', id }));

describe('guidance rules', () => {
  it('nothing ticked, adult: keep observing, no centre yet', () => {
    expect(codes({})).toEqual(['keep_observing']);
  });

  it('immediate danger: call 112 first, before anything else', () => {
    const items = run({ immediateDanger: true, ticks: ticks('general.no_pay', 'general.documents_taken') }).items;
    expect(items[0]).toMatchObject({ code: 'call_112', priority: 'urgent' });
    expect(items.map((i) => i.code)).toContain('contact_centre');
  });

  it('one indicator of the general list is below its threshold of two', () => {
    expect(codes({ ticks: ticks('general.no_pay') })).not.toContain('contact_centre');
  });

  it('the threshold reached: contact the centre of the district, then rights and conditions, inform the magistrate', () => {
    const r = run({ ticks: ticks('general.no_pay', 'general.documents_taken') });
    const centre = r.items.find((i) => i.code === 'contact_centre');
    expect(centre?.contacts.map((c) => c.name)).toEqual(['PAG-ASA']);
    expect(centre?.because).toMatchObject({ ticked: 2 });
    expect(r.items.map((i) => i.code)).toEqual(['contact_centre', 'tell_rights_and_conditions', 'inform_reference_magistrate']);
    expect(r.items.find((i) => i.code === 'inform_reference_magistrate')?.contacts.map((c) => c.name)).toEqual(['Parquet de Bruxelles']);
  });

  it('never requires signs of coercion: two non-coercive signs are enough, exactly like two coercive ones', () => {
    const without = codes({ ticks: ticks('general.no_pay', 'general.documents_taken') });
    const withCoercion = codes({ ticks: ticks('general.violence', 'general.threats') });
    expect(without).toContain('contact_centre');
    expect(withCoercion).toEqual(without);
  });

  it('the ILO/EC combination rule satisfied (recruitment + destination) contacts a centre', () => {
    const r = run({ ticks: ticks('ilo.dec1', 'ilo.dec3', 'ilo.dec2', 'ilo.exp1', 'ilo.exp2', 'ilo.exp3') });
    expect(r.assessment.iloEcPositive).toBe(true);
    expect(r.items.map((i) => i.code)).toContain('contact_centre');
  });

  it('the ILO/EC rule with only the recruitment side is not positive', () => {
    expect(run({ ticks: ticks('ilo.dec1', 'ilo.dec3', 'ilo.dec2') }).assessment.iloEcPositive).toBe(false);
  });

  it('a single strong indicator suffices (configurable)', () => {
    expect(codes({ ticks: ticks('ilo.strong1') })).toContain('contact_centre');
    const off = evaluateGuidance({ ...base, ticks: ticks('ilo.strong1') }, { catalogues: [GENERAL, ILO], directory: DIRECTORY, rules: { ...DEFAULT_GUIDANCE_RULES, strongIndicatorSuffices: false } });
    expect(off.items.map((i) => i.code)).not.toContain('contact_centre');
  });

  it('a suspected form chosen by the professional suffices', () => {
    expect(codes({ forms: ['sexual'] })).toContain('contact_centre');
  });

  it('a possible minor: no consent needed and the youth prosecutor of the district', () => {
    const r = run({ minor: 'unsure', nationality: 'BE', unaccompanied: 'no' });
    expect(r.items.map((i) => i.code)).toEqual(['minor_no_consent_needed', 'minor_youth_prosecutor', 'keep_observing']);
    expect(r.items[1]?.contacts.map((c) => c.name)).toEqual(['Parquet jeunesse Bruxelles']);
  });

  it('an apparently unaccompanied foreign minor: alert the Guardianship Service now', () => {
    const r = run({ minor: 'yes', nationality: 'AF', unaccompanied: 'unsure' });
    const alert = r.items.find((i) => i.code === 'minor_guardianship_alert');
    expect(alert).toMatchObject({ priority: 'urgent', because: { eea: false } });
    expect(alert?.contacts.map((c) => c.name)).toEqual(['Dienst Voogdij']);
  });

  it('an unaccompanied minor of unknown nationality is alerted too; a Belgian or accompanied one is not', () => {
    expect(codes({ minor: 'yes', nationality: null, unaccompanied: 'yes' })).toContain('minor_guardianship_alert');
    expect(codes({ minor: 'yes', nationality: 'BE', unaccompanied: 'yes' })).not.toContain('minor_guardianship_alert');
    expect(codes({ minor: 'yes', nationality: 'AF', unaccompanied: 'no' })).not.toContain('minor_guardianship_alert');
  });

  it('a possible minor with any sign of exploitation: contact a centre even below the adult threshold', () => {
    expect(codes({ minor: 'unsure', ticks: ticks('general.no_pay') })).toContain('contact_centre');
  });

  it('an EEA minor alone gets the alert, marked as EEA (residence conditions to be checked)', () => {
    expect(run({ minor: 'yes', nationality: 'RO', unaccompanied: 'yes' }).items.find((i) => i.code === 'minor_guardianship_alert')?.because).toMatchObject({ eea: true });
  });

  it('Belgian victims are victims too', () => {
    expect(codes({ nationality: 'BE', ticks: ticks('general.no_pay', 'general.documents_taken') })).toContain('belgian_victims_too');
    expect(codes({ nationality: 'RO', ticks: ticks('general.no_pay', 'general.documents_taken') })).not.toContain('belgian_victims_too');
  });

  it('smuggling without signs of exploitation: explain what differs; aggravated smuggling can open protection', () => {
    expect(codes({ smuggling: 'smuggling_only' })).toEqual(['smuggling_differs']);
    expect(codes({ smuggling: 'aggravated_smuggling' })).toEqual(['smuggling_differs', 'aggravated_smuggling_protection']);
    expect(codes({ smuggling: 'smuggling_only', ticks: ticks('general.no_pay', 'general.documents_taken') })).not.toContain('smuggling_differs');
  });

  it('exploitation in the Netherlands or Luxembourg: the other country\'s contact point', () => {
    expect(run({ exploitationCountry: 'NL' }).items.find((i) => i.code === 'benelux_contact_point')?.contacts.map((c) => c.name)).toEqual(['CoMensha']);
    expect(run({ exploitationCountry: 'LU' }).items.find((i) => i.code === 'benelux_contact_point')?.contacts.map((c) => c.name)).toEqual(['LU contact']);
    expect(codes({ exploitationCountry: 'FR' })).not.toContain('benelux_contact_point');
  });

  it('an adult who refuses referral: anonymous notification; a minor never', () => {
    expect(codes({ consent: 'no' })).toContain('anonymous_notification');
    expect(codes({ consent: 'no', minor: 'yes', nationality: 'BE' })).not.toContain('anonymous_notification');
  });

  it('prefers a centre that speaks the person\'s language when several serve the district', () => {
    const dir: DirectoryContact[] = [
      { organisationId: 'a', type: 'specialised_centre', name: 'A', servesDistricts: ['namur'], workingLanguages: ['nl'], country: 'BE' },
      { organisationId: 'b', type: 'specialised_centre', name: 'B', servesDistricts: ['namur'], workingLanguages: ['fr', 'ro'], country: 'BE' },
    ];
    const r = evaluateGuidance({ ...base, judicialDistrict: 'namur', forms: ['labour'] }, { catalogues: [], directory: dir });
    expect(r.items.find((i) => i.code === 'contact_centre')?.contacts.map((c) => c.name)).toEqual(['B', 'A']);
  });

  it('unknown district: every centre is offered', () => {
    expect(run({ judicialDistrict: null, forms: ['labour'] }).items.find((i) => i.code === 'contact_centre')?.contacts).toHaveLength(3);
  });
});
