import { mean } from './levels.ts';
import { quantile } from './quantile.ts';
import { DEFAULT_LEVEL_RULE } from './results-rule.ts';
import type { Indicator, Peers, Polarity } from './schema/indicators.ts';

/** +1 when higher is better, −1 when lower is: turns values to "higher". */
export function polaritySign(polarity: Polarity): 1 | -1 {
  return polarity === 'lower' ? -1 : 1;
}

/**
 * The peer average and national best of a list of values (every entity
 * with a value, the one rated included): the arithmetic mean, and the
 * `bestQuantile` quantile (0.9 by default) as d3-array's `quantile`
 * computes it, taken on the values turned so that higher is better. For
 * a lower-is-better indicator the best is therefore the 10th percentile.
 * Values that are not finite numbers are left out; none gives `null`s.
 */
export function peersFromValues(
  values: Iterable<number | null>,
  polarity: Polarity = 'higher',
  bestQuantile = DEFAULT_LEVEL_RULE.bestQuantile,
): Peers {
  const sign = polaritySign(polarity);
  const turned: number[] = [];
  for (const value of values) {
    if (value !== null && Number.isFinite(value)) turned.push(sign * value);
  }
  // Back in the indicator's units; adding 0 turns a −0 into 0.
  const back = (value: number | null | undefined) =>
    value === null || value === undefined ? null : sign * value + 0;
  return {
    average: back(mean(turned)),
    best: back(quantile(turned, bestQuantile)),
  };
}

/**
 * The peers an indicator is compared with, in its own units: its
 * `peers` as given, else those derived from `peerValues`, else `null`.
 */
export function indicatorPeers(
  indicator: Indicator,
  bestQuantile = DEFAULT_LEVEL_RULE.bestQuantile,
): Peers | null {
  if (indicator.peers) return indicator.peers;
  if (!indicator.peerValues) return null;
  return peersFromValues(
    indicator.peerValues,
    indicator.polarity,
    bestQuantile,
  );
}
