import { nothing, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Lang } from '../../../engine/schema/common.ts';
import {
  type Point,
  angleOf,
  circlePath,
  distanceScale,
  polar,
  ringPath,
  ringValues,
  round,
  seriesPath,
  seriesPoints,
  spokesPath,
} from './geometry.ts';
import type { Cursor } from './keyboard.ts';
import type { PlacedLabel, RadarLayout } from './labels.ts';
import { SHAPE_COUNT, markerPath } from './markers.ts';
import { formatBound } from './format.ts';
import type { PlotValue, Range } from './values.ts';

/** What the drawing needs besides the layout. */
export interface Drawing {
  layout: RadarLayout;
  range: Range;
  plotted: readonly PlotValue[][];
  lang: Lang;
  cursor?: Cursor;
}

/** The class giving series `index` its colour and dash pattern. */
export function seriesClass(index: number): string {
  return `s${(index % SHAPE_COUNT) + 1}`;
}

/** Half the size of a marker, for labels of `fontSize`. */
export function markerSize(fontSize: number): number {
  return fontSize * 0.32;
}

function drawGrid({ layout, range, lang }: Drawing) {
  const { frame, font } = layout;
  const count = layout.labels.length;
  const distance = distanceScale(range, frame.radius);
  const spokes = spokesPath(frame, count);
  const size = round(font.size * 0.85);
  // A ring with no path (no axes, or no room) gets no number either.
  const rings = ringValues(range).flatMap((value) => {
    const d = ringPath(frame, distance(value), count);
    return d ? [{ value, r: distance(value), d }] : [];
  });
  // Number every ring when they are far enough apart, else every k-th,
  // counting from the outermost.
  const spacing = Math.min(...rings.map(({ r }, i) =>
    r - (rings[i - 1]?.r ?? 0)));
  const every = Math.max(1, Math.ceil((size * 1.1) / spacing));
  const numbered = rings.filter((_, i) => (rings.length - 1 - i) % every === 0);
  return svg`<g class="grid" part="grid">
    ${rings.map(({ d }) =>
      svg`<path class="ring" part="ring" d=${d}></path>`)}
    ${spokes ? svg`<path class="spoke" part="spoke" d=${spokes}></path>`
      : nothing}
    ${numbered.map(({ value, r }) => svg`<text class="ring-label"
      part="ring-label" x=${round(frame.centre + size * 0.75)}
      y=${round(frame.centre - r + size * 0.35)} font-size=${size}
      >${formatBound(value, lang)}</text>`)}
  </g>`;
}

/**
 * One series: its outline, then all its markers in one path and all its
 * out-of-range marks in another (one element each, not one per value,
 * keeps an update to a handful of restyled elements).
 */
function drawSeries(d: Drawing, values: readonly PlotValue[], index: number) {
  const points = seriesPoints(d.layout.frame, values, d.range);
  const outline = seriesPath(points);
  const s = markerSize(d.layout.font.size);
  let markers = '';
  let outside = '';
  points.forEach((p, axis) => {
    if (p === null) return;
    markers += markerPath(index, p, s);
    if (values[axis]!.clamped) outside += circlePath(p, s * 1.9);
  });
  return svg`<g class="series ${seriesClass(index)}"
    part="series series-${index + 1}" data-series=${index}>${outline
      ? svg`<path class=${outline.closed ? 'line closed' : 'line'}
        part="line" d=${outline.d}></path>`
      : nothing}${markers
      ? svg`<path class="markers" part="markers" d=${markers}></path>`
      : nothing}${outside
      ? svg`<path class="out-of-range" part="out-of-range" d=${outside}
        ></path>`
      : nothing}</g>`;
}

function drawLabel(label: PlacedLabel, fontSize: number) {
  const x = round(label.x);
  return svg`<text class="label" part="label" text-anchor=${label.anchor}
    font-size=${round(fontSize)}>${label.lines.map((line, i) =>
      svg`<tspan x=${x} y=${round(label.baselines[i]!)}>${line}</tspan>`)
  }</text>`;
}

function drawActive(d: Drawing, cursor: Cursor) {
  const { frame, font } = d.layout;
  const values = d.plotted[cursor.series];
  if (!values) return nothing;
  const angle = angleOf(cursor.axis, values.length);
  const [x, y] = polar(frame, frame.radius, angle);
  const c = round(frame.centre);
  const point: Point | null =
    seriesPoints(frame, values, d.range)[cursor.axis] ?? null;
  return svg`<g class="active ${seriesClass(cursor.series)}" part="active">
    <path class="active-axis" d=${`M${c},${c}L${round(x)},${round(y)}`}
      ></path>
    ${point ? svg`<path class="active-point"
      d=${circlePath(point, markerSize(font.size) * 2.6)}></path>`
      : nothing}
  </g>`;
}

/** The whole chart: grid, series, labels and the value reached by keys. */
export function drawChart(d: Drawing) {
  const { labels, font } = d.layout;
  // The grid and labels change only with the layout, scale or language.
  const still = guard([d.layout, d.range.min, d.range.max, d.lang], () =>
    svg`${drawGrid(d)}<g class="labels">${labels.map((l) =>
      drawLabel(l, font.size))}</g>`);
  return svg`${still}
    <g class="plot">${d.plotted.map((values, i) =>
      drawSeries(d, values, i))}</g>
    ${d.cursor ? drawActive(d, d.cursor) : nothing}`;
}

/** A small picture of a series' line and marker, for the legend. */
export function drawSwatch(index: number) {
  return svg`<svg class="swatch ${seriesClass(index)}" viewBox="0 0 36 12"
    aria-hidden="true"><path class="line" d="M1,6H35"></path><path
    class="markers" d=${markerPath(index, [18, 6], 3.6)}></path></svg>`;
}
