/**
 * The round values from `min` to `max` (both included when round), about
 * `count` of them: multiples of a step of 1, 2 or 5 times a power of ten,
 * the one nearest to `(max - min) / count` on a logarithmic scale. A
 * small stand-in for d3-scale's `ticks`, whose package would bring
 * colour and number-format modules the radar never uses.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  const rough = (max - min) / count;
  if (!(rough > 0) || !Number.isFinite(rough)) return [];

  const power = Math.floor(Math.log10(rough));
  const ratio = rough / 10 ** power;
  const factor = ratio >= Math.sqrt(50) ? 10
    : ratio >= Math.sqrt(10) ? 5
      : ratio >= Math.sqrt(2) ? 2 : 1;

  // Below 1, divide whole numbers by a power of ten, so that 0.1 × 3
  // is written 0.3 and not 0.30000000000000004.
  const value = power < 0
    ? (k: number) => k / (10 ** -power / factor)
    : (k: number) => k * factor * 10 ** power;
  const unit = value(1);
  let first = Math.round(min / unit);
  if (value(first) < min) first++;
  let last = Math.round(max / unit);
  if (value(last) > max) last--;

  // Adding 0 writes a tick at −0 as 0.
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(value(k) + 0);
  return ticks.filter(Number.isFinite);
}
