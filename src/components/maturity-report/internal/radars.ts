import { html, nothing } from 'lit';
import type { Measurement } from '../../../engine/schema/model.ts';
import { type ReportContext, levelsOf } from './context.ts';
import { renderMissing } from './missing.ts';

type Dimensional = Extract<Measurement, 'perception' | 'results'>;

function dimensionSeries(ctx: ReportContext, part: Dimensional) {
  const measured = ctx.assessment[part];
  if (!measured || measured.score === null) return [];
  return [{
    name: ctx.t.measurement[part],
    values: Object.fromEntries(
      measured.dimensions.map((d) => [d.id, d.score])),
  }];
}

function renderDimensions(ctx: ReportContext) {
  const { t, lang } = ctx;
  const series = [
    ...dimensionSeries(ctx, 'perception'),
    ...dimensionSeries(ctx, 'results'),
  ];
  const missing = (['perception', 'results'] as const).filter((part) =>
    ctx.assessment[part]?.score == null);
  return html`<figure class="radar-figure">
    <figcaption>${t.dimensionsCaption}</figcaption>
    ${series.length
      ? html`<sctmm-radar-chart class="radar" part="radar"
          preset="dimensions" lang=${lang} max=${levelsOf(ctx)}
          .series=${series}></sctmm-radar-chart>`
      : nothing}
    ${missing.map((part) => html`<h4 class="missing-name"
      >${t.measurement[part]}</h4>${renderMissing(ctx, part)}`)}
  </figure>`;
}

function renderAxes(ctx: ReportContext) {
  const { t, lang } = ctx;
  const capacity = ctx.assessment.capacity;
  const measured = capacity && capacity.score !== null;
  const series = measured ? [{
    name: t.measurement.capacity,
    values: Object.fromEntries(capacity.axes.map((a) => [a.id, a.score])),
  }] : [];
  return html`<figure class="radar-figure">
    <figcaption>${t.axesCaption}</figcaption>
    ${measured
      ? html`<sctmm-radar-chart class="radar" part="radar" preset="axes"
          lang=${lang} max=${levelsOf(ctx)} .series=${series}
          ></sctmm-radar-chart>`
      : html`<h4 class="missing-name">${t.measurement.capacity}</h4>
        ${renderMissing(ctx, 'capacity')}`}
  </figure>`;
}

/**
 * One radar of the six dimensions (perception and results as two
 * series) and one of the five axes (capacity); a measurement not taken
 * is no series, and is named as missing under its radar.
 */
export function renderRadars(ctx: ReportContext) {
  return html`<section class="report-section radars" part="radars"
    aria-labelledby="radars-heading">
    <h3 id="radars-heading">${ctx.t.radarsHeading}</h3>
    <div class="radar-grid">
      ${renderDimensions(ctx)}
      ${renderAxes(ctx)}
    </div>
  </section>`;
}
