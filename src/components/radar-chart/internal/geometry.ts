import { niceTicks } from './ticks.ts';
import type { PlotValue, Range } from './values.ts';

/** A point of the drawing, in the units of the SVG's `viewBox`. */
export type Point = [number, number];

/** Where the radar lies: its centre (on both axes) and its radius. */
export interface Frame {
  centre: number;
  radius: number;
}

/**
 * Rounds a coordinate to two decimals, as the paths are written. From
 * 2^52 up a number has no decimals left, and × 100 could overflow.
 */
export function round(value: number): number {
  return Math.abs(value) < 2 ** 52 ? Math.round(value * 100) / 100 : value;
}

/** The angle of axis `index` of `count`: clockwise from the top. */
export function angleOf(index: number, count: number): number {
  return count > 0 ? (2 * Math.PI * index) / count : 0;
}

/** The point at `distance` from the centre along `angle`. */
export function polar(frame: Frame, distance: number, angle: number): Point {
  return [
    frame.centre + distance * Math.sin(angle),
    frame.centre - distance * Math.cos(angle),
  ];
}

/**
 * A function from a value in `range` to its distance from the centre:
 * a straight proportion, values outside the range held at its ends.
 */
export function distanceScale(range: Range, radius: number) {
  const span = range.max - range.min;
  const length = Math.max(0, radius);
  return (value: number) => {
    const share = (value - range.min) / span;
    return length * Math.min(1, Math.max(0, share));
  };
}

/**
 * The values at which rings are drawn, the centre left out: every whole
 * number when the range is a few levels, else about five round values.
 */
export function ringValues(range: Range): number[] {
  const { min, max } = range;
  const levels = Number.isInteger(min) && Number.isInteger(max) &&
    max - min <= 10;
  const ticks = niceTicks(min, max, levels ? max - min : 5)
    .filter((tick) => tick > min);
  return ticks.at(-1) === max ? ticks : [...ticks, max];
}

/**
 * A path through `points` in straight lines, coordinates rounded to two
 * decimals; closed back to the first point when `close` is set.
 */
export function linePath(points: readonly Point[], close = false): string {
  const steps = points.map(([x, y], i) =>
    `${i ? 'L' : 'M'}${round(x)},${round(y)}`);
  return steps.join('') + (close ? 'Z' : '');
}

/**
 * The lines through the runs of neighbouring points, a run ending at
 * each gap; a point alone between two gaps draws nothing.
 */
function runsPath(points: readonly (Point | null)[]): string {
  const runs: Point[][] = [[]];
  for (const point of points) {
    if (point) runs.at(-1)!.push(point);
    else runs.push([]);
  }
  return runs.filter((run) => run.length > 1)
    .map((run) => linePath(run)).join('');
}

/** Where each value of a series lies; `null` where there is a gap. */
export function seriesPoints(
  frame: Frame,
  values: readonly PlotValue[],
  range: Range,
): (Point | null)[] {
  const distance = distanceScale(range, frame.radius);
  return values.map(({ drawn }, i) =>
    drawn === null
      ? null
      : polar(frame, distance(drawn), angleOf(i, values.length)),
  );
}

/**
 * The outline of a series: a closed polygon when every value is there;
 * else the segments between neighbouring values (the last axis neighbours
 * the first), so a gap is never drawn as zero. `null` when no two
 * neighbours have values: the markers alone show them.
 */
export function seriesPath(
  points: readonly (Point | null)[],
): { d: string; closed: boolean } | null {
  const n = points.length;
  if (n >= 3 && points.every((p) => p !== null)) {
    return { d: linePath(points as Point[], true), closed: true };
  }
  const linked = n > 1 &&
    points.some((p, i) => p !== null && points[(i + 1) % n] !== null);
  if (!linked) return null;
  // A value between two gaps draws no line: its marker shows it.
  const d = runsPath([...points, points[0]!]);
  return d ? { d, closed: false } : null;
}

/** A circle as a path, for rings of fewer than three axes and marks. */
export function circlePath([x, y]: Point, r: number): string {
  const d = round(2 * r);
  return `M${round(x - r)},${round(y)}a${round(r)},${round(r)} 0 1 0 ` +
    `${d},0a${round(r)},${round(r)} 0 1 0 ${-d},0z`;
}

/** The ring at distance `r`: a polygon through the axes, or a circle. */
export function ringPath(frame: Frame, r: number, count: number):
  string | null {
  if (!(r > 0) || count < 1) return null;
  if (count < 3) return circlePath([frame.centre, frame.centre], r);
  const corners = Array.from({ length: count }, (_, i) =>
    polar(frame, r, angleOf(i, count)),
  );
  return linePath(corners, true);
}

/** The lines from the centre to the end of each axis. */
export function spokesPath(frame: Frame, count: number): string | null {
  if (count < 1 || !(frame.radius > 0)) return null;
  const c = round(frame.centre);
  return Array.from({ length: count }, (_, i) => {
    const [x, y] = polar(frame, frame.radius, angleOf(i, count));
    return `M${c},${c}L${round(x)},${round(y)}`;
  }).join('');
}
