import type { RadarAxis, RadarSeries } from './data.ts';

/** The scale of the chart, from the centre (`min`) to the edge (`max`). */
export interface Range {
  min: number;
  max: number;
}

/**
 * The range to draw: `min` and `max` when they make one (finite, `max`
 * above `min` by more than rounding), else from 0 to the number of
 * levels; `valid` says whether the given bounds were used.
 */
export function resolveRange(
  min: number | undefined,
  max: number | undefined,
  levels: number,
): { range: Range; valid: boolean } {
  const low = min ?? 0;
  const high = max ?? levels;
  // A span too small for doubles to divide cleanly is no range either.
  const span = high - low;
  const valid = Number.isFinite(span) &&
    span > 1e-9 * Math.max(1, Math.abs(low), Math.abs(high));
  return valid
    ? { range: { min: low, max: high }, valid }
    : { range: { min: 0, max: levels }, valid };
}

/** One value of a series on one axis, as the chart draws it. */
export interface PlotValue {
  /**
   * The value given; `null` where there is none, or where it is not a
   * finite number (`NaN`, ±`Infinity`): that draws a gap, as no data.
   */
  value: number | null;
  /** Where it is drawn, inside the range; `null` leaves a gap. */
  drawn: number | null;
  /** Whether the value lay outside the range and was moved inside it. */
  clamped: boolean;
}

function plotValue(raw: number | null | undefined, range: Range): PlotValue {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { value: null, drawn: null, clamped: false };
  }
  const drawn = Math.min(range.max, Math.max(range.min, raw));
  return { value: raw, drawn, clamped: drawn !== raw };
}

/** The values of every series on every axis, in axis order. */
export function plotSeries(
  axes: readonly RadarAxis[],
  series: readonly RadarSeries[],
  range: Range,
): PlotValue[][] {
  return series.map((s) =>
    axes.map((axis) => plotValue(s.values[axis.key], range)),
  );
}

/** A value the chart could not draw where it lies, for the warning. */
export interface Misfit {
  series: string;
  axis: string;
  value: number;
}

/** Values outside the range and numbers that are not finite. */
export function misfits(
  axes: readonly RadarAxis[],
  series: readonly RadarSeries[],
  plotted: readonly PlotValue[][],
): { outside: Misfit[]; notNumbers: Misfit[] } {
  const outside: Misfit[] = [];
  const notNumbers: Misfit[] = [];
  series.forEach((s, i) => {
    axes.forEach((axis, j) => {
      const raw = s.values[axis.key];
      const where = { series: s.name, axis: axis.key };
      if (plotted[i]?.[j]?.clamped) {
        outside.push({ ...where, value: raw as number });
      } else if (typeof raw === 'number' && !Number.isFinite(raw)) {
        notNumbers.push({ ...where, value: raw });
      }
    });
  });
  return { outside, notNumbers };
}
