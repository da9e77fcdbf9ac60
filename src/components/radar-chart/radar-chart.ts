import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { levels2020 } from '../../engine/model/levels-2020.ts';
import type { Lang } from '../../engine/schema/common.ts';
import { type SctmmErrorDetail, emit } from '../shared/events.ts';
import { fill, langOf } from '../shared/localize.ts';
import { baseStyles } from '../shared/tokens.styles.ts';
import { warnOnce } from '../shared/warn.ts';
import {
  type RadarAxis,
  type RadarSeries,
  jsonConverter,
} from './internal/data.ts';
import { drawChart } from './internal/draw.ts';
import {
  type Failure,
  type JsonInput,
  checkInput,
  describeFailure,
  warnFailure,
  warnInvalidRange,
  warnMisfits,
} from './internal/inputs.ts';
import { type Cursor, moveCursor } from './internal/keyboard.ts';
import { type RadarLayout, layoutRadar } from './internal/labels.ts';
import { measurer } from './internal/measure.ts';
import { renderError, renderLegend, renderTable } from './internal/parts.ts';
import {
  type Preset,
  axesFromSeries,
  isPreset,
  presetAxes,
} from './internal/presets.ts';
import { PrintController } from './internal/print-controller.ts';
import { SizeController } from './internal/size-controller.ts';
import { type TextContext, pointText, summarize } from './internal/summary.ts';
import { plotSeries, resolveRange } from './internal/values.ts';
import { dimensionWording, messages } from './messages.ts';
import { radarChartStyles } from './radar-chart.styles.ts';

export type { RadarAxis, RadarSeries };

/**
 * A radar chart of scores on several axes (the model's dimensions or
 * enabling axes, or any keyed scores) for one or more series, drawn in
 * SVG. It has a text summary as its accessible name, a button that shows
 * the data as a table, and keyboard access to every value. A missing
 * value leaves a gap; a value outside the scale is drawn at its edge and
 * marked. It fills its container's width, as a square. With no axes
 * there is nothing to draw: a short "no data" message stands in its
 * place. The data button and the keyboard hint come with the first
 * series. A data table wider than the chart, as with large text on a
 * phone, scrolls sideways inside its own focusable region.
 *
 * @summary An accessible radar chart of dimensions, axes or any scores.
 *
 * @tagname sctmm-radar-chart
 *
 * @fires sctmm-error - `axes` or `series` is not JSON (`not-json`), is
 *   an object a framework turned into text (`object-attribute`), or is
 *   not in the expected form (`schema`). Detail: `{ code, message,
 *   issues }`.
 *
 * @csspart chart - The SVG: one tab stop whose arrow keys visit values.
 * @csspart grid - The group of rings, spokes and ring labels.
 * @csspart ring - A ring of the scale, one per level.
 * @csspart spoke - The lines from the centre along each axis.
 * @csspart ring-label - The number of a ring's level.
 * @csspart label - An axis label (`<text>`).
 * @csspart series - The group of one series; it also has the part
 *   `series-1`, `series-2`… after its position.
 * @csspart line - The outline of a series.
 * @csspart markers - The marks of the values of a series (one path).
 * @csspart out-of-range - The dashed rings around the values of a series
 *   drawn at the edge of the scale because they lay outside it.
 * @csspart active - The highlight of the value reached by the keyboard.
 * @csspart legend - The list of series names.
 * @csspart legend-item - One series name with its line and marker.
 * @csspart toggle - The button that shows and hides the data table.
 * @csspart table - The data table.
 * @csspart error - The message shown in place of an unusable chart.
 * @csspart empty - The message shown in place of a chart with no axes.
 *
 * @cssprop --sctmm-radar-series-1-color - Series 1 (#3366cc); likewise
 *   `-2-` (#b35900), `-3-` (#066e30), `-4-` (#a80521), `-5-` (#6a3d9a)
 *   and `-6-` (#00707a). Series 7 and on reuse them.
 * @cssprop --sctmm-radar-series-1-dash - The dash pattern of series 1
 *   (`none`); likewise `-2-` (`8 4`), `-3-` (`2 3`), `-4-` (`10 3 2 3`),
 *   `-5-` (`4 4`) and `-6-` (`12 3 3 3`).
 * @cssprop --sctmm-radar-stroke-width - Series lines (2).
 * @cssprop --sctmm-radar-fill-opacity - Fill of a complete series (0.1).
 * @cssprop --sctmm-radar-grid-color - Rings and spokes (#8c8c8c).
 * @cssprop --sctmm-radar-grid-width - Rings and spokes (1).
 * @cssprop --sctmm-radar-label-color - Axis labels (the text colour).
 * @cssprop --sctmm-radar-ring-label-color - Ring numbers (muted text).
 * @cssprop --sctmm-radar-label-scale - Axis label size as a fraction of
 *   the element's font size (0.875); ring numbers are a little smaller.
 * @cssprop --sctmm-color-text - Text and the keyboard highlight (#1f1f1f).
 * @cssprop --sctmm-color-muted - Ring numbers (#4b4b4b).
 * @cssprop --sctmm-color-surface - Background (#ffffff).
 * @cssprop --sctmm-color-primary - The data button's border (#3366cc).
 * @cssprop --sctmm-color-primary-dark - The data button's text (#004884).
 * @cssprop --sctmm-color-error - The error message (#a80521).
 * @cssprop --sctmm-color-focus - Focus ring (#ffbf47).
 * @cssprop --sctmm-font-family - Text font (Work Sans, then system).
 * @cssprop --sctmm-font-size - Base size (the user's default).
 */
export class SctmmRadarChart extends LitElement {
  static override styles = [baseStyles, radarChartStyles];

  static override properties = {
    lang: { type: String, reflect: true },
    preset: { type: String },
    axes: { converter: jsonConverter },
    series: { converter: jsonConverter },
    min: { type: Number },
    max: { type: Number },
    label: { type: String },
    _open: { state: true, attribute: false },
    _cursor: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
  };

  /**
   * The language, `es` (default) or `en`; attribute `lang`. When absent,
   * the nearest ancestor's `lang` is used.
   */
  declare lang: string;

  /**
   * The model's `dimensions` or `axes` as the chart's axes, with their
   * localized names; attribute `preset`. `axes` wins over it.
   */
  declare preset: Preset | undefined;

  /**
   * The axes, as `{ key, label }`; property, or attribute `axes` as JSON.
   * Without `axes` and `preset`, the keys of the series are the axes.
   */
  declare axes: RadarAxis[] | undefined;

  /**
   * The series, as `{ name, values: { [key]: number | null } }`;
   * property, or attribute `series` as JSON. Default: none.
   */
  declare series: RadarSeries[];

  /** The value at the centre; attribute `min`, default 0. */
  declare min: number;

  /**
   * The value at the edge; attribute `max`, default the model's number of
   * levels (6).
   */
  declare max: number | undefined;

  /**
   * The chart's own short name, such as the caption of the figure it is
   * in; attribute `label`, default none. The data table's caption, which
   * names the table, then says it, so that two charts on a page have
   * tables of different names.
   */
  declare label: string | undefined;

  declare private _open: boolean;
  declare private _cursor: Cursor | undefined;
  declare private _announcement: string;

  private readonly _size = new SizeController(this);
  private readonly _print = new PrintController(this);
  private readonly _fromAttribute = new Map<JsonInput, unknown>();
  private readonly _valid = new Map<JsonInput, unknown[]>();
  private readonly _failures = new Map<JsonInput, Failure>();
  private _text!: TextContext;
  private _layout?: { key: string; layout: RadarLayout };

  constructor() {
    super();
    this.series = [];
    this.min = 0;
    this._open = false;
    this._announcement = '';
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'axes' || name === 'series') {
      this._fromAttribute.set(name, this[name]);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._size.readOnce();
    if (changed.has('axes')) this._check('axes');
    if (changed.has('series')) this._check('series');
    this._prepare();
  }

  private _check(name: JsonInput) {
    const value = this[name];
    const checked = checkInput(name, value,
      this._fromAttribute.get(name) === value);
    if (checked.ok) {
      this._valid.set(name, checked.value);
      this._failures.delete(name);
      return;
    }
    this._failures.set(name, checked);
    const message = describeFailure(langOf(this), checked);
    warnFailure(this, checked, message);
    emit<SctmmErrorDetail>(this, 'sctmm-error', {
      code: checked.code,
      message,
      issues: checked.issues,
    });
  }

  /** Settles the axes, series, scale and texts the render draws. */
  private _prepare() {
    const lang = langOf(this);
    const byDimension = this.preset === 'dimensions' && !this.axes;
    const t = byDimension
      ? { ...messages[lang], ...dimensionWording[lang] }
      : messages[lang];
    const series = this._failures.size
      ? [] : (this._valid.get('series') ?? []) as RadarSeries[];
    const axes = this._axesFor(series, lang);
    const levels = levels2020.length;
    const { range, valid } = resolveRange(this.min, this.max, levels);
    if (!valid) warnInvalidRange(this, levels);
    const plotted = plotSeries(axes, series, range);
    const names = series.map((s, i) =>
      s.name || fill(t.seriesName, { n: i + 1 }));
    this._text = { t, lang, range, axes, names, plotted };
    warnMisfits(this, axes, series, plotted, range);

    const cursor = this._cursor;
    if (cursor && !(cursor.axis < axes.length &&
      cursor.series < series.length)) this._cursor = undefined;
    if (!this._hasData()) this._open = false;
  }

  /** Whether there are values to go through: an axis and a series. */
  private _hasData() {
    return this._text.axes.length > 0 && this._text.names.length > 0;
  }

  private _axesFor(series: RadarSeries[], lang: Lang): RadarAxis[] {
    if (this.axes != null) {
      return (this._valid.get('axes') ?? []) as RadarAxis[];
    }
    if (isPreset(this.preset)) return presetAxes(this.preset, lang);
    if (this.preset) {
      warnOnce('unknown-preset', this, `preset="${this.preset}" is not ` +
        'one of dimensions, axes; the keys of the series are used.');
    }
    return axesFromSeries(series, lang);
  }

  private _layoutFor(size: number): RadarLayout {
    const { font, fontEpoch } = this._size;
    const labels = this._text.axes.map((a) => a.label);
    const key = [size, font.size, font.family, fontEpoch, ...labels]
      .join('\n');
    if (this._layout?.key !== key) {
      const layout = layoutRadar(labels, size, font, measurer);
      this._layout = { key, layout };
    }
    return this._layout.layout;
  }

  private _onKey(event: KeyboardEvent) {
    const { axes, names } = this._text;
    const next = moveCursor(event.key, this._cursor, axes.length,
      names.length);
    if (next === false) return;
    event.preventDefault();
    this._cursor = next;
    this._announcement = next
      ? pointText(this._text, next.series, next.axis)
      : '';
  }

  private _onBlur() {
    this._cursor = undefined;
  }

  private _toggle() {
    this._open = !this._open;
  }

  protected override render() {
    const failure = this._failures.get('axes') ??
      this._failures.get('series');
    const live = html`<div class="visually-hidden" role="status"
      aria-live="polite">${this._announcement}</div>`;
    if (failure) {
      const message = describeFailure(this._text.lang, failure);
      return html`${live}${renderError(message, failure.issues)}`;
    }
    if (!this._text.axes.length) {
      return html`${live}<p class="empty" part="empty"
        >${summarize(this._text)}</p>`;
    }
    return html`${live}${this._renderChart()}${renderLegend(this._text)}
      ${this._hasData() ? this._renderData() : nothing}`;
  }

  private _renderData() {
    const { t } = this._text;
    const showTable = this._open || this._print.printing;
    const caption = this.label
      ? fill(t.labelledCaption, { label: this.label })
      : t.caption;
    return html`<button type="button" class="toggle" part="toggle"
        aria-expanded=${String(this._open)} aria-controls="data"
        @click=${this._toggle}>${this._open ? t.hideData : t.showData}</button>
      <div id="data" class="data" role="region" tabindex="0"
        aria-label=${caption} ?hidden=${!showTable}
        >${showTable ? renderTable(this._text, caption) : nothing}</div>`;
  }

  private _renderChart() {
    const { t, lang, range, plotted } = this._text;
    const size = this._size.width;
    const box = size || 100;
    const navigable = this._hasData();
    const drawing = size > 0
      ? drawChart({ layout: this._layoutFor(size), range, plotted, lang,
        cursor: this._cursor })
      : nothing;
    return html`<svg class="chart" part="chart" role="img"
        viewBox="0 0 ${box} ${box}" aria-label=${summarize(this._text)}
        aria-describedby=${navigable ? 'hint' : nothing}
        tabindex=${navigable ? 0 : nothing}
        @keydown=${this._onKey} @blur=${this._onBlur}>${drawing}</svg>
      ${navigable ? html`<p id="hint" hidden>${t.hint}</p>` : nothing}`;
  }
}
