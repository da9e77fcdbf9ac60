/**
 * The `p`-quantile of `values` (finite numbers), interpolating linearly
 * between the two nearest order statistics: the definition d3-array's
 * `quantile` and R's type 7 use. `undefined` when there are no values.
 * The values need not be sorted; the array is not changed.
 */
export function quantile(
  values: readonly number[],
  p: number,
): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (!n || Number.isNaN(p)) return undefined;
  if (p <= 0 || n < 2) return sorted[0];
  if (p >= 1) return sorted[n - 1];

  const at = (n - 1) * p;
  const below = Math.floor(at);
  const low = sorted[below]!;
  const high = sorted[below + 1]!;
  const share = at - below;
  const value = low + (high - low) * share;
  // Two values of opposite sign near the largest number have a
  // difference beyond it; weighing each apart stays within them.
  return Number.isFinite(value) ? value : low * (1 - share) + high * share;
}
