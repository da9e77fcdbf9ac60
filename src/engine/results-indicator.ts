import {
  halvedIfHuge,
  ruleBranch,
  type Trend,
  trendBetween,
} from './results-branch.ts';
import { indicatorPeers, polaritySign } from './results-peers.ts';
import {
  DEFAULT_LEVEL_RULE,
  type LevelRule,
  type RuleBranch,
} from './results-rule.ts';
import type { Indicator, Peers } from './schema/indicators.ts';

/**
 * Why an indicator has its level: the rule's branch that matched, the
 * entity's `self-rated` level, or `missing-data` (no level: the
 * baseline or the current value is unknown).
 */
export type LevelReason = RuleBranch | 'self-rated' | 'missing-data';

/** One indicator scored: its level, why, and how it moved. */
export interface IndicatorResult {
  id: string;
  subdimension: string;
  /** The level, 1..L; `null` with the reason `missing-data`. */
  level: number | null;
  reason: LevelReason;
  /**
   * Current minus baseline, in the indicator's unit; `null` if unknown.
   * ±Infinity when the difference of two finite values is beyond the
   * largest number (`trend` and `level` are still right).
   */
  change: number | null;
  /**
   * `change` over |baseline|; `null` if unknown, if the baseline is 0, or
   * if the share is beyond the largest number (a baseline near 0).
   */
  relativeChange: number | null;
  /** Better, worse or unchanged given the polarity and the tolerance. */
  trend: Trend | null;
  /** Whether the change is an improvement (`trend` is `better`). */
  improvement: boolean | null;
  /** The average and best compared with, in the indicator's unit. */
  peers: Peers | null;
  /** Branches the rule could not check for lack of peers. */
  skipped: RuleBranch[];
}

/**
 * Throws a `RangeError` when a branch of `rule` gives a level above
 * `levels`: the default rule needs 6 levels, so a model with fewer
 * needs its own `levels` in the rule.
 */
export function checkRuleFits(
  rule: Readonly<LevelRule>,
  levels: number,
): void {
  const most = Math.max(...Object.values(rule.levels));
  if (most > levels) {
    throw new RangeError(`the level rule gives level ${most}, but the ` +
      `model has ${levels} levels; give the rule levels that fit.`);
  }
}

/** Choices for `scoreIndicator`. */
export interface IndicatorScoreOptions {
  /** The level rule; `DEFAULT_LEVEL_RULE` by default. */
  rule?: Readonly<LevelRule>;
  /**
   * The model's level count: a self-rating above it counts as it, and a
   * rule that gives a higher level throws a `RangeError`.
   */
  levels?: number;
}

/** A value the rule can use: a finite number, else `null` (unknown). */
function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Peers with every value that is not a finite number made `null`. */
function finitePeers(peers: Peers | null): Peers | null {
  return peers && {
    average: finite(peers.average),
    best: finite(peers.best),
  };
}

/**
 * (current − baseline) / |baseline|, halving both first when their
 * difference would overflow; `null` for a baseline of 0 and for a share
 * no number can hold.
 */
function relativeChange(baseline: number, current: number): number | null {
  if (baseline === 0) return null;
  const { baseline: b, current: c } = halvedIfHuge({ baseline, current });
  const share = (c - b) / Math.abs(b);
  return Number.isFinite(share) ? share : null;
}

/**
 * The level of one indicator. A self-rating gives the level; otherwise
 * the level rule does, on the values turned so that higher is better
 * (negated when lower is better), comparing with the indicator's peers
 * (given, or derived from `peerValues`). Without a baseline or current
 * value the level is `null`, never NaN; a value that is not a finite
 * number (NaN, Infinity) counts as unknown, so it never gives a level.
 */
export function scoreIndicator(
  indicator: Indicator,
  options: IndicatorScoreOptions = {},
): IndicatorResult {
  const rule = options.rule ?? DEFAULT_LEVEL_RULE;
  if (options.levels !== undefined) checkRuleFits(rule, options.levels);
  const sign = polaritySign(indicator.polarity);
  const baseline = finite(indicator.baseline?.value);
  const current = finite(indicator.current?.value);
  const peers = finitePeers(indicatorPeers(indicator, rule.bestQuantile));

  const known = baseline !== null && current !== null;
  const trend = known
    ? trendBetween(sign * baseline, sign * current, rule.tolerance)
    : null;
  const result: IndicatorResult = {
    id: indicator.id,
    subdimension: indicator.subdimension,
    level: null,
    reason: 'missing-data',
    change: known ? current - baseline : null,
    relativeChange: known ? relativeChange(baseline, current) : null,
    trend,
    improvement: trend === null ? null : trend === 'better',
    peers,
    skipped: [],
  };

  if (indicator.selfRated) {
    const rated = finite(indicator.selfRated.level);
    if (rated === null) return result;
    const most = options.levels ?? Infinity;
    result.level = Math.min(rated, most);
    result.reason = 'self-rated';
    return result;
  }
  if (!known) return result;

  const turn = (value: number | null | undefined) => {
    const known = finite(value);
    return known === null ? null : sign * known;
  };
  const outcome = ruleBranch({
    baseline: sign * baseline,
    current: sign * current,
    target: turn(indicator.target?.value),
    average: turn(peers?.average),
    best: turn(peers?.best),
  }, rule);
  result.level = rule.levels[outcome.branch];
  result.reason = outcome.branch;
  result.skipped = outcome.skipped;
  return result;
}
