import {
  DEFAULT_LEVEL_RULE,
  type LevelRule,
  type RuleBranch,
} from './results-rule.ts';

/**
 * The values the rule compares, already turned so that higher is better
 * (a lower-is-better indicator has them all negated). A missing target,
 * average or best is `null`.
 */
export interface TurnedValues {
  baseline: number;
  current: number;
  target: number | null;
  average: number | null;
  best: number | null;
}

/** The branch that matched and the branches skipped for lack of data. */
export interface RuleOutcome {
  branch: RuleBranch;
  /**
   * `national-best` or `above-peers` when the rule reached that branch
   * but its best or average was missing, so the level may be too low.
   */
  skipped: RuleBranch[];
}

/**
 * Whether `a ≥ b`, letting in a difference of binary rounding (a billionth
 * of the larger magnitude), so that a value exactly on a threshold counts
 * as on it. An infinite side (a difference or product that overflowed)
 * is compared as it is: a billionth of infinity would let in anything.
 */
export function atLeast(a: number, b: number): boolean {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (!Number.isFinite(scale)) return a >= b;
  return a - b >= -1e-9 * scale;
}

/** Beyond it, the difference of two values may overflow to infinity. */
const HUGE = Number.MAX_VALUE / 2;

/**
 * `values` halved when one lies beyond half the largest number, so that
 * every difference of two of them stays finite. Halving is exact, and
 * the rule compares shares and differences, so the outcome is the same.
 */
export function halvedIfHuge<T extends Record<string, number | null>>(
  values: T,
): T {
  const all = Object.values(values);
  if (!all.some((v) => v !== null && Math.abs(v) > HUGE)) return values;
  const halves = Object.entries(values).map(([key, v]) =>
    [key, v === null ? null : v / 2]);
  return Object.fromEntries(halves) as T;
}

/** Which way a value moved: beyond the tolerance, or within it. */
export type Trend = 'better' | 'worse' | 'unchanged';

/**
 * The trend of a change already turned so that higher is better:
 * `worse` below −tolerance, `unchanged` from −tolerance to +tolerance
 * (both ends included), `better` above.
 */
export function trendOf(change: number, tolerance: number): Trend {
  if (!atLeast(change, -tolerance)) return 'worse';
  return atLeast(tolerance, change) ? 'unchanged' : 'better';
}

/**
 * The trend from `baseline` to `current`, both turned so that higher is
 * better, with a tolerance of `share` × |baseline|; on halves when their
 * difference would overflow to infinity. A difference of mere binary
 * rounding (a billionth of the larger value) is no change, even with a
 * tolerance of 0, as the results table shows it.
 */
export function trendBetween(
  baseline: number,
  current: number,
  share: number,
): Trend {
  const values = halvedIfHuge({ baseline, current });
  const change = values.current - values.baseline;
  const scale = Math.max(Math.abs(values.baseline), Math.abs(values.current));
  const moved = Math.abs(change) > 1e-9 * scale ? change : 0;
  return trendOf(moved, share * Math.abs(values.baseline));
}

/**
 * Which branch of the rule matches, first match wins: the change is
 * below −tolerance × |baseline| → `worse`; within ± that → `unchanged`;
 * current ≥ best → `national-best`; current > average →
 * `above-peers`; change ≥ targetShare × (target − baseline), or without
 * a target change ≥ improvementShare × |baseline| → `substantial`;
 * else `incipient`. A target no better than the baseline is therefore
 * reached by any improvement beyond the tolerance.
 */
export function ruleBranch(
  values: TurnedValues,
  rule: Readonly<LevelRule> = DEFAULT_LEVEL_RULE,
): RuleOutcome {
  const { baseline, current, target, average, best } =
    halvedIfHuge({ ...values });
  const change = current - baseline;
  const trend = trendBetween(baseline, current, rule.tolerance);
  if (trend !== 'better') return { branch: trend, skipped: [] };

  const skipped: RuleBranch[] = [];
  const outcome = (branch: RuleBranch) => ({ branch, skipped });
  if (best === null) skipped.push('national-best');
  else if (atLeast(current, best)) return outcome('national-best');
  if (average === null) skipped.push('above-peers');
  else if (!atLeast(average, current)) return outcome('above-peers');

  const needed = target === null
    ? rule.improvementShare * Math.abs(baseline)
    : rule.targetShare * (target - baseline);
  return outcome(atLeast(change, needed) ? 'substantial' : 'incipient');
}
