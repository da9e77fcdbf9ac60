import { levels2020 } from './model/levels-2020.ts';
import type { Model } from './schema/model.ts';

/**
 * Rounds a score to one decimal, half up. A tiny nudge absorbs the error
 * of binary floating point, so that a mean of exactly 2.05 rounds to 2.1.
 */
export function roundScore(score: number): number {
  return Math.round(score * 10 + 1e-9) / 10;
}

/**
 * The level of a score on a scale of `levelCount` levels (default the
 * six of the 2020 edition): the score rounded to one decimal, then its
 * ceiling, clamped to 1..levelCount (so level 1 is 0 ≤ X ≤ 1, level 2 is
 * 1.1 ≤ X ≤ 2, and so on). `null`, or a score that is not a finite
 * number, gives `null`. A `levelCount` that is not a whole number of at
 * least 1 throws a `RangeError`.
 */
export function levelOf(
  score: number | null,
  levelCount: number = levels2020.length,
): number | null {
  if (!Number.isInteger(levelCount) || levelCount < 1) {
    throw new RangeError(`levelOf: levelCount must be a whole number of ` +
      `at least 1, got ${String(levelCount)}`);
  }
  if (typeof score !== 'number' || !Number.isFinite(score)) return null;
  const level = Math.ceil(roundScore(score));
  return Math.min(levelCount, Math.max(1, level));
}

/** The number of maturity levels of a model. */
export function levelCount(model: Model): number {
  return model.levels.length;
}

/** A value and its weight in a weighted mean. */
export interface Weighted {
  value: number | null;
  weight?: number;
}

/**
 * The weighted mean of the values that are not `null` and weigh more than
 * zero (weight 1 when not given); `null` when there are none.
 */
export function weightedMean(items: Iterable<Weighted>): number | null {
  const kept: { value: number; weight: number }[] = [];
  let sum = 0;
  let weights = 0;
  for (const { value, weight = 1 } of items) {
    if (value === null || !Number.isFinite(value) || !(weight > 0)) continue;
    kept.push({ value, weight });
    sum += value * weight;
    weights += weight;
  }
  if (!(weights > 0)) return null;
  const mean = sum / weights;
  if (Number.isFinite(mean)) return mean;
  // Values near the largest number overflow the sum, never the mean:
  // each weighed by its share of the weights first stays within them.
  return kept.reduce((m, { value, weight }) =>
    m + value * (weight / weights), 0);
}

/** The plain mean of the values that are not `null`, or `null`. */
export function mean(values: Iterable<number | null>): number | null {
  return weightedMean(Array.from(values, (value) => ({ value })));
}
