/**
 * The branches of the level rule, in the order they are tried:
 * `worse` than the baseline, `unchanged`, at the `national-best`,
 * `above-peers` (their average), `substantial` progress, and otherwise
 * `incipient` progress.
 */
export const RULE_BRANCHES = [
  'worse',
  'unchanged',
  'national-best',
  'above-peers',
  'substantial',
  'incipient',
] as const;

/** A branch of the level rule. */
export type RuleBranch = (typeof RULE_BRANCHES)[number];

/** The numbers and levels of the level rule; every one is data. */
export interface LevelRule {
  /** The share of |baseline| within which a change is no change. */
  tolerance: number;
  /** The share of the way to the target that is substantial progress. */
  targetShare: number;
  /** Without a target: the relative improvement that is substantial. */
  improvementShare: number;
  /** The quantile of the peer values taken as the national best. */
  bestQuantile: number;
  /** The level each branch gives. */
  levels: Record<RuleBranch, number>;
}

/**
 * The default rule (see the architecture's scoring rules): tolerance
 * 1 % of |baseline|, half the way to the target or 10 % improvement
 * without one, national best at the 90th percentile; levels: worse 1,
 * unchanged 2, incipient 3, substantial 4, above peers 5, national best 6.
 */
export const DEFAULT_LEVEL_RULE: Readonly<LevelRule> = Object.freeze({
  tolerance: 0.01,
  targetShare: 0.5,
  improvementShare: 0.1,
  bestQuantile: 0.9,
  levels: Object.freeze({
    'worse': 1,
    'unchanged': 2,
    'incipient': 3,
    'substantial': 4,
    'above-peers': 5,
    'national-best': 6,
  }),
});

/** Changes to the default rule: any number, any branch's level. */
export type LevelRuleOptions = Partial<Omit<LevelRule, 'levels'>> & {
  levels?: Partial<Record<RuleBranch, number>>;
};

const SHARES = [
  'tolerance',
  'targetShare',
  'improvementShare',
  'bestQuantile',
] as const;

/**
 * The default rule with `options` applied. Throws a `RangeError` for a
 * share that is negative or not finite, a quantile outside [0, 1], or a
 * level that is not a whole number from 1 up.
 */
export function levelRule(options: LevelRuleOptions = {}): LevelRule {
  const rule: LevelRule = {
    ...DEFAULT_LEVEL_RULE,
    ...options,
    levels: { ...DEFAULT_LEVEL_RULE.levels, ...options.levels },
  };
  for (const key of SHARES) {
    const value = rule[key];
    const most = key === 'bestQuantile' ? 1 : Infinity;
    if (!(value >= 0 && value <= most && Number.isFinite(value))) {
      throw new RangeError(`levelRule: ${key} is ${value}; expected a ` +
        `finite number from 0${most === 1 ? ' to 1' : ' up'}.`);
    }
  }
  for (const branch of RULE_BRANCHES) {
    const level = rule.levels[branch];
    if (!Number.isInteger(level) || level < 1) {
      throw new RangeError(`levelRule: the level of ${branch} is ` +
        `${level}; expected a whole number from 1 up.`);
    }
  }
  return rule;
}
