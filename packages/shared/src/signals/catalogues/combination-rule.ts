import { INDICATOR_STRENGTHS } from '../vocabulary.ts';
import type {
  CatalogueDefinition,
  CombinationRule,
  DimensionRule,
  IloEcDimension,
  IndicatorStrength,
} from '../vocabulary.ts';

export interface DimensionAssessment {
  positive: boolean;
  counts: Record<IndicatorStrength, number>;
}

export interface CombinationAssessment {
  positive: boolean;
  dimensions: Record<IloEcDimension, DimensionAssessment>;
}

function emptyCounts(): Record<IndicatorStrength, number> {
  return { strong: 0, medium: 0, weak: 0 };
}

/**
 * A combination is met when every minimum in it is reached. A combination without any minimum
 * above zero is never met: a misconfigured `{}` must not make every dimension positive.
 */
function meets(counts: Record<IndicatorStrength, number>, combination: DimensionRule['anyOf'][number]): boolean {
  let required = 0;
  for (const strength of INDICATOR_STRENGTHS) {
    const minimum = combination[strength] ?? 0;
    required += Math.max(minimum, 0);
    if (counts[strength] < minimum) {
      return false;
    }
  }
  return required > 0;
}

/**
 * Applies an ILO/EC-style combination rule to the indicators ticked in one catalogue. Pure: the
 * rule is configuration (usually `catalogue.combinationRule`). Ids that are not in the catalogue,
 * or indicators without a dimension or strength, are ignored; a repeated id counts once. An
 * empty `allOf`, or an empty group in it, is never positive.
 *
 * The result is an assessment aid only: under Belgian law coercion is not an element of the
 * offence, so a negative result must never block a referral.
 */
export function evaluateCombinationRule(
  rule: CombinationRule,
  catalogue: CatalogueDefinition,
  tickedIds: Iterable<string>,
): CombinationAssessment {
  const ticked = new Set(tickedIds);
  const counts: Record<IloEcDimension, Record<IndicatorStrength, number>> = {
    deceptive_recruitment: emptyCounts(),
    coercive_recruitment: emptyCounts(),
    recruitment_abuse_of_vulnerability: emptyCounts(),
    exploitative_conditions: emptyCounts(),
    coercion_at_destination: emptyCounts(),
    abuse_of_vulnerability_at_destination: emptyCounts(),
  };
  for (const indicator of catalogue.indicators) {
    if (indicator.dimension !== undefined && indicator.strength !== undefined && ticked.has(indicator.id)) {
      counts[indicator.dimension][indicator.strength] += 1;
    }
  }
  const assess = (dimension: IloEcDimension): DimensionAssessment => ({
    positive: rule.dimension.anyOf.some((combination) => meets(counts[dimension], combination)),
    counts: counts[dimension],
  });
  const dimensions: Record<IloEcDimension, DimensionAssessment> = {
    deceptive_recruitment: assess('deceptive_recruitment'),
    coercive_recruitment: assess('coercive_recruitment'),
    recruitment_abuse_of_vulnerability: assess('recruitment_abuse_of_vulnerability'),
    exploitative_conditions: assess('exploitative_conditions'),
    coercion_at_destination: assess('coercion_at_destination'),
    abuse_of_vulnerability_at_destination: assess('abuse_of_vulnerability_at_destination'),
  };
  const positive =
    rule.allOf.length > 0 && rule.allOf.every((group) => group.some((dimension) => dimensions[dimension].positive));
  return { positive, dimensions };
}
