import { indicatorCatalogue2020 } from './model/indicators-2020.ts';
import type { Entity } from './schema/assessment.ts';
import {
  INDICATOR_SET_FORMAT,
  type IndicatorDefinition,
  type IndicatorSet,
} from './schema/indicators.ts';

/** Choices for `blankIndicatorSet`. */
export interface BlankSetOptions {
  entity?: Entity;
  /** The model edition; `2020` by default. */
  edition?: string;
}

/**
 * An indicator set listing `definitions` (the 2020 catalogue by default)
 * with every baseline and current value unknown: a form to fill in
 * rather than a blank page. Scored as it is, every level is `null`.
 */
export function blankIndicatorSet(
  definitions: readonly IndicatorDefinition[] = indicatorCatalogue2020,
  options: BlankSetOptions = {},
): IndicatorSet {
  const unknown = () => ({ value: null, period: null });
  return {
    format: INDICATOR_SET_FORMAT,
    edition: options.edition ?? '2020',
    ...(options.entity ? { entity: options.entity } : {}),
    indicators: definitions.map((definition) => ({
      ...definition,
      baseline: unknown(),
      current: unknown(),
    })),
  };
}
