import type { CatalogueDefinition, SignalSector, TargetGroup } from '../vocabulary.ts';
import { AVIATION_CATALOGUE } from './aviation.ts';
import { BEGGING_FORCED_CRIMINALITY_CATALOGUE } from './begging-forced-criminality.ts';
import { DOMESTIC_SERVITUDE_CATALOGUE } from './domestic-servitude.ts';
import { FINANCIAL_CATALOGUE } from './financial.ts';
import { GENERAL_CATALOGUE } from './general.ts';
import { HOTELS_CATALOGUE } from './hotels.ts';
import { ILO_EC_CATALOGUES } from './ilo-ec-2009.ts';
import { ILO_FORCED_LABOUR_CATALOGUE } from './ilo-forced-labour.ts';
import { LABOUR_INSPECTION_CATALOGUE } from './labour-inspection.ts';
import { MEDICAL_CATALOGUE } from './medical.ts';
import { SCHOOLS_TEEN_PIMPS_CATALOGUE } from './schools-teen-pimps.ts';
import { SEXUAL_EXPLOITATION_CATALOGUE } from './sexual-exploitation.ts';

export { AVIATION_CATALOGUE } from './aviation.ts';
export { BEGGING_FORCED_CRIMINALITY_CATALOGUE } from './begging-forced-criminality.ts';
export { DOMESTIC_SERVITUDE_CATALOGUE } from './domestic-servitude.ts';
export { FINANCIAL_CATALOGUE } from './financial.ts';
export { GENERAL_CATALOGUE } from './general.ts';
export { HOTELS_CATALOGUE } from './hotels.ts';
export {
  ILO_EC_2009_ADULT_RULE,
  ILO_EC_2009_CHILD_RULE,
  ILO_EC_2009_DIMENSION_RULE,
  ILO_EC_ADULT_LABOUR_CATALOGUE,
  ILO_EC_ADULT_SEXUAL_CATALOGUE,
  ILO_EC_CATALOGUES,
  ILO_EC_CHILD_LABOUR_CATALOGUE,
  ILO_EC_CHILD_SEXUAL_CATALOGUE,
  ILO_EC_SETS,
} from './ilo-ec-2009.ts';
export type { IloEcSet } from './ilo-ec-2009.ts';
export { ILO_FORCED_LABOUR_CATALOGUE } from './ilo-forced-labour.ts';
export { LABOUR_INSPECTION_CATALOGUE } from './labour-inspection.ts';
export { MEDICAL_CATALOGUE } from './medical.ts';
export { SCHOOLS_TEEN_PIMPS_CATALOGUE } from './schools-teen-pimps.ts';
export { SEXUAL_EXPLOITATION_CATALOGUE } from './sexual-exploitation.ts';
export { CATALOGUE_GROUP_LABELS, ILO_EC_DIMENSION_LABELS } from './labels.ts';
export type { CatalogueGroup } from './labels.ts';
export { evaluateCombinationRule } from './combination-rule.ts';
export type { CombinationAssessment, DimensionAssessment } from './combination-rule.ts';

/** Lists written for one setting, proposed first for their sectors. */
export const SECTOR_CATALOGUES: readonly CatalogueDefinition[] = [
  LABOUR_INSPECTION_CATALOGUE,
  SEXUAL_EXPLOITATION_CATALOGUE,
  DOMESTIC_SERVITUDE_CATALOGUE,
  BEGGING_FORCED_CRIMINALITY_CATALOGUE,
  MEDICAL_CATALOGUE,
  AVIATION_CATALOGUE,
  HOTELS_CATALOGUE,
  SCHOOLS_TEEN_PIMPS_CATALOGUE,
  FINANCIAL_CATALOGUE,
];

/** The international reference lists, offered after the sector lists and the general list. */
export const ILO_CATALOGUES: readonly CatalogueDefinition[] = [ILO_FORCED_LABOUR_CATALOGUE, ...ILO_EC_CATALOGUES];

/** Every built-in catalogue, version 1: sector lists, the general list, then the ILO lists. */
export const BUILTIN_CATALOGUES: readonly CatalogueDefinition[] = [
  ...SECTOR_CATALOGUES,
  GENERAL_CATALOGUE,
  ...ILO_CATALOGUES,
];

export function findCatalogue(key: string): CatalogueDefinition | undefined {
  return BUILTIN_CATALOGUES.find((catalogue) => catalogue.key === key);
}

/**
 * The catalogues the wizard proposes first for a sector: the sector lists written for it, then
 * the general list (always), then the ILO lists that fit the sector. A catalogue lists its
 * sectors best fit first, so among sector lists the one naming the sector earliest comes first
 * (for domestic work, domestic servitude before the worksite list). With `targetGroup`, lists
 * meant only for the other group are left out; the user can still add any list by hand.
 */
export function catalogueForSector(sector: SignalSector, targetGroup?: TargetGroup): CatalogueDefinition[] {
  const fits = (catalogue: CatalogueDefinition): boolean =>
    catalogue.sectors.includes(sector) && (targetGroup === undefined || catalogue.targetGroups.includes(targetGroup));
  const rank = (catalogue: CatalogueDefinition): number => catalogue.sectors.indexOf(sector);
  const sectorLists = SECTOR_CATALOGUES.filter(fits).sort((a, b) => rank(a) - rank(b));
  return [...sectorLists, GENERAL_CATALOGUE, ...ILO_CATALOGUES.filter(fits)];
}
