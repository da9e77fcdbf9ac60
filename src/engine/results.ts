import { exportScore } from './assessment.ts';
import { modelForEdition } from './editions.ts';
import { levelCount, levelOf, mean } from './levels.ts';
import { defaultModel } from './model/index.ts';
import {
  checkRuleFits,
  type IndicatorResult,
  scoreIndicator,
} from './results-indicator.ts';
import { levelRule, type LevelRuleOptions } from './results-rule.ts';
import type { DimensionalPart } from './schema/assessment.ts';
import type { IndicatorSet } from './schema/indicators.ts';
import type { Model } from './schema/model.ts';
import type { Scored, ScoredPart } from './schema/result.ts';

/** A sub-dimension scored from its indicators. */
export interface ResultsSubdimension extends ScoredPart {
  /** Its indicators, in the order of the set. */
  indicators: IndicatorResult[];
}

/** A dimension scored from its sub-dimensions. */
export interface ResultsDimension extends ScoredPart {
  subdimensions: ResultsSubdimension[];
}

/** The results measurement of an indicator set. */
export interface ResultsScore extends Scored {
  /** Every dimension and sub-dimension of the model, in its order. */
  dimensions: ResultsDimension[];
  /** Every indicator, in the order of the set. */
  indicators: IndicatorResult[];
  /** Ids of indicators whose sub-dimension the model lacks: left out. */
  unplaced: string[];
}

/** Choices for `scoreResults`. */
export interface ResultsOptions {
  /**
   * The model; by default the one of the set's edition, else the
   * default model.
   */
  model?: Model;
  /** Changes to the default level rule. */
  rule?: LevelRuleOptions;
}

/**
 * Scores the results measurement: each indicator's level (see
 * `scoreIndicator`), each sub-dimension as the mean of its indicators'
 * levels, each dimension as the mean of its sub-dimensions, and the
 * results score as the mean of the dimensions. Parts without data are
 * `null` and left out of every mean. Throws a `RangeError` when the rule
 * is invalid or gives levels the model lacks.
 */
export function scoreResults(
  set: IndicatorSet,
  options: ResultsOptions = {},
): ResultsScore {
  const model = options.model ?? modelForEdition(set.edition) ??
    defaultModel;
  const levels = levelCount(model);
  const rule = levelRule(options.rule);
  checkRuleFits(rule, levels);

  const indicators = set.indicators.map((indicator) =>
    scoreIndicator(indicator, { rule, levels }),
  );
  const placed = new Set<string>();
  const scored = (id: string, score: number | null) => ({
    id, score, level: levelOf(score, levels),
  });

  const dimensions = model.dimensions.map((dimension) => {
    const subdimensions = dimension.subdimensions.map(({ id }) => {
      placed.add(id);
      const own = indicators.filter((r) => r.subdimension === id);
      const score = mean(own.map((r) => r.level));
      return { ...scored(id, score), indicators: own };
    });
    const score = mean(subdimensions.map((s) => s.score));
    return { ...scored(dimension.id, score), subdimensions };
  });

  const score = mean(dimensions.map((d) => d.score));
  return {
    score,
    level: levelOf(score, levels),
    dimensions,
    indicators,
    unplaced: indicators
      .filter((r) => !placed.has(r.subdimension))
      .map((r) => r.id),
  };
}

/**
 * The results measurement as an assessment holds it: scores rounded to
 * one decimal (`exportScore`), levels, and every dimension and
 * sub-dimension, without the indicators.
 */
export function resultsPart(result: ResultsScore): DimensionalPart {
  const part = ({ id, score, level }: ScoredPart) => ({
    id, score: exportScore(score), level,
  });
  return {
    score: exportScore(result.score),
    level: result.level,
    dimensions: result.dimensions.map((dimension) => ({
      ...part(dimension),
      subdimensions: dimension.subdimensions.map(part),
    })),
  };
}
