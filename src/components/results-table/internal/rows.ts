import type { IndicatorResult } from '../../../engine/results-indicator.ts';
import type {
  ResultsDimension,
  ResultsScore,
} from '../../../engine/results.ts';
import type {
  Indicator,
  IndicatorSet,
} from '../../../engine/schema/indicators.ts';
import type { Dimension, Model } from '../../../engine/schema/model.ts';

/** One indicator as the table shows it. */
export interface Row {
  indicator: Indicator;
  result: IndicatorResult;
  /** Its sub-dimension's name in the model. */
  subdimension: Dimension['subdimensions'][number];
  /** Its place in the model's order: by sub-dimension, then the set's. */
  order: number;
}

/** One dimension: its score and its indicators in the model's order. */
export interface Group {
  dimension: Dimension;
  scored: ResultsDimension;
  rows: Row[];
}

/**
 * The indicators grouped by the model's dimensions, each group in the
 * model's order of sub-dimensions, with the set's order within one.
 * Every dimension of the model is listed, with or without indicators.
 */
export function groupRows(
  set: IndicatorSet,
  result: ResultsScore,
  model: Model,
): Group[] {
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  let order = 0;
  return model.dimensions.map((dimension, d) => {
    const scored = result.dimensions[d]!;
    const rows = dimension.subdimensions.flatMap((subdimension, s) =>
      scored.subdimensions[s]!.indicators.map((indicatorResult) => ({
        indicator: byId.get(indicatorResult.id)!,
        result: indicatorResult,
        subdimension,
        order: order++,
      })));
    return { dimension, scored, rows };
  });
}
