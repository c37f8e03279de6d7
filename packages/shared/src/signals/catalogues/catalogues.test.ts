import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../reference.ts';
import {
  EXPLOITATION_FORMS,
  ILO_EC_DIMENSIONS,
  INDICATOR_STRENGTHS,
  SIGNAL_SECTORS,
  TARGET_GROUPS,
} from '../vocabulary.ts';
import type { CatalogueDefinition, CombinationRule, IloEcDimension, IndicatorStrength } from '../vocabulary.ts';
import {
  BUILTIN_CATALOGUES,
  CATALOGUE_GROUP_LABELS,
  GENERAL_CATALOGUE,
  ILO_CATALOGUES,
  ILO_EC_2009_ADULT_RULE,
  ILO_EC_2009_CHILD_RULE,
  ILO_EC_2009_DIMENSION_RULE,
  ILO_EC_ADULT_LABOUR_CATALOGUE,
  ILO_EC_CATALOGUES,
  ILO_EC_CHILD_LABOUR_CATALOGUE,
  ILO_EC_DIMENSION_LABELS,
  SECTOR_CATALOGUES,
  catalogueForSector,
  evaluateCombinationRule,
  findCatalogue,
} from './index.ts';

const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;

/**
 * Texts that may legitimately read the same in two languages (proper nouns). Empty today: every
 * identical pair so far was a forgotten translation.
 */
const SAME_IN_SEVERAL_LANGUAGES: ReadonlySet<string> = new Set<string>();

/** Everything a user reads in a catalogue, with where it sits. */
function textsOf(catalogue: CatalogueDefinition): { where: string; text: LocalizedText }[] {
  return [
    { where: `${catalogue.key}.title`, text: catalogue.title },
    { where: `${catalogue.key}.description`, text: catalogue.description },
    ...catalogue.indicators.flatMap((indicator) => [
      { where: `${indicator.id}.text`, text: indicator.text },
      ...(indicator.hint !== undefined ? [{ where: `${indicator.id}.hint`, text: indicator.hint }] : []),
    ]),
  ];
}

const LABEL_TEXTS: { where: string; text: LocalizedText }[] = [
  ...Object.entries(CATALOGUE_GROUP_LABELS).map(([group, text]) => ({ where: `group.${group}`, text })),
  ...ILO_EC_DIMENSIONS.map((dimension) => ({ where: `dimension.${dimension}`, text: ILO_EC_DIMENSION_LABELS[dimension] })),
];

const ALL_TEXTS = [...BUILTIN_CATALOGUES.flatMap(textsOf), ...LABEL_TEXTS];

const duplicates = (values: readonly string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);

describe('the built-in catalogues', () => {
  it('have unique, well-formed keys and are all version 1', () => {
    const keys = BUILTIN_CATALOGUES.map((catalogue) => catalogue.key);
    expect(duplicates(keys)).toEqual([]);
    for (const catalogue of BUILTIN_CATALOGUES) {
      expect(catalogue.key).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(catalogue.version, catalogue.key).toBe(1);
    }
  });

  it('are all reachable by key', () => {
    for (const catalogue of BUILTIN_CATALOGUES) {
      expect(findCatalogue(catalogue.key)).toBe(catalogue);
    }
    expect(findCatalogue('nope')).toBeUndefined();
  });

  it('name their source and say the wording is our own', () => {
    for (const catalogue of BUILTIN_CATALOGUES) {
      expect(catalogue.source.name.trim(), catalogue.key).not.toBe('');
      expect(catalogue.source.note ?? '', catalogue.key).toMatch(/Keten’s own/);
      if (catalogue.source.url !== undefined) {
        expect(catalogue.source.url, catalogue.key).toMatch(/^https:\/\//);
      }
    }
  });

  it('ship the expected lists', () => {
    expect(BUILTIN_CATALOGUES.map((catalogue) => catalogue.key).sort()).toEqual(
      [
        'aviation',
        'begging_forced_criminality',
        'domestic_servitude',
        'financial',
        'general',
        'hotels',
        'ilo_ec_adult_labour',
        'ilo_ec_adult_sexual',
        'ilo_ec_child_labour',
        'ilo_ec_child_sexual',
        'ilo_forced_labour',
        'labour_inspection',
        'medical',
        'schools_teen_pimps',
        'sexual_exploitation',
      ].sort(),
    );
    expect(GENERAL_CATALOGUE.indicators).toHaveLength(11);
    expect(findCatalogue('ilo_forced_labour')?.indicators).toHaveLength(11);
  });

  describe.each(BUILTIN_CATALOGUES.map((catalogue) => [catalogue.key, catalogue] as const))('%s', (key, catalogue) => {
    it('has unique ids that start with the catalogue key', () => {
      const ids = catalogue.indicators.map((indicator) => indicator.id);
      expect(duplicates(ids)).toEqual([]);
      for (const id of ids) {
        expect(id.startsWith(`${key}.`), id).toBe(true);
        expect(id).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
      }
    });

    it('uses only known sectors, target groups, forms, dimensions and strengths', () => {
      expect(catalogue.sectors.length).toBeGreaterThan(0);
      expect(duplicates(catalogue.sectors)).toEqual([]);
      for (const sector of catalogue.sectors) {
        expect(SIGNAL_SECTORS).toContain(sector);
      }
      expect(catalogue.targetGroups.length).toBeGreaterThan(0);
      for (const group of catalogue.targetGroups) {
        expect(TARGET_GROUPS).toContain(group);
      }
      for (const indicator of catalogue.indicators) {
        expect(indicator.forms.length, indicator.id).toBeGreaterThan(0);
        expect(duplicates(indicator.forms), indicator.id).toEqual([]);
        for (const form of indicator.forms) {
          expect(EXPLOITATION_FORMS).toContain(form);
        }
        expect(indicator.targetGroups.length, indicator.id).toBeGreaterThan(0);
        for (const group of indicator.targetGroups) {
          expect(catalogue.targetGroups, indicator.id).toContain(group);
        }
        if (indicator.dimension !== undefined) {
          expect(ILO_EC_DIMENSIONS).toContain(indicator.dimension);
        }
        if (indicator.strength !== undefined) {
          expect(INDICATOR_STRENGTHS).toContain(indicator.strength);
        }
      }
    });

    it('puts every indicator in a dimension or a group that has a heading', () => {
      for (const indicator of catalogue.indicators) {
        expect(indicator.dimension !== undefined || indicator.group !== undefined, indicator.id).toBe(true);
        if (indicator.group !== undefined) {
          expect(Object.keys(CATALOGUE_GROUP_LABELS), indicator.id).toContain(indicator.group);
        }
      }
    });

    it('can reach its threshold without any coercion sign, for every target group', () => {
      // Belgian law: act + purpose suffice; guidance must never need signs of coercion.
      const threshold = catalogue.threshold;
      expect(threshold, key).toBeDefined();
      expect(Number.isInteger(threshold) && (threshold ?? 0) > 0).toBe(true);
      for (const group of catalogue.targetGroups) {
        const withoutCoercion = catalogue.indicators.filter(
          (indicator) => indicator.coercion !== true && indicator.targetGroups.includes(group),
        );
        expect(withoutCoercion.length, `${key} / ${group}`).toBeGreaterThanOrEqual(threshold ?? 0);
      }
    });
  });

  it('sector lists hold 8 to 20 indicators', () => {
    for (const catalogue of SECTOR_CATALOGUES) {
      expect(catalogue.indicators.length, catalogue.key).toBeGreaterThanOrEqual(8);
      expect(catalogue.indicators.length, catalogue.key).toBeLessThanOrEqual(20);
    }
  });

  it('have unique ids across all catalogues', () => {
    expect(duplicates(BUILTIN_CATALOGUES.flatMap((catalogue) => catalogue.indicators.map((i) => i.id)))).toEqual([]);
  });
});

describe('translations', () => {
  it('exist in all four languages for every title, description, text, hint and heading', () => {
    const empty = ALL_TEXTS.flatMap(({ where, text }) =>
      LANGUAGES.filter((language) => text[language].trim() === '').map((language) => `${where} (${language})`),
    );
    expect(empty).toEqual([]);
  });

  it('are never the same text in two languages (a forgotten translation)', () => {
    const same: string[] = [];
    for (const { where, text } of ALL_TEXTS) {
      LANGUAGES.forEach((a, i) => {
        for (const b of LANGUAGES.slice(i + 1)) {
          const value = text[a].trim().toLowerCase();
          if (value === text[b].trim().toLowerCase() && !SAME_IN_SEVERAL_LANGUAGES.has(text[a])) {
            same.push(`${where}: ${a} = ${b}`);
          }
        }
      });
    }
    expect(same).toEqual([]);
  });

  it('do not leave English in the Dutch, French or German texts, or Dutch in the English', () => {
    const english = /\b(the|and|with|without|their|they|from|when)\b/i;
    const dutch = /\b(het|een|niet|wordt|zijn)\b/i;
    const leaks: string[] = [];
    for (const { where, text } of ALL_TEXTS) {
      for (const language of ['nl', 'fr', 'de'] as const) {
        if (english.test(text[language])) {
          leaks.push(`${where} (${language}): ${text[language]}`);
        }
      }
      if (dutch.test(text.en)) {
        leaks.push(`${where} (en): ${text.en}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('use typographic apostrophes and no stray whitespace', () => {
    const bad = ALL_TEXTS.flatMap(({ where, text }) =>
      LANGUAGES.filter((language) => text[language].includes("'") || text[language] !== text[language].trim()).map(
        (language) => `${where} (${language})`,
      ),
    );
    expect(bad).toEqual([]);
  });

  it('have a heading for every group used, and no unused heading', () => {
    const used = new Set(BUILTIN_CATALOGUES.flatMap((c) => c.indicators.flatMap((i) => (i.group !== undefined ? [i.group] : []))));
    expect(Object.keys(CATALOGUE_GROUP_LABELS).sort()).toEqual([...used].sort());
  });
});

describe('the ILO/EC (2009) catalogues', () => {
  it('are the four sets: adults and children, labour and sexual exploitation', () => {
    expect(ILO_EC_CATALOGUES.map((c) => [c.key, c.targetGroups])).toEqual([
      ['ilo_ec_adult_labour', ['adult']],
      ['ilo_ec_adult_sexual', ['adult']],
      ['ilo_ec_child_labour', ['child']],
      ['ilo_ec_child_sexual', ['child']],
    ]);
    for (const catalogue of ILO_EC_CATALOGUES) {
      const sexual = catalogue.key.endsWith('_sexual');
      for (const indicator of catalogue.indicators) {
        expect(indicator.forms.includes('sexual'), indicator.id).toBe(sexual);
      }
    }
  });

  describe.each(ILO_EC_CATALOGUES.map((catalogue) => [catalogue.key, catalogue] as const))('%s', (key, catalogue) => {
    it('covers all six dimensions with at least three indicators each', () => {
      for (const dimension of ILO_EC_DIMENSIONS) {
        const count = catalogue.indicators.filter((indicator) => indicator.dimension === dimension).length;
        expect(count, `${key} ${dimension}`).toBeGreaterThanOrEqual(3);
      }
    });

    it('grades every indicator and files it under its dimension', () => {
      for (const indicator of catalogue.indicators) {
        expect(indicator.strength, indicator.id).toBeDefined();
        expect(indicator.dimension, indicator.id).toBeDefined();
        expect(indicator.id.startsWith(`${key}.${indicator.dimension ?? ''}.`), indicator.id).toBe(true);
      }
    });

    it('flags exactly the indicators of the two coercion dimensions as coercion', () => {
      for (const indicator of catalogue.indicators) {
        const coercive =
          indicator.dimension === 'coercive_recruitment' || indicator.dimension === 'coercion_at_destination';
        expect(indicator.coercion === true, indicator.id).toBe(coercive);
      }
    });

    it('has a combination rule on known dimensions', () => {
      const rule = catalogue.combinationRule;
      expect(rule?.kind).toBe('ilo_ec_2009');
      for (const group of rule?.allOf ?? []) {
        expect(group.length).toBeGreaterThan(0);
        for (const dimension of group) {
          expect(ILO_EC_DIMENSIONS).toContain(dimension);
        }
      }
    });

    it('can be assessed positive without any coercion sign', () => {
      const rule = catalogue.combinationRule;
      expect(rule).toBeDefined();
      if (rule === undefined) {
        return;
      }
      const ticks = catalogue.indicators.filter((indicator) => indicator.coercion !== true).map((indicator) => indicator.id);
      expect(evaluateCombinationRule(rule, catalogue, ticks).positive).toBe(true);
    });
  });

  it('use the adult rule for adults and the child rule for children', () => {
    expect(findCatalogue('ilo_ec_adult_labour')?.combinationRule).toBe(ILO_EC_2009_ADULT_RULE);
    expect(findCatalogue('ilo_ec_adult_sexual')?.combinationRule).toBe(ILO_EC_2009_ADULT_RULE);
    expect(findCatalogue('ilo_ec_child_labour')?.combinationRule).toBe(ILO_EC_2009_CHILD_RULE);
    expect(findCatalogue('ilo_ec_child_sexual')?.combinationRule).toBe(ILO_EC_2009_CHILD_RULE);
  });
});

/** A small catalogue: per dimension two strong, three medium and two weak indicators. */
const TEST_CATALOGUE: CatalogueDefinition = {
  key: 't',
  version: 1,
  title: { nl: 'test', fr: 'essai', de: 'Prüfung', en: 'test list' },
  description: { nl: 'test', fr: 'essai', de: 'Prüfung', en: 'test list' },
  source: { name: 'test' },
  sectors: ['other'],
  targetGroups: ['adult'],
  indicators: ILO_EC_DIMENSIONS.flatMap((dimension) =>
    (
      [
        ['s1', 'strong'],
        ['s2', 'strong'],
        ['m1', 'medium'],
        ['m2', 'medium'],
        ['m3', 'medium'],
        ['w1', 'weak'],
        ['w2', 'weak'],
      ] as const
    ).map(([slug, strength]) => ({
      id: `t.${dimension}.${slug}`,
      dimension,
      strength,
      text: { nl: slug, fr: slug, de: slug, en: slug },
      targetGroups: ['adult'] as const,
      forms: ['labour'] as const,
    })),
  ),
};

const tick = (dimension: IloEcDimension, ...slugs: string[]): string[] => slugs.map((slug) => `t.${dimension}.${slug}`);

const A: IloEcDimension = 'deceptive_recruitment';
const B: IloEcDimension = 'coercive_recruitment';
const D: IloEcDimension = 'exploitative_conditions';
const E: IloEcDimension = 'coercion_at_destination';
const F: IloEcDimension = 'abuse_of_vulnerability_at_destination';

describe('evaluateCombinationRule', () => {
  describe('one dimension', () => {
    it.each([
      [['s1', 's2'], true],
      [['s1', 'm1'], true],
      [['s1', 'w1'], true],
      [['m1', 'm2', 'm3'], true],
      [['m1', 'm2', 'w1'], true],
      [['s1'], false],
      [['m1', 'm2'], false],
      [['m1', 'w1', 'w2'], false],
      [['w1', 'w2'], false],
      [[], false],
    ] as const)('%j → positive %s', (slugs, expected) => {
      const result = evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, tick(A, ...slugs));
      expect(result.dimensions[A].positive).toBe(expected);
    });

    it('reports the counts per strength for every dimension', () => {
      const result = evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, [
        ...tick(A, 's1', 'm1', 'm2', 'w1'),
        ...tick(F, 'w2'),
      ]);
      const expected: Record<IndicatorStrength, number> = { strong: 1, medium: 2, weak: 1 };
      expect(result.dimensions[A].counts).toEqual(expected);
      expect(result.dimensions[F].counts).toEqual({ strong: 0, medium: 0, weak: 1 });
      expect(Object.keys(result.dimensions).sort()).toEqual([...ILO_EC_DIMENSIONS].sort());
    });

    it('ignores unknown ids, ids of other catalogues and repeated ticks', () => {
      const result = evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, [
        ...tick(A, 's1', 's1'),
        't.deceptive_recruitment.nope',
        'ilo_ec_adult_labour.deceptive_recruitment.deceived_about_nature_of_job',
      ]);
      expect(result.dimensions[A].counts).toEqual({ strong: 1, medium: 0, weak: 0 });
      expect(result.dimensions[A].positive).toBe(false);
    });

    it('never treats an empty combination as met', () => {
      const rule: CombinationRule = { kind: 'ilo_ec_2009', dimension: { anyOf: [{}] }, allOf: [[A]] };
      expect(evaluateCombinationRule(rule, TEST_CATALOGUE, []).positive).toBe(false);
      expect(evaluateCombinationRule(rule, TEST_CATALOGUE, tick(A, 's1', 's2')).positive).toBe(false);
    });
  });

  describe('adults (ILO/EC 2009)', () => {
    it('one strong sign in recruitment only → negative', () => {
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, tick(A, 's1')).positive).toBe(false);
    });

    it('recruitment and exploitation without any means at destination → negative', () => {
      const ticks = [...tick(A, 's1', 's2'), ...tick(D, 's1', 'm1')];
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, ticks).positive).toBe(false);
    });

    it('recruitment + exploitation + abuse of vulnerability at destination → positive, with no coercion', () => {
      const ticks = [...tick(A, 's1', 's2'), ...tick(D, 's1', 'm1'), ...tick(F, 'm1', 'm2', 'm3')];
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, ticks).positive).toBe(true);
    });

    it('recruitment + exploitation + coercion at destination → positive', () => {
      const ticks = [...tick(B, 's1', 'w1'), ...tick(D, 'm1', 'm2', 'w1'), ...tick(E, 's1', 's2')];
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, ticks).positive).toBe(true);
    });

    it('coercion at destination does not stand in for exploitation', () => {
      const ticks = [...tick(A, 's1', 's2'), ...tick(E, 'm1', 'm2', 'm3')];
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, ticks).positive).toBe(false);
    });

    it('without any recruitment dimension → negative', () => {
      const ticks = [...tick(D, 's1', 's2'), ...tick(E, 's1', 's2'), ...tick(F, 's1', 's2')];
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, TEST_CATALOGUE, ticks).positive).toBe(false);
    });
  });

  describe('children', () => {
    it('2 strong in recruitment + strong and medium exploitation → positive (no means needed)', () => {
      const ticks = [...tick(A, 's1', 's2'), ...tick(D, 's1', 'm1')];
      expect(evaluateCombinationRule(ILO_EC_2009_CHILD_RULE, TEST_CATALOGUE, ticks).positive).toBe(true);
    });

    it('3 medium coercion at destination + 2 strong deceptive recruitment → positive', () => {
      const ticks = [...tick(A, 's1', 's2'), ...tick(E, 'm1', 'm2', 'm3')];
      expect(evaluateCombinationRule(ILO_EC_2009_CHILD_RULE, TEST_CATALOGUE, ticks).positive).toBe(true);
    });

    it('vulnerability at recruitment and at destination alone → negative (no sign of exploitation)', () => {
      const ticks = [...tick('recruitment_abuse_of_vulnerability', 'm1', 'm2', 'm3'), ...tick(F, 'm1', 'm2', 'm3')];
      expect(evaluateCombinationRule(ILO_EC_2009_CHILD_RULE, TEST_CATALOGUE, ticks).positive).toBe(false);
    });

    it('one strong in recruitment only → negative', () => {
      expect(evaluateCombinationRule(ILO_EC_2009_CHILD_RULE, TEST_CATALOGUE, tick(A, 's1')).positive).toBe(false);
    });
  });

  describe('as configuration', () => {
    it('honours another grouping of dimensions', () => {
      const rule: CombinationRule = {
        kind: 'ilo_ec_2009',
        dimension: ILO_EC_2009_DIMENSION_RULE,
        allOf: [
          ['deceptive_recruitment', 'coercive_recruitment', 'recruitment_abuse_of_vulnerability'],
          ['exploitative_conditions', 'coercion_at_destination', 'abuse_of_vulnerability_at_destination'],
        ],
      };
      expect(evaluateCombinationRule(rule, TEST_CATALOGUE, [...tick(A, 's1', 's2'), ...tick(F, 'm1', 'm2', 'm3')]).positive).toBe(
        true,
      );
    });

    it('honours other minimums', () => {
      const rule: CombinationRule = { kind: 'ilo_ec_2009', dimension: { anyOf: [{ weak: 2 }] }, allOf: [[A]] };
      expect(evaluateCombinationRule(rule, TEST_CATALOGUE, tick(A, 'w1', 'w2')).positive).toBe(true);
    });

    it('is never positive with no groups, or with an empty group', () => {
      const ticks = ILO_EC_DIMENSIONS.flatMap((dimension) => tick(dimension, 's1', 's2'));
      const base = { kind: 'ilo_ec_2009' as const, dimension: ILO_EC_2009_DIMENSION_RULE };
      expect(evaluateCombinationRule({ ...base, allOf: [] }, TEST_CATALOGUE, ticks).positive).toBe(false);
      expect(evaluateCombinationRule({ ...base, allOf: [[A], []] }, TEST_CATALOGUE, ticks).positive).toBe(false);
    });
  });

  describe('on the real catalogues', () => {
    it('a deceived, exploited, dependent adult worker is positive without any coercion sign', () => {
      const p = 'ilo_ec_adult_labour';
      const ticks = [
        `${p}.deceptive_recruitment.deceived_about_nature_of_job`,
        `${p}.deceptive_recruitment.deceived_about_pay`,
        `${p}.exploitative_conditions.excessive_hours`,
        `${p}.exploitative_conditions.low_or_no_pay`,
        `${p}.abuse_of_vulnerability_at_destination.dependent_on_exploiters`,
        `${p}.abuse_of_vulnerability_at_destination.unfamiliar_surroundings`,
        `${p}.abuse_of_vulnerability_at_destination.insecure_status_or_fear_of_authorities`,
      ];
      const catalogue = ILO_EC_ADULT_LABOUR_CATALOGUE;
      const ids = new Set(catalogue.indicators.map((indicator) => indicator.id));
      expect(ticks.filter((id) => !ids.has(id))).toEqual([]);
      expect(ticks.some((id) => catalogue.indicators.find((i) => i.id === id)?.coercion === true)).toBe(false);
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, catalogue, ticks).positive).toBe(true);
      expect(evaluateCombinationRule(ILO_EC_2009_ADULT_RULE, catalogue, ticks.slice(0, 4)).positive).toBe(false);
    });

    it('a deceived child forced into crime is positive', () => {
      const p = 'ilo_ec_child_labour';
      const ticks = [
        `${p}.deceptive_recruitment.deceived_about_nature_of_job`,
        `${p}.deceptive_recruitment.deceived_about_schooling`,
        `${p}.coercion_at_destination.forced_into_criminal_activities`,
        `${p}.coercion_at_destination.under_strong_influence`,
      ];
      expect(evaluateCombinationRule(ILO_EC_2009_CHILD_RULE, ILO_EC_CHILD_LABOUR_CATALOGUE, ticks).positive).toBe(true);
    });
  });
});

describe('catalogueForSector', () => {
  const kind = (catalogue: CatalogueDefinition): number =>
    catalogue === GENERAL_CATALOGUE ? 1 : ILO_CATALOGUES.includes(catalogue) ? 2 : 0;

  it.each(SIGNAL_SECTORS.map((sector) => [sector]))('%s: proposes the general list and at least one more', (sector) => {
    const proposed = catalogueForSector(sector);
    expect(proposed).toContain(GENERAL_CATALOGUE);
    expect(proposed.length).toBeGreaterThanOrEqual(2);
    expect(duplicates(proposed.map((catalogue) => catalogue.key))).toEqual([]);
    const kinds = proposed.map(kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    for (const catalogue of proposed) {
      expect(catalogue === GENERAL_CATALOGUE || catalogue.sectors.includes(sector)).toBe(true);
    }
  });

  it('has a list written for every sector except “other”', () => {
    const uncovered = SIGNAL_SECTORS.filter(
      (sector) => !BUILTIN_CATALOGUES.some((catalogue) => catalogue !== GENERAL_CATALOGUE && catalogue.sectors.includes(sector)),
    );
    expect(uncovered).toEqual([]);
    const withSectorList = SIGNAL_SECTORS.filter((sector) =>
      SECTOR_CATALOGUES.some((catalogue) => catalogue.sectors.includes(sector)),
    );
    expect(SIGNAL_SECTORS.filter((sector) => !withSectorList.includes(sector))).toEqual(['other']);
  });

  it.each([
    ['medical', 'medical'],
    ['aviation', 'aviation'],
    ['hotel', 'hotels'],
    ['school_youth', 'schools_teen_pimps'],
    ['bank_financial', 'financial'],
    ['prostitution_escort', 'sexual_exploitation'],
    ['begging_street', 'begging_forced_criminality'],
    ['criminal_activity', 'begging_forced_criminality'],
    ['domestic_work', 'domestic_servitude'],
    ['construction', 'labour_inspection'],
    ['car_wash', 'labour_inspection'],
    ['police_inspection', 'labour_inspection'],
  ] as const)('%s: proposes %s first', (sector, key) => {
    expect(catalogueForSector(sector)[0]?.key).toBe(key);
  });

  it('orders domestic work: domestic servitude, worksite checks, general, then the ILO lists', () => {
    expect(catalogueForSector('domestic_work').map((catalogue) => catalogue.key)).toEqual([
      'domestic_servitude',
      'labour_inspection',
      'general',
      'ilo_forced_labour',
      'ilo_ec_adult_labour',
      'ilo_ec_child_labour',
    ]);
  });

  it('leaves out lists for the other target group', () => {
    const forAdults = catalogueForSector('school_youth', 'adult').map((catalogue) => catalogue.key);
    expect(forAdults).not.toContain('schools_teen_pimps');
    expect(forAdults).not.toContain('ilo_ec_child_sexual');
    const forChildren = catalogueForSector('prostitution_escort', 'child').map((catalogue) => catalogue.key);
    expect(forChildren).toContain('ilo_ec_child_sexual');
    expect(forChildren).not.toContain('ilo_ec_adult_sexual');
    expect(forChildren[0]).toBe('sexual_exploitation');
  });
});
