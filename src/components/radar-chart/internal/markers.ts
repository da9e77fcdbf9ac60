import { type Point, round } from './geometry.ts';

/**
 * The shapes that tell series apart besides colour and dash, in the order
 * series take them: each draws a filled mark of about `2s` across,
 * centred on the point.
 */
const shapes: ((s: number) => string)[] = [
  // circle
  (s) => `m${-s},0a${s},${s} 0 1 0 ${2 * s},0a${s},${s} 0 1 0 ${-2 * s},0z`,
  // square
  (s) => {
    const h = round(0.85 * s);
    return `m${-h},${-h}h${2 * h}v${2 * h}h${-2 * h}z`;
  },
  // triangle pointing up
  (s) => {
    const w = round(1.15 * s);
    return `m0,${round(-1.2 * s)}l${w},${round(2 * s)}h${-2 * w}z`;
  },
  // diamond
  (s) => {
    const r = round(1.25 * s);
    return `m0,${-r}l${r},${r}l${-r},${r}l${-r},${-r}z`;
  },
  // triangle pointing down
  (s) => {
    const w = round(1.15 * s);
    return `m0,${round(1.2 * s)}l${w},${round(-2 * s)}h${-2 * w}z`;
  },
  // plus
  (s) => {
    const w = round(0.45 * s);
    const l = round(1.25 * s - w);
    return `m${-w},${-w - l}h${2 * w}v${l}h${l}v${2 * w}h${-l}v${l}` +
      `h${-2 * w}v${-l}h${-l}v${-2 * w}h${l}z`;
  },
];

/** How many marker shapes there are before they repeat. */
export const SHAPE_COUNT = shapes.length;

/** The marker of series `index` at `point`, `s` being its half-size. */
export function markerPath(index: number, [x, y]: Point, s: number): string {
  const shape = shapes[index % shapes.length]!;
  return `M${round(x)},${round(y)}${shape(round(s))}`;
}
