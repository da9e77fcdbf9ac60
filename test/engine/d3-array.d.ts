/**
 * The one function of d3-array the tests compare the engine's quantile
 * with. d3-array ships no types and `@types/d3-array` is not installed;
 * this declares only what is imported, as d3-array documents it.
 */
declare module 'd3-array' {
  /**
   * The `p`-quantile of the numbers among `values` (others are ignored),
   * interpolating linearly between order statistics; `undefined` when
   * there is none.
   */
  export function quantile(
    values: Iterable<number | null | undefined>,
    p: number,
  ): number | undefined;
}
