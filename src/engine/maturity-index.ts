import { levelOf, weightedMean } from './levels.ts';
import { defaultModel } from './model/index.ts';
import type { LocalizedText } from './schema/common.ts';
import type { Measurement, Model } from './schema/model.ts';

/** The three measurements, in the order the index lists them. */
export const MEASUREMENTS: readonly Measurement[] = [
  'perception',
  'results',
  'capacity',
];

/** The score of each measurement; a missing one is `null` or absent. */
export type IndexParts = Partial<Record<Measurement, number | null>>;

/** The weight of each measurement in the index; absent means 1. */
export type IndexWeights = Partial<Record<Measurement, number>>;

/**
 * The weights used when none are given: equal. The model publishes no
 * weights for its three measurements, so equal weights are our
 * assumption, not the model's rule.
 */
export const DEFAULT_INDEX_WEIGHTS: Readonly<Record<Measurement, number>> = {
  perception: 1,
  results: 1,
  capacity: 1,
};

/** The maturity index of an entity and the parts it was made of. */
export interface MaturityIndex {
  /**
   * The weighted mean of the parts that have a score, in `[0, L]`;
   * `null` when no part has one (or every part present weighs 0).
   */
  score: number | null;
  /** The level of `score` on the model's scale; `null` with it. */
  level: number | null;
  /** The name of `level` in every language, when there is a level. */
  levelName?: LocalizedText;
  /** Whether a measurement had no score: the index leaves it out. */
  partial: boolean;
  /** The score each part counted with; `null` for a missing one. */
  parts: Record<Measurement, number | null>;
}

/** Scores a hair outside the scale from binary rounding are let in. */
const EPSILON = 1e-9;

function checkWeights(weights: IndexWeights): Record<Measurement, number> {
  const checked = { ...DEFAULT_INDEX_WEIGHTS };
  for (const part of MEASUREMENTS) {
    const weight = weights[part] ?? 1;
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`maturityIndex: the weight of ${part} is ` +
        `${weight}; a weight must be a finite number, 0 or more.`);
    }
    checked[part] = weight;
  }
  if (MEASUREMENTS.every((part) => checked[part] === 0)) {
    throw new RangeError('maturityIndex: every weight is 0; at least ' +
      'one measurement must weigh more than 0.');
  }
  return checked;
}

function checkScore(part: Measurement, score: unknown, levels: number) {
  if (typeof score !== 'number' || !Number.isFinite(score)) return null;
  if (score < -EPSILON || score > levels + EPSILON) {
    throw new RangeError(`maturityIndex: the ${part} score ${score} lies ` +
      `outside the scale [0, ${levels}].`);
  }
  return Math.min(levels, Math.max(0, score));
}

/**
 * The maturity index: the weighted mean of the measurement scores that
 * are present, with equal weights unless `weights` says otherwise, and
 * its level on `model`'s scale (the 2020 model by default).
 *
 * A part that is `null`, absent, `NaN` or infinite counts as missing:
 * it is left out of the mean and makes the index `partial`. A score
 * outside `[0, L]`, a negative or non-finite weight, or weights that are
 * all 0 are mistakes of the caller and throw a `RangeError`.
 */
export function maturityIndex(
  parts: IndexParts,
  weights: IndexWeights = DEFAULT_INDEX_WEIGHTS,
  model: Model = defaultModel,
): MaturityIndex {
  const levels = model.levels.length;
  const weight = checkWeights(weights);
  const scores = {} as Record<Measurement, number | null>;
  for (const part of MEASUREMENTS) {
    scores[part] = checkScore(part, parts[part], levels);
  }

  const mean = weightedMean(MEASUREMENTS.map((part) => ({
    value: scores[part],
    weight: weight[part],
  })));
  const score = mean === null ? null : Math.min(levels, Math.max(0, mean));
  const level = levelOf(score, levels);
  const name = model.levels.find((info) => info.level === level)?.name;

  return {
    score,
    level,
    ...(name ? { levelName: name } : {}),
    partial: MEASUREMENTS.some((part) => scores[part] === null),
    parts: scores,
  };
}
