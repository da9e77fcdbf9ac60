import type { Lang } from '../../../engine/schema/common.ts';
import { fill } from '../../shared/localize.ts';
import type { RadarChartMessages } from '../messages.ts';
import type { RadarAxis } from './data.ts';
import { formatList } from '../../shared/list-format.ts';
import { formatBound, formatValue } from './format.ts';
import type { PlotValue, Range } from './values.ts';

/** What the texts of the chart are made from. */
export interface TextContext {
  t: RadarChartMessages;
  lang: Lang;
  range: Range;
  axes: readonly RadarAxis[];
  /** The series' names, a default one where the series has none. */
  names: readonly string[];
  plotted: readonly PlotValue[][];
}

/** A value as the table and the announcements read it. */
export function valueText(ctx: TextContext, point: PlotValue): string {
  const { t, lang, range } = ctx;
  if (point.value === null) return t.noData;
  const value = formatValue(point.value, lang);
  if (!point.clamped) return value;
  return fill(t.outOfRange, {
    value,
    min: formatBound(range.min, lang),
    max: formatBound(range.max, lang),
    drawn: formatValue(point.drawn!, lang),
  });
}

/** What is announced when the value of `series` on `axis` is reached. */
export function pointText(ctx: TextContext, series: number, axis: number) {
  return fill(ctx.t.point, {
    axis: ctx.axes[axis]?.label ?? '',
    series: ctx.names[series] ?? '',
    value: valueText(ctx, ctx.plotted[series]![axis]!),
  });
}

function seriesSummary(ctx: TextContext, index: number): string {
  const { t, lang, axes } = ctx;
  const series = ctx.names[index]!;
  const points = ctx.plotted[index]!;
  const known = points.flatMap((p, i) =>
    p.value === null ? [] : [{ value: p.value, label: axes[i]!.label }]);
  if (!known.length) return fill(t.seriesNoData, { series });

  const values = known.map((k) => k.value);
  const high = Math.max(...values);
  const low = Math.min(...values);
  const at = (v: number) => formatList(
    known.filter((k) => k.value === v).map((k) => k.label), lang);
  const text = high === low
    ? fill(t.allEqual, {
      series,
      value: formatValue(high, lang),
      axes: known.length === 1 ? known[0]!.label : t.allAxes,
    })
    : fill(t.highLow, {
      series,
      high: at(high),
      highValue: formatValue(high, lang),
      low: at(low),
      lowValue: formatValue(low, lang),
    });
  const gaps = points.flatMap((p, i) =>
    p.value === null ? [axes[i]!.label] : []);
  return gaps.length
    ? `${text} ${fill(t.gaps, { axes: formatList(gaps, lang) })}`
    : text;
}

/**
 * The chart's accessible name: how many axes on what scale, then the
 * highest and lowest axis of each series and where it has no data.
 */
export function summarize(ctx: TextContext): string {
  const { t, lang, axes, range } = ctx;
  if (!axes.length) return t.empty;
  const intro = fill(axes.length === 1 ? t.summaryOne : t.summaryMany, {
    count: axes.length,
    min: formatBound(range.min, lang),
    max: formatBound(range.max, lang),
  });
  if (!ctx.names.length) return `${intro} ${t.noSeries}`;
  const parts = ctx.names.map((_, i) => seriesSummary(ctx, i));
  return [intro, ...parts].join(' ');
}
