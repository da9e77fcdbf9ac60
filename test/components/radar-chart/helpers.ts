/**
 * Shared fixtures of the `<sctmm-radar-chart>` tests: building the chart
 * in a container of a given width, reading its SVG geometry back, and
 * data sets. The console and page watchers come from ../helpers.ts.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/radar-chart/define.ts';
import type {
  RadarSeries,
  SctmmRadarChart,
} from '../../../src/components/radar-chart/radar-chart.ts';
import { defaultModel } from '../../../src/engine/model/index.ts';

export type { RadarSeries, SctmmRadarChart };
export {
  press,
  pressWith,
  silentConsole,
  textOf,
  until,
  watchPage,
} from '../helpers.ts';

/** The ids of the model's six dimensions, in order. */
export const DIMENSIONS = defaultModel.dimensions.map((d) => d.id);

/** The ids of the model's five enabling axes, in order. */
export const AXES = defaultModel.axes.map((a) => a.id);

/** A series named `name` with `values[i]` on `keys[i]`. */
export function seriesOf(
  name: string,
  keys: readonly string[],
  values: readonly (number | null)[],
): RadarSeries {
  return {
    name,
    values: Object.fromEntries(keys.map((k, i) => [k, values[i] ?? null])),
  };
}

/** `n` axes with keys `a0`, `a1`… and short labels. */
export function axesOf(n: number, label = (i: number) => `Eje ${i + 1}`) {
  return Array.from({ length: n }, (_, i) => ({ key: `a${i}`,
    label: label(i) }));
}

/** A container `width` px wide (any CSS length), added to the page. */
export function container(width: string | number): HTMLDivElement {
  const box = document.createElement('div');
  box.style.width = typeof width === 'number' ? `${width}px` : width;
  document.body.append(box);
  return box;
}

/**
 * Builds the chart from `template` inside a container `width` px wide
 * and waits for its first render.
 */
export async function build(
  template: TemplateResult,
  width: string | number = 600,
): Promise<SctmmRadarChart> {
  const el = await fixture<SctmmRadarChart>(template, {
    parentNode: container(width),
  });
  await settle(el);
  return el;
}

/** Waits until the chart and any resize it observed have settled. */
export async function settle(el: SctmmRadarChart): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

export function $(el: SctmmRadarChart, selector: string): Element {
  const found = el.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in the chart`);
  return found;
}

export function $maybe(el: SctmmRadarChart, selector: string) {
  return el.shadowRoot!.querySelector(selector);
}

export function $$(el: SctmmRadarChart, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

export function svgOf(el: SctmmRadarChart): SVGSVGElement {
  return $(el, 'svg.chart') as SVGSVGElement;
}

/** The side of the square `viewBox`. */
export function viewSize(el: SctmmRadarChart): number {
  const [, , w, h] = svgOf(el).getAttribute('viewBox')!.split(/\s+/)
    .map(Number);
  if (w !== h) throw new Error(`viewBox is not square: ${w} × ${h}`);
  return w!;
}

type Pair = [number, number];

/** Every absolute `M x,y` / `L x,y` pair of a path, in order. */
export function pairsOf(d: string, commands = 'ML'): Pair[] {
  const pattern = new RegExp(`[${commands}](-?[\\d.]+),(-?[\\d.]+)`, 'g');
  return [...d.matchAll(pattern)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The centre of the radar: the middle of its square. */
export function centreOf(el: SctmmRadarChart): Pair {
  const half = viewSize(el) / 2;
  return [half, half];
}

/** The distance of `point` from the centre of the chart. */
export function distance(el: SctmmRadarChart, [x, y]: Pair): number {
  const [cx, cy] = centreOf(el);
  return Math.hypot(x - cx, y - cy);
}

/** The radius of the outermost ring, where the maximum lies. */
export function radiusOf(el: SctmmRadarChart): number {
  const rings = $$(el, '.ring');
  const outer = rings.at(-1)!.getAttribute('d')!;
  const corners = pairsOf(outer);
  if (corners.length) return distance(el, corners[0]!);
  // A ring drawn as a circle starts at its leftmost point.
  return distance(el, pairsOf(outer, 'M')[0]!);
}

/** The centres of the markers of series `index`, in axis order. */
export function markersOf(el: SctmmRadarChart, index = 0): Pair[] {
  const path = $maybe(el, `.series[data-series="${index}"] .markers`);
  return path ? pairsOf(path.getAttribute('d')!, 'M') : [];
}

/** The outline of series `index`, or `null` when it has none. */
export function lineOf(el: SctmmRadarChart, index = 0): string | null {
  return $maybe(el, `.series[data-series="${index}"] .line`)
    ?.getAttribute('d') ?? null;
}

/**
 * Every attribute value in the chart's SVG that holds geometry or a
 * number: what must never be `NaN`, `Infinity` or empty.
 */
export function geometryValues(el: SctmmRadarChart): string[] {
  const names = ['d', 'x', 'y', 'viewBox', 'font-size', 'transform'];
  return $$(el, 'svg *, svg').flatMap((node) =>
    names.flatMap((name) => {
      const value = node.getAttribute(name);
      return value === null ? [] : [`${node.localName}[${name}]=${value}`];
    }));
}

/** Geometry values that are broken: `NaN`, `Infinity` or empty. */
export function brokenGeometry(el: SctmmRadarChart): string[] {
  return geometryValues(el).filter((entry) =>
    /NaN|Infinity|=$|=\s+$/.test(entry));
}

/** The text of the polite live region. */
export function announcement(el: SctmmRadarChart): string {
  return ($(el, '[aria-live="polite"]').textContent ?? '').trim();
}

/** The chart's accessible name: the summary. */
export function summaryOf(el: SctmmRadarChart): string {
  return svgOf(el).getAttribute('aria-label') ?? '';
}

/** Opens the data table with its button and returns the table. */
export async function openTable(
  el: SctmmRadarChart,
): Promise<HTMLTableElement> {
  ($(el, '[part="toggle"]') as HTMLButtonElement).click();
  await el.updateComplete;
  return $(el, 'table') as HTMLTableElement;
}

/** The table's body as text, one array of cells per row. */
export function tableRows(table: HTMLTableElement): string[][] {
  return [...table.tBodies[0]!.rows].map((row) =>
    [...row.cells].map((cell) => (cell.textContent ?? '').trim()));
}

/** The relative luminance of a CSS colour `rgb(r, g, b)`. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3)
    .map((c) => Number(c) / 255)
    .map((c) => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two CSS colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
