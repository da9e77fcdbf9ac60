import type { RowProblem } from '../../../engine/delimited.ts';
import { modelForEdition } from '../../../engine/editions.ts';
import {
  type LevelRule,
  type LevelRuleOptions,
  levelRule,
} from '../../../engine/results-rule.ts';
import { type ResultsScore, scoreResults } from '../../../engine/results.ts';
import type { IndicatorSet } from '../../../engine/schema/indicators.ts';
import type { Model } from '../../../engine/schema/model.ts';
import { DocumentError } from '../../shared/load-document.ts';
import { type Group, groupRows } from './rows.ts';

/** A set scored and grouped, ready to show. */
export interface Scored {
  set: IndicatorSet;
  problems: RowProblem[];
  model: Model;
  rule: LevelRule;
  result: ResultsScore;
  groups: Group[];
}

/**
 * Why a set could not be scored: the rule is invalid (`levels` is
 * `undefined`), or gives levels its model of `levels` levels lacks.
 */
export class RuleError extends DocumentError {
  constructor(
    readonly edition: string,
    readonly levels: number | undefined,
    message: string,
  ) {
    super('schema', [{ path: 'rule', message }]);
    this.name = 'RuleError';
  }
}

/**
 * Scores a checked set with the model of its edition and `options`:
 * the scores and the rows, or a `RuleError` when the rule is invalid or
 * gives levels the model lacks (the 6-level default rule and the
 * 5-level 2021 edition).
 */
export function scoreSet(
  set: IndicatorSet,
  problems: RowProblem[],
  options: LevelRuleOptions | undefined,
): Scored | RuleError {
  const model = modelForEdition(set.edition)!;
  let rule: LevelRule;
  try {
    rule = levelRule(options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return new RuleError(set.edition, undefined, error.message);
  }
  try {
    const result = scoreResults(set, { model, rule: options });
    const groups = groupRows(set, result, model);
    return { set, problems, model, rule, result, groups };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return new RuleError(set.edition, model.levels.length, error.message);
  }
}
